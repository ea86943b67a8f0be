// member-signature: obligations and instructions on behalf of the Council never go out in a
// member's name; official letters normally go from an officer (000 §7.2; 001 §12.2–12.4;
// 002 Annex A §10.2–10.4; 002 existing §12.4).
import { en } from '../i18n/en';
import { defineRule, type Report } from '../rule';
import { removeSentenceEdit } from '../fixes/builders';
import { DOMAIN_PORTFOLIO_WORDS, commitments, matters, type CommitmentKind, type MatterDomain } from '../lexicons/obligations';
import { sentenceAt } from '../text/sentences';
import { phraseWords, tokenize, type TokenList } from '../text/tokens';
import { domainOf, surnameOf } from '../people/directory-index';
import type { DraftAnalysis } from '../analysis';
import type { DirectoryIndex } from '../people/directory-index';
import type { Mailbox, Member, Officer } from '../config/directory-schema';
import type { Edit, Fix, Span } from '../types';
import type { Sentence } from '../text/sentences';
import type { MailText, Translator } from '../i18n/translator';

interface Commitment {
  kind: CommitmentKind;
  span: Span;
}

/** Kinds of council: "the County Council" is this one only where the council's own name says County. */
const COUNCIL_KINDS = new Set(['county', 'district', 'borough', 'city', 'town', 'parish', 'community', 'unitary', 'metropolitan']);

/** The kinds a council's members call it by alone ("the County will pay", "the City will cover"). */
const PLAIN_KINDS = new Set(['county', 'city', 'borough', 'district']);

/** Words that name the Council in a commitment (the rest are "we" and "I"). */
const COUNCIL_WORDS = new Set(['council', 'authority', 'cyngor', ...PLAIN_KINDS]);

/** The writer disowns the council role for this message ("not in my council role", "in a personal capacity"). */
const DISOWNED_ROLE = /\bnot (?:in|on|with) (?:my|a|any|the) (?:council|councillor|ward councillor|official)(?:['’]?s)? (?:role|capacity|hat|business)\b|\bnot as (?:a|your|the) (?:councillor|ward councillor|council)\b|\bin (?:a|my) (?:personal|private) capacity\b|\bnot (?:a|the) council (?:one|event|matter)\b/i;

const PORTFOLIO_STOPWORDS = new Set(['and', 'the', 'of', 'for', 'services', 'service', 'council', 'member', 'cabinet']);

/** Signs as a councillor: a signature line that starts "Cllr" or "Councillor". */
function signsAsCouncillor(analysis: DraftAnalysis): boolean {
  const signature = analysis.parts().signature;
  if (!signature) return false;
  return /(^|\n)[ \t]*(cllr\.?|councillor)\s/i.test(analysis.draft.body.slice(signature.start, signature.end));
}

/** "asked officers whether the Council will pay": a question about a commitment is not one. */
function asked(tokens: TokenList, first: number, from: number): boolean {
  let k = first - 1;
  if (k >= from && tokens.norm(k)! === 'the') k--;
  return k >= from && (tokens.norm(k)! === 'whether' || tokens.norm(k)! === 'if');
}

/**
 * A promise withheld just before it: "I can't promise the Council will pay for it", "there's no guarantee the Council
 * will cover it", "I'm not sure yet that the Council will…"; Welsh "alla i ddim addo y bydd y Cyngor yn talu", "ni allaf
 * warantu y bydd…". (Not "I can promise…": only the refusal or the doubt.)
 */
const WITHHELD = new RegExp([
  /\b(?:can(?:no|['’])?t|can not|could(?:n['’]?t| not)|won['’]?t|will not|(?:am|['’]m) not (?:able|going) to|unable to|not in a position to) (?:yet |honestly |really |personally )?(?:promise|guarantee|confirm|commit|say|tell you|assure you)(?: (?:you|yet|for certain|for sure|at this stage|at this point))?(?: that)?/,
  /\bno (?:guarantee|promise|certainty)s?(?: yet)?(?: that)?/,
  /\b(?:not|isn['’]?t|aren['’]?t) (?:yet )?(?:sure|certain|clear|decided|known)(?: yet)?(?: (?:that|whether|if))?/,
  /\b(?:ni (?:allaf|alla i|fedraf|fedra i)|(?:alla|allaf|fedra|fedraf) i ddim|(?:dw|dydw|rydw) ?i ddim yn (?:gallu|medru)) (?:addo|gwarantu|warantu|sicrhau|cadarnhau|gadarnhau)(?: (?:y|bod|fod))?/,
  // "dw i ddim yn siŵr y bydd…" (I'm not sure the Council will…), "does dim sicrwydd y bydd…" (there's no guarantee).
  /\b(?:(?:dw|dydw|rydw) ?i ddim yn (?:siŵr|siwr|sicr)|(?:does|nid oes) (?:dim )?(?:sicrwydd|addewid|gwarant))(?: (?:y|bod|fod|a|os))?/,
].map((p) => `(?:${p.source})`).join('|') + /\s*$/.source, 'i');

/** The words before a commitment in its own sentence (no further back than the last stop or line break). */
function withheld(body: string, from: number, start: number): boolean {
  const before = body.slice(Math.max(from, start - 80), start);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
  return WITHHELD.test(clause.replace(/\s+(?:the|y|r)\s*$/i, ' ').replace(/\s+$/, ''));
}

/**
 * "I am pleased to confirm that Norbridge City Council will provide…": the council's own name before
 * "Council" read as "the Council", in text of the same length (so every span stays where it was).
 */
function ownNameAsTheCouncil(text: string, councilName: string, nameWords: ReadonlySet<string>): string | undefined {
  const pattern = ownNamePattern(councilName, nameWords);
  if (!pattern) return undefined;
  pattern.lastIndex = 0;
  let changed = false;
  const read = text.replace(pattern, (match) => {
    if (match.length < 4) return match;
    changed = true;
    return ' '.repeat(match.length - 4) + 'the ';
  });
  return changed ? read : undefined;
}

/** The own-name pattern, built once per council name (not on every check). */
const ownNamePatterns = new Map<string, RegExp | undefined>();
function ownNamePattern(councilName: string, nameWords: ReadonlySet<string>): RegExp | undefined {
  if (!ownNamePatterns.has(councilName)) {
    const words = [...nameWords].filter((w) => w !== 'council' && /^[a-z]+$/.test(w));
    ownNamePatterns.set(councilName, words.length === 0 ? undefined : new RegExp(`\\b(?:(?:${words.join('|')})\\s+){1,4}(?=council\\b)`, 'gi'));
  }
  return ownNamePatterns.get(councilName);
}

function findCommitments(analysis: DraftAnalysis, councilName: string): Commitment[] {
  const body = analysis.draft.body;
  // "the County Council will pay" is this council when it is a county council, another one when not.
  const nameWords = new Set(phraseWords(councilName));
  const said = analysis.saidRange();
  const renamed = ownNameAsTheCouncil(body.slice(said.start, said.end), councilName, nameWords);
  // The lexicon reads the own name as "the Council"; everything else reads the body as written.
  const tokens = renamed === undefined ? analysis.bodyTokens() : tokenize(renamed, said.start);
  const [from, to] = renamed === undefined ? analysis.tokenRange(said) : [0, tokens.length];
  // "I can confirm the County will pay" binds this council only when it is the county council (the City, a city's; the Borough, a borough's).
  const anotherKind = (first: number, last: number): boolean => tokens.slice(first, last).some((t) => PLAIN_KINDS.has(t.norm) && !nameWords.has(t.norm));
  const otherCouncil = (first: number): boolean => first > from && COUNCIL_KINDS.has(tokens.norm(first - 1)!) && !nameWords.has(tokens.norm(first - 1)!);
  // "I'm writing as treasurer of the Friends, not in my council role … We'll pay the invoice": a "we" that is another body's.
  const otherCapacity = DISOWNED_ROLE.test(body.slice(said.start, said.end));
  const namesTheCouncil = (first: number, last: number): boolean => tokens.slice(first, last).some((t) => COUNCIL_WORDS.has(t.norm));
  const found: Commitment[] = commitments.find(tokens, from, to)
    .filter((hit) => !asked(tokens, hit.first, from) && !otherCouncil(hit.first) && !anotherKind(hit.first, hit.last) && !withheld(body, said.start, hit.start))
    .filter((hit) => !otherCapacity || hit.entry.category !== 'obligation' || namesTheCouncil(hit.first, hit.last))
    .map((hit) => ({ kind: hit.entry.category, span: { start: hit.start, end: hit.end, text: body.slice(hit.start, hit.end) } }));
  // "on behalf of Northbridge (Borough) Council": words of the council's own name stand for "the
  // Council"; "the County Council" or "the Parish Council" is somebody else.
  // (Read as "the Council", the own name may already have matched the lexicon's "on behalf of the Council".)
  for (const c of onBehalfOfTheCouncil(analysis, nameWords)) if (!found.some((f) => f.span.start === c.span.start)) found.push(c);
  for (const c of [...workPromisedFree(analysis), ...workPromisedFlat(analysis)]) if (!found.some((f) => f.span.start <= c.span.start && c.span.start < f.span.end)) found.push(c);
  return found;
}

/** A charge waived in the same breath: "free of charge", "so no need to pay the £25", "you won't have to pay". */
const CHARGE_WAIVED = /\b(?:free of charge|at no (?:cost|charge)(?: to you)?|no need to pay|(?:won[’']?t|will not|don[’']?t|do not) (?:need|have) to pay)\b/i;
/** "the Council will replace your bin": the Council's work promised (not "will consider", "will be in touch"). */
const COUNCIL_WILL = /\b(?:the )?(?:council|authority) will (?!consider|look|review|decide|ask|write|contact|let|need|be |have to|get back|respond|reply)[a-z]+/gi;
/** What officers said or the writer hopes, reported: "officers tell me the Council will…", "I've asked whether the Council will…". */
const REPORTED = /\b(?:tell|told|tells|say|says|said|advised?|advises|understand|hope|hoping|asked|ask|asking|whether|if|expect|think|believe)\b[^.;:!?]{0,40}$/i;

/**
 * "I've spoken to the team and the Council will replace your bin free of charge – so no need to pay the £25": the
 * Council's work promised in the member's words, with a charge waived in the same sentence, is an obligation.
 */
function workPromisedFree(analysis: DraftAnalysis): Commitment[] {
  const body = analysis.draft.body;
  return analysis.saidSentences().flatMap((sentence): Commitment[] => {
    if (!CHARGE_WAIVED.test(sentence.text)) return [];
    COUNCIL_WILL.lastIndex = 0;
    for (let m = COUNCIL_WILL.exec(sentence.text); m !== null; m = COUNCIL_WILL.exec(sentence.text)) {
      if (REPORTED.test(sentence.text.slice(0, m.index)) || withheld(body, sentence.start, sentence.start + m.index)) continue;
      const start = sentence.start + m.index;
      return [{ kind: 'obligation', span: { start, end: start + m[0].length, text: body.slice(start, start + m[0].length) } }];
    }
    return [];
  });
}

/**
 * "The Council will replace all four benches before the end of June": a sentence that opens on the Council's
 * work, in the member's own voice (nothing before it reports who said so), promises it. Only concrete work and
 * money, never "will not", "will consider"; not when it hangs on "if" or "unless".
 */
const FLAT_PROMISE = /^(?:the )?(?:council|authority) will (?:also |now )?(?:repair|fix|replace|remove|install|clear|resurface|mend|reinstate|rebuild|restore|erect|plant|upgrade|refund|waive|write off|cancel)\b/i;
const CONDITION = /\b(?:if|unless|provided|subject to|once|when)\b/i;
/** "…the Council will take the tree down next week and will pay for your wall": the Council's payment in a clause of its own. */
const AND_WILL_PAY = /\b(?:the )?(?:council|authority) will [^.;:!?]{0,80}?\band (?:will|would) (?:pay|cover|meet|fund|refund|reimburse|compensate)\b/gi;

function workPromisedFlat(analysis: DraftAnalysis): Commitment[] {
  const body = analysis.draft.body;
  return analysis.saidSentences().flatMap((sentence): Commitment[] => {
    const text = sentence.text;
    const lead = text.length - text.trimStart().length;
    const flat = FLAT_PROMISE.exec(text.slice(lead));
    if (flat && !CONDITION.test(text)) {
      const start = sentence.start + lead;
      return [{ kind: 'obligation', span: { start, end: start + flat[0].length, text: body.slice(start, start + flat[0].length) } }];
    }
    AND_WILL_PAY.lastIndex = 0;
    for (let m = AND_WILL_PAY.exec(text); m !== null; m = AND_WILL_PAY.exec(text)) {
      if (REPORTED.test(text.slice(0, m.index)) || withheld(body, sentence.start, sentence.start + m.index)) continue;
      const start = sentence.start + m.index;
      return [{ kind: 'obligation', span: { start, end: start + m[0].length, text: body.slice(start, start + m[0].length) } }];
    }
    return [];
  });
}

function onBehalfOfTheCouncil(analysis: DraftAnalysis, nameWords: ReadonlySet<string>): Commitment[] {
  const body = analysis.draft.body;
  const tokens = analysis.bodyTokens();
  const [from, to] = analysis.tokenRange(analysis.saidRange());
  const found: Commitment[] = [];
  for (let i = from; i + 3 < to; i++) {
    if (tokens.norm(i)! !== 'on' || tokens.norm(i + 1)! !== 'behalf' || tokens.norm(i + 2)! !== 'of') continue;
    // "not on behalf of Wealdham Borough Council": a capacity disowned.
    if (i > from && tokens.norm(i - 1)! === 'not') continue;
    let k = i + 3;
    if (tokens.norm(k) === 'the') k++;
    let named = 0;
    while (k < to && named < 4 && tokens.norm(k)! !== 'council' && nameWords.has(tokens.norm(k)!)) {
      k++;
      named++;
    }
    if (named > 0 && k < to && tokens.norm(k)! === 'council') {
      const end = tokens.end(k)!;
      found.push({ kind: 'official', span: { start: tokens.start(i)!, end, text: body.slice(tokens.start(i)!, end) } });
    }
  }
  return found;
}

/**
 * Central government, Parliament and the devolved governments: not another council's "x.gov.uk" or
 * "x.gov.wales" (a response to a neighbour's consultation is Council business like any other).
 */
const GOVERNMENT_DOMAINS = /^(([a-z0-9-]+\.)*(parliament\.uk|senedd\.wales|parliament\.scot)|gov\.wales|gov\.scot|(communities|levellingup|housing|dft|education|homeoffice|hmtreasury|defra|dwp|dhsc|cabinetoffice|justice|mhclg|dluhc|beis|energysecurity|dcms|culture|fcdo|hmrc|trade|businessandtrade|dsit|mod|environment-agency|ofsted|localgov|cddo|no10)\.gov\.uk)$/;

function isGovernment(domain: string): boolean {
  return GOVERNMENT_DOMAINS.test(domain);
}

/** A representation to a Minister or Government department (000 §7.2 allows these). */
function toMinister(analysis: DraftAnalysis, directory: DirectoryIndex): boolean {
  const greeting = analysis.parts().greeting;
  if (greeting && /\b(minister|secretary of state)\b/i.test(analysis.draft.body.slice(greeting.start, greeting.end))) return true;
  return analysis.visible().some((r) => r.person.kind === 'external' && !directory.isCouncilAddress(r.person.email) && isGovernment(domainOf(r.person.email)));
}

/**
 * Standing in for a colleague: "while my colleague Cllr Tebbutt is on leave", "in Cllr Tebbutt's absence",
 * "covering for Cllr Tebbutt", "on behalf of my colleague Cllr Tebbutt". The name follows the title.
 */
const STANDING_IN = /\b(?:(?:while|whilst|as) (?:my )?(?:colleague |fellow cabinet member )?(?:cllr\.?|councillor) ([a-z][\w'’-]*(?: [a-z][\w'’-]*)?) is (?:on leave|away|off|unwell|ill|on holiday|absent)|in (?:cllr\.?|councillor) ([a-z][\w'’-]*(?: [a-z][\w'’-]*)?)['’]s absence|(?:standing in|covering|deputi[sz]ing) for (?:my colleague )?(?:cllr\.?|councillor) ([a-z][\w'’-]*(?: [a-z][\w'’-]*)?))/gi;

/** The message says the sender writes in place of another Cabinet member (the Leader or a portfolio holder). */
function standsInFor(analysis: DraftAnalysis, self: Member): boolean {
  const { start, end } = analysis.parts().message;
  const message = analysis.draft.body.slice(start, end);
  STANDING_IN.lastIndex = 0;
  for (let m = STANDING_IN.exec(message); m !== null; m = STANDING_IN.exec(message)) {
    const named = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().split(' ');
    const colleague = analysis.council.directory.members.find((member) => member !== self && named.some((w) => surnameOf(member.name).toLowerCase() === w));
    if (colleague && (colleague.roles ?? []).some((r) => r === 'cabinet' || r === 'leader')) return true;
  }
  return false;
}

/**
 * A signature block the letter's parts left in the message (after a sign-off they did not know, "Looking forward to
 * it!"): the line that signs the sender's name under a councillor's title ("Cllr Rhian Thomas", "Cyng. / Cllr Rhian
 * Thomas", "Cynghorydd Rhys Owen") and the title lines under it are the signature, not the matter of the letter.
 */
const SIGNED_NAME_LINE = /(?:^|\n)[ \t]*(?:(?:cllr|councillor|cyng|cynghorydd)\.?[ \t]*\/?[ \t]*)+([^\n]{1,60})(?=\n|$)/gi;
function signatureInMessage(analysis: DraftAnalysis, self: Member, message: { start: number; end: number }): number {
  const text = analysis.draft.body.slice(message.start, message.end);
  const surname = surnameOf(self.name).toLowerCase();
  SIGNED_NAME_LINE.lastIndex = 0;
  for (let m = SIGNED_NAME_LINE.exec(text); m !== null; m = SIGNED_NAME_LINE.exec(text)) {
    const rest = m[1]!.trim();
    // The name alone on its line: not "Cllr Thomas asked me to reply." nor a sentence that goes on.
    if (/[.!?,;:]$/.test(rest) || rest.split(/\s+/).length > 5) continue;
    if (rest.toLowerCase().split(/\s+/).includes(surname)) return message.start + m.index;
  }
  return message.end;
}

/** Leader, Mayor, or a Cabinet member whose portfolio the draft is about (002 Annex A §10.2; 001 §12.3). */
function mayWriteOfficially(analysis: DraftAnalysis): boolean {
  const sender = analysis.sender;
  if (sender.kind !== 'member' || !sender.member) return false;
  const roles = sender.member.roles ?? [];
  if (roles.includes('mayor') || roles.includes('leader')) return true;
  if (!roles.includes('cabinet') || !sender.member.portfolio) return false;
  const words = phraseWords(sender.member.portfolio).filter((w) => !PORTFOLIO_STOPWORDS.has(w));
  // "while my colleague Cllr Tebbutt is on leave": standing in for another Cabinet member is not writing on one's own portfolio.
  if (standsInFor(analysis, sender.member)) return false;
  // The message and subject only: the signature names the sender's own portfolio on every letter.
  const message = analysis.parts().message;
  const signed = signatureInMessage(analysis, sender.member, message);
  const [from, to] = analysis.tokenRange({ start: message.start, end: signed });
  const text = new Set([...analysis.subjectTokens().norms(), ...analysis.bodyTokens().norms(from, to)]);
  if (!words.some((w) => text.has(w))) return false;
  // "As Cabinet Member for Finance and Assets, I am writing … about the footpath and verge": the title said in a sentence
  // counts as the portfolio, unless the portfolio is named nowhere else and the matter named is another service's.
  const untitled = analysis.draft.body.slice(message.start, signed).replace(TITLE_SAID, (m) => ' '.repeat(m.length));
  const outside = new Set([...analysis.subjectTokens().norms(), ...phraseWords(untitled)]);
  if (words.some((w) => outside.has(w))) return true;
  const covers = (member: Member, domain: MatterDomain): boolean => {
    const own = new Set(phraseWords(member.portfolio ?? ''));
    return DOMAIN_PORTFOLIO_WORDS[domain].some((w) => own.has(w));
  };
  const domains = [...new Set(matters.find(tokenize(`${analysis.draft.subject ?? ''}\n${untitled}`)).map((hit) => hit.entry.category))];
  if (domains.length === 0 || domains.some((d) => covers(sender.member!, d))) return true;
  // Only a matter another Cabinet member's portfolio covers is someone else's ("Transport and Highways" for a footpath).
  const colleagues = analysis.council.directory.members.filter((m) => m !== sender.member && (m.roles ?? []).includes('cabinet'));
  return !domains.some((d) => colleagues.some((m) => covers(m, d)));
}

/** A Cabinet title said in a sentence: "As Cabinet Member for Finance and Assets, …", "as the portfolio holder for Housing". */
const TITLE_SAID = /\b(?:cabinet member|portfolio holder|lead member|executive member|cabinet lead|aelod cabinet|aelod y cabinet)\s+(?:for|dros|with responsibility for|responsible for)\s+[^.,;:!?\n]{1,80}/gi;

/**
 * The words that say what the letter is about, to find the team: the subject and the body, less the sender's
 * signature (a Cabinet title "…for Social Care and Health" names her portfolio, not this matter), wherever the
 * letter's parts put it.
 */
function matterWords(analysis: DraftAnalysis): Set<string> {
  const tokens = analysis.bodyTokens();
  const { message, signature } = analysis.parts();
  const sender = analysis.sender;
  const cut = sender.kind === 'member' && sender.member ? signatureInMessage(analysis, sender.member, message) : message.end;
  const outside = (start: number): boolean => !(start >= cut && start < message.end) && !(signature && start >= signature.start && start < signature.end);
  const words = new Set(analysis.subjectTokens().norms());
  for (let i = 0; i < tokens.length; i++) if (outside(tokens.start(i)!)) words.add(tokens.norm(i)!);
  return words;
}

/** The officer who should send it: one already copied, else one whose team the draft names. */
function responsibleOfficer(analysis: DraftAnalysis, directory: DirectoryIndex): Officer | undefined {
  const rank = { chief: 0, senior: 1, junior: 2 } as const;
  const copied = analysis.visible().flatMap((r) => (r.person.kind === 'officer' && r.person.officer ? [r.person.officer] : []));
  if (copied.length) return [...copied].sort((a, b) => rank[a.grade] - rank[b.grade])[0];
  const text = matterWords(analysis);
  const byTeam = directory.directory.officers.filter((o) => o.team && phraseWords(o.team)
    .filter((w) => !PORTFOLIO_STOPWORDS.has(w)).some((w) => text.has(w)));
  return byTeam.sort((a, b) => (a.grade === 'senior' ? -1 : 0) - (b.grade === 'senior' ? -1 : 0))[0];
}

/** Without an officer: the team mailbox whose team the draft names ("waste@…" for bins). */
function responsibleMailbox(analysis: DraftAnalysis, directory: DirectoryIndex): Mailbox | undefined {
  const text = matterWords(analysis);
  return directory.directory.mailboxes.find((m) => m.kind === 'team' && m.team && phraseWords(m.team)
    .filter((w) => !PORTFOLIO_STOPWORDS.has(w)).some((w) => text.has(w)));
}

/**
 * "Ask X to confirm it instead" does what it says: X (or the team mailbox) goes into Cc and the
 * first committing sentence becomes "I have asked X to confirm this; they are copied."; further
 * committing sentences are removed. With nobody to ask, the fix only removes them, and says so.
 */
function confirmFix(analysis: DraftAnalysis, directory: DirectoryIndex, sentences: readonly Sentence[], t: Translator, mail: MailText): Fix | undefined {
  const body = analysis.draft.body;
  const names = analysis.senderNames();
  const removals = (from: number): Edit[] => sentences.slice(from).map((sentence) => removeSentenceEdit(body, sentence, names));
  const officer = responsibleOfficer(analysis, directory);
  const mailbox = officer ? undefined : responsibleMailbox(analysis, directory);
  const who = officer ? { name: officer.name, email: officer.email, label: () => `${officer.name}${officer.team ? ` (${officer.team})` : ''}` }
    : mailbox ? { name: mailbox.name, email: mailbox.email, label: (tr: Translator) => tr.t('insert.teamLabel', { team: mailbox.team ?? mailbox.name, email: mailbox.email }) } : undefined;
  if (!who) return sentences.length ? { title: t.t('member-signature.fix.remove', { count: sentences.length }), edits: removals(0) } : undefined;
  const first = sentences[0]!;
  const visible = analysis.visible().some((r) => r.person.email === who.email.toLowerCase());
  const edits: Edit[] = visible ? [] : [{ op: 'addRecipient', field: 'cc', email: who.email, name: who.name }];
  edits.push({ op: 'replaceText', span: { start: first.start, end: first.end, text: first.text }, replacement: mail.write((tr) => tr.t('insert.askedToConfirm', { who: who.label(tr) })) });
  edits.push(...removals(1));
  const asked = officer ? officer.name : t.t('member-signature.team', { team: mailbox!.team ?? mailbox!.name });
  return { title: t.t('member-signature.fix.confirm', { visible: visible ? 'yes' : 'no', who: asked }), edits };
}

export const memberSignature = defineRule({
  meta: {
    id: 'member-signature',
    description: en['member-signature.description'],
    severity: 'error',
    citation: en['member-signature.citation'],
    fixable: true,
  },
  check({ analysis, directory, t, mail }) {
    const sender = analysis.sender;
    if (sender.kind !== 'member' && !signsAsCouncillor(analysis)) return [];
    // Only letters that leave the Council: a request to an officer colleague is not "on behalf of the Council".
    // (Residents blind-copied on a member's update are outside it too.)
    if (!analysis.recipients.some((r) => r.person.kind === 'external')) return [];

    const found = findCommitments(analysis, directory.directory.council.name);
    if (found.length === 0) return [];
    const officer = responsibleOfficer(analysis, directory);
    const who = officer ? `${officer.name}${officer.team ? ` (${officer.team})` : ''}` : t.t('member-signature.responsibleOfficer');
    const binding = found.filter((c) => c.kind !== 'official');
    const reports: Report[] = [];

    if (binding.length > 0) {
      const sentences = analysis.saidSentences();
      const unique = [...new Map(binding.map((c) => [sentenceAt(sentences, c.span.start), c])).entries()].filter(([s]) => s !== undefined);
      const fix = confirmFix(analysis, directory, unique.map(([sentence]) => sentence!), t, mail);
      reports.push({
        severity: 'error',
        message: t.t('member-signature.message.binding', {
          kind: binding.some((c) => c.kind === 'instruction') ? 'instruction' : 'commitment', quoted: binding.map((c) => `"${c.span.text}"`).join(', '), who,
        }),
        spans: binding.map((c) => c.span),
        fixes: fix ? [fix] : [],
      });
      return reports;
    }

    if (mayWriteOfficially(analysis) || toMinister(analysis, directory)) return [];
    reports.push({
      severity: 'warning',
      message: t.t('member-signature.message.official', { quoted: found.map((c) => `"${c.span.text}"`).join(', '), who }),
      spans: found.map((c) => c.span),
    });
    return reports;
  },
});
