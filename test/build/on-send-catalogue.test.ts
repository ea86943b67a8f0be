// The on-send file's English catalogue (scripts/webpack/on-send-catalogue.js): the alert's own
// words and each rule's clause reference, and nothing else (the rest is fetched on Send).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { en } from '../../src/engine/i18n/en';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { onSendCatalogue } = require('../../scripts/webpack/on-send-catalogue.js') as { onSendCatalogue: (source: string) => string };

function reduced(): Record<string, string> {
  const source = onSendCatalogue(readFileSync(join(__dirname, '..', '..', 'src', 'engine', 'i18n', 'en.ts'), 'utf8'));
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const module = { exports: {} as { en: Record<string, string> } };
  new Function('module', 'exports', 'require', js)(module, module.exports, () => ({}));
  return module.exports.en;
}

describe('the on-send English catalogue', () => {
  const bundled = reduced();

  it('keeps every alert message as it is', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('alert.'))) expect(bundled[key]).toBe(en[key as keyof typeof en]);
  });

  it('keeps each rule\'s clause reference (what the alert shows), not its wording', () => {
    for (const key of Object.keys(en).filter((k) => k.endsWith('.citation'))) {
      expect(bundled[key]).toBe(en[key as keyof typeof en].split(':')[0]);
    }
  });

  it('drops the rest: messages, titles, descriptions, fix wording', () => {
    expect(Object.keys(bundled).filter((k) => !k.startsWith('alert.') && !k.endsWith('.citation'))).toEqual([]);
  });
});
