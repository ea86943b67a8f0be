// Builds the add-in: the task pane (React), and the on-send handler as one self-contained ES2016
// file with no dev-server client (classic Outlook loads it directly). The production build
// (dist/addin/, what a council publishes) holds only what Outlook needs: no simulator and no
// public source maps (hidden maps go to dist/addin-sourcemaps/). The simulator is served by
// `npm start`, and built for the browser tests into dist/simulator/, never into dist/addin/.
// ADDIN_BASE_URL sets where the council hosts it; SEND_MODE the OnMessageSend mode;
// COUNCIL_CONFIG_DIR the folder with the council's directory.json and policy.json; PORT the
// dev server's port (default 3000).
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_BASE = 'https://localhost:3000/';
const PORT = Number(process.env.PORT || 3000);
const HOST = '127.0.0.1';

function settings(mode) {
  const production = mode === 'production';
  const base = process.env.ADDIN_BASE_URL || (production ? DEV_BASE : `http://localhost:${PORT}/`);
  if (!/^https?:\/\/.+\/$/.test(base)) throw new Error(`ADDIN_BASE_URL must be a URL ending in "/", e.g. https://addins.council.gov.uk/protocol-check/ (got ${base})`);
  const sendMode = process.env.SEND_MODE || 'SoftBlock';
  if (!['PromptUser', 'SoftBlock', 'Block'].includes(sendMode)) throw new Error(`SEND_MODE must be PromptUser, SoftBlock or Block (got ${sendMode})`);
  const configDir = path.resolve(process.env.COUNCIL_CONFIG_DIR || path.join(__dirname, 'src', 'sample-council'));
  return { production, base, sendMode, configDir };
}

/** The council's files are checked with the engine's own schemas before they are published. */
function validated(kind) {
  return (content, absoluteFrom) => {
    let engine;
    try {
      engine = require('./dist/src/engine');
    } catch {
      throw new Error('The engine is not built: run `npm run build` first');
    }
    const json = engine.parseJson(content.toString('utf8'));
    const load = { directory: engine.loadDirectory, policy: engine.loadPolicy, messages: engine.loadMessageOverrides }[kind];
    const loaded = json.ok ? load(json.value) : json;
    if (!loaded.ok) throw new Error(`${absoluteFrom} is not valid:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}`);
    return content;
  };
}

function tsRule(target) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { target, module: 'esnext', noEmit: false, sourceMap: true } } },
  };
}

const outputPath = path.join(__dirname, 'dist', 'addin');
const simulatorPath = path.join(__dirname, 'dist', 'simulator');
// Hidden source maps (for reading a production stack trace) go beside dist/addin, never inside it.
const mapsPath = path.join(__dirname, 'dist', 'addin-sourcemaps');
const HIDDEN_MAPS = `${path.relative(outputPath, mapsPath)}/[file].map`;

/** Before `webpack serve`: a busy or forbidden port is one plain line, not an EADDRINUSE stack. */
function checkPort() {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error) => {
      const why = error.code === 'EADDRINUSE' ? 'is already in use (another `npm start`, or another program)' : `cannot be used (${error.code})`;
      process.stderr.write(`npm start: port ${PORT} on ${HOST} ${why} — stop that program, or choose another port: PORT=${PORT + 1} npm start\n`);
      process.exit(1);
    });
    probe.listen(PORT, HOST, () => probe.close(resolve));
  });
}

// The simulator and the browser tests load Office.js from the @microsoft/office-js package, so the
// real Office.onReady path runs outside Outlook with no network. Deployed builds keep Microsoft's
// CDN (the supported source inside Outlook): see README, "Office.js", for serving it from the
// council's own host instead.
const OFFICE_JS = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');
const officeJsFiles = () => new CopyWebpackPlugin({
  patterns: ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js', 'en-us/**', 'en-gb/**']
    // Copied as published (already minified): no second minification, no extracted licence files.
    .map((from) => ({ from, context: OFFICE_JS, to: 'office-js/', info: { minimized: true } })),
});

// The lexicons' examples are for the tests; the bundles carry phrases alone.
const stripLexiconExamples = {
  test: /[\\/]src[\\/]engine[\\/]lexicons[\\/][^\\/]+\.ts$/,
  // The lexicon machinery itself (the entry type, shipped()) has no examples to strip.
  exclude: /[\\/](lexicon|shipped)\.ts$|-examples\.ts$/,
  enforce: 'pre',
  use: path.join(__dirname, 'scripts', 'webpack', 'strip-lexicon-examples.js'),
};

function simulatorConfig(mode, define) {
  return {
    name: 'simulator',
    mode,
    devtool: false,
    entry: { simulator: './src/simulator/index.tsx' },
    // Its own chunk names and loader global: the browser tests serve dist/addin and dist/simulator
    // from one root, and the task pane's Welsh chunk (pane-cy.js) must not stand in for this one.
    output: { path: simulatorPath, filename: '[name].js', chunkFilename: 'simulator-[name].js', uniqueName: 'protocol-check-simulator', clean: true },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [tsRule('es2019')] },
    performance: { hints: false },
    plugins: [define, officeJsFiles(), new HtmlWebpackPlugin({ filename: 'simulator.html', template: './src/pages/simulator.html', chunks: ['simulator'] })],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const { production, base, sendMode, configDir } = settings(mode);
  const define = new webpack.DefinePlugin({ __ADDIN_BASE_URL__: JSON.stringify(base) });
  if (env.WEBPACK_SERVE) await checkPort();
  // Start from an empty folder, so nothing from a development build (the simulator) is published.
  if (production) for (const dir of [outputPath, mapsPath]) fs.rmSync(dir, { recursive: true, force: true });

  const app = {
    name: 'app',
    mode,
    devtool: production ? 'hidden-source-map' : 'eval-cheap-module-source-map',
    entry: production ? { taskpane: './src/taskpane/index.tsx' } : { taskpane: './src/taskpane/index.tsx', simulator: './src/simulator/index.tsx' },
    output: { path: outputPath, filename: '[name].js', clean: false, sourceMapFilename: HIDDEN_MAPS },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: { rules: [tsRule('es2019'), stripLexiconExamples] },
    performance: { hints: false },
    plugins: [
      define,
      // Records how this folder was built, so size budgets are only judged on production builds.
      { apply: (compiler) => compiler.hooks.thisCompilation.tap('BuildInfo', (compilation) => compilation.hooks.processAssets.tap('BuildInfo', () => {
        compilation.emitAsset('build-info.json', new webpack.sources.RawSource(JSON.stringify({ mode, base, sendMode })));
        // The catalogues, fetched by the on-send handler for the user's language (not bundled:
        // launchevent.js has a size budget). Built by `npm run build` from src/engine/i18n/.
        const { CATALOGUES } = require('./dist/src/engine/i18n/catalogues');
        for (const [lang, catalogue] of Object.entries(CATALOGUES)) compilation.emitAsset(`i18n/${lang}.json`, new webpack.sources.RawSource(JSON.stringify(catalogue)));
      })) },
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/pages/taskpane.html', chunks: ['taskpane'] }),
      ...(production ? [] : [officeJsFiles(), new HtmlWebpackPlugin({ filename: 'simulator.html', template: './src/pages/simulator.html', chunks: ['simulator'] })]),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/pages/launchevent.html', to: 'launchevent.html' },
          { from: 'src/pages/support.html', to: 'support.html' },
          { from: path.join(configDir, 'directory.json'), to: 'config/directory.json', transform: validated('directory') },
          { from: path.join(configDir, 'policy.json'), to: 'config/policy.json', transform: validated('policy') },
          // The council's corrections to the wording (optional; README "Cymraeg").
          { from: path.join(configDir, 'messages.json'), to: 'config/messages.json', transform: validated('messages'), noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString()
              .replaceAll(DEV_BASE, base)
              .replaceAll('https://localhost:3000', base.replace(/\/$/, '').replace(/^(https?:\/\/[^/]+).*$/, '$1'))
              .replace(/SendMode="[A-Za-z]+"/, `SendMode="${sendMode}"`),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: outputPath },
      port: PORT,
      host: HOST,
      onListening: () => process.stdout.write(`Protocol Check: http://${HOST}:${PORT}/simulator.html (port ${PORT}${process.env.PORT ? ', from PORT' : '; set PORT to use another'})\n`),
      // No injected client or hot reload: the on-send file must stay exactly as built (#4391).
      hot: false,
      liveReload: false,
      client: false,
      devMiddleware: { writeToDisk: true },
    },
  };

  const launchevent = {
    name: 'launchevent',
    mode,
    devtool: false,
    entry: { launchevent: './src/launchevent/index.ts' },
    target: ['web', 'es2016'],
    output: { path: outputPath, filename: '[name].js', clean: false, chunkFormat: false, iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [tsRule('es2016'), stripLexiconExamples, {
        // The English catalogue reduced to the alert's words, rule labels and clauses (the rest is fetched).
        test: /[\\/]src[\\/]engine[\\/]i18n[\\/]en\.ts$/,
        enforce: 'pre',
        use: path.join(__dirname, 'scripts', 'webpack', 'on-send-catalogue.js'),
      }],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      define,
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      // No fix is written on Send, so the e-mail's language (for inserted sentences) is not needed.
      new webpack.NormalModuleReplacementPlugin(/[\\/]i18n[\\/]detect-welsh$/, path.join(__dirname, 'scripts', 'webpack', 'on-send-no-detect-language.js')),
    ],
  };

  return production ? [app, launchevent, simulatorConfig(mode, define)] : [app, launchevent];
};
