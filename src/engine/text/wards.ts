// Recognises wards in text by name, alias, street/place and postcode, on whole words only.
import type { Ward } from '../config/directory-schema';
import { PhraseIndex, longestMatches } from './phrase-index';
import { findPostcodes, normalisePostcodePrefix } from './postcodes';
import type { TokenList } from './tokens';

export type WardSignal = 'name' | 'alias' | 'place' | 'postcode';

export interface WardMention {
  wardId: string;
  start: number;
  end: number;
  text: string;
  via: WardSignal;
}

interface WardTerm {
  wardId: string;
  via: WardSignal;
  words: number;
}

const TITLES = new Set(['cllr', 'councillor', 'mr', 'mrs', 'ms', 'miss', 'dr']);

export class WardMatcher {
  private readonly phrases = new PhraseIndex<WardTerm>();
  private readonly postcodes = new Map<string, string[]>();

  constructor(wards: readonly Ward[]) {
    for (const ward of wards) {
      const add = (text: string, via: WardSignal): void => {
        this.phrases.add(text, { wardId: ward.id, via, words: text.trim().split(/\s+/).length });
      };
      add(ward.name, 'name');
      ward.aliases?.forEach((a) => add(a, 'alias'));
      ward.places?.forEach((p) => add(p, 'place'));
      for (const code of ward.postcodes ?? []) {
        const key = normalisePostcodePrefix(code);
        this.postcodes.set(key, [...(this.postcodes.get(key) ?? []), ward.id]);
      }
    }
  }

  /** Ward mentions in tokens[from, to) of text (tokens must come from the same text). */
  find(text: string, tokens: TokenList, from = 0, to = tokens.length): WardMention[] {
    const mentions: WardMention[] = [];
    for (const match of longestMatches(this.phrases.matchAll(tokens, from, to))) {
      const term = match.value;
      const first = tokens.get(match.first)!;
      // A one-word name ("Abbey", "Park") must be written as a proper noun and not be a person's name.
      if (term.words === 1 && !first.capitalised) continue;
      if (term.words === 1 && match.first > 0 && TITLES.has(tokens.norm(match.first - 1)!)) continue;
      // "The Cross", "The Green": an article and one word is a one-word name too; "the cross-party group" is not the place.
      if (term.words === 2 && tokens.norm(match.first) === 'the' && !tokens.capitalised(match.first + 1)) continue;
      mentions.push({ wardId: term.wardId, start: match.start, end: match.end, text: text.slice(match.start, match.end), via: term.via });
    }
    if (this.postcodes.size > 0 && from < to) {
      const start = tokens.start(from)!;
      const end = tokens.end(to - 1)!;
      for (const postcode of findPostcodes(text, start, end)) {
        const wardIds = (postcode.sector && this.postcodes.get(postcode.sector)) || this.postcodes.get(postcode.outward) || [];
        for (const wardId of wardIds) {
          mentions.push({ wardId, start: postcode.start, end: postcode.end, text: postcode.text, via: 'postcode' });
        }
      }
    }
    return mentions.sort((a, b) => a.start - b.start);
  }
}
