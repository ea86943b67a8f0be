// Someone else's words, quoted and attributed, in an officer's report: "The caller said, in her
// words, that the rise was 'the Nats robbing pensioners again'", "One tenant said it was 'what
// you get for voting Plaid'", "Her complaint ends: 'I won't be voting Labour again'". The officer
// records what a resident or caller said (casework, a complaint, a meeting note); the party words
// inside the quotation are the speaker's, not the writer's. A councillor passing on what a resident
// said ("one gentleman told me, in so many words, that '…'. I don't share that view") reports it too.
// Only quotations attributed to a third party count: the writer's own "I said…" and a politician's
// words ("Cllr Shaw said…", "the Leader's quote") are not reports of this kind; and a quotation the
// writer takes up ("as one neighbour put it…, and I agree with every word", "she's not wrong") is
// borrowed to make the writer's own point, so it is judged as the writer's.
import type { TokenList } from '../text/tokens';
import { WordSequences } from '../text/word-sequences';

/** Words that attribute a quotation to its speaker ("said", "told us", "in her words", "her complaint ends:"). */
const REPORTING = new Set(['said', 'says', 'saying', 'told', 'tells', 'wrote', 'writes', 'written', 'called', 'calls', 'described', 'describes',
  'complained', 'complains', 'claimed', 'claims', 'shouted', 'added', 'adds', 'remarked', 'commented', 'asked', 'asks', 'ends', 'ended', 'words',
  'quote', 'quoted', 'quoting', 'reckons', 'reckoned', 'insisted', 'insists', 'accused', 'yelled', 'muttered', 'stated', 'states', 'put', 'comment',
  'remark', 'meddai', 'dywedodd', 'ddywedodd', 'dwedodd', 'wedodd', 'geiriau', 'gofynnodd', 'cwynodd']);
/** The writer as the speaker: "I said it was…", "we told them…". */
const OWN = new Set(['i', 'we', 'ive', 'weve', 'id', 'wed', 'mi', 'fi', 'ni']);
/** A speaker who is a politician: their quoted words are party words in the message ("Cllr Shaw said 'Labour delivered'"). */
const POLITICIAN = new Set(['cllr', 'cllrs', 'councillor', 'councillors', 'leader', 'leaders', 'cabinet', 'mayor', 'provost', 'spokesperson', 'candidate', 'candidates',
  'mp', 'mps', 'msp', 'msps', 'ms', 'mss', 'party', 'member', 'members', 'portfolio', 'cynghorydd', 'arweinydd', 'aelod']);
/** The writer taking the quoted words up: in the sentence or the one after ("…, and I agree with every word"). */
const ENDORSING = new WordSequences([['i', 'agree'], ['agree', 'with'], ['quite', 'right'], ['rightly'], ['spot', 'on'], ['too', 'right'], ['hard', 'to', 'disagree'],
  ['cant', 'disagree'], ['cannot', 'disagree'], ['not', 'wrong'], ['isnt', 'wrong'], ['arent', 'wrong'], ['put', 'it', 'well'], ['put', 'it', 'better'], ['couldnt', 'have', 'put', 'it'],
  ['as', 'one'], ['exactly', 'right'], ['she', 'is', 'right'], ['shes', 'right'], ['hes', 'right'], ['theyre', 'right'], ['who', 'can', 'blame'], ['cant', 'blame'], ['dont', 'blame'],
  ['mae', 'hi', 'n', 'iawn'], ['cytuno']]);

/** Does the writer take up a quotation in tokens [from, to) (the sentence, and the one after)? */
export function endorses(tokens: TokenList, from: number, to: number): boolean {
  return ENDORSING.anyStartsIn(tokens, from, to);
}

/** Words for something to be published: a quotation after them is the writer's proposed wording ("a post along the lines of '…'"). */
const PUBLISHING = new Set(['post', 'posts', 'tweet', 'tweets', 'headline', 'caption', 'strapline', 'banner', 'poster', 'leaflet', 'release', 'statement',
  'wording', 'lines', 'line', 'slogan', 'quote', 'message', 'neges', 'pennawd', 'datganiad']);

/** Tokens before an opening quotation mark searched for its attribution. */
const ATTRIBUTION_REACH = 12;

const OPENING_MARK = /["'“‘]/g;
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** Quotation spans [open, close] in text[start, end): a straight single quote opens only after a space or colon and closes only before one (not "don't"). */
function quotations(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  // Straight to each opening mark (the regular-expression engine scans faster than a loop over characters), searching
  // this sentence only: a search of the whole text from each sentence would make a long body quadratic.
  const window = text.slice(start, end);
  for (let k = start; k < end; k++) {
    OPENING_MARK.lastIndex = k - start;
    const found = OPENING_MARK.exec(window);
    if (!found) break;
    k = start + found.index;
    const ch = text[k]!;
    if ((ch === "'" || ch === '‘') && (isLetter(text[k - 1]) || !isLetter(text[k + 1]))) continue;
    const closer = CLOSING[ch]!;
    let close = -1;
    for (let j = k + 1; j < end + 1 && j < text.length; j++) {
      if (text[j] !== closer) continue;
      // An apostrophe inside the quotation ("won't") is not its end.
      if ((closer === "'" || closer === '’') && isLetter(text[j + 1])) continue;
      close = j;
      break;
    }
    if (close < 0) continue;
    spans.push([k, close]);
    k = close;
  }
  return spans;
}

/**
 * Character spans of the quotations in tokens [from, to) that report a third party's words: an
 * attribution word shortly before the quotation, not spoken by the writer and not by a politician.
 */
export function reportedQuotations(text: string, tokens: TokenList, [from, to]: readonly [number, number]): [number, number][] {
  if (to <= from) return [];
  const start = tokens.start(from)!;
  const end = tokens.end(to - 1)!;
  const reported: [number, number][] = [];
  let previousClose = -1;
  for (const [open, close] of quotations(text, Math.max(0, start - 1), end + 1)) {
    // The tokens before the quotation, nearest first, back to the quotation before it.
    let k = from;
    while (k < to && tokens.start(k)! < open) k++;
    let first = k;
    while (first > from && tokens.start(first - 1)! > previousClose) first--;
    previousClose = close;
    let attributed = false;
    let own = false;
    let politician = false;
    let publishing = false;
    for (let j = k - 1; j >= Math.max(first, k - ATTRIBUTION_REACH); j--) {
      const word = tokens.norm(j)!;
      // ("a member of the public said…" is a resident.)
      if (POLITICIAN.has(word) && !(tokens.norm(j + 1) === 'of' && tokens.norm(j + 3) === 'public')) politician = true;
      if (PUBLISHING.has(word)) publishing = true;
      // ("as she put it", not "put a post out")
      if (!attributed && REPORTING.has(word) && (word !== 'put' || tokens.norm(j + 1) === 'it')) {
        attributed = true;
        // The speaker just before the word ("I said", "we told"), not "in her words".
        own = OWN.has(tokens.norm(j - 1) ?? '') || OWN.has(tokens.norm(j - 2) ?? '');
      }
    }
    if (attributed && !own && !politician && !publishing) reported.push([open, close]);
  }
  return reported;
}
