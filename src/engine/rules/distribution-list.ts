// distribution-list: a member's message to every member (the all-members mailbox, or a large
// member audience) that concerns only the sender, one person or one ward goes to them alone
// (002 Annex A §10.1).
import { NICKNAMES } from '../people/nicknames';
import { en } from '../i18n/en';
import { briefQuote } from '../text/brief-quote';
import { defineRule } from '../rule';
import { chasing, everyMember, localIssues, personalReplies } from '../lexicons/distribution';
import { memberTitle } from '../people/directory-index';
import type { Translator } from '../i18n/translator';
import { phraseWords, tokenize, type TokenList } from '../text/tokens';
import type { DraftAnalysis, Recipient } from '../analysis';
import type { WardMention } from '../text/wards';
import { writesInLowerCase } from '../text/lower-case-writer';
import type { Member, Officer } from '../config/directory-schema';
import type { DirectoryIndex } from '../people/directory-index';
import type { Address, Edit, Span } from '../types';

/** A reply longer than this many words is more than "count me in" or "thanks". */
const SHORT_REPLY_WORDS = 80;
const GREETING_WORDS = new Set(['dear', 'hi', 'hello', 'hey', 'good', 'morning', 'afternoon', 'evening', 'annwyl', 'helo', 'shwmae', 'bore', 'da', 'prynhawn', 'noswaith', 'dda',
  'cllr', 'councillor', 'cyng', 'cynghorydd', 'gynghorydd', 'mr', 'mrs', 'ms', 'miss', 'dr']);
const GROUP_WORDS = new Set(['colleagues', 'all', 'councillors', 'members', 'everyone', 'everybody', 'friends', 'team', 'both', 'folks', 'gynghorwyr', 'cynghorwyr', 'aelodau', 'gyfeillion', 'pawb', 'bawb', 'chairs', 'group']);
/** "Cllr Fraser -", "Dafydd," at the start of a paragraph: a message addressed to one person. */
// "Graham - could the grit bin…": a first name and a dash opening the message addresses one person too.
const VOCATIVE = /^(?:(?:[Cc]llr\.?|CLLR\.?|[Cc]ouncillor|[Cc]yng\.?|[Cc]ynghorydd)\s+)?([A-Z][^\s,:;–—-]*(?:\s+[A-Z][^\s,:;–—-]*)?)\s*[,:;–—-]/;

/** A first name put straight to a question, with no comma: "Helena will it be recorded?" */
const VOCATIVE_QUESTION = /^([A-Z][a-z'’-]+)\s+(?:will|can|could|is|are|do|does|did|have|has|when|what|where|would|should|any)\s[^?\n]{0,120}\?/;

/** "A question for Cllr Kershaw: when will…": a question put to one named member. */
const QUESTION_FOR = /\b[Qq]uestions? (?:for|to) (?:[Cc]llr\.?|[Cc]ouncillor|[Cc]yng\.?|[Cc]ynghorydd)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/;

interface Concern {
  /** Why it concerns one person or place, for the message. */
  reason: string;
  /** Who the message should go to instead. */
  keep: Address[];
  spans: Span[];
}

function spanOf(analysis: DraftAnalysis, start: number, end: number): Span {
  return { start, end, text: analysis.draft.body.slice(start, end) };
}

/** Directory people whose names contain every given word ("Vane", "Dafydd", "Callum Fraser"). */
function peopleNamed(words: readonly string[], directory: DirectoryIndex): { members: Member[]; officers: Officer[] } {
  if (words.length === 0) return { members: [], officers: [] };
  // "Tony," is Anthony Pell: the usual short forms of a first name count as the name.
  const named = (name: string) => {
    const parts = phraseWords(name);
    return words.every((w) => parts.includes(w) || (NICKNAMES.get(w) ?? []).some((full) => parts[0] === full));
  };
  return { members: directory.directory.members.filter((m) => named(m.name)), officers: directory.directory.officers.filter((o) => named(o.name)) };
}

/** Among members of the same name, the one who is a recipient's or holds an executive role. */
function oneMember(members: readonly Member[]): Member | undefined {
  if (members.length <= 1) return members[0];
  const executive = members.filter((m) => m.roles?.some((r) => r === 'cabinet' || r === 'leader'));
  return executive.length === 1 ? executive[0] : undefined;
}

const asAddress = (member: Member): Address => ({ email: member.email, name: memberTitle(member.name) });

/** The greeting, or a paragraph that opens "Cllr Fraser -", names one person rather than everyone. */
function addressedToOne(analysis: DraftAnalysis, directory: DirectoryIndex, t: Translator): Concern | undefined {
  const { greeting } = analysis.parts();
  const body = analysis.draft.body;
  if (greeting) {
    const words = tokenize(body.slice(greeting.start, greeting.end)).norms();
    if (!words.some((w) => GROUP_WORDS.has(w))) {
      const named = peopleNamed(words.filter((w) => !GREETING_WORDS.has(w) && w !== 'leader'), directory);
      // "Dear Leader": the member with the leader role.
      const member = words.includes('leader') ? directory.membersWithRole('leader')[0] : oneMember(named.members);
      if (member) return { reason: t.t('distribution-list.reason.addressedTo', { name: memberTitle(member.name) }), keep: [asAddress(member)], spans: [spanOf(analysis, greeting.start, greeting.end)] };
      if (named.officers.length === 1) {
        const officer = named.officers[0]!;
        return { reason: t.t('distribution-list.reason.addressedTo', { name: officer.name }), keep: [{ email: officer.email, name: officer.name }], spans: [spanOf(analysis, greeting.start, greeting.end)] };
      }
    }
  }
  for (const sentence of analysis.messageSentences()) {
    const question = QUESTION_FOR.exec(sentence.text);
    const asked = question ? oneMember(peopleNamed(phraseWords(question[1]!), directory).members) : undefined;
    if (asked) {
      const start = sentence.start + question!.index;
      return { reason: t.t('distribution-list.reason.questionFor', { who: memberTitle(asked.name) }), keep: [asAddress(asked)], spans: [spanOf(analysis, start, start + question![0].length)] };
    }
    const match = VOCATIVE.exec(sentence.text) ?? VOCATIVE_QUESTION.exec(sentence.text);
    if (!match) continue;
    const named = peopleNamed(phraseWords(match[1]!), directory);
    const span = [spanOf(analysis, sentence.start, sentence.start + match[0].length)];
    const member = oneMember(named.members);
    if (member) return { reason: t.t('distribution-list.reason.addressedTo', { name: memberTitle(member.name) }), keep: [asAddress(member)], spans: span };
    // An officer by first name, only when they are a recipient ("Graham - …" to the officer and all members).
    const officer = named.members.length === 0 && named.officers.length === 1 ? named.officers[0]! : undefined;
    if (officer && analysis.recipients.some((r) => r.person.email === officer.email.toLowerCase())) {
      return { reason: t.t('distribution-list.reason.addressedTo', { name: officer.name }), keep: [{ email: officer.email, name: officer.name }], spans: span };
    }
  }
  return undefined;
}

/** "Can the Cabinet Member for Environment please…": the Cabinet member whose portfolio the words name. */
function roleAddressed(analysis: DraftAnalysis, directory: DirectoryIndex, first: number): Member | undefined {
  const tokens = analysis.bodyTokens();
  const following = new Set(tokens.norms(first, first + 12));
  if (following.has('leader') && !following.has('deputy')) return directory.membersWithRole('leader')[0];
  let best: Member | undefined;
  let bestScore = 0;
  for (const member of directory.directory.members) {
    if (!member.portfolio || !member.roles?.some((r) => r === 'cabinet' || r === 'leader')) continue;
    const score = phraseWords(member.portfolio).filter((w) => w.length > 3 && following.has(w)).length;
    if (score > bestScore) [best, bestScore] = [member, score];
  }
  return best;
}

/** The person this reply answers: the thread's sender when the quoted header names them, else the first addressee. */
function repliedTo(analysis: DraftAnalysis): Recipient | undefined {
  const quoted = analysis.parts().quoted;
  const header = analysis.draft.body.slice(quoted.start, Math.min(quoted.end, quoted.start + 600)).toLowerCase();
  const candidates = analysis.recipients.filter((r) => !(r.person.kind === 'mailbox' && r.person.mailbox.kind === 'all-members') && r.person.email !== analysis.sender.email);
  const inHeader = candidates.find((r) => header.includes(r.address.email.toLowerCase()) || (!!r.address.name && header.includes(r.address.name.toLowerCase())));
  return inHeader ?? candidates.find((r) => r.field === 'to' && r.person.kind !== 'member') ?? candidates.find((r) => r.field === 'to');
}

/** Own words that add nothing to a forward ("FYI", "See below."): the forwarded message is what is sent. */
const BARE_FORWARD_WORDS = 6;

/** A forward whose own words are a bare "FYI" (no reason given): its forwarded message is the content. */
function bareForward(analysis: DraftAnalysis): boolean {
  const { greeting, message, quoted } = analysis.parts();
  if (quoted.end <= quoted.start) return false;
  if (analysis.draft.composeType !== 'forward' && !/^[\s>]*-{2,}\s*(?:Forwarded|Original) message/i.test(analysis.draft.body.slice(quoted.start, quoted.start + 80))) return false;
  const [from, to] = analysis.tokenRange({ start: greeting ? greeting.start : message.start, end: message.end });
  return to - from <= BARE_FORWARD_WORDS;
}

/**
 * The one ward named; or, when the subject names one ward only ("Scarvay ferry - AGAIN"), that ward if no other ward is
 * named in a sentence that holds the local matter (a school in another ward mentioned in passing does not make it two
 * wards' matter; "Tanyard Lane and Church Walk are both closed" does).
 */
function leadWard(analysis: DraftAnalysis, said: readonly WardMention[], forwarded: boolean): string | undefined {
  const subject = new Set(analysis.subjectWards().map((m) => m.wardId));
  const named = new Set([...subject, ...said.map((m) => m.wardId)]);
  if (named.size === 1) return [...named][0];
  if (forwarded || subject.size !== 1) return undefined;
  const [lead] = [...subject];
  const sentences = analysis.messageSentences();
  const inLocalSentence = (m: WardMention): boolean => {
    const sentence = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    return !!sentence && localIssues.findIn(sentence.text).length > 0;
  };
  const local = said.filter(inLocalSentence);
  return local.length > 0 && local.every((m) => m.wardId === lead) ? lead : undefined;
}

/** The one ward the message is about, when it names one ward's street with a local matter (a closure, potholes). */
function oneWard(analysis: DraftAnalysis, directory: DirectoryIndex): { wardId: string; span: Span } | undefined {
  // "FYI" above a resident's complaint about the harbour railings: the complaint is the message.
  const forwarded = bareForward(analysis);
  const found = forwarded ? analysis.quotedWards() : analysis.messageWards();
  const said = found.length === 0 && !forwarded ? lowerCaseWards(analysis, directory) : found;
  const wardId = leadWard(analysis, said, forwarded);
  if (wardId === undefined) return undefined;
  const [from, to] = analysis.tokenRange(forwarded ? analysis.parts().quoted : analysis.parts().message);
  const local = localIssues.find(analysis.bodyTokens(), from, to).length > 0 || localIssues.findIn(analysis.draft.subject).length > 0;
  if (!local) return undefined;
  const mention = said.find((m) => m.wardId === wardId);
  if (!directory.wardsById.has(wardId)) return undefined;
  return { wardId, span: mention ? spanOf(analysis, mention.start, mention.end) : { start: 0, end: 0, text: '' } };
}

/** A short line with no capital at all ("mead rd never gets done. same every year"): too short for writesInLowerCase's count. */
const NO_CAPITALS_MIN_WORDS = 4;
function noCapitals(tokens: TokenList, from: number, to: number): boolean {
  if (to - from < NO_CAPITALS_MIN_WORDS) return false;
  for (let k = from; k < to; k++) if (tokens.capitalised(k)) return false;
  return true;
}

/** How a phone writer shortens a street: "tenter st", "brackley rd". */
const STREET_SHORT: readonly (readonly [RegExp, string])[] = [[/ street$/, ' st'], [/ road$/, ' rd'], [/ avenue$/, ' ave'], [/ lane$/, ' ln']];
const ARTICLE_BEFORE = /(?:^|[^a-z])(?:the|a|an|my|our|this|that|your)\s+$/;
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Wards a writer who types in lower case names ("any chance tenter st is getting done or is brackley off the map
 * again?", round 34): the ward matcher wants a capital on a one-word name and the full street word, so for such a writer
 * the names, aliases and places are looked for in any case, with the street word shortened as phones write it.
 */
function lowerCaseWards(analysis: DraftAnalysis, directory: DirectoryIndex): WardMention[] {
  const [from, to] = analysis.tokenRange(analysis.parts().message);
  if (!writesInLowerCase(analysis.bodyTokens(), from, to, analysis.draft.body) && !noCapitals(analysis.bodyTokens(), from, to)) return [];
  const start = analysis.parts().message.start;
  const text = analysis.draft.body.slice(start, analysis.parts().message.end).toLowerCase();
  const mentions: WardMention[] = [];
  for (const ward of directory.wardsById.values()) {
    for (const term of [ward.name, ...(ward.aliases ?? []), ...(ward.places ?? [])]) {
      const name = term.toLowerCase();
      const forms = [name, ...STREET_SHORT.filter(([long]) => long.test(name)).map(([long, short]) => name.replace(long, short))];
      const match = new RegExp(`(?:^|[^a-z0-9])(${forms.map(escaped).join('|')})(?![a-z0-9])`).exec(text);
      // (A one-word name after an article is a thing: "the park", "the green", not the ward.)
      if (match && !(forms.length === 1 && !name.includes(' ') && ARTICLE_BEFORE.test(text.slice(0, match.index + match[0].length - match[1]!.length)))) {
        const at = start + match.index + match[0].length - match[1]!.length;
        mentions.push({ wardId: ward.id, start: at, end: at + match[1]!.length, text: analysis.draft.body.slice(at, at + match[1]!.length), via: 'place' });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** "if any of you…", "if anyone…": the address is a condition, two words back at most. */
function conditional(tokens: TokenList, first: number, from: number): boolean {
  return [1, 2].some((d) => first - d >= from && (tokens.norm(first - d)! === 'if' || tokens.norm(first - d)! === 'os'));
}

/** Words before "we all" that make it a clause about the group, not an address to it: "before we all start congratulating ourselves", "as we all know". */
const ASIDE_OPENERS = new Set(['before', 'as', 'until', 'till', 'once', 'since', 'while', 'whilst', 'when']);
const INCLUSIVE = new Set(['we', 'us']);

/** "before we all…", "as we all know": an inclusive aside, not a reason every member needs the message. */
function aside(tokens: TokenList, first: number, from: number): boolean {
  return INCLUSIVE.has(tokens.norm(first)!) && first - 1 >= from && ASIDE_OPENERS.has(tokens.norm(first - 1)!);
}

/** "is", "'s", "are" before a verb in -ing: "everyone's driving down", "everybody is parking on the verge". */
const BEING = new Set(['is', 'are', 'was', 'were', 's', 'keeps', 'kept']);

/** "everyone is going to…", "everyone is being asked…", "everyone's getting…": what happens to every member. */
const HAPPENING_TO_ALL = new Set(['going', 'being', 'getting']);

/**
 * "everyone's driving down to the barriers", "everybody is parking on the verge": people out there described
 * doing something, not the members addressed. Only one ward's local matter lets the rule go on (oneWard).
 */
function peopleThere(analysis: DraftAnalysis, hit: { first: number; last: number }): boolean {
  const tokens = analysis.bodyTokens();
  const word = tokens.norm(hit.first)!;
  if (hit.last - hit.first !== 1 || !/^every(?:one|body)s?$/.test(word)) return false;
  // "everyone's" is one token; "everyone is" two.
  const verb = word.endsWith('s') ? hit.last : BEING.has(tokens.norm(hit.last) ?? '') ? hit.last + 1 : -1;
  const doing = verb < 0 ? '' : tokens.norm(verb) ?? '';
  return /ing$/.test(doing) && !HAPPENING_TO_ALL.has(doing);
}

/** A quoted question in the message stays short enough for the on-send alert's 500 characters. */
const QUOTE_CHARS = 60;

/** "I", "my", "me": a reply in these words, with none of "we", "our", "everyone", is about the writer. */
const FIRST_PERSON_SINGULAR = new Set(['i', 'im', 'ive', 'id', 'ill', 'my', 'me', 'mine', 'myself', 'fy', 'fi', 'rwyf', 'rydw']);
const SHARED = new Set(['we', 'us', 'our', 'ours', 'everyone', 'everybody', 'all', 'colleagues', 'members', 'councillors', 'anyone', 'ni', 'ein', 'pawb']);
const OWN_WORDS_MIN = 2;

/**
 * A short reply-all that asks a question about the writer's own affairs ("does my wife's shareholding
 * need to go under securities?"): the answer is for the writer alone. The question sentence is the span.
 */
function ownQuestion(analysis: DraftAnalysis, from: number, to: number): Span | undefined {
  const tokens = analysis.bodyTokens();
  let own = 0;
  let possessive = false;
  for (let i = from; i < to; i++) {
    const word = tokens.norm(i)!;
    if (SHARED.has(word)) return undefined;
    if (FIRST_PERSON_SINGULAR.has(word)) own++;
    if (word === 'my' || word === 'fy') possessive = true;
  }
  if (own < OWN_WORDS_MIN || !possessive) return undefined;
  const asked = analysis.ownSentences().find((s) => s.text.trimEnd().endsWith('?'));
  if (!asked) return undefined;
  return spanOf(analysis, asked.start, asked.end);
}

/** "anyone", "anybody": a question put to the group, not a message for all of them. */
const ASKING = new Set(['anyone', 'anybody']);

function wardConcern(analysis: DraftAnalysis, directory: DirectoryIndex, ward: { wardId: string; span: Span }, t: Translator): Concern {
  const members = directory.membersOfWard(ward.wardId).filter((m) => m.email.toLowerCase() !== analysis.sender.email);
  const name = directory.wardsById.get(ward.wardId)!.name;
  return { reason: t.t('distribution-list.reason.oneWard', { ward: name }), keep: members.map(asAddress), spans: ward.span.end > ward.span.start ? [ward.span] : [] };
}

function concernOf(analysis: DraftAnalysis, directory: DirectoryIndex, t: Translator): Concern | undefined {
  const tokens = analysis.bodyTokens();
  const [from, to] = analysis.tokenRange(analysis.parts().message);
  const isReply = analysis.draft.composeType === 'replyAll' || analysis.draft.composeType === 'reply' || analysis.parts().quoted.end > analysis.parts().quoted.start;
  // A reply's subject is the notice's ("RE: Planning training for all members"), not the writer's reason.
  // "If any of you get asked about it, send them my way": a courtesy about the writer's matter, not a reason it is everyone's.
  const general = everyMember.find(tokens, from, to).filter((h) => !(h.entry.category === 'all-of-you' && (conditional(tokens, h.first, from) || aside(tokens, h.first, from))))
    .concat(isReply ? [] : everyMember.findIn(analysis.draft.subject));
  if (general.some((h) => h.entry.category === 'every-member')) return undefined;
  // A short reply is often read as a sign-off ("Thanks so much Alan, really helpful."): read it too.
  const { own, signOff } = analysis.parts();
  const [ownFrom, replyTo] = analysis.tokenRange({ start: own.start, end: signOff ? signOff.end : analysis.parts().message.end });
  const short = replyTo - ownFrom <= SHORT_REPLY_WORDS;
  // "Thanks Emily - should we all bring ID?": thanks by name is personal only when nothing addresses everyone.
  // ("Thanks,\nTessa" is a sign-off: the name must follow in the same line.)
  const personal: { start: number; end: number }[] = short ? personalReplies.find(tokens, ownFrom, replyTo)
    .filter((h) => h.entry.id !== 'thanks-name' || (general.length === 0 && analysis.draft.body.slice(h.end, tokens.start(h.last) ?? h.end) === ' ')) : [];
  if (personal.length === 0 && short && isReply) {
    const question = ownQuestion(analysis, ownFrom, replyTo);
    if (question) personal.push(question);
  }
  if (personal.length > 0) {
    const spans = personal.map((h) => spanOf(analysis, h.start, h.end));
    const replied = isReply ? repliedTo(analysis) : undefined;
    const keep = replied ? [{ email: replied.address.email, name: replied.address.name ?? replied.person.name }] : addressedToOne(analysis, directory, t)?.keep ?? [];
    return { reason: t.t('distribution-list.reason.onlyYou', { quoted: spans.map((s) => `"${briefQuote(s.text, QUOTE_CHARS)}"`).join(', ') }), keep, spans };
  }
  // A general address ("all of you") outweighs the signs below, but not a plainly personal reply;
  // "does anyone know why Kettle Lane is shut?" asks everyone about one ward's street.
  const asksAnyone = general.every((h) => ASKING.has(analysis.draft.body.slice(h.start, h.end).toLowerCase()) &&
    // (A question mark after the words, not only at the sentence's end: "…shut since Monday? no notice to residents".)
    analysis.ownSentences().some((s) => s.start <= h.start && h.end <= s.end && analysis.draft.body.slice(h.end, s.end).includes('?')));
  // "thought I'd let everyone know": telling all of them, which one ward's street closure does not need;
  // "while I've got everyone" owns up to using the list; "everyone's driving down to the barriers" in a sentence
  // about one ward's street is the people there. None of them is a reason the matter is every member's.
  const tellsEveryone = general.every((h) => TELLING.has(tokens.norm(h.first - 1) ?? '') || wantsKnown(tokens, h) || peopleThere(analysis, h));
  if (general.length > 0 && !asksAnyone && !tellsEveryone) return undefined;
  if (general.length > 0) {
    const ward = oneWard(analysis, directory);
    return ward ? wardConcern(analysis, directory, ward, t) : undefined;
  }
  const addressed = addressedToOne(analysis, directory, t);
  if (addressed) return addressed;
  const chase = chasing.find(tokens, from, to);
  const roleQuestion = chase.find((h) => h.entry.category === 'role-question');
  if (roleQuestion) {
    const member = roleAddressed(analysis, directory, roleQuestion.first);
    const who = member ? memberTitle(member.name) : t.t('distribution-list.reason.oneCabinetMember');
    return { reason: t.t('distribution-list.reason.questionFor', { who }), keep: member ? [asAddress(member)] : [], spans: [spanOf(analysis, roleQuestion.start, roleQuestion.end)] };
  }
  const chases = chase.filter((h) => h.entry.category === 'chasing');
  const named = chase.find((h) => h.entry.category === 'role-named');
  const chased = chases.length > 0 && named ? roleAddressed(analysis, directory, named.first) : undefined;
  if (chased) return { reason: t.t('distribution-list.reason.chases', { name: memberTitle(chased.name) }), keep: [asAddress(chased)], spans: chases.map((h) => spanOf(analysis, h.start, h.end)) };
  const ward = oneWard(analysis, directory);
  if (ward) return wardConcern(analysis, directory, ward, t);
  if (chases.length > 0) return { reason: t.t('distribution-list.reason.chasesSomeone'), keep: [], spans: chases.map((h) => spanOf(analysis, h.start, h.end)) };
  return undefined;
}

/** "I want you all to know what happened…": telling them, as "let everyone know" does (not "want you all to come"). */
const WANTING = new Set(['want', 'wanted', 'like', 'need']);
const KNOWING = new Set(['know', 'hear', 'see']);
function wantsKnown(tokens: TokenList, hit: { first: number; last: number }): boolean {
  return WANTING.has(tokens.norm(hit.first - 1) ?? '') && tokens.norm(hit.last) === 'to' && KNOWING.has(tokens.norm(hit.last + 1) ?? '');
}

/** Verbs before "everyone" that tell rather than ask or address: "let everyone know", "warn you all". */
// "while I've got everyone": the writer makes use of the list.
const TELLING = new Set(['let', 'letting', 'tell', 'telling', 'warn', 'warning', 'inform', 'informing', 'update', 'updating', 'remind', 'got']);

export const distributionList = defineRule({
  meta: {
    id: 'distribution-list',
    description: en['distribution-list.description'],
    severity: 'warning',
    citation: en['distribution-list.citation'],
    fixable: true,
  },
  check({ analysis, directory, policy, t }) {
    if (analysis.sender.kind !== 'member') return [];
    const senderEmail = analysis.sender.email;
    const lists = analysis.recipients.filter((r) => r.person.kind === 'mailbox' && r.person.mailbox.kind === 'all-members');
    const members = analysis.visible().filter((r) => r.person.kind === 'member' && r.person.email !== senderEmail);
    if (lists.length === 0 && members.length < policy.distributionListMin) return [];
    const audience = [...lists, ...members];
    const concern = concernOf(analysis, directory, t);
    if (!concern) return [];
    const keepEmails = new Set(concern.keep.map((a) => a.email.toLowerCase()));
    const present = new Set(analysis.recipients.map((r) => r.person.email));
    const edits: Edit[] = [
      ...concern.keep.filter((a) => !present.has(a.email.toLowerCase())).map((a): Edit => ({ op: 'addRecipient', field: 'to', email: a.email, name: a.name })),
      ...audience.filter((r) => !keepEmails.has(r.person.email)).map((r): Edit => ({ op: 'removeRecipient', field: r.field, email: r.address.email })),
    ];
    const to = lists.length > 0 ? (lists[0]!.address.name ?? lists[0]!.address.email) : t.t('distribution-list.members', { count: members.length });
    const keepNames = t.list(concern.keep.map((a) => a.name ?? a.email));
    return [{
      message: t.t('distribution-list.message', { to, reason: concern.reason, hasKeep: keepNames ? 'yes' : 'no', keep: keepNames }),
      recipients: audience.filter((r) => !keepEmails.has(r.person.email)).map((r) => ({ email: r.address.email, field: r.field })),
      spans: concern.spans,
      fixes: concern.keep.length > 0 ? [{ title: t.t('distribution-list.fix', { names: keepNames }), edits }] : [],
    }];
  },
});
