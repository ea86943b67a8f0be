// Wording that commits or instructs on behalf of the Council, or speaks for it officially
// (member-signature: 000 §7.2; 001 §12.2–12.4; 002 Annex A §10.2–10.4).
import { Lexicon, type LexiconEntry } from './lexicon';

export type CommitmentKind = 'obligation' | 'instruction' | 'official';

// "the county council", "the parish council": the rule itself decides whether that is this council (its name says so) or another.
const OTHER_COUNCILS = ['neighbouring', 'other', 'another', 'adjoining'];

export const commitmentEntries: LexiconEntry<CommitmentKind>[] = [
  {
    id: 'council-will-pay', category: 'obligation',
    phrases: ['{the|} {council|authority} will {pay|fund|meet|cover|refund|reimburse|compensate|contribute|waive|write off|bear|underwrite|guarantee}',
      // A county council's members say "the County" for it ("I can confirm the County will cover the cost"); the rule drops it in a district's mail.
      // So do a city's, a borough's and a district's ("the City will cover the full cost"); the rule drops the kind another council is.
      '{i can confirm|i confirm|i can promise|i promise|i can assure you|i can tell you|i can tell you now|i am pleased to confirm|im pleased to confirm|i am delighted to confirm|im delighted to confirm|i am happy to confirm|im happy to confirm} {that|} the {county|city|borough|district} will {pay|fund|meet|cover|refund|reimburse|compensate|waive|bear|provide|grant}',
      // Payment promised in the first person to whoever is owed: "We'll pay invoice KS-4471 in full", "we will pay the balance".
      '{we will|well|we shall|i will make sure|ill make sure|i will ensure|ill ensure} {pay|that we pay|we pay|it is paid|its paid|this is paid|that is paid|the invoice is paid} {invoice|the invoice|your invoice|in full|the balance|the outstanding|the full|for the|within|by|the deposit|your deposit}',
      '{i will make sure|ill make sure|i will ensure|ill ensure} {it is|its|this is|that is|the invoice is|they are|theyre} {paid|refunded|reimbursed}',
      // The member vouches that the Council pays: "I'll make sure the Council covers the extra cost".
      '{i will make sure|ill make sure|i will ensure|ill ensure|i will see to it|ill see to it} {that|} {the|} {council|authority} {pays|covers|meets|funds|refunds|reimburses|compensates|picks up|foots}',
      // "send me the invoice and we'll pay it, along with the vet's bill".
      '{and|} {we will|well|we shall} {pay|refund|reimburse|cover} {it|them|that|this|for it|for them|for that|the bill|your bill|the cost|your costs|for the damage|for the repair|the vets bill}',
      '{the|} {council|authority} {has agreed|agrees|will agree|is willing|undertakes|commits} to {pay|fund|meet|cover|refund|reimburse|compensate|contribute|waive|extend|renew|grant|approve|release|transfer|lease|sell|hire|book|buy|purchase|order|commission|engage}',
      // "The Council agrees to hire the hall… and will pay on receipt of your invoice": the promise goes on in a clause of its own.
      'and will pay on receipt of {your|the} invoice',
      '{the|} {council|authority} {accepts|will accept|has accepted} {liability|responsibility}',
      '{the|} {council|authority} {is|will be} liable',
      '{the|} {council|authority} {is happy|is prepared|is willing|will be happy} to {pay|fund|meet|cover|refund|reimburse|compensate}',
      '{the|} {council|authority} will {foot the bill|pick up the bill|pick up the cost|bear the cost}',
      '{i can confirm|i confirm|i have agreed|ive agreed|i have also agreed|ive also agreed} {that|} we will {pay|fund|meet|cover|refund|reimburse|compensate}',
      // A promise of Council work with the member's word on it: "I can confirm the Council will repair it by Friday".
      '{i can confirm|i confirm|i can promise|i promise|i guarantee|i can guarantee|i can assure you} {that|} {the|} {council|authority} will have',
      'and that we will {pay|fund|cover|refund|reimburse|compensate}',
      // ("I can also confirm the Council will replace the other two columns.")
      '{i can confirm|i confirm|i can also confirm|i also confirm|i can promise|i promise|i can also promise|i guarantee|i can guarantee|i can assure you|i can tell you|i can also tell you|i can tell you now|i am pleased to confirm|im pleased to confirm|i am delighted to confirm|im delighted to confirm|i am happy to confirm|im happy to confirm} {that|} {the|} {council|authority} will {grant|award|let|lease|continue to|repair|fix|replace|remove|install|clear|resurface|mend|reinstate|collect|empty|sort|deal with|put right|carry out|complete|build|open|reopen|provide|deliver|extend|cancel|refund|waive|put|fit|plant|erect|move|relocate|restore|rebuild|upgrade|withdraw|lift|give|return|reduce}',
      // Welsh: "gallaf gadarnhau y bydd y Cyngor yn talu" (I can confirm the Council will pay), "bydd y Cyngor yn talu am…".
      // The verb takes its object's pronoun or article: "talu'ch anfoneb" (pay your invoice), "talu'r bil" (pay the bill).
      '{gallaf|rwyf yn|dwin|dw in|rydw in} {gadarnhau|cadarnhau} {y|} bydd {y|r|} cyngor yn {talu|taluch|talur|ariannu|digolledu|ad dalu|adennill|hepgor|hepgorr}',
      '{bydd|fe fydd|mi fydd} {y|r} cyngor yn {talu|taluch|talur|ariannu|ariannur|digolledu|ad dalu|hepgor|hepgorr}',
      // "mae'r Cyngor wedi cytuno i dalu'r bil" (the Council has agreed to pay the bill); not "a yw'r Cyngor…", "a fydd y Cyngor…" (questions).
      '{y|maer|bod y|fod y} cyngor {yn cytuno|wedi cytuno} i {dalu|daluch|dalur|ariannu|ariannur|ddigolledu|ad dalu|hepgor|hepgorr}',
      '{fe wnaf|mi wnaf|wnaf i} yn {siwr|siŵr} ei {bod|fod} yn cael ei {thalu|dalu}',
      // A decision taken in the member's name: "we have agreed to waive the fee".
      '{we have|weve|i have|ive} {agreed|decided} to {waive|refund|write off|cancel|reduce|drop} {the|your|this|its|their|a}'],
    // "asked officers whether the Council will pay": a question, not a promise.
    notPrecededBy: [...OTHER_COUNCILS, 'whether', 'if', 'os', 'a fydd'],
    // "we'll pay it a visit".
    notFollowedBy: ['a visit', 'visit', 'a call', 'attention'],
    examples: {
      match: ['I can confirm that the Council will pay for the replacement of the boundary fence.', 'The Council will meet any additional costs of hand weeding.',
        'The Council accepts liability for the damage.', 'The authority has agreed to fund the new goalposts.',
        'I can confirm we will pay for the new fence.', 'Take this as confirmation that the County Council will pay the invoice.', 'The Council is happy to cover the cost of the skip.', 'I can confirm the Council will repair it by Friday.',
        'We have agreed to waive the £150 consent fee for your event.', 'I am pleased to tell you that the Council agrees to extend your allotment tenancy.', 'The Council agrees to hire the main hall at your rate of £120, and will pay on receipt of your invoice.',
        'I can confirm the County will cover the cost of the new kerb.', "We'll pay invoice 2231 in full by the end of the month.", "I'll make sure it is paid within the month.",
        'I can confirm that the Council will cancel the penalty charge notices.', "We'll pay the deposit invoice as soon as it arrives.", 'I can tell you now that the Council will put a camera on the lay-by.',
        "Send me the invoice and we'll pay it, along with the vet's bill.", "Gallaf gadarnhau y bydd y Cyngor yn talu am logi'r neuadd.", "A bydd y Cyngor yn talu'ch anfoneb o fewn mis.",
        "Mae'r Cyngor wedi cytuno i dalu'r bil.", "Gallaf gadarnhau y bydd y Cyngor yn hepgor y ffi llogi.", "I'll make sure the Council covers the extra cost.", 'I can also confirm the Council will replace the two old columns.',
        'I can confirm the City will cover the full cost of a new zebra crossing.', 'I have also agreed that we will pay for new markings.', 'I am pleased to confirm that the Council will provide a grant of £15,000.'],
      noMatch: ['The neighbouring council will pay for the highway works.', 'The Council has already approved £1.2 million from its capital programme.',
        'I will ask whether the Council will consider it.', 'Officers tell me the Council will repair it by Friday.',
        'We will pay a visit to the site on Monday.', "Gofynnais a fydd y Cyngor yn cytuno i dalu'r bil.", "A yw'r Cyngor wedi cytuno i dalu?", "We'll pay it a visit on Friday.", "Os bydd y Cyngor yn talu, fe roddaf wybod i chi.", 'I can confirm the Council will consider your petition in March.', "I'll make sure it is looked at.", "I'll make sure the Council knows about it.", "Os bydd y Cyngor yn hepgor y ffi, rhoddaf wybod."],
    },
  },
  {
    id: 'you-are-instructed', category: 'instruction',
    phrases: ['{you are|youre|you re} {hereby|} {instructed|required|directed|authorised|authorized|ordered} to',
      'i {hereby|} {instruct|direct|authorise|authorize|order|require} you', 'i am {instructing|directing|authorising|authorizing|requiring} you',
      'you must {stop|cease|suspend|halt|start|commence|proceed with|remove|carry out}',
      '{you are|youre} to {stop|cease|suspend|halt|start|commence|remove|clear|reinstate|make good|leave}', '{work|works|the work|the works} {is|are} not to {restart|resume|recommence|start|continue|begin}', 'please {cease|suspend|halt} {all|work|works|the|any}',
      'please stop {all|work|works|the work|any|spraying|cutting|felling}', 'i {require|want|need} you to {stop|cease|suspend|halt|start|commence|carry out|complete|remove}',
      'this {letter|email} {constitutes|serves as} {formal|} {notice|authority|instruction|an instruction|approval}',
      'this {letter|email} {authorises|authorizes}'],
    notPrecededBy: ['whether', 'if', 'when', 'unless', 'as', 'what'],
    examples: {
      match: ['You are instructed to stop all glyphosate spraying with immediate effect.', 'I hereby authorise you to start the work.', 'This letter authorises the release of the funds.',
        'You must stop all work on the site until further notice.', 'Please suspend all spraying on Council land.',
        'Please stop all work on the play area today.', 'I want you to remove the hoarding by Monday.',
        'You are to stop work on Heol Derw immediately.', 'Work is not to restart until every household has had written notice.'],
      noMatch: ['Officers were instructed by Cabinet in March.', 'Could you let me know whether you are required to notify residents?', 'When are you to start on site?'],
    },
  },
  {
    id: 'confirm-contract', category: 'obligation',
    phrases: ['{i|im|i am} {hereby|can|pleased to|happy to|delighted to|writing to|} confirm {that|} the {contract|order|award|agreement|payment|grant|purchase|lease|licence|sale|booking|hire}',
      '{i|im|i am} {hereby|can|pleased to|happy to|delighted to|writing to|} confirm {that|} {the|} {council|authority} {agrees|has agreed|accepts}',
      // Welsh: "Dwi'n hapus i gadarnhau bod y Cyngor yn cytuno…" (I'm happy to confirm that the Council agrees…).
      '{gallaf|rwyf yn|rwyn|dwin|dw in|rydw in} {hapus i|falch o|} {gadarnhau|cadarnhau} {bod|fod} {y|r} cyngor {yn cytuno|wedi cytuno}',
      '{treat|take} this {email|e mail|letter|message} as {our|the councils|formal|the|} {acceptance|agreement|confirmation|approval|authority|order|go ahead|green light|instruction}',
      '{i have|ive|i hereby} {authorised|authorized|approved|agreed} {the|this|a|your} {payment|grant|refund|contract|works|order|purchase|invoice|claim}'],
    examples: { match: ["Dwi'n hapus i gadarnhau bod y Cyngor yn cytuno i chi ddechrau ddydd Llun.", 'I confirm the contract will be awarded to your firm.', 'I can confirm the booking at the quoted price.', "I'm pleased to confirm that the Council agrees to extend the contract.", 'Please treat this email as our acceptance.', 'You can take this email as the go-ahead to start phase 2.', 'I can confirm that the Council agrees to the new lease terms.', "I've approved your grant, so you can order the equipment."],
      noMatch: ['Please confirm the contract start date with officers.', 'Officers have approved the grant.', "Gallaf gadarnhau bod y Cyngor wedi derbyn eich cais.", "Rwy'n falch o gadarnhau bod y gwaith wedi gorffen."] },
  },
  {
    id: 'on-behalf-of-council', category: 'official',
    phrases: ['on behalf of {the|} {council|authority}', '{the|} {council|authority} has {decided|resolved|determined|agreed}',
      '{the|} {councils|authoritys} {decision|position} is', 'the council is pleased to {confirm|announce|inform}'],
    // "I'm replying as chair of governors, not on behalf of the Council": a capacity disowned.
    notPrecededBy: [...OTHER_COUNCILS, 'not', 'rather than', 'instead of'],
    examples: {
      match: ['I am writing on behalf of the Council to let you know.', 'The Council has decided not to renew its annual contribution.', "The Council's position is that the fence is yours."],
      noMatch: ['The other council has decided to close the road.', 'On behalf of the residents, thank you.', "I'm replying as chair of governors, not on behalf of the Council."],
    },
  },
];

export const commitments = new Lexicon(commitmentEntries);

/**
 * The matter of a letter, by the service it belongs to (member-signature: is a Cabinet member writing on their own portfolio?).
 * Each domain lists the words of portfolio titles that cover it: "Coldham Lane footpath and verge" is a highways matter, which
 * "Environment and Waste" or "Transport" covers and "Finance and Assets" does not.
 */
export type MatterDomain = 'highways' | 'waste' | 'planning' | 'housing' | 'parking' | 'leisure';

export const matterEntries: LexiconEntry<MatterDomain>[] = [
  { id: 'highways', category: 'highways',
    phrases: ['footpath', 'footpaths', 'footway', 'footways', 'pavement', 'pavements', 'verge', 'verges', 'pothole', 'potholes', 'resurfacing', 'gritting',
      '{street|road} {lighting|lights}', 'streetlights', '{dropped|} kerb', 'bridleway', '{public|} {right|rights} of way', 'highway', 'highways', 'road adoption'],
    examples: { match: ['The Council has decided not to adopt the footpath and verge along Coldham Lane.', 'the potholes on Mill Road'], noMatch: ['The budget for next year is set.'] } },
  { id: 'waste', category: 'waste',
    phrases: ['bin', 'bins', 'recycling', 'refuse', 'fly tipping', 'flytipping', '{waste|bin|refuse} {collection|collections}', 'garden waste'],
    examples: { match: ['the garden waste collections', 'fly-tipping on the lane'], noMatch: ['waste of time'] } },
  { id: 'planning', category: 'planning',
    phrases: ['planning {application|applications|permission|consent}', 'local plan', 'enforcement notice', 'listed building consent', 'permitted development'],
    examples: { match: ['the planning application for the barn'], noMatch: ['we are planning a party'] } },
  { id: 'housing', category: 'housing',
    phrases: ['tenancy', 'tenancies', 'homelessness', 'council {house|houses|housing|homes|tenants}', 'housing register', 'social housing'],
    examples: { match: ['your tenancy at Flat 3', 'the housing register'], noMatch: ['the house was built in 1900'] } },
  { id: 'parking', category: 'parking',
    phrases: ['parking', 'car park', 'car parks', 'penalty charge', 'penalty charges'],
    examples: { match: ['the car park charges', 'residents parking permits'], noMatch: ['the park was busy'] } },
  { id: 'leisure', category: 'leisure',
    // (Not play areas, parks or pitches: many councils keep those with the environment or neighbourhoods portfolio.)
    phrases: ['leisure centre', 'leisure centres', 'swimming pool', 'swimming pools', 'sports centre', 'sports centres'],
    examples: { match: ['the opening hours of the leisure centre'], noMatch: ['the new play area at Parc Penrhiw'] } },
];

/** Words of a portfolio title that cover each domain ("Environment and Waste" covers highways and waste). */
export const DOMAIN_PORTFOLIO_WORDS: Record<MatterDomain, readonly string[]> = {
  highways: ['highways', 'highway', 'transport', 'roads', 'streets', 'street', 'environment', 'infrastructure', 'place', 'neighbourhoods', 'neighbourhood', 'travel', 'realm', 'streetscene'],
  waste: ['waste', 'recycling', 'environment', 'environmental', 'street', 'streetscene', 'neighbourhoods', 'neighbourhood', 'cleansing'],
  planning: ['planning', 'regeneration', 'development', 'place', 'growth', 'economy'],
  housing: ['housing', 'homes'],
  parking: ['parking', 'transport', 'highways', 'environment'],
  leisure: ['leisure', 'culture', 'sport', 'sports', 'communities', 'community'],
};

export const matters = new Lexicon(matterEntries);
