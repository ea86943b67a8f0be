// "As one of the two Cornhill ward councillors", "I'm one of your two councillors for Upper Wend", "Speaking as one of the four councillors for
// Portcairn", "Fel un o'ch tri chynghorydd ward": a capacity said with a number, a place or a
// title between "as" and the role. Read on tokens, a few words at most, so it stays linear.
import type { TokenList } from './tokens';

// "as one of…", and said of oneself: "I'm one of your two councillors for Upper Wend", "Rwy'n un o'ch cynghorwyr".
const OPENERS = new Set(['as', 'fel', 'im', 'am', 'rwyn', 'dwin', 'rydw', 'rwyf']);
/** The role words that end the phrase (English and Welsh, with the Welsh mutations). */
const ROLES = new Set(['councillor', 'councillors', 'cllr', 'member', 'members', 'representative', 'representatives', 'mayor', 'provost', 'leader',
  'chair', 'chairman', 'convener', 'convenor', 'spokesperson', 'cynghorydd', 'gynghorydd', 'chynghorydd', 'nghynghorydd', 'cynghorwyr', 'gynghorwyr',
  'chynghorwyr', 'nghynghorwyr', 'aelod', 'aelodau', 'haelod', 'maer', 'arweinydd', 'cadeirydd']);
/** Words that may stand between: articles, numbers, "local", "ward", parts of a title. */
const FILLERS = new Set(['your', 'his', 'her', 'their', 'a', 'an', 'the', 'one', 'of', 'two', 'three', 'four', 'five', 'six', 'local', 'elected', 'ward', 'wards', 'county',
  'borough', 'district', 'city', 'town', 'parish', 'community', 'multi', 'independent', 'cabinet', 'executive', 'lead', 'deputy', 'lord', 'vice',
  'opposition', 'scrutiny', 'committee', 'portfolio', 'and', 'un', 'och', 'o', 'or', 'eich', 'ein', 'y', 'yr', 'dau', 'dri', 'tri', 'tair', 'pedwar',
  'lleol', 'etholedig', 'ward', 'sir', 'bwrdeistref']);
const REACH = 8;

/** Does tokens[from, to) say "as … councillor" with only fillers or capitalised names between? */
export function statesCapacityByRole(tokens: TokenList, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!OPENERS.has(tokens.norm(i)!)) continue;
    for (let j = i + 1; j < to && j <= i + REACH; j++) {
      const token = tokens.get(j)!;
      if (ROLES.has(token.norm)) return true;
      // "as your grandad's ward councillor": a possessive names whose councillor.
      if (!FILLERS.has(token.norm) && !token.capitalised && token.alt === undefined) break;
    }
  }
  return false;
}
