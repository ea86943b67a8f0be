// A party named as the one who acts, in a sentence of the writer's own prose: "Labour have taken
// this ward for granted", "the Nats will try to make hay with it", "the Greens have been a breath
// of fresh air". People who write about a party doing things in Council mail are almost always
// praising or blaming it, in words no list of stock phrases can hold; council business names a
// party as a label ("the Labour Group", "Cllr Jones (Plaid Cymru)"), in a table or a list of
// parties, or reports what it formally did ("asked", "voted", "won two seats"), and those are
// left alone.
import { ACTOR_NOT_AFTER, BUSINESS_NOUNS, NUMBER_WORDS, PROSE_WORDS, SPEAKING_FOR } from '../lexicons/party-actor';
import type { Token, TokenList } from '../text/tokens';
import { PACT_JOIN, PACTS, type PartyMention } from './party-mentions';

const business = new Set(BUSINESS_NOUNS);
const notAfter = new Set(ACTOR_NOT_AFTER);
const speakingFor = new Set(SPEAKING_FOR);
const prose = new Set(PROSE_WORDS);
const LIST_JOINERS = new Set(['and', 'or', 'nor', 'the', 'a', 'ac', 'ar', 'neu', 'y', 'yr']);
/** Words between two parties of one list. */
const MAX_LIST_GAP = 3;
/** Articles skipped when looking at the word before a party ("Grŵp y Ceidwadwyr", "on behalf of the Greens"). */
const ARTICLES = new Set(['the', 'y', 'yr', 'r', 'of']);
/** Words a label may hold inside the party's own name ("Grŵp Annibynnol", "Independent Group"). */
const LABEL_IN_NAME = new Set(['group', 'grŵp', 'grwp']);
/** Shortest sentence read as prose (a signature line or a table row is shorter or has no verbs). */
const MIN_PROSE_TOKENS = 6;
/** A line this short that ends on a figure is a row of a table, not a sentence. */
const TABLE_ROW_TOKENS = 10;
/** Words either side of a party within which a number makes it a table or a result ("Labour 4", "Reform UK – 1,104"). */
const NUMBER_REACH = 2;

const numberWords = new Set(NUMBER_WORDS);

/** A number `k` words from the party: digits within NUMBER_REACH ("Reform UK – 1,104"), a number word right beside it ("one Labour"). */
function isNumber(token: Token | undefined, k: number): boolean {
  if (token === undefined) return false;
  const c = token.norm.charCodeAt(0);
  return (c >= 48 && c <= 57) || (k === 1 && numberWords.has(token.norm));
}

/** Is the sentence running prose: long enough, with the small lower-case words of a clause? */
export function isProse(tokens: TokenList, [from, to]: readonly [number, number]): boolean {
  if (to - from < MIN_PROSE_TOKENS) return false;
  // A table row ends on its figure: "Alba (not in a group) – 1", "Independents (two groups): 9".
  if (to - from < TABLE_ROW_TOKENS && isNumber(tokens.get(to - 1), 2)) return false;
  let small = 0;
  for (let i = from; i < to; i++) {
    const token = tokens.get(i)!;
    if (!token.capitalised && prose.has(token.norm) && ++small >= 2) return true;
  }
  return false;
}

/** For each mention (in text order), is it inside brackets opened since `from`? One pass over the text. */
export function bracketedMentions(text: string, from: number, mentions: readonly PartyMention[]): boolean[] {
  const inside: boolean[] = [];
  let depth = 0;
  let i = from;
  for (const m of mentions) {
    for (; i < m.start; i++) {
      const c = text.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    inside.push(depth > 0);
  }
  return inside;
}

/** Are two mentions (a before b) joined as a list: "and", "a'r", or a capitalised word between (a party we do not know: "Reform UK, Labour and Fenmere Independents")? */
function joined(a: PartyMention, b: PartyMention, tokens: TokenList): boolean {
  if (b.first < a.last || b.first - a.last > MAX_LIST_GAP) return false;
  for (let k = a.last; k < b.first; k++) if (!LIST_JOINERS.has(tokens.norm(k)!) && !tokens.capitalised(k)!) return false;
  return true;
}

/** Is mentions[i] one of a list of parties ("Labour, Green and Reform UK each have…")? Only its neighbours can be. */
function inList(i: number, mentions: readonly PartyMention[], tokens: TokenList, text: string): boolean {
  const before = mentions[i - 1];
  const after = mentions[i + 1];
  if ((before !== undefined && joined(before, mentions[i]!, tokens)) || (after !== undefined && joined(mentions[i]!, after, tokens))) return true;
  // "Annibynnol, Ceidwadwyr, Plaid Cymru, Llafur": a comma list of capitalised names around it.
  const m = mentions[i]!;
  const prev = tokens.get(m.first - 1);
  const next = tokens.get(m.last);
  const commaBefore = prev !== undefined && prev.capitalised && text.slice(prev.end, m.start).includes(',');
  const commaAfter = next !== undefined && next.capitalised && text.slice(m.end, next.start).includes(',');
  return commaBefore && commaAfter;
}

/** Does the word at `at` make what comes before it a label ("Labour Group", "our group members")? */
export function labelsBusiness(tokens: TokenList, at: number, to: number): boolean {
  const next = at < to ? tokens.get(at) : undefined;
  return next !== undefined && (business.has(next.norm) || business.has(next.alt ?? ''));
}

/**
 * The mentions that name a party as an actor: not a label on a council noun ("Labour Group",
 * "Green councillor"), not in brackets or after "Grŵp", not beside a number, not one of a list.
 * `bracketed` is bracketedMentions() of the same sentence (the judge has it already).
 */
export function partyActors(mentions: readonly PartyMention[], bracketed: readonly boolean[], tokens: TokenList, text: string,
  [from, to]: readonly [number, number], pacts = false): PartyMention[] {
  return mentions.filter((m, i) => {
    if (m.control) return false;
    let before = m.first - 1;
    while (before > from && ARTICLES.has(tokens.norm(before)!)) before--;
    if (labelsBusiness(tokens, m.last, to)) return false;
    if (before >= from && notAfter.has(tokens.norm(before)!)) return false;
    // "…and me for the Greens", "Cllr Price for Labour": someone speaking for a party.
    if (before > from && tokens.norm(before)! === 'for' && (speakingFor.has(tokens.norm(before - 1)!) || tokens.capitalised(before - 1)!)) return false;
    for (let k = m.first; k < m.last; k++) if (LABEL_IN_NAME.has(tokens.norm(k)!)) return false;
    // "(Labour)", "Cllr Owen (Cabinet Member for Highways, Welsh Labour)": an affiliation label.
    if (bracketed[i]) return false;
    for (let k = 1; k <= NUMBER_REACH; k++) {
      if ((m.first - k >= from && isNumber(tokens.get(m.first - k), k)) || (m.last - 1 + k < to && isNumber(tokens.get(m.last - 1 + k), k))) return false;
    }
    // "The labour/plaid coalition really does know how to spend…": in a councillor's prose a pact of two
    // parties acts as one, not a list (officers name "the Labour–Independent administration" in plain business).
    if (pacts && isPactHead(i, mentions, tokens, text)) return true;
    return !inList(i, mentions, tokens, text);
  });
}

/** The first of two parties joined by a hyphen, dash or slash before a pact noun ("Labour/Plaid coalition"). */
function isPactHead(i: number, mentions: readonly PartyMention[], tokens: TokenList, text: string): boolean {
  const m = mentions[i]!;
  const partner = mentions[i + 1];
  return partner !== undefined && partner.first === m.last && PACT_JOIN.test(text.slice(m.end, partner.start)) && PACTS.has(tokens.norm(partner.last) ?? '');
}
