// The CSV reader: quoting as Excel and RFC 4180 write it, and the delimiter taken from the header.
import { parseCsv } from '../../src/import/csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const { headers, rows } = parseCsv('\uFEFFname,team\r\n"Khan, Sara","Parks ""and"" Trees"\r\n"Two\nLines",X\r\n');
    expect(headers).toEqual(['name', 'team']);
    expect(rows).toEqual([{ name: 'Khan, Sara', team: 'Parks "and" Trees' }, { name: 'Two\nLines', team: 'X' }]);
  });

  it('takes tabs or semicolons as the delimiter when the header uses them', () => {
    expect(parseCsv('name\temail\nKhan, Sara\ts@x.gov.uk\n').rows).toEqual([{ name: 'Khan, Sara', email: 's@x.gov.uk' }]);
    expect(parseCsv('name;email\nSara;s@x.gov.uk\n').rows).toEqual([{ name: 'Sara', email: 's@x.gov.uk' }]);
  });

  it('tolerates short rows and blank lines', () => {
    expect(parseCsv('a,b,c\n1,2\n\n3,4,5\n').rows).toEqual([{ a: '1', b: '2', c: '' }, { a: '3', b: '4', c: '5' }]);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => parseCsv('name,email\nA,a@x.gov.uk\n"B,b@x.gov.uk\n')).toThrow(/line \d+: not readable as CSV .*check the quotes/);
  });
});
