// Residents' identifiers (NI and NHS numbers, council tax / rent / benefit account references, a
// date of birth with a name) as people actually write them — with spaces, prefixes, "DOB", dates in
// words — and the wording that records the resident's consent ("authority on file").
// Every pattern is bounded (fixed-width pieces, short bounded gaps), so matching stays linear.

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec'
  + '|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr';
const ORDINAL_WORDS = '(?:twenty|thirty)?[ -]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth'
  + '|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth';
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORDS})`;
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|(?:the )?${DAY}(?: of)? (?:${MONTHS})\\.?,? \\d{4}|(?:${MONTHS})\\.? ${DAY},? \\d{4})`;

/** A title and a capitalised name ("Mrs Brannigan"), or a first name and surname right before the date of birth. */
const TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][A-Za-z'’-]+/;
// ("Alfie Brennan, who was born on the ninth of June 2015": a relative clause may stand between.)
const NAME_BEFORE = /[A-Z][a-z'’-]+ [A-Z][A-Za-z'’-]+,?\s*(?:\(|-|–|who (?:was|is))?\s*$/;

interface IdentifierPattern {
  label: string;
  pattern: RegExp;
  /** The identifier itself is this group (the rest is its label). */
  group: number;
  /** Extra judgement on the identifier found (`index`: where the identifier starts; `label`: where its label starts). */
  accept?: (value: string, text: string, index: number, label: number) => boolean;
}

const digitCount = (value: string): number => value.replace(/\D/g, '').length;
// "Their business rates account BR 7700 3124 05": a company's account, not a resident's.
const BUSINESS_BEFORE = /\b(?:business rates?|non[- ]domestic rates?|nndr|ltd|limited|plc|company)\b[^.\n]{0,25}$/i;
// "2026/27" and "14/07/1958" after the word "account" are a year and a date, not a reference.
const notADateOrYear = (value: string): boolean => !/^\d{4}\/\d{2}$/.test(value) && !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value);
const ACCOUNT_WORDS = 'council tax|ctax|ct|rent|benefits?|housing benefit|council tax (?:reduction|support)|tenancy|customer|payment|claim|account|acc|acct|a/c';
const CONNECTORS = '(?:\\s*(?:no\\.?|number|num|ref\\.?|reference|is|as|[:#(,-])\\s*){0,4}\\s*';
const REFERENCE = '(?:[A-Z]{1,5}[ /-]?)?\\d[\\d /-]{2,16}\\d';

export const identifierPatterns: IdentifierPattern[] = [
  { label: 'National Insurance number', pattern: /\b([A-CEGHJ-TW-Z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D])\b/g, group: 1 },
  { label: 'NHS number', pattern: /\bNHS\b[^\d\n]{0,20}?(\d{3}[ -]?\d{3}[ -]?\d{4})\b/gi, group: 1 },
  {
    label: 'date of birth',
    pattern: new RegExp(`\\b(?:date of birth|birth date|d\\.?o\\.?b\\.?|born(?: on)?|dyddiad geni|ganwyd)(?:[:,]?\\s*(?:(?:on|in) (?:our|the|his|her|their|my) (?:records?|file|system|account|form)\\s+)?(?:(?:is|was|as|of|on)\\s+)?)(${DATE})`, 'gi'),
    group: 1,
    // A date of birth identifies someone with a name: one in the text, or just before it.
    accept: (_value, text, _index, label) => TITLED_NAME.test(text) || NAME_BEFORE.test(text.slice(Math.max(0, label - 60), label)),
  },
  {
    label: 'account reference',
    pattern: new RegExp(`\\b(?:${ACCOUNT_WORDS})\\b${CONNECTORS}(${REFERENCE})`, 'gi'),
    group: 1,
    // The pattern ignores case for the words; a reference's letter prefix is in capitals ("RA 0193", not "for 2026").
    accept: (value, text, index, label) => /^(?:[A-Z]{1,5}[ /-]?)?\d/.test(value) && digitCount(value) >= 5 && digitCount(value) <= 14
      && notADateOrYear(value.replace(/^[A-Z]+[ /-]?/, '')) && text[index - 1] !== '£' && !BUSINESS_BEFORE.test(text.slice(Math.max(0, label - 40), label)),
  },
  {
    label: 'account reference',
    // Council tax, rent and benefit prefixes on their own: "CTAX 4400 1827 93", "RA-0093 4471", "HB/118834".
    pattern: /\b((?:CTAX|CTR|CTS|CT|RA|HB|HBR|TEN)[ /-]?\d[\d /-]{3,14}\d)\b/g,
    group: 1,
    accept: (value) => digitCount(value) >= 6,
  },
];

export interface IdentifierHit {
  label: string;
  start: number;
  end: number;
}

/** Identifiers in text (offsets from `offset`), one per place, the earliest pattern winning a tie. */
export function findIdentifiers(text: string, offset = 0): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  for (const { label, pattern, group, accept } of identifierPatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const value = m[group]!.replace(/[ /-]+$/, '');
      const at = m.index + m[0].lastIndexOf(m[group]!);
      if (accept && !accept(value, text, at, m.index)) continue;
      if (hits.some((h) => h.start < offset + at + value.length && offset + at < h.end)) continue;
      hits.push({ label, start: offset + at, end: offset + at + value.length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Wording that records the resident's agreement to share ("authority on file", "she has asked me to share"). */
const CONSENT = new RegExp([
  '\\b(?:consent(?:s|ed)?|permission|caniat[aâ]d|g?cydsyniad)\\b',
  '\\bauthority (?:is )?on file\\b', '\\bsigned (?:an? |the |their |his |her )?(?:written )?(?:authority|mandate|consent form|form of authority)\\b',
  '\\b(?:has|have|had) (?:asked|authorised|authorized) (?:me|us) to\\b', '\\basked me to (?:share|pass|raise|chase|help|take|look|contact|speak|discuss|follow|pursue)\\b',
  '\\b(?:is|are|was|were|s) (?:more than |very |perfectly |quite |really )?(?:happy|content|fine) for (?:me|you|us) to\\b',
  // "She's said she's fine with me passing her details on to you".
  '\\b(?:happy|content|fine|ok|okay) (?:with|about) (?:me|us) (?:passing|sharing|forwarding|sending)\\b', '\\bagreed (?:to|for|that) (?:me|you|us)\\b', '\\bwedi gofyn i mi\\b',
].join('|'), 'gi');
// "without her consent", "he has not given permission", "we don't have his authority on file".
const NEGATION = /\b(?:not|no|without|never|hasn[’']?t|haven[’']?t|hadn[’']?t|didn[’']?t|don[’']?t|doesn[’']?t|isn[’']?t|wasn[’']?t|cannot|can[’']?t|refused|withdrawn|dim|heb)\b[^.?!\n]{0,30}$/i;

// "I haven't had anything from Mr Imlay himself confirming he is happy for us to…": the consent is what is
// still awaited, said further back than a plain "not".
const AWAITED = /\b(?:not|no|haven[’']?t|hasn[’']?t|hadn[’']?t|yet to|still waiting|awaiting|without)\b[^.?!\n]{0,70}\b(?:confirming|to confirm|confirmation|saying|to say)\b[^.?!\n]{0,20}$/i;

// "my manager … she's fine with me sharing this": a colleague's leave to share is not the resident's consent.
const COLLEAGUE_BEFORE = /\b(?:manager|boss|supervisor|team leader|director|head of service|line manager|legal team|colleague)\b[^.?!\n]{0,40}$/i;

// Planning has its own consents and permissions, which say nothing about a resident's data.
const PLANNING_CONSENT = /\b(?:planning|listed building|advertisement|conservation area|building regulations?|prior)\s+$/i;

// "I have not yet been able to ask Mr Okafor whether he is happy for us to…", "check if she consents", "until she
// is happy for me to…": consent asked about or waited for, in the same clause, is not consent recorded.
const ASKED_ABOUT = /\b(?:whether|if|until|unless)\s(?:(?!\b(?:and|but|so|because|as)\b)[^.?!\n,;:()]){0,28}$/i;
// "I will need to seek her consent", "subject to his permission", "we are awaiting their written consent".
const SOUGHT = /\b(?:seek|seeking|ask(?:ing)? (?:for|(?:her|him|them) for)|request(?:ing)?|need|needs|awaiting|await|waiting for|pending|subject to)\s+(?:(?:his|her|their|the|your|a|an|any|written|signed|explicit|formal|mrs?\.?|ms\.?|miss|dr\.?|[A-Z][a-z\x27\u2019-]+[\x27\u2019]s)\s+){0,3}$/i;
// "…whether she was happy for me to pass it on, and she is.", "…if he consented. He did.": the question answered yes.
const ANSWERED = /^[^.?!\n]{0,90}?(?:[,;–-]\s*(?:and\s+)?|\band\s+|[.!]\s+(?:and\s+)?)(?:she|he|they)\s+(?:(?:has|have)\s+)?(?:said yes|agreed|confirmed|is|was|were|are|did|does|do)\s*[.!,;]/i;

/** Whether the text records consent that is not negated, nor only asked about or sought. */
export function recordsConsent(text: string): boolean {
  CONSENT.lastIndex = 0;
  for (let m = CONSENT.exec(text); m !== null; m = CONSENT.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const further = text.slice(Math.max(0, m.index - 120), m.index);
    if (NEGATION.test(before) || AWAITED.test(further) || PLANNING_CONSENT.test(before) || COLLEAGUE_BEFORE.test(before)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 140);
    if ((ASKED_ABOUT.test(before) || SOUGHT.test(before)) && !ANSWERED.test(after)) continue;
    return true;
  }
  return false;
}

/** Texts the patterns must find or ignore (run by the rule's tests). */
export const identifierExamples = {
  match: [
    'I have looked at the account (ref. CTAX 4400 1827 93).',
    'His council tax account no. 4100 2763 91 is in arrears.',
    'I have looked at the account (CT acc no. 4410 2298 37).',
    'Mrs Edith Brannigan, date of birth 3rd March 1948, has arrears.',
    'Alfie Denton, DOB: 12/09/1949, NHS number 999 482 1107, NI no. QQ 45 67 89 D.',
    'Mrs Doreen Ellis, born on the fourth of August 1949.',
    'Rent account: RA-0093 4471',
    'HB claim ref HB/118834',
  ],
  noMatch: [
    'The application 27/00631/FUL was validated on Monday.',
    'Highways have raised job no. 770213 to make the pavement safe.',
    'Her account is £612.40 in arrears for 2026/27.',
    'Their business rates account BR 7700 3124 05 will be credited with £611,000.',
    'Residents born before 6 April 1960 can apply.',
    'Call the team on 01632 960 274.',
  ],
  consent: ['She signed an authority on 24 February, which is on file.', 'Mr Haddad has asked me to share the details of his rent account with you.', 'Mr Obi has given his written consent.',
    "She's said she's fine with me passing her details on to you.", 'She rang this morning confirming she is happy for me to share her details with you.',
    "Mrs Oduya rang me this morning and said she's more than happy for me to go through her account with you."],
  noConsent: ['She has not given consent for this.', 'She came to my surgery on Saturday.', 'We do not have his authority on file.',
    'The extension will need planning permission.', "I checked with my manager and she's fine with me sharing this with you.",
    "I haven't had anything from Mr Imlay himself confirming he is happy for us to discuss his claim with you."],
};
