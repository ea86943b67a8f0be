// Finds party names used in the party sense: "Labour-run council" yes, "Labour costs" no,
// "Green Party" yes, "Green Lane" no. Decided by capitals and the word that follows.
import { CONTROL_WORDS, PARTY_INDICATORS, parties, type Party } from '../lexicons/political';
import { PhraseIndex, longestMatches, type PhraseMatch } from './phrase-index';
import { phraseWords, type Token } from './tokens';

export interface PartyMention {
  party: string;
  first: number;
  last: number;
  start: number;
  end: number;
  /** "Labour-run", "Tory-led": a framing that is political on its own. */
  control: boolean;
}

export interface PartyTerm {
  party: Party;
  strong: boolean;
}

/** Adds every party name to an index (the political-content rule builds one index for all its words). */
export function addPartyTerms<T>(target: PhraseIndex<T>, wrap: (term: PartyTerm) => T): void {
  for (const party of parties) {
    party.strong.forEach((name) => target.add(name, wrap({ party, strong: true })));
    party.ambiguous.forEach((name) => target.add(name, wrap({ party, strong: false })));
  }
}

const indicators = new Set(PARTY_INDICATORS);
const control = new Set(CONTROL_WORDS);
const lookalikes = new Map(parties.map((p) => [p.id, p.lookalikesNext.map(phraseWords)]));

function followedBy(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, k) => tokens[at + k]?.norm === word);
}

/**
 * Party mentions from raw matches of the party names (found by the rule's combined index).
 * sentenceStarts: token indexes that begin a sentence (a capital there proves nothing).
 */
export function partyMentionsFrom(matches: readonly PhraseMatch<PartyTerm>[], tokens: readonly Token[], sentenceStarts: ReadonlySet<number>): PartyMention[] {
  const mentions: PartyMention[] = [];
  for (const match of longestMatches(matches)) {
    const { party, strong } = match.value;
    const first = tokens[match.first]!;
    const next = tokens[match.last];
    const isControl = next !== undefined && control.has(next.norm);
    if (!strong) {
      if (!first.capitalised) continue;
      if (lookalikes.get(party.id)!.some((words) => followedBy(tokens, match.last, words))) continue;
      const indicated = next !== undefined && indicators.has(next.norm);
      const pluralAfterThe = match.first > 0 && tokens[match.first - 1]!.norm === 'the' && /s$/.test(first.norm);
      if (party.needsIndicator && !indicated && !pluralAfterThe) continue;
      if (!party.needsIndicator && sentenceStarts.has(match.first) && !indicated && first.alt === undefined) continue;
    }
    mentions.push({ party: party.id, first: match.first, last: match.last, start: match.start, end: match.end, control: isControl });
  }
  return mentions;
}
