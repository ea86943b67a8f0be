// Wording that criticises a person's capability or conduct (officer-criticism). The rule counts a
// hit only when its subject is a named officer (or "he"/"she" just after one), so "the service is
// useless" or "the decision was wrong" are not criticism of an officer.
import { Lexicon } from './lexicon';
import { shipped, type Phrases } from './shipped';

/** Words that, in front of an adjective, turn it round: "never rude", "far from useless". */
const NEGATIONS = ['not', 'never', 'isnt', 'wasnt', 'hardly', 'from', 'no', 'nothing', 'less', 'without', 'neither', 'nor', 'all'];

export type CriticismKind = 'capability' | 'conduct' | 'about-them' | 'about-next' | 'doubt-next';

export const criticismPhrases: Phrases<CriticismKind>[] = [
  {
    id: 'incapable', category: 'capability',
    phrases: ['useless', 'hopeless', 'incompetent', 'inept', 'clueless', 'incapable', 'feckless', 'hapless', 'bungling', 'ineffective', 'ineffectual', 'inexperienced',
      'disorganised', 'disorganized', 'muddled', 'slipshod', 'poor', 'very poor', 'thin to the point of', 'lax', 'slack', 'unreliable', 'unresponsive', 'uncooperative', 'complacent', 'feeble', 'naive',
      'abysmal', 'atrocious', 'awful', 'dreadful', 'terrible', 'rubbish', 'inaccurate', 'uninterested', 'unwilling', 'out of {his|her|their} depth', 'not up to {the job|it|the task|scratch|this job|that job|his job|her job|your job|the role}', 'isnt up to {the job|it|the task|this job}', '{isnt|is not|wasnt|was not} {really|} up to {the|this|that|his|her|} {job|task|role|post|work|enforcement work|casework|planning work}',
      'not fit to', 'not competent', 'not capable', 'not good enough', 'a liability', 'a waste of space', 'a joke', 'an embarrassment', 'a disgrace', 'a disaster'],
    notPrecededBy: NEGATIONS,
  },
  {
    id: 'botched', category: 'capability',
    phrases: ['{made|making|makes} a {complete|total|right|real|proper|} {hash|mess|shambles|pigs ear|dogs dinner|muddle} of', 'botched', 'bungled', 'messed up', 'mucked up', 'cocked up',
      '{doesnt|does not|didnt|did not|dont|do not} {seem to|appear to|} {know|understand|grasp} {the|how to|basic}',
      '{doesnt|does not|didnt|did not|dont|do not} {seem to|appear to|} {know|understand} what {he|she|they|you} {is|are|was|were} doing', '{doesnt|does not|didnt|did not|dont|do not} {seem to|appear to|} {know|understand} what {hes|shes|theyre} doing',
      '{doesnt|does not|didnt|did not|dont|do not} {seem to|appear to|} {know|understand} {his|her|their} {own|job}',
      '{doesnt|does not|didnt|did not} {seem to|} have a clue', '{hasnt|has not|doesnt have|does not have|hasnae} the {first|faintest|slightest|foggiest} idea', '{dont|do not} think {he|she} {has|had} the {first|faintest|slightest|foggiest} idea', '{doesnt|does not|didnt|did not} {seem to|appear to|} have {a|any|much|the slightest|a real} {grip|handle|grasp} {of|on}', '{has|had|have} no idea what', 'hasnt a clue', 'not convinced {he|she|they} {understands|understand|knows|know|can|is|are}',
      '{cant|cannot|could not|couldnt} tell {a|the} ', 'full of {mistakes|errors}', '{cant|cannot} be trusted', 'not doing {his|her|their} job', 'should {be sacked|be disciplined|be removed|not be in}', 'should lose {his|her} job',
      'should be ashamed', 'ought to be ashamed', 'lost control of', 'lost all control of', 'lost the plot', 'lost {his|her|their|all} grip', 'no grip on',
      'asleep at the wheel', 'not on top of', '{not|hasnt|has not|havent} covered {himself|herself|themselves} in glory', '{did not|didnt|does not|doesnt} {appear|seem} to know',
      'wrong at every stage', 'managed to lose', '{isnt|is not|not|never} {reliable|dependable}', 'not at {his|her} most {reliable|helpful|efficient|organised}', '{not|never} been at {his|her} most {reliable|helpful|efficient|organised|responsive}',
      'not {perhaps|exactly|really|} {his|her} {greatest|strongest|best|strong} {strength|suit|point}', 'handled {this|it|the case|the matter|everything} badly', 'takes {real|some} talent', '{someone|somebody} who can {actually|keep hold|keep track}', 'masterclass in',
      'saying {absolutely|} nothing', '{about|} as much use as a {chocolate teapot|chocolate fireguard|chocolate kettle|handbrake on a canoe}', 'as useful as a chocolate teapot', '{make|makes|making} it up as {he|she|they} {goes|go} along', '{didnt|did not|doesnt|does not} know what {he|she|you|they} {was|is|were|are} talking about',
      '{genuinely|really|honestly|simply|} {doesnt|does not|didnt|did not} know what {is|was} {happening|going on}', '{hasnt|has not|hadnt|had not|havent} got a clue',
      '{telling|tells|told|tell} {us|me|you|residents|people|members} {what|whatever} {we|i|you|they} {want|wanted} to hear', '{tells|told|tell} {you|me|us|people|residents} whatever',
      '{chose|decided|has decided|has chosen|have decided} not to {mention|tell|say|disclose|share}', '{chosen|chose|decided|has decided} to {leave out|ignore|omit|bury|hide|sit on}', 'said it anyway',
      '{still|simply|just} {cant|cannot|could not|couldnt|can not} {tell|say|explain|answer}',
      '{turned up|turns up|arrived|showed up|shows up} {an hour|two hours|half an hour|hours|over an hour} late',
      '{could not|couldnt|cannot|cant|can not} answer a single question', '{so|very|badly|poorly|woefully} {badly|} prepared', 'embarrassing to watch', '{manage|manages|managed} to lose', 'as an optional extra', 'an optional extra',
      '{shown|showed|shows|taken|took|takes} {very|} little interest in', '{shown|showed|shows} no interest in', '{has|had|have} either not {read|looked at|checked|visited|opened}',
      // Doubt that the basic work was done at all (session 12, round 30): "whether you read the files at all", "without reading the representations at all".
      '{read|reads|reading|look at|looked at|looks at|looking at|visit|visited|visits|visiting|check|checked|checks|checking|open|opened|opening} {the|your|his|her|their|those|these|the police|the site} {files|file|report|reports|papers|plans|site|documents|paperwork|representations|application|history} at all', 'riddled with {errors|mistakes|basic errors|inaccuracies}',
      // Sarcasm: "truly a rare talent", "a masterpiece of saying nothing", "perhaps next time he could get out of the van".
      '{truly|quite|such|what} a {rare|remarkable|unique} {talent|feat|achievement}', 'the remarkable feat of',
      '{could|might|should} {try|consider|} {getting|get} out of the {van|office|car}',
      '{told|tells} people what they wanted to hear', '{hadnt|had not|hasnt|has not|never|didnt|did not} {even|} read {the|my|our|your|his|her|their|any}', 'wrong every time', '{should not|shouldnt} be {advising|dealing with|handling|in charge of|allowed to|doing this job|in that job}', 'all over the place', 'out of {his|her|their} league',
      // Sarcasm about a person's work: "has excelled himself again", "could try actually looking at it".
      '{excelled|outdone|surpassed} {himself|herself|themselves} again', '{could|might} {try|consider} {actually|getting out of|reading|looking|doing {his|her|their} job}',
      '{has not|hasnt|have not|havent} {grasped|understood|got to grips with}', 'not sure {he|she|they} {has|have} {entirely|really|fully|} {grasped|understood}',
      // Understatement and insinuation: "not the most experienced planner", "quite a talent", "a habit of remembering things the way that suits him".
      '{not|isnt|hardly} {perhaps|exactly|entirely|really|quite|} the most {experienced|competent|capable|able|reliable|thorough|careful|diligent|organised|organized|helpful|efficient|responsive}',
      '{has not|hasnt|have not|havent|had not|hadnt|not|never} been {entirely|exactly|really|altogether|quite|} on top of',
      // Either/or insinuation with a hedge (session 12): "appears either not to have read those objections or to have decided…".
      '{appears|appeared|seems|seemed} either not to have {read|looked at|checked|visited|opened|considered}', 'not {his|her|their|your} finest hour', '{it|this} {rather|really|certainly} shows',
      '{quite|what|some} a talent', 'run a training course on', 'without {anyone|anybody} {actually|even|ever} {setting foot|visiting|looking|checking|going}',
      // "Ceri signed off the TM plan without even looking at the peak hour counts".
      'without {even|so much as|ever} {looking at|reading|checking|opening|visiting|asking|consulting|speaking to|glancing at}',
      '{do not|dont|did not|didnt} think {he|she} {is|was|has been} {competent|capable|up to}',
      // Welsh: "gwneud llanast" (made a mess), "ddim yn gymwys" (not competent), "anobeithiol" (hopeless), "da i ddim" (no good), "di-glem" (clueless).
      'llanast', 'ddim yn gymwys', 'anghymwys', 'anobeithiol', 'da i ddim', 'diwerth', 'di-werth', 'di-glem', 'dim clem', 'llawn camgymeriadau',
      // "mae hi allan o'i dyfnder" (she is out of her depth), "dyw hi ddim yn gwrando ar neb" (she doesn't listen to anyone).
      '{allan|mas} {oi|o ei} {dyfnder|ddyfnder}', 'ddim yn gwrando ar neb',
      // "Dyw e ddim yn gwybod ei waith" (he doesn't know his job), "dydy hi ddim yn deall ei gwaith".
      'ddim yn {gwybod|deall|nabod} ei {waith|gwaith|swydd|stwff}', 'dim syniad beth {mae|oedd} {e|hi|fo} yn ei wneud',
      // "Dydy hi ddim yn deall beth yw gorfodi" (she doesn't understand what enforcement is).
      'ddim yn {deall|gwybod} beth {yw|ydy|ydi}'],
  },
  {
    // Round 35: a verdict that needs its proof later in the sentence (the rule checks it): "can't even get the collection
    // day right" (the word "right" within a few words: "can't even get a parking space" is no verdict), "has once again
    // excelled himself: fourteen pages and not a single mention of…" (a lack after it: praise has none).
    id: 'botched-gated', category: 'capability',
    phrases: ['{cant|cannot|couldnt|could not|can not} even get', '{has|had|have} {once again|yet again|again|really|truly|certainly} {excelled|outdone|surpassed} {himself|herself|themselves}'],
  },
  {
    id: 'rude', category: 'conduct',
    phrases: ['rude', 'abrupt', 'dismissive', 'arrogant', 'patronising', 'patronizing', 'condescending', 'aggressive', 'obstructive', 'lazy', 'bone idle', 'workshy', 'work shy', 'skiving', 'a skiver', 'swinging the lead', 'unprofessional', 'unhelpful',
      'disrespectful', 'offhand', 'pathetic', 'unacceptable', 'untrue', 'abrasive', 'brusque', 'curt', 'surly', 'sarcastic', 'hostile', 'overbearing',
      'officious', 'jobsworth', 'pompous', 'petty', 'spiteful', 'vindictive', 'indifferent', 'devious', 'deceitful', 'shifty', 'slippery', 'untrustworthy', 'misleading', 'let {them|us|residents|the family|her|him|people} down', '{should not|shouldnt} be let {anywhere near|near}',
      'lost the confidence of', '{needs|need|needed} to learn some manners', 'no manners', 'short with {you|me|her|him|them|residents|people|the family|callers|us}', 'slapdash', 'sloppiest', 'shoddy', 'out of order', 'had no business', '{not|never|havent|hasnt|have not|has not} been straight with',
      '{wasnt|was not|werent|were not} listening', 'rewrite what happened', 'bears {very little|little|no} relation to', 'take {your|his|her} {next|} {update|word|account} on trust', 'knew {was|were|to be} {not true|untrue|false|wrong|incorrect}', 'economical with the truth',
      '{not|never} {telling|told} {me|us|residents|} the truth', '{misled|misleads|misleading|lied to} {me|us|residents|the committee|a committee|members}', '{knew|knows} {perfectly|full|fine} well {it|that|this|they|she|he} {was not|wasnt|were not|werent|is not|isnt|had not|hadnt|would not|wouldnt}', 'not bothered', 'passing the buck', 'hiding behind', 'washed {his|her|their} hands', '{sat|sitting|sits|sit} on {his|her|their} hands',
      '{a|an|} {complete|total|utter|} lack of {competence|professionalism|care|interest|urgency|courtesy|respect|grip|judgement|judgment|leadership|rigour}', 'high-handed', 'high handed', 'sloppy', 'careless', 'negligent', 'evasive', 'dishonest', 'appalling', 'shocking', 'disgraceful',
      // Welsh: "digywilydd" / "anghwrtais" (rude), "esgeulus" (negligent), "diog" (lazy).
      'digywilydd', 'anghwrtais', 'esgeulus', 'diog'],
    notPrecededBy: NEGATIONS,
  },
  {
    id: 'neglects', category: 'conduct',
    phrases: ['{put|slammed|puts} the phone down', '{hung|hanging|hangs} up on', 'talked over', 'talks over', '{lost|loses|has lost} {the|my|our|residents|her|his|their} {paperwork|papers|letters|file|files|forms|notes}',
      '{doesnt|does not|didnt|did not|never|wont|will not} {return|returns|answer|answers|reply to|respond to} {calls|my calls|phone calls|emails|my emails|e-mails|messages|letters}',
      'ignored {two|three|four|five|several|repeated|numerous|countless|all} {emails|e mails|messages|calls|letters|requests|reminders}', 'claimed {never|not} to have',
      '{hasnt|has not|havent|have not|hadnt|had not} {returned|answered|replied to|responded to} {calls|my calls|phone calls|emails|my emails|e-mails|messages|my messages|letters}',
      '{doesnt|does not|didnt|did not|dont|do not} {care|bother|listen}', '{couldnt|could not} {care less|be bothered}', '{cant|cannot|can not} be bothered',
      '{never|never even|hasnt even|has not even|didnt even|did not even|hadnt even|had not even} {bothered|visited|looked|read|written|replied|responded|checked|called|rung|phoned|returned|opened|started|acknowledged}',
      '{hasnt|has not|didnt|did not|doesnt|does not} {bothered|bother}',
      // Common courtesy not shown (session 12): "still hasn't had the courtesy to reply".
      '{hasnt|has not|hadnt|had not|didnt|did not|doesnt|does not|not|never} {even|} {had|have|has|show|shown|showed|extended} the {courtesy|decency|manners|good grace} to',
      '{obviously|plainly|clearly|evidently} {didnt|did not|never|hasnt|has not|had not|hadnt} {read|visit|visited|look|looked|check|checked|listen}', 'cut and {paste|pasted}', 'copy and pasted',
      // "I came away with the impression that he hadn't taken it seriously".
      '{hadnt|hasnt|didnt|had not|has not|did not|never} {taken|take|took} {it|this|us|them|residents|the matter|the complaint|the reports|any of it} seriously',
      // "I'd take Ms Birkett's assurances with a pinch of salt": the officer's own word, doubted.
      'with a pinch of salt', 'with a large pinch of salt',
      '{sat|sitting|sits} on {it|this|the case|the file|the complaint}', 'dragging {his|her|their} feet',
      // "She sat on the applications all summer and then blamed the software".
      '{sat|sitting|sits} on {the|our|my|those|these|them|their|that} {applications|application|claims|claim|paperwork|forms|requests|request|complaints|report|plans|bid|referral|referrals|warning|warnings|letter|letters|survey|advice} {for|all|since|until}',
      '{then|and then|and|conveniently} {blamed|blames|blaming} the {software|system|computer|it system|new system|contractor|weather|post|printers}', 'fobbed {me|us|them|her|him|residents} off', 'fobbing {me|us|them|residents} off',
      '{lied|lying|lies} to', 'misled', 'ignored {my|me|the|residents|our|her|him|every}', '{failed|fails|failing} to {respond|reply|return|visit|read|check|consult|turn up|listen|follow}', '{failed|fails|failing} to do {his|her} job',
      // "that is a manager who didn't do her job", "he never lifted a finger" (round 31).
      '{didnt|did not|doesnt|does not|wont|will not|hasnt|has not|hadnt|had not|isnt|is not|wasnt|was not|not} {do|doing|done} {his|her|their} job',
      '{didnt|did not|never|hasnt|has not|hadnt|had not|wont|will not|wouldnt|would not} {even|once|} {lift|lifted} a finger',
      // Welsh: "anghofiodd ymgynghori" (forgot to consult), "collodd lythyrau" (lost the letters), "wedi anwybyddu" (has ignored).
      'anghofiodd', 'collodd', 'wedi anwybyddu', 'anwybyddodd', 'heb ymweld', 'heb fynd i', 'ddim wedi ateb', 'heb ateb', 'ddim yn ateb'],
  },
  {
    // A failing said with emphasis, whatever the duty: "simply did not do what he said he would",
    // "hasn't so much as acknowledged it", "has not been honest about it since", "this is the best he can manage".
    id: 'failing-emphatic', category: 'conduct',
    phrases: ['{hasnt|has not|hadnt|had not|didnt|did not|wont|will not|wouldnt|would not|couldnt|could not|doesnt|does not|never} so much as',
      '{simply|just} {did not|didnt|has not|hasnt|had not|hadnt|does not|doesnt|would not|wouldnt|will not|wont} {do|did|bother|deliver|follow|keep|turn|listen|read|check|reply|respond|answer|act|engage|consider|look|chase|visit|understand|grasp|show|take|send|walk|go|get|open|turn up|pass}',
      '{got|get|gets|getting|gotten} it {badly|completely|totally|so|very|hopelessly|spectacularly} wrong',
      '{got|gets|get} {it|that|this|everything|the facts|the figures|the dates|the numbers|the boundary|the law|the measurements} {badly|completely|} wrong',
      // The idiom of incompetence: "she couldn't organise a raffle".
      '{couldnt|could not|cant|cannot|can not|couldnae|cannae} {organise|run|manage} a {raffle|piss up|party|bun fight|whelk stall|tea party|chip shop|bath|bin lorry|booze up|fish supper|bus}', '{told|tells|telling} {me|us|them|residents|the family|members} otherwise',
      '{did not|didnt|has not|hasnt|had not|hadnt|never} {do|done|did} what {he|she|they} {said|promised|agreed|undertook|told}',
      '{went|gone|go|goes|going} back on {his|her|their} word', '{broke|broken|breaks} {his|her|their} {word|promise|promises|undertaking}',
      '{has not|hasnt|have not|havent|had not|hadnt|was not|wasnt|is not|isnt|were not|werent|not|never|hardly|far from} {been|being|} {entirely|remotely|at all|particularly|exactly|always|wholly|completely|fully|} {honest|truthful|straight|candid|open|frank|upfront|forthcoming|transparent|professional|courteous|competent|thorough|diligent|accurate}',
      '{lost|loses|has lost|have lost|losing} the {call in|committee|agenda|meeting|case|planning|application|consultation|cabinet|council|hearing|appeal} {papers|paperwork|file|files|forms|documents|bundle|pack}',
      // Nothing done, said with emphasis (session 11, round 26): "has … done precisely nothing with them", "did absolutely nothing".
      '{done|did|achieved|doing} {precisely|absolutely|exactly|next to|virtually|practically|literally} nothing'],
  },
  {
    // A motive or a verdict pinned on "him"/"her": "he closed the job to get it off his list", "the best he can manage",
    // "I've had to pick up after him". The person is the last one named, whatever the clause's own subject.
    id: 'motive', category: 'about-them',
    phrases: ['the best {he|she} {can|could} {manage|do|come up with|offer}', 'did {he|she} {even|} lift a finger', '{pick|picking|picked|clear|clearing|cleared|clean|cleaning|cleaned|tidy|tidying|tidied} up after {him|her}',
      'to {get|keep} {it|them|the job|the case|the file|the complaint} off {his|her} {list|desk|books|plate|figures}', 'to cover {himself|herself|his back|her back|his own back|her own back}',
      'to save {face|his own skin|her own skin|his skin|her skin}', 'to make {his|her} {figures|numbers|stats|statistics|targets} look',
      // A record of failings: "I've lost count of the things he has forgotten", "yours is not the first complaint I've had about his manner".
      '{lost count of|cant count|can no longer count} the {times|things|number of times|occasions|deadlines} {he|she}',
      // Welsh: "Os mai dyna'r gorau y gall hi ei wneud" (if that's the best she can do).
      'gorau y {gall|gallai|medr|medrai} {hi|e|fo|ef}',
      '{complaint|complaints} {i have|ive|weve|we have|i} {had|received} about {his|her} {manner|attitude|behaviour|conduct|tone|rudeness|work}',
      '{complaint|complaints} {of this kind|like this|} {i have|ive|weve|we have|i} {had|received} about {him|her}',
      '{real|serious|grave|some|genuine} doubts {that|whether|about} {he|she|him|her}',
      'it was {his|her} {job|responsibility} to', '{been|gone|visited|looked|checked|called|rung|phoned} {out|there|round|at it|} even once',
      // Sarcasm: "I admire the consistency, if not the accuracy", "a date you actually believe".
      '{if not|but not} the {accuracy|substance|results|delivery|honesty|competence|truth}', '{you|he|she} actually {believe|believes|mean|means|intend|intends}',
      // Sarcasm about the person's work, said of whoever the letter is to or about: "a masterpiece of saying nothing",
      // "tells me precisely nothing", "something that happens to other people", "buy you a diary".
      'masterpiece of', '{tells|told|says|said|adds|added} {me|us|} {precisely|absolutely|exactly|next to|virtually} nothing', 'happens to other people',
      'buy {you|him|her} a diary', '{id|i had|i would have|i} expected {rather|much|a lot|far|} better {of|from} {you|him|her}', 'what people write when',
      'i can only {assume|conclude|imagine|presume|guess} {that|} {the aim|the idea|the point|the intention|the plan|the thinking} {was|is}',
      // Failings pinned on a person: "not the first time she's signed off…", "check her work myself", "stall on his desk",
      // "either she didn't walk the road or…", "I wouldn't put much weight on his notes", "in safe hands with you".
      '{check|redo|re do|rewrite|correct|double check} {his|her} work',
      '{stall|stalled|stalls|stuck|sitting|sat|languishing|gathering dust} on {his|her} desk', 'either {he|she} {didnt|did not|hadnt|had not|wasnt|was not|doesnt|does not|never}',
      '{wouldnt|would not|dont|do not|cant|cannot} put {much|any} {weight|faith|store|trust} {on|in} {his|her|anything {he|she}}',
      '{not|isnt|is not|arent|are not} in safe hands with {you|him|her}', 'how many more times {is|will|does|has|must} {he|she}',
      'first time {ive|i have|weve|we have|i} had to {chase|pick up|cover|redo|correct|check}',
      '{stopped|given up|stop} expecting {straight|honest|proper|sensible|any} answers', 'rather you just told me you {werent|were not|wont|will not}',
      '{needs|need} someone who will {do|actually|deliver|follow}', '{was|were|been|being} told {something|things|a story} that {wasnt|was not|werent|were not|isnt|is not} true',
      '{stopped|given up|no longer} {believing|trusting} {anything|what|the dates|the figures|a word|the numbers} {he|she}', '{not sure|not convinced|i doubt} {this ones|this one is|its|it is|this is|the case is} in safe hands', '{doesnt|does not|hardly|didnt|did not} fill me with confidence'],
  },
  {
    // "not the first time she's signed off a road that's falling to bits": a repeat pinned on the person. The rule
    // wants a failing in the rest of the sentence ("…the first time she has worked with the group" is experience).
    id: 'repeat-on-them', category: 'about-them',
    phrases: ['{not|isnt|is not|wasnt|was not} the first time {he|she|hes|shes}'],
  },
  {
    // An officer who did not do the job in plain words: "Daniel did not go into the back bedroom", "he still hasn't replied".
    id: 'duty-not-done', category: 'conduct',
    phrases: ['{didnt|did not|hasnt|has not|hadnt|had not|havent|have not|never|still hasnt|still has not|has yet to|failed to|wouldnt|would not|couldnt be bothered to} {even|once|ever|actually|bothered to|} {reply|replied|respond|responded|answer|answered|return|returned|visit|visited|turn up|turned up|attend|attended|chase|chased|check|checked|act|acted|follow up|followed up|inspect|inspected|look into|looked into|get back|got back|call back|called back|ring back|rang back|log|logged|record|recorded|order|ordered|go into|went into|go out|went out|come back|came back|opened|open|read}'],
  },
  {
    id: 'no-confidence', category: 'about-them',
    // (Scots "nae confidence left in him".)
    phrases: ['{no|nae|lost|lost all|little|zero} {confidence|faith} {left|} {in|that} {him|her|them|he|she|they}',
      // Insinuation about honesty: "he remembers things the way that suits him", "I wouldn't take his version on trust".
      '{the way|way} that suits {him|her}', '{selective|convenient} memory', '{wouldnt|would not|dont|do not|cant|cannot} {take|trust} {his|her} {word|version|account}', '{no|lost|lost all|little|zero} confidence in anything {he|she}', '{sack|replace|remove} {him|her}',
      // Polite but no less damning: "I no longer have any confidence that she is able to…".
      '{no longer|do not|dont|cannot|cant} {have|} {any|much|} {confidence|faith} {in|that} {him|her|them|he|she|they}', 'not confident that {he|she|they}',
      '{take|taken|took} {him|her} off {the case|this|it}', '{given|give} to someone {else|competent|who}', 'someone competent', 'someone who knows what',
      'wonder what {exactly|} {he|she} does all day',
      // Doubt that the officer knows the job itself (session 11, round 26): "I'm starting to wonder whether she knows what the job involves".
      '{wonder|wondering|doubt|question|questioning} {whether|if} {he|she} {knows|understands|grasps|realises|realizes} what {the|his|her} {job|role|post|work|task} {involves|entails|is|means|requires}',
      // A verdict put in others' mouths: "I don't think anyone watching would have said she had a grip of the evening".
      'i {dont|do not} think {anyone|anybody|many people|most people} {watching|there|present|in the room|in the hall|} would {have said|say|have called|call|have described|describe} {he|she}', 'what {he|she} does all day', '{question|wonder|doubt} whether {he|she} is {suited|fit|right|up to|cut out}',
      // Round 35: "you have to ask whether he is actually up to the job" (the doubt put as a question anyone would ask).
      '{ask|asking|asked|wonder|wondering|question|questioning|doubt} whether {he|she} is {actually|really|genuinely|even|} {up to|suited to|cut out for} {the|this|that|his|her} {job|task|role|post|work}',
      '{shouldnt|should not|cant|cannot|wouldnt|id not|i would not|not} {be relying|rely|depend} on {him|her}',
      // "I wouldnae trust her to run a menage, never mind a department".
      '{wouldnt|wouldnae|would not|dont|do not|cant|cannae|cannot|id not} trust {him|her} {to|with|an inch|as far}',
      // Doubt about the person's grasp: "not convinced she has actually read your letter", "not sure he is on top of this".
      '{not sure|not convinced|i doubt|dont think|do not think|dont believe|do not believe} {that|} {he|she} {has|is|was|had|can|could|knows|understands|really|actually|even|ever|entirely|fully|reads|listens|cares|bothers}',
      '{given up|give up} expecting {him|her}', '{no longer|dont|do not|cant|cannot} believe {anything|a word|a single word|what} {you|he|she} {tell|tells|say|says|said|told|write|writes}', '{no longer|dont|do not|cannot|cant} take what {he|she} {says|tells}', 'at face value',
      '{wasting|waste} {any more|more|my|no more} time on {him|her}',
      // Sarcasm that says the work was not done: "perhaps the inspection was carried out from the office window".
      '{carried out|done|inspected|written|decided} from {the office|the office window|his desk|her desk|behind a desk|the van}', 'how {else|} {anyone|anybody} could {miss|overlook|ignore}',
      'draw {their|your|its} own conclusions',
      // Insinuation that it was worse than a slip (session 12): "I don't know whether this is carelessness or something worse".
      '{carelessness|incompetence|negligence|sloppiness|laziness|a mistake|an oversight|an error|a slip|a mix up} or something {worse|more deliberate|more serious}',
      // An answer that says nothing (session 11, round 26): "four paragraphs and not one of them tells us whether…".
      '{not one|none} of {them|it} {tells|told|answers|answered|says|said|addresses|addressed} {us|me|the question}',
      // Insinuation left unsaid (session 11, round 26): "I don't think I need to spell out where this has got stuck", "make of that what you will".
      '{dont|do not|hardly|wont|will not} need to spell out', 'i {dont|do not} think i need to spell out', '{make|made} of that what you will',
      // Their dates or promises no longer believed: "I've stopped believing the dates" (after "Deborah has put…").
      '{stopped|given up|stop} {believing|trusting} {the|her|his|their|any of the} {dates|deadlines|timetables|timescales|figures|estimates|forecasts|promises|assurances|updates}',
      // Faint praise turned round: "a pleasant enough manager… But her best has left 400 households…".
      '{pleasant|nice|decent|likeable|friendly|personable|well meaning|well-meaning} enough {manager|officer|person|woman|man|chap|lady|bloke|inspector|planner|director}', '{his|her} best {has|have|is|was} {left|not|nowhere|hardly|meant|got}',
      // Rhetorical questions that judge: "How is he still running democratic services??", "did he really not know…?".
      'how is {he|she} still {running|in charge of|in charge|in post|in that job|in the job|employed|doing|managing|leading}', '{did|does|has|is|was} {he|she} {really|seriously|honestly|genuinely|actually} {not|expect|think|believe|imagine}',
      '{no longer|frankly no longer} believe {that|} {he|she}', '{no|any|lost|lost all|little|zero} confidence in {anything|what} {he|she}', 'with a straight face', '{rely|relying} on anything {he|she} {puts|says|writes|tells}', '{wrote|written|writes} it up from {his|her} desk',
      '{went|gone|been} {up|out|down} there at all', 'ddim yn gallu gwneud ei swydd', 'gallu gwneud ei swydd',
      // Welsh: "dim hyder ynddo/ynddi" (no confidence in him/her); "dw i ddim yn credu ei bod hi'n gallu gwneud y swydd" (I don't believe she can do the job).
      'dim hyder {ynddo|ynddi}', 'ddim yn credu {ei fod en|ei fod e yn|ei bod hin|ei bod hi yn}', 'gallu gwneud y swydd'],
  },
  {
    // "not entirely convinced Neil Chadwick has quite got hold of this": doubt about a named officer's grasp
    // (the rule also needs a word of competence after the name: "not sure Zoe is free on Tuesday" is no criticism).
    id: 'doubt-about', category: 'doubt-next',
    phrases: ['{not sure|not convinced|not entirely convinced|not at all convinced|not wholly convinced|no longer sure|no longer convinced|i doubt|i dont think|i do not think|i dont believe|i do not believe|i no longer think} {that|}',
      'i {simply|just|honestly|really|frankly|genuinely} {dont|do not} {think|believe} {that|}'],
  },
  {
    id: 'no-confidence-in', category: 'about-next',
    phrases: ['{no|lost|lost all|little|zero} confidence in', '{no|little|lost|lost all} faith in', 'complaint about the conduct of',
      // "…any confidence in what the Director of Housing tells me", "How many more times will Graham Lusk…", "what exactly was the Director of Finance doing?"
      '{no|any|lost|lost all|little|zero} confidence in {what|anything}', 'no longer have confidence in {what|anything}', 'how many more times {will|is|does|must|can|has}', 'what exactly {was|is|has|were|does|did}',
      'how long {exactly|} does it take', '{weight|store|stock} {we|i|you|to} {put|place|set} on what',
      '{cant|cannot|can not} rely on {what|anything} {im|i am|were|we are} {getting|given} from',
      '{another|yet another|the latest} {triumph|masterpiece|gem|classic|corker|success} {from|for|by}', 'formal complaint about', 'dim hyder yn',
      '{dont|do not|no longer|cant|cannot} trust', 'ddim yn ymddiried yn', 'dim ymddiriedaeth yn'],
    // Counts only when a named officer follows at once ("no confidence in Zoe Marsh", not "no confidence in the service").
  },
];

export const criticisms = new Lexicon(shipped(criticismPhrases));

/** Someone else's words reported back to them ("your complaint that Tom was rude"): not the member's own criticism. */
export const reportedPhrases: Phrases<'reported'>[] = [
  {
    id: 'reported', category: 'reported',
    phrases: ['your {complaint|concern|concerns|view|account}', 'you {feel|felt|say|said|think|thought|believe|told me|mentioned|described|found|allege|alleged}',
      '{complaint|allegation|claim} that', '{alleged|alleges|claimed|claims} that', 'i understand you', 'according to you', 'i am told', 'im told', 'apparently',
      // Someone else's account, in the present tense: "He says the assessor he spoke to was short with him".
      '{he|she|they|residents|the resident|the tenant|the family} {says|say|claims|claim|alleges|allege|tells me|tell me|feels|feel}', 'according to {him|her|them|the resident|the tenant|residents}',
      // Anyone's account passed on, in the present: "Mrs Ritchie tells me Tom was rude". ("He told me in June"
      // is the officer's own word, which the writer may go on to judge.)
      '{tells|informs} me', 'complained that', 'complains that',
      // Denying the criticism: "I don't agree that Liam has been unhelpful".
      '{dont|do not|cannot|cant|wouldnt} agree that', 'disagree that', '{dont|do not|didnt|did not} accept that', '{not|isnt} {true|fair} to say', '{its|it is} not true that', 'unfair to say',
      // Someone else's words quoted as theirs: "In her words, not mine: 'Paul Hewitt was rude and dismissive'", "to quote the tenant".
      'in {her|his|their|the residents|the tenants|the familys|the callers} {own|} words', 'to quote {her|him|them|the resident|the tenant|the family}', '{her|his|their} words were',
      // Welsh: "yn ei geiriau hi" (in her words), "yn ei eiriau e".
      'yn ei {geiriau|eiriau}', 'yn eu geiriau'],
  },
];

export const reported = new Lexicon(shipped(reportedPhrases));

/**
 * The writer backing a report they pass on, in a sentence of their own that names the officer: "This is
 * not the first time I have heard this about Mr Menzies". The report is then their criticism too.
 */
export const endorsementPhrases: Phrases<'endorsed'>[] = [
  {
    id: 'endorsed', category: 'endorsed',
    phrases: ['{not|isnt|wasnt} the first {time|complaint}', '{heard|had} {this|that|the same|similar} {before|from others|from other residents}', 'heard {this|that|the same} about',
      '{the same|similar} {complaint|complaints|story|experience|attitude}', '{not|hardly} surprised', '{matches|echoes|mirrors} my own', 'my own experience'],
  },
];

export const endorsements = new Lexicon(shipped(endorsementPhrases));

/** The writer's own apology to the officer ("I was wrong", "my mistake, not yours"): what "you" did not do is taken back. */
export const apologyPhrases: Phrases<'apology'>[] = [
  {
    id: 'apology', category: 'apology',
    phrases: ['i was wrong', 'i got it wrong', 'i got that wrong', '{my|entirely my|all my} {mistake|error|fault}', 'not yours', 'owe you an apology', 'i {apologise|apologize|am sorry|m sorry} for {saying|suggesting|implying|blaming}',
      'i should have checked', 'i should not have said', 'i shouldnt have said', 'fy mai i'],
  },
];

export const apologies = new Lexicon(shipped(apologyPhrases));

/** Words for an officer's job that, beside a first name or surname, show an officer is meant ("your inspector Jac"). */
export const OFFICER_ROLE_WORDS = new Set(['officer', 'officers', 'inspector', 'manager', 'planner', 'caseworker', 'adviser', 'advisor', 'assistant', 'engineer', 'surveyor',
  'lead', 'leader', 'coordinator', 'co-ordinator', 'technician', 'warden', 'director', 'head', 'clerk', 'swyddog', 'arolygydd', 'rheolwr']);
