// The import parsers return their notes and refusals as message ids with parameters; the words come
// from src/import/messages-en.ts / messages-cy.ts, in the language the command asks for.
import { parseCsv } from '../../src/import/csv';
import { ImportError, note, noteText } from '../../src/import/import-note';
import { importNotesCy } from '../../src/import/messages-cy';
import { addStreets } from '../../src/import/places';
import { parseOfficersCsv } from '../../src/import/officers';
import { NO_OVERRIDES } from '../../src/import/overrides';
import type { Directory } from '../../src/engine';

const directory = {
  council: { name: 'Vale', domains: ['vale.gov.uk'] },
  wards: [{ id: 'abbey', name: 'Abbey' }, { id: 'castle', name: 'Castle' }, { id: 'ty-du', name: 'Tŷ Du' }],
  members: [], officers: [], mailboxes: [], mediaDomains: [],
} as unknown as Directory;

function thrown(action: () => unknown): ImportError {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('import notes', () => {
  it('a CSV the reader cannot read: an id for the CLI, English in the message, Welsh on request', () => {
    const error = thrown(() => parseCsv('name,email\nA,a@x.gov.uk\n"B,b@x.gov.uk\n'));
    expect(error.note.id).toBe('csv.unreadable');
    expect(error.message).toMatch(/^line 3: not readable as CSV \(.+\) — check the quotes on that line$/);
    expect(noteText(error.note, 'cy', importNotesCy)).toMatch(/^llinell 3: ni ellir ei darllen fel CSV \(.+\) — gwiriwch y dyfynodau ar y llinell honno$/);
  });

  it('joins a list of wards in the note\'s language: "and" in English, Welsh\'s "a"/"ac" with the aspirate mutation', () => {
    const result = addStreets(directory, 'street,ward\nHIGH STREET,Abbey\nHIGH STREET,Castle\nHIGH STREET,Tŷ Du\nMILL LANE,Castle\nMILL LANE,Abbey\n');
    const shared = result.notes.filter((n) => n.id === 'places.sharedStreet');
    expect(shared.map((n) => noteText(n))).toEqual([
      '"High Street" runs through Abbey and Castle and Tŷ Du: kept in both',
      '"Mill Lane" runs through Castle and Abbey: kept in both',
    ]);
    expect(shared.map((n) => noteText(n, 'cy', importNotesCy))).toEqual([
      'mae "High Street" yn croesi’r wardiau Abbey, Castle a Thŷ Du: fe’i cadwyd ym mhob un',
      'mae "Mill Lane" yn croesi’r wardiau Castle ac Abbey: fe’i cadwyd ym mhob un',
    ]);
  });

  it('an unknown ward with a did-you-mean, in both languages', () => {
    const [, unknown] = addStreets(directory, 'street,ward\nKiln Lane,Abey\n').notes;
    expect(noteText(unknown!)).toBe('unknown ward "Abey" — did you mean "Abbey"? — streets for it were not added');
    expect(noteText(unknown!, 'cy', importNotesCy)).toBe('ward anhysbys "Abey" — oeddech chi’n golygu "Abbey"? — ni ychwanegwyd ei strydoedd');
  });

  it('names the missing officer columns in Welsh, keeping the column names as the export spells them', () => {
    const error = thrown(() => parseOfficersCsv('who,e-mail address\nA,a@b.cd\n', NO_OVERRIDES));
    expect(error.message).toBe('no name (or "Display name") column — found "who", "e-mail address"');
    expect(noteText(error.note, 'cy', importNotesCy)).toBe('dim colofn name (neu "Display name") — colofnau’r ffeil: "who", "e-mail address"');
  });

  it('a row without a name reads "(dim enw)" in Welsh', () => {
    const { notes } = parseOfficersCsv('name,email\n,not-an-address\n', NO_OVERRIDES);
    expect(notes.map((n) => noteText(n, 'cy', importNotesCy))).toEqual(['llinell 2: hepgorwyd (dim enw) — nid yw "not-an-address" yn gyfeiriad e-bost']);
    expect(noteText(note('officers.notEmail', { line: 2, hasName: 'no', name: '', value: 'x' }))).toBe('line 2: skipped (no name) — "x" is not an e-mail address');
  });
});
