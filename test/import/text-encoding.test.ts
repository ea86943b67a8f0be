// Exports arrive as UTF-8 (with or without BOM), UTF-16 ("Unicode text") or Windows-1252 (Excel
// "CSV"): each is recognised, and Welsh names survive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../src/import/text-encoding';

const NAMES = 'Siân, Llŷr, Rhêldon Owën';
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(NAMES, 'utf8')],
    ['UTF-8 (with BOM)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NAMES, 'utf8')])],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(NAMES)])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(NAMES)])],
  ])('reads %s', (encoding, bytes) => {
    expect(decodeText(bytes)).toEqual({ text: NAMES, encoding });
  });

  it('recognises UTF-16 without a byte-order mark', () => {
    expect(decodeText(utf16le('name,email\nSiân,s@x.gov.uk\n'))).toEqual({ text: 'name,email\nSiân,s@x.gov.uk\n', encoding: 'UTF-16LE' });
    expect(decodeText(utf16be('name,email\n'))).toEqual({ text: 'name,email\n', encoding: 'UTF-16BE' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = Buffer.from([0x53, 0x69, 0xe2, 0x6e, 0x20, 0x80, 0x35]); // "Siân €5" in Windows-1252
    expect(decodeText(bytes)).toEqual({ text: 'Siân €5', encoding: 'Windows-1252' });
  });

  it('reads the Windows-1252 and "Unicode text" fixtures', () => {
    const fixtures = join(__dirname, '..', 'fixtures');
    expect(decodeText(readFileSync(join(fixtures, 'officers-windows-1252.csv')))).toMatchObject({ encoding: 'Windows-1252', text: expect.stringContaining('Siân Powell') });
    expect(decodeText(readFileSync(join(fixtures, 'officers-unicode-text.txt')))).toMatchObject({ encoding: 'UTF-16LE', text: expect.stringContaining('Llŷr Evans') });
  });
});
