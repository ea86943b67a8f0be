// Welsh grammar the catalogues cannot say in a string: lists joined with "a" / "ac" / "a'r" (and the
// aspirate mutation "a" causes: "a Chyng. Lloyd", "a Thomas"), and how councillors are named
// ("Cyng." in running text, "y Cynghorydd" in a sentence written into the e-mail).

const COUNCILLOR_TITLE = /^(?:Cllr\.?|Councillor)\s+/;
const COUNCILLOR_TITLES = /(^|, |\()(?:Cllr\.?|Councillor)\s+(?=[A-Z])/g;

/** "Cllr Jane Smith" → "Cyng. Jane Smith" (TermCymru's abbreviation); other names unchanged. */
export function welshShortTitle(name: string): string {
  return name.replace(COUNCILLOR_TITLES, '$1Cyng. ');
}

/** "Cllr Jane Smith" → "y Cynghorydd Jane Smith", for sentences such as "…at y Cynghorydd Jane Smith." */
export function welshFullTitle(name: string): string {
  return name.replace(COUNCILLOR_TITLE, 'y Cynghorydd ').replace(/^Cyng\.\s+/, 'y Cynghorydd ');
}

/** The aspirate mutation after "a" (and): c → ch, p → ph, t → th; "ac" before a vowel; "a'r" for "y …". */
function afterAnd(word: string): string {
  if (/^y\s/.test(word)) return `a'r ${word.slice(2)}`;
  if (/^yr\s/.test(word)) return `a'r ${word.slice(3)}`;
  if (/^[AEIOUWYÂÊÎÔÛŴŶaeiouâêîôû]/.test(word) && !/^[Ww][aeiouy]/.test(word) && !/^[Yy][aeiou]/.test(word)) return `ac ${word}`;
  const m = /^([CcPpTt])(?![Hh])/.exec(word);
  if (m) return `a ${m[1]}h${word.slice(1)}`;
  return `a ${word}`;
}

/** "A", "A a B", "A, B a Chyng. C". */
export function welshList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${afterAnd(items[items.length - 1]!)}`;
}

/**
 * Names written into the e-mail after "at": councillors as "y Cynghorydd …" (no mutation after the
 * article); a list that starts with anyone else is introduced by "y canlynol:" so that no name
 * follows "at" directly (which would need a soft mutation of the name).
 */
export function welshMailNames(names: readonly string[]): string {
  const titled = names.map(welshFullTitle);
  const list = welshList(titled);
  return /^y\s/.test(titled[0] ?? '') ? list : `y canlynol: ${list}`;
}
