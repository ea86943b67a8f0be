// The offline structural check of manifest.xml, on the real file and on broken copies of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, pngSize, type ManifestFacts } from '../../src/manifest/check-manifest';
import { TASKPANE_COMMAND_ID } from '../../src/launchevent/smart-alert';
import { ADDIN_DIR, publishedFiles, requireBuilt } from './built-addin';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

function facts(): ManifestFacts {
  requireBuilt();
  const source = readFileSync(join(root, 'src', 'launchevent', 'index.ts'), 'utf8');
  const associated = [...source.matchAll(/Office\.actions\.associate\('([^']+)'/g)].map((m) => m[1]!);
  const files = publishedFiles();
  return {
    associatedHandlers: associated,
    taskpaneCommandId: TASKPANE_COMMAND_ID,
    publishedFiles: files,
    imageSize: (path) => (files.includes(path) ? pngSize(readFileSync(join(ADDIN_DIR, path))) : undefined),
  };
}

describe('manifest.xml', () => {
  it('passes the structural check', () => {
    expect(checkManifest(manifest, facts())).toEqual([]);
  });

  it('the built manifest carries the configured base URL and send mode', () => {
    const built = readFileSync(join(ADDIN_DIR, 'manifest.xml'), 'utf8');
    expect(built).toContain('SendMode="SoftBlock"');
    expect(checkManifest(built, facts())).toEqual([]);
  });

  const broken: [string, (xml: string) => string, RegExp][] = [
    ['a LaunchEvent source that is not the runtime', (x) => x.replace('<SourceLocation resid="Launch.Url"/>\n            </ExtensionPoint>', '<SourceLocation resid="Pane.Url"/>\n            </ExtensionPoint>'), /SourceLocation resid "Pane.Url" must equal a Runtime's resid/],
    ['no javascript override', (x) => x.replace('<Override type="javascript" resid="Launch.JS.Url"/>', ''), /Override type="javascript"/],
    ['a higher DefaultMinVersion', (x) => x.replace('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.14"'), /DefaultMinVersion must be "1.12"/],
    ['an undefined resid', (x) => x.replace('resid="Icon.80"', 'resid="Icon.99"'), /resid "Icon.99" is not defined/],
    ['a resid over 32 characters', (x) => x.replaceAll('Pane.Tooltip', 'Pane.Tooltip.That.Is.Far.Too.Long.For.Office'), /longer than 32 characters/],
    ['a handler name the bundle does not associate', (x) => x.replace('FunctionName="onMessageSendHandler"', 'FunctionName="onSend"'), /FunctionName "onSend" is not associated/],
    ['a send mode that does not exist', (x) => x.replace('SendMode="SoftBlock"', 'SendMode="Sometimes"'), /SendMode "Sometimes"/],
    ['a plain-http URL', (x) => x.replace('https://localhost:3000/support.html', 'http://localhost:3000/support.html'), /must use https/],
    ['a file the build does not publish', (x) => x.replace('assets/icon-80.png', 'assets/icon-81.png'), /publishes no file "assets\/icon-81.png"/],
    ['an icon of the wrong size', (x) => x.replace('<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>'), /icon-64.png is 64×64, expected 80×80/],
    ['no task-pane button for Review', (x) => x.replace('id="ProtocolCheckOpenPane"', 'id="OpenPane"'), /no Control id "ProtocolCheckOpenPane"/],
    ['a missing OnMessageFromChanged', (x) => x.replace(/<LaunchEvent Type="OnMessageFromChanged"[^>]*\/>/, ''), /OnMessageFromChanged is missing/],
    ['a button label without its Welsh (cy-GB) override', (x) => x.replace(/\s*<bt:Override Locale="cy-GB" Value="Gwirio'r protocol"\/>/, ''), /bt:String "Pane.Label": no <bt:Override Locale="cy-GB"/],
    ['a Welsh display name over 125 characters', (x) => x.replace('<Override Locale="cy-GB" Value="Gwiriwr Protocol"/>', `<Override Locale="cy-GB" Value="${'G'.repeat(126)}"/>`), /DisplayName: the cy-GB text is longer than 125 characters/],
    ['XML that is not well formed', (x) => x.replace('</OfficeApp>', ''), /not well-formed|OfficeApp/],
  ];
  it.each(broken)('reports %s', (_name, breakIt, expected) => {
    const xml = breakIt(manifest);
    expect(xml).not.toBe(manifest);
    const errors = checkManifest(xml, facts());
    expect(errors.join('\n')).toMatch(expected);
  });
});
