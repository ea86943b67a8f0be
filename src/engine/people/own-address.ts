// A member's own private address ("fwd to home to read on the train" to calumfraser64@gmail.com): the
// member writing to themselves, not to a resident. Told by the address's local part carrying the
// sender's surname with their first name or its initial ("calum.fraser", "cfraser", "fraser.c").

/** Letters of a name part, lower case, accents dropped ("Siân" → "sian"). */
const letters = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

const TITLES = new Set(['cllr', 'councillor', 'cyng', 'cynghorydd', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'the', 'rev', 'mx']);
/** A surname this short is too common a run of letters to tell an address by ("ng", "li"). */
const MIN_SURNAME = 3;

export function isOwnPrivateAddress(senderName: string | undefined, email: string): boolean {
  if (!senderName) return false;
  const names = senderName.split(/\s+/).map(letters).filter((n) => n !== '' && !TITLES.has(n));
  if (names.length < 2) return false;
  const first = names[0]!;
  const surname = names[names.length - 1]!;
  if (surname.length < MIN_SURNAME) return false;
  const local = letters(email.slice(0, email.indexOf('@')));
  const at = local.indexOf(surname);
  if (at < 0) return false;
  const rest = local.slice(0, at) + ' ' + local.slice(at + surname.length);
  // "calumfraser64", "c.fraser", "fraser.calum", "fraserc".
  return rest.includes(first) || local.startsWith(first[0]! + surname) || rest.trim() === first[0];
}
