// What the import parsers say to the admin (a note under the summary, or why a file cannot be
// imported) as a message id with parameters, so the CLI words it in the command's language from
// messages-en.ts / messages-cy.ts. The parsers never choose a language themselves.
import { render, type Params } from '../engine/i18n/format';
import type { Lang } from '../engine/i18n/lang';
import { welshList } from '../engine/i18n/welsh';
import { importNotesEn, type ImportNoteCatalogue, type ImportNoteKey } from './messages-en';

export type { ImportNoteKey, ImportNoteCatalogue };

/** A list parameter (ward names) is joined in the note's language: "A and B" / "A a B", "A ac B". */
export type NoteParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface ImportNote {
  id: ImportNoteKey;
  params: NoteParams;
}

export function note(id: ImportNoteKey, params: NoteParams = {}): ImportNote {
  return { id, params };
}

/** The note in `lang` (English unless a catalogue is given). */
export function noteText(n: ImportNote, lang: Lang = 'en', catalogue: Partial<ImportNoteCatalogue> = importNotesEn): string {
  const params: Record<string, string | number> = {};
  for (const name of Object.keys(n.params)) {
    const value = n.params[name]!;
    // English joins with "and" throughout, as the importer always has ("A and B and C").
    params[name] = typeof value === 'object' ? (lang === 'cy' ? welshList(value) : value.join(' and ')) : value;
  }
  return render(catalogue[n.id] ?? importNotesEn[n.id], params as Params, lang);
}

/** A file the import cannot use: `note` for the CLI to word, `message` in English for anyone else. */
export class ImportError extends Error {
  constructor(readonly note: ImportNote) {
    super(noteText(note));
    this.name = 'ImportError';
  }
}
