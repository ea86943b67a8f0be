// How the checker names people in messages and inserted sentences, and finds them named in text.
import type { Person } from './directory-index';
import { memberTitle, stripTitle } from './directory-index';
import { phraseWords, type TokenList } from '../text/tokens';

/** "Cllr Jane Smith" for a member, "Martin Cole" for an officer, else the display name or address. */
export function displayName(person: Person): string {
  if (person.kind === 'member') return memberTitle(person.member?.name ?? person.name);
  if (person.kind === 'officer' && person.officer) return person.officer.name;
  return person.name;
}

/**
 * Whether tokens[from, to) refer to this person: the full name, the surname, or the first name,
 * each written with a capital ("Cllr Lloyd", "Rachel", "Imran Siddiqui"), or in any case when the writer writes in lower case.
 */
export function namesPerson(tokens: TokenList, from: number, to: number, fullName: string, anyCase = false): boolean {
  const words = phraseWords(stripTitle(fullName));
  if (words.length === 0) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  for (let i = from; i < to; i++) {
    const token = tokens.get(i)!;
    // A writer who types in lower case names people in lower case ("ive cc'd hannah and martin").
    if (!token.capitalised && !anyCase) continue;
    const norm = token.norm;
    const alt = token.alt;
    if (norm === first || norm === last || alt === first || alt === last) return true;
  }
  return false;
}
