// Lint: typescript-eslint's recommended rules, plus the fence that keeps src/engine pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'schemas/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // The engine runs in Outlook's JavaScript-only runtime, the browser and Node alike.
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'url', 'util', 'crypto', 'stream'], message: 'src/engine is pure: no Node APIs.' },
          { group: ['react', 'react-dom', 'react/*', '@fluentui/*', '@microsoft/office-js', 'office-js'], message: 'src/engine is pure: no React, Fluent UI or Office.' },
          { group: ['**/office/**', '**/taskpane/**', '**/launchevent/**', '**/cli/**'], message: 'src/engine must not import its hosts.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'process', 'require', 'fetch', 'XMLHttpRequest', 'localStorage'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
