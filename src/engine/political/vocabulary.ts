// The political-content rule's words for one council: the built-in parties and signals, plus the
// parties of the council's own directory ("Fenmere Independents", "Plaid Cymru - The Party of
// Wales") and the policy's extra terms. One index, built once per directory and policy, so the
// text is walked once for all of them.
import type { Directory } from '../config/directory-schema';
import type { Policy } from '../config/policy-schema';
import { GENERIC_PARTY_WORDS, PARTIES, recogniseParty, type PartyDef } from '../lexicons/parties';
import {
  anchorEntries, antiEntries, contextEntries, frameEntries, implicitEntries, stanceEntries,
  type AntiCategory, type FrameEntry, type StanceEntry,
} from '../lexicons/political';
import type { LexiconEntry } from '../lexicons/lexicon';
import { PhraseIndex } from '../text/phrase-index';
import { COLLECTIVE_NOUNS } from './collective-actor';
import type { CouncilParties } from './party-mentions';
import { phraseWords } from '../text/tokens';

export interface PartyTerm {
  party: PartyDef;
  strong: boolean;
}

export type Word =
  | { kind: 'party'; term: PartyTerm }
  | { kind: 'stance'; entry: StanceEntry }
  | { kind: 'implicit'; entry: LexiconEntry<'implicit' | 'partisan'> }
  | { kind: 'frame'; entry: FrameEntry }
  | { kind: 'anchor'; entry: LexiconEntry<'anchor'> }
  | { kind: 'context'; entry: LexiconEntry<'context'> }
  | { kind: 'anti'; entry: LexiconEntry<AntiCategory> }
  | { kind: 'collective' }
  | { kind: 'never' };

export interface PoliticalVocabulary extends CouncilParties {
  index: PhraseIndex<Word>;
}

/** Words no local party is named after ("North", "Ward", "St"). */
const GENERIC_PLACE_WORDS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower', 'central', 'and', 'the', 'of', 'on', 'in', 'st', 'saint', 'ward', 'town', 'city', 'village',
  'road', 'street', 'lane', 'park', 'green', 'new', 'old', 'great', 'little', 'le', 'y', 'yr', 'a']);

function placeNames(directory: Directory): string[] {
  // The council's own name too ("Llanwennog Labour" of Llanwennog County Borough Council), less its generic words.
  // (Not a word a party of the directory is named with: "Harrowdene First" is that party's own name.)
  const partyNames = directory.members.map((m) => m.party ?? '').join(' ').toLowerCase();
  const council = directory.council.name.replace(/\b(?:(?:London )?Borough|County|City|District|Metropolitan|Council|Cyngor|Bwrdeistref|Sirol|Sir|Dinas|of|and)\b/gi, ' ')
    .split(/\s+/).filter((w) => w !== '' && !partyNames.includes(w.toLowerCase())).join(' ');
  return [council, ...directory.wards.flatMap((ward) => [ward.name, ...(ward.aliases ?? []), ...(ward.places ?? [])])];
}

/**
 * The words of the council's ward names, aliases and places that a local party may be named after
 * ("Ainsley Labour", "Walden Lib Dems"), less any that a place's own name follows with a party's
 * word ("Kingsley" of a place called "Kingsley Green").
 */
function placeWordsOf(directory: Directory, partyWords: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  const blocked = new Set<string>();
  for (const name of placeNames(directory)) {
    const ws = phraseWords(name);
    ws.forEach((w, i) => {
      if (!GENERIC_PLACE_WORDS.has(w) && w.length > 2 && !/^\d/.test(w)) words.add(w);
      if (i + 1 < ws.length && partyWords.has(ws[i + 1]!)) blocked.add(w);
    });
  }
  for (const w of blocked) words.delete(w);
  return words;
}

/** An administration named by its leader's surname (the phrases come from the directory). */
const NAMED_ADMINISTRATION: LexiconEntry<'implicit' | 'partisan'> = { id: 'named-administration', category: 'partisan', phrases: [], examples: { match: [] } };

/** A party of the directory that is none of the built-in ones: a local party, known by its own name. */
function localParty(name: string, councilWords: ReadonlySet<string>): PartyDef {
  const words = phraseWords(name);
  const strong = [name];
  // "Kelbrook Residents First" is also "Residents First"; "Fenmere Independents" adds nothing new.
  const rest = words.filter((w, i) => !(i === 0 && councilWords.has(w)));
  if (rest.length < words.length && rest.some((w) => !GENERIC_PARTY_WORDS.includes(w)) && rest.length >= 2) strong.push(rest.join(' '));
  // Its members by the party's last word, as opponents call them: "Sallowfield First" → "the Firsters".
  const ambiguous = words.length >= 2 && words[words.length - 1] === 'first' ? ['Firsters', 'Firster'] : [];
  return { id: `local:${words.join('-')}`, strong, ambiguous, bare: 'capital', lowerWithIndicator: false, lookalikesNext: [], recognise: [] };
}

function build(directory: Directory, policy: Policy): PoliticalVocabulary {
  const index = new PhraseIndex<Word>();
  const present = new Set<string>();
  const councilWords = new Set(phraseWords(directory.council.name));
  const parties: PartyDef[] = [...PARTIES];
  const partyNames = new Set<string>();
  for (const member of directory.members) {
    for (const name of [member.party, member.partyOriginal]) if (name) partyNames.add(name.trim());
  }
  for (const mailbox of directory.mailboxes) if (mailbox.kind === 'party-group' && mailbox.name) partyNames.add(mailbox.name.trim());
  const localNames: string[] = [];
  for (const name of partyNames) {
    const known = recogniseParty(name);
    if (known) present.add(known.id);
    else if (!/^(none|no party|unaligned|non aligned|non-aligned|not applicable)$/i.test(name)) localNames.push(name);
  }
  for (const name of localNames) parties.push(localParty(name, councilWords));
  const extra = policy.political?.partyTerms ?? [];
  if (extra.length > 0) parties.push({ id: 'policy', strong: extra, ambiguous: [], bare: 'capital', lowerWithIndicator: false, lookalikesNext: [], recognise: [] });

  for (const party of parties) {
    party.strong.forEach((name) => index.add(name, { kind: 'party', term: { party, strong: true } }));
    party.ambiguous.forEach((name) => index.add(name, { kind: 'party', term: { party, strong: false } }));
  }
  for (const entry of stanceEntries) for (const p of entry.phrases) index.add(p, { kind: 'stance', entry });
  for (const entry of implicitEntries) for (const p of entry.phrases) index.add(p, { kind: 'implicit', entry });
  // "the Kerrigan administration", "Okafor's cabinet": an administration named by its Leader (or a group
  // leader) is a party in power named another way.
  for (const member of directory.members) {
    const roles = member.roles ?? [];
    if (!roles.includes('leader') && !roles.includes('group-leader')) continue;
    const surname = phraseWords(member.name).at(-1);
    if (surname && surname.length > 2) index.add(`${surname} {administration|regime|coalition|leadership|cabinet|government}`, { kind: 'implicit', entry: NAMED_ADMINISTRATION });
  }
  for (const entry of frameEntries) for (const p of entry.phrases) index.add(p, { kind: 'frame', entry });
  for (const entry of anchorEntries) for (const p of entry.phrases) index.add(p, { kind: 'anchor', entry });
  for (const entry of contextEntries) for (const p of entry.phrases) index.add(p, { kind: 'context', entry });
  for (const entry of antiEntries) for (const p of entry.phrases) index.add(p, { kind: 'anti', entry });
  for (const noun of COLLECTIVE_NOUNS) index.add(noun, { kind: 'collective' });
  for (const phrase of policy.political?.neverPolitical ?? []) index.add(phrase, { kind: 'never' });
  const partyWords = new Set(parties.flatMap((p) => [...p.strong, ...p.ambiguous].flatMap(phraseWords)));
  // "door-knocking on Labour in Vain Road", "Green Lane", "Kingsley Green": a place of the council whose
  // name holds a party's word is the place, never the party.
  for (const name of placeNames(directory)) if (phraseWords(name).some((w) => partyWords.has(w))) index.add(name, { kind: 'never' });
  return { index, present, placeWords: placeWordsOf(directory, partyWords) };
}

const cache = new WeakMap<Directory, WeakMap<Policy, PoliticalVocabulary>>();

export function politicalVocabulary(directory: Directory, policy: Policy): PoliticalVocabulary {
  let byPolicy = cache.get(directory);
  if (!byPolicy) cache.set(directory, (byPolicy = new WeakMap()));
  let vocabulary = byPolicy.get(policy);
  if (!vocabulary) byPolicy.set(policy, (vocabulary = build(directory, policy)));
  return vocabulary;
}
