// Where one clause ends and another begins, inside a sentence: phrases and the groups the
// political rule reads never run across these ("…vote)\nConservative", "the lot – who…").

/** Is there a line break, bracket, full stop, slash, colon, semicolon, ! or ?, bar, or dash (a hyphen with a space beside it too) in text[start, end)? */
export function crossesClauseBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // \n \r ! ( ) . / : ; ? [ ] | – —
    if (c === 10 || c === 13 || c === 33 || c === 40 || c === 41 || c === 46 || c === 47 || c === 58 || c === 59 || c === 63 || c === 91 || c === 93 ||
      c === 124 || c === 0x2013 || c === 0x2014) return true;
    // A hyphen with a space beside it is a dash ("Food waste campaign - leaflet drop").
    if (c === 45 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}
