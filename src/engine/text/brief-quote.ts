// A quote from the message, cut at a word boundary: findings quote the user's words, and the
// on-send alert has 500 characters in Welsh as in English.

/** The text, or its first words up to `maxChars` followed by "…". */
export function briefQuote(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.lastIndexOf(' ', maxChars);
  return `${text.slice(0, cut > 0 ? cut : maxChars)}…`;
}
