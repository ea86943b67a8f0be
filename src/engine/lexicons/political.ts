// The words that make a sentence party-political (political-content), as data with examples.
// The rule reads them as *party reference × stance* (attack or credit, in plain words) plus
// *frames* that are political without a party name (electioneering, party business, political
// criticism of Council policy), each with the look-alikes that switch it off (the registration
// canvass, a council campaign, a party named as plain fact in council business).
import { Lexicon, type LexiconEntry } from './lexicon';
import { cy } from './welsh';

export type StanceCategory = 'attack' | 'credit';
export type FrameCategory = 'electioneering' | 'party-business' | 'policy-criticism';
export type AntiCategory = 'registration' | 'council-campaign' | 'plain-fact' | 'formal-report' | 'allocation' | 'other-body';

export interface StanceEntry extends LexiconEntry<StanceCategory> {
  /** 'strong' words carry a sentence on their own; 'moderate' ones are switched off by a plain-fact context. */
  strength: 'strong' | 'moderate';
  /** Only with a party named outright, not with "the administration" or "our group". */
  explicitOnly?: boolean;
  /** Only in a councillor's own mail: everyday evaluative words that officers use of anything. */
  memberOnly?: boolean;
  /**
   * A verdict on merit or conduct that an officer, bound to serve every group alike, has no business giving of
   * any of them: in an officer's mail it counts beside "your group", "the other side" or "the administration" too.
   */
  officerToo?: boolean;
}

export interface FrameEntry extends LexiconEntry<FrameCategory> {
  /** Only from a councillor (a candidate): "remember to vote on Thursday" from Electoral Services is civic. */
  memberOnly?: boolean;
  /**
   * policy-criticism: only where the message ties it to a Council decision — 'sentence': the
   * sentence or the one before names one; 'near': within a few words ("this budget is a disgrace").
   */
  needsAnchor?: 'sentence' | 'near';
  /** Only said by someone with a stake in the seat: the sentence speaks as "I", "we", "our". */
  firstPerson?: boolean;
}

const PARTY = '{labour|tory|tories|conservative|conservatives|lib dem|lib dems|liberal democrat|liberal democrats|green|greens|reform|independent|independents|plaid|snp|nats|alba|ukip}';
const PLACE = '{town|city|borough|county|district|area|village|community|ward|estate|valley|high street|place|council|sir|dref|ardal|cymuned}';

export const stanceEntries: StanceEntry[] = [
  { id: 'attack-strong', category: 'attack', strength: 'strong',
    phrases: ['disgrace', 'disgraceful', 'disgracefully', 'shambles', 'shambolic', 'incompetent', 'incompetence', 'mess', 'messed up', 'made a hash',
      'failure', 'failures', 'betrayal', 'betrayed', 'betray', 'lies', 'lied', 'lying', 'liars', 'hypocrisy', 'hypocritical', 'hypocrites', 'chaos', 'chaotic',
      'scandal', 'scandalous', 'shameful', 'shamefully', 'shame on', 'pathetic', 'useless', 'woeful', 'woefully', 'appalling', 'dreadful', 'hopeless',
      'contempt', 'arrogant', 'arrogance', 'out of touch', 'couldnt care less', 'dont care', 'do not care', 'never cared', 'doesnt care',
      '{given|give|gave|giving} a {fig|damn|monkeys|toss|hoot} about', '{stopped|stop|stops} voting for',
      'does not care', 'did not care', 'didnt care', 'not care about', 'no interest in', 'couldnt care', 'wrecked', 'ruined',
      'trashed', 'destroyed', 'sold out', 'sell out', 'stitch up', 'stitched up', 'cynical', 'spin', 'broken promise', 'broken promises', 'fiasco', 'reckless',
      'squandered', 'wasted', 'mismanagement', 'mismanaged', 'neglect', 'neglected', 'afterthought', 'abandoned', 'cant be trusted', 'cannot be trusted',
      'never be trusted', 'let {us|you|residents|people|them|this town|the town|everyone} down', 'to blame', 'the blame', 'fault', 'cronies', 'cronyism',
      'sneaky', 'cowardly', 'gutless', 'none of this would {be needed|have happened|be necessary}', '{let|letting} {it|the market|the housing market} rip', 'didnt read past', 'didnt even read', 'obviously didnt', 'whatever we put {in front of|before} them', 'opposed every', '{oppose|object to|opposed} everything',
      'seen off', 'saw off', 'talked sense', 'talks sense', 'more than you can say for', '{wouldnt|would not} be in this {position|mess}', 'since they got in', 'love in', 'another triumph', 'pure coincidence', 'what a coincidence', 'their famous', 'much vaunted', 'much trumpeted', 'so called',
      'still a press release', 'showing {them|the old administration|the last lot} the door', 'glowing advertisement', 'isnt exactly', 'anyone honestly surprised', 'is anyone surprised', 'what {theyve|they have} done to', 'never understood', 'has never understood', 'what {youd|you would|you d|we have come to|youve come to} expect from', 'what else would {we|you|anyone} expect from', 'half as much', 'roll on may', 'roll on the election', 'make hay', 'making hay', 'they usually do', 'optional extra', 'pays for it', 'paying for it', 'paid the price',
      'kicked up a fuss', 'their priorities not ours', 'not ours', 'nobody listened', 'no one listened', 'nobody {in|at} this place listened', '{ever|never} {listened|listens|listen}',
      'lost faith', 'lost confidence', 'badly designed', 'promise the world', 'promise the earth', 'promised the world', ...cy('colli ffydd', 'addor byd', 'dim byd wedyn'),
      'find something to {object to|complain about|moan about|whinge about|oppose}', 'take orders from', 'takes orders from', 'no orders from', 'do as they are told', 'do what they are told', 'clueless', 'inept', 'dishonest', 'deceit', 'deceitful', 'u turn', 'climbdown', 'embarrassment', 'laughing stock',
      ...cy('ffiaidd', 'sarhad', 'sarhaus', 'rhagrith', 'rhagrithiol', 'rhagrithwyr', 'ffars', 'sgandal', 'gwarth', 'trahaus', 'haerllug', 'difater', 'di hid',
        'malio dim', 'poeni dim', 'dim ots ganddyn nhw', 'does dim ots ganddyn', 'troi cefn ar', 'troi eu cefnau', 'cefnu ar', 'addewidion gwag', 'geiriau gwag',
        'siarad gwag', 'gwneud dim', 'wedi gwneud dim', 'dim clem', 'di glem', 'yn ein hanwybyddu', 'wedi anghofio am', 'anghofio am y', 'gwastraff arian'),
      ...cy('llanast', 'smonach', 'gwarthus', 'cywilydd', 'cywilyddus', 'anobeithiol', 'celwydd', 'celwyddau', 'bradychu', 'bradychwyd', 'anghymwys', 'methiant',
        'methiannau', 'twyll', 'esgeuluso', 'esgeuluswyd', 'esgeulustod', 'gwastraffu', 'anwybyddu', 'anwybyddwyd', 'siomi', 'difetha', 'dinistrio', 'llwgu'),
      'starved', 'starving', 'starve', 'think they own', 'thinks it owns', 'think it owns', 'own the chamber', 'own the place', 'biaur siambr', 'sydd biau',
      '{sat|sitting|sit|sits} on {its|their|his|her|our} hands'],
    notFollowedBy: ['room', 'rooms', 'hall', 'tolerance', 'management', 'reporting', 'claims', 'notice', 'notices', 'rate', 'rates', 'demand', 'test'],
    notPrecededBy: ['no', 'not', 'boiler', 'officers', 'officer'],
    examples: { match: ['The Tories have made a complete mess of the bus station.', 'What Plaid did was disgraceful.', 'The Lib Dems never cared about this estate.'],
      noMatch: ['The officers mess room is being refurbished.'] } },
  { id: 'attack-plain', category: 'attack', strength: 'strong',
    phrases: ['what {the|} {they|he|she|it} did to', 'did to this ' + PLACE, 'did to our ' + PLACE, 'done to this ' + PLACE, 'done to our ' + PLACE,
      '{never|not} forget what', 'will {never|not} forget', 'wont forget', 'will forget', 'forget what', 'forgotten what', 'forgotten that', 'forget that it was',
      'going to forget', 'ever forget', 'as {it|they} always {does|do}', 'box ticking', '{carved|carve|carving|carves} up', '{got|get|gets|left with|given} the crumbs',
      // "the line that tenants are paying for the last administration's rent freeze".
      '{paying|pay|paid|pays} for {the|their} {last|previous} {administration|administrations|lot|lots|coalition|coalitions|council|councils|regime|regimes}',
      // "Labour went backwards in every single ward… Two more gains next year and this coalition is finished".
      'went backwards in every', '{is|are|will be} finished {next year|in may|come may|after may}', '{coalition|administration|lot|group} is finished',
      // "if the coalition had listened to you lot last February…"; "a Nat budget balanced on money that doesn't exist would hardly be a first".
      'if {they|the coalition|the administration|this administration|this coalition|the ruling group|the previous administration|the last administration} had {listened|bothered}', '{hadnt|had not} listened to', 'money that {doesnt|does not|didnt|did not|never} exist', '{hardly|not exactly} be a first', '{having|have|had} a field day', 'propping up', 'props up',
      'remember {exactly|} who did', 'will remember who', 'remember what {they|the|that}', 'lined up {together|with|behind}', 'ganged up',
      'teamed up', 'joined forces', 'propped up', 'prop up', 'in bed with', 'in the pocket of', 'did a deal', 'do a deal', 'sided with', 'cosying up',
      'cosy up', 'voted against {residents|local people|this town|the town|working families|families|you|us}', 'never turn up', 'never show up',
      'nowhere to be seen', 'all talk', 'talk the talk', 'hot air', 'run {this|the} {town|city|borough|council|county} into the ground',
      'into the ground', 'blood on their hands', 'no idea', 'not a clue', 'havent a clue', 'done nothing', 'did nothing', 'achieved nothing',
      'delivered nothing', 'nothing to show', 'nothing but', 'sat on their hands', 'sit on their hands', 'asleep at the wheel', 'all mouth',
      'track record of', 'years of {neglect|cuts|failure|decline|broken promises|mismanagement|waste}', 'what a joke', 'a joke', 'beggars belief', 'typical {tory|tories|labour|lib dem|lib dems|green|greens|snp|plaid|reform|of}',
      'yn ein gadael i lawr', 'wedi gadael {pobl|trigolion} i lawr'],
    examples: { match: ['Nobody here will forget what the Greens did to this town.', 'The Independents and the Tories lined up together again.',
      'Typical Labour, all talk and no delivery.'], noMatch: ['Please remember to bring your pass.'] } },
  { id: 'credit', category: 'credit', strength: 'strong',
    phrases: ['thanks to {the|our|} ' + PARTY,
      // An officer's wish for a party's seats: "the chamber could do with a few more Greens in it!"
      '{could|can|would} do with {a few|some|a couple|a lot|a bit|far|many} more ' + PARTY,
      // A results night: "what a night for the Lib Dems".
      'what a night for', 'what a result for',
      // "It was our group's amendment at the budget meeting that found the £40,000".
      'it was {our|my|the} {group|groups|party|partys|team|teams|councillors} {amendment|motion|idea|proposal|campaign|pressure|budget amendment}',
 'the only party', 'only party that', 'only party who', 'the only ones', 'only sensible', 'the only people who',
      'who turn up', 'turn up for', 'turns up for', 'stood up for', 'stand up for', 'stands up for', 'unig blaid', 'sefyll dros', 'sefyll i fyny dros', 'thanks to {the|our} {group|administration|councillors|team|coalition}', 'thanks to the ruling {group|party|coalition}', ...cy('diolch ir weinyddiaeth', 'diolch ir glymblaid', 'diolch ir grŵp', 'diolch in grŵp'), 'only {our|the} ' + PARTY,
      'only our {councillors|group|team|candidates}', 'only {party|group|people} who', 'actually turn up', 'actually turned up', 'actually turns up', 'actually listen',
      'actually listens', 'actually delivers', 'actually delivered', 'actually cares', 'actually care', 'working hard for you', 'working hard for residents',
      'on your side', 'fighting for you', 'fighting for residents', 'standing up for {you|residents|local people}', 'champions of', 'champion for',
      // A party's councillors as the area's fighters: "a team of local champions who will fight for their area and deliver for them".
      '{fight|fights|fighting} for {their|your|our} {area|ward|town|community|village|patch|corner|neighbourhood}', '{local|community|ward} champions',
      '{deliver|delivers} for {them|you|residents|local people|their area|your area|our area}',
      'proud of what', 'proud record', 'we delivered', 'have delivered', 'has delivered', 'delivered on', 'delivering on', 'promise kept', 'promises kept', ...cy('arwain y ffordd', 'sefyll cornel', 'gweithion galed dros', 'wedi cyflawni', 'cadw at ein gair',
        'cadw ein haddewid', 'cadwn haddewid', 'gwneud gwahaniaeth', 'gwahaniaeth mawr'),
      'pledge', 'pledged', 'pledges', 'manifesto', 'manifesto commitment', 'vision of', 'vision for', 'grand vision', 'visionary',
      '{cracking|super|smashing|superb|terrific|fantastic|brilliant|amazing|excellent|great|fab|tremendous} job', 'dim ond {cynghorwyr|ein cynghorwyr|ni}', 'flagship', 'bold plans', 'fantastic job', 'brilliant job',
      'great job', 'amazing job', 'excellent job', 'done wonders', 'turned {it|things|the council|this council|the town} around', 'transformed',
      'diolch i {blaid|lafur|geidwadwyr|dorïaid|doriaid|gynghorwyr}', 'diolch ir {toriaid|torïaid|ceidwadwyr|blaid|democratiaid|gwyrddion}', ...cy('addewid', 'addewidion', 'maniffesto'), 'yn gweithio drosoch', 'ar eich ochr',
      'pushed for', 'fought for', 'fighting for', 'campaigned for', 'made it happen', 'kept pushing', 'it took this administration', 'it took {us|our group}',
      '{dont|never|wont} forget who', 'the only contribution', '{has|have|had} done exactly that', '{did|does} exactly that', 'who had actually read', 'who actually read', 'who stood up for', 'over the line because', 'only got over the line', 'only exists because', 'only happened because', 'laughed out of',
      'laughed at', 'weren\'t so daft', 'not so daft', 'told you so', 'proved right', 'been proved right', 'made this happen', 'got this done', ...cy('gwthio am', 'brwydro dros', 'brwydro am', 'ymladd dros'),
      // Credit by a party's coming: "it is only because the Lib Dems took control that…", "refreshing having Reform in the chamber".
      '{it is|its|it was|was} only because {the|of the|}', 'only because of the', 'about time somebody', 'about time someone', '{shook|shake|shaken|shaking} {this place|things|the place|the chamber|it all} up',
      // Credit claimed against the record: "Just so the record is straight: it was our group's amendment that got the charge halved".
      'record {is|was} straight', 'set the record straight', 'put the record straight', '{residents|people|voters|they} deserve to know {that|who}'],
    notFollowedBy: ['form', 'forms', 'card', 'cards', 'scheme', 'page', 'of support to the council'],
    examples: { match: ['Only our Plaid councillors actually turn up for residents.', 'This is the vision of the labour administration.',
      'Thanks to the Lib Dems, the pool stays open.', "Just so the record is straight: it was our group's amendment that got the charge halved."], noMatch: ['Thanks to the crews for working through the snow.'] } },
  { id: 'credit-moderate', category: 'credit', strength: 'moderate', explicitOnly: true,
    phrases: ['proud', 'delivered', 'delivering', 'investment', 'invested', 'achievement', 'achievements', 'programme', 'priorities', 'promise', 'promised',
      'plans', 'brilliant', 'fantastic', 'excellent', 'great', 'well done', 'work hard', 'working hard', 'hard working', 'hardworking', 'it takes a', 'it takes an', 'it took a', 'it took an', 'delivers', 'exactly what', 'refreshing', 'thanks to', 'fair play', 'chwarae teg', 'determination', 'insisted', 'made sure', 'secured', 'won the argument', 'idea', 'congratulations', 'success', 'successful', 'lovely to see', 'great to see', 'good to see', 'nice to see', 'hope {they|to see}',
      ...cy('balch', 'llwyddiant', 'cyflawni', 'llongyfarchiadau', 'hyfryd gweld', 'braf gweld', 'da gweld', 'dal gafael', 'hen bryd', 'gael tro arni'), 'high time', 'about time', 'have a go at running', 'had a go at running'],
    examples: { match: ['The Green-led council is proud of the new homes.'] } },
  { id: 'attack-moderate', category: 'attack', strength: 'moderate', explicitOnly: true,
    phrases: ['it was the', 'it was', 'it took', 'took over', 'rot', '{got|get|gets|getting} {this|it|that} {one|} {badly|completely|totally|so|} wrong', 'get done', 'got done', 'always the', 'years of', 'actually', 'promised', 'before us', 'squeezed', 'squeeze', 'squeezing', 'typical of', 'forgotten', ...cy('nodweddiadol', 'anghofio', 'dim syndod'),
      'did to {the|this|our|their|my}', 'shut', 'closed', 'closed down', 'scrapped', 'sold off', 'refused', 'blocked',
      'goes back to', 'go back to', 'down to the', 'legacy of', ...cy('etifeddiaeth', 'smonach', 'llanast', 'traed moch'), 'inherited', 'a penny', 'lift a finger', 'before may', 'come may', 'after may', 'handed',
      'cuts', 'cut', 'slashed', 'axed', 'failed', 'failing', 'fails', 'ignored', 'ignores', 'ignoring', 'blame', 'blamed', 'again', 'broken', 'typical',
      'rubbish', 'terrible', 'awful', 'shame', 'worst', 'time and again', 'time after time', 'excuses', 'excuse', 'let down', 'con', 'nonsense', 'rhetoric', 'lot', 'brigade', 'mob', 'crew', 'cost us', 'costing us', 'for very little', 'waste of time', 'pointless',
      ...cy('toriadau', 'siomedig', 'methu', 'torri', 'torrodd', 'gyfrifol am hyn', 'cyfrifol am y llanast', 'llond bol', 'syrffedu'), 'eto', 'fed up with', 'sick of', 'had enough of', 'dont get thinking', 'dont be fooled', 'dont kid yourself', 'dont believe', 'cant be trusted', 'cannot be trusted', 'never be trusted', 'friends in', 'pals', 'mates', 'chums'],
    // "so it was not a group-line vote": a denial, not a verdict.
    notFollowedBy: ['not', 'no'],
    examples: { match: ['The Tories have cut the library budget again.'] } },
];

// Concealment ascribed to a party: "before the Tories bury it in the Christmas agenda", "they'll sneak it through".
// Not asked or promised against ("asked us not to bury it in an appendix", "please don't sneak it out").
stanceEntries.push({ id: 'political-idiom-concealment', category: 'attack', strength: 'strong',
  phrases: ['{bury|buries|burying|buried} {it|this|that|the report|the figures|the news|the bad news}',
    '{sneak|sneaks|sneaking|sneaked|snuck|slip|slips|slipping|slipped} {it|this|that|them} {through|out|past}',
    '{sweep|sweeps|sweeping|swept} {it|this|that|them} under the {carpet|rug}', 'hoping {nobody|no one} {notices|will notice|would notice}'],
  notPrecededBy: ['not', 'never', 'dont', 'didnt', 'wont', 'wouldnt', 'shouldnt', 'cant', 'please', 'not to', 'never to', 'lets not'],
  examples: { match: ['thought you would want to see this before the Tories bury it in the Christmas agenda.'],
    noMatch: ['The Conservative group asked us not to bury it in an appendix.', 'The crews buried the cable under the verge.'] } });

// The idiom of British political argument, attack and credit alike: said of a party, a partisan
// reference or "the administration", these take sides whoever says them.
stanceEntries.push({ id: 'political-idiom-attack', category: 'attack', strength: 'strong',
  phrases: [
    // Spending "like there's no tomorrow" (Welsh "fel petai dim yfory"); a council "seized" (Welsh "cipio'r cyngor").
    'like theres no tomorrow', 'like there is no tomorrow', 'fel petai dim yfory', 'fel pe bai dim yfory', '{seized|grabbed} {the|this} council', '{gipior|cipior|cipio y|gipio y} cyngor','not one of them', 'not a single one of them', '{turn|turning|turned|turns} {it|this|the meeting|the committee} into a {rally|circus|soapbox|stunt|sideshow}', '{get|getting|got|gets} their {faces|mugs|photos|pictures|picture} in', 'talked about {it|council housing|housing|this} and {built|delivered|did} {none|nothing}',
    'rhoir bai', 'y bai {yn sgwâr|yn sgwar|i gyd} ar', '{blynedd|mlynedd} {ar ddeg|} o lymder',  '{only|just|solely} interested in {looking after|helping|protecting|themselves}', 'the better off', 'their rich friends',
    '{decided|chose|preferred|opted} to {abstain|sit on their hands|walk out} rather than', 'abstain rather than', '{agree|agreed} with every word',  '{we|you|residents|folk|people} {wouldnt|would not} be {a route short|short of|without|paying for|paying|in this}',
    '{people|residents|folk|voters|parents} should know {that|this}',  '{voting|voted|vote|votes} down every', '{spent|spend} {three|four|five|two|ten|} years {voting|blocking|opposing|dithering}', '{never|not once} {came|come|turned up|showed up|bothered} to a single', 'claiming {they|he|she} {lobbied|fought|campaigned|pushed} for',
    '{sat|sitting|sits} on {this|it|that|the} {report|plan|scheme|review|decision|proposal|bid} for', '{noisy|shrill|strident|predictable|knee jerk} opposition', 'for once', '{bothering|bothered|bother} to {turn up|show up|come|attend}', 'even {bothering|bothered}',
    'a {proper|right|real|good} {going over|kicking|hiding|pasting|drubbing|thrashing|roasting|battering}', '{an|a} {absolute|almighty|total|complete|massive|huge} {kicking|hiding|pasting|drubbing|thrashing|hammering}',
    'ran rings {round|around}', 'wiped the floor with', 'made mincemeat of', 'unlike {the|} ' + PARTY, 'couldnt manage', 'could not manage', 'let it rot', 'left to rot', 'get their names in', 'got them a photo', 'get them a photo', 'for a photo',
    'cheered it', 'hasnt a prayer', 'in a right state', 'in a right mess', 'shown the door', 'show them the door', 'kicked out', 'turfed out', 'booted out', 'left the place in', 'left it in a mess', 'when they ran the place', 'when they were in charge',
    'on their watch', 'flogged off', 'flogging off', 'sold off the family silver', 'developer mates', 'their mates', 'their chums', 'their pals', 'their cronies', '{landlord|landowner|developer|business|property|builder} {chums|pals|mates|friends}', 'cooked up', 'buy votes', 'buying votes',
    'vote buying', 'election bribe', 'pre election giveaway', 'holding my breath', 'hold your breath', 'hasnt done a thing', 'havent done a thing',
    'not done a thing', 'not lifted a finger', 'all mouth and no trousers', 'all talk and no {action|delivery|results|substance}', 'talk is cheap', 'smoke and mirrors', 'sleight of hand',
    'head in the sand', 'heads in the sand', 'out of their depth', 'not fit to run', 'couldnt run a bath', 'empty promises', 'lip service',
    // Credit claimed falsely: "the Firsters will try to take the credit for this when it was me and Denise".
    '{try|trying|tried|will try|want|wants} to {take|claim|grab} {the|all the} credit', '{take|taking|took|claim|claiming|claimed} the credit for {this|it|that|our|my}',
    // An electoral motive ascribed: "just want it through before May so they can put it on a leaflet".
    'so {they|he|she} can {put|stick|get} {it|this|that} on {a|their|his|her|the|the next} {leaflet|leaflets}', '{just|only} {want|wants|wanted} {it|this|that} {through|done|agreed|signed off|opened} before {may|the election|the elections|polling day}',
    // Opposition without a plan: "the Tories and Deform have submitted no alternative budget whatsoever – all noise, no numbers".
    'all noise {no|and no} {numbers|substance|plan|plans|ideas|answers}', '{submitted|put forward|tabled|offered|proposed|brought} no {alternative|alternatives|alternative budget|amendment|amendments|costed plan|plan|plans|ideas|proposals}',
    // "it all amounts to Labour and the Greens playing fast and loose with taxpayers' money".
    '{playing|play|played|plays} fast and loose',
    'same old story', 'back of a fag packet', 'back of an envelope', 'kicked into the long grass', 'into the long grass', 'dragging their feet',

    'dragged their feet', 'blame game', 'passing the buck', 'pass the buck', 'two faced', 'double standards', 'flip flop', 'flip flopping',
    'gerrymandering', 'power grab', 'backroom deal', 'nodding dogs', 'lapdogs', 'puppets', 'toe the line', 'toed the line', 'the party line',
    'point scoring', 'playing politics', '{play|plays|played} politics', 'rather play politics than', 'political games', 'cheap shot', 'scaremongering', 'fearmongering', 'disingenuous', 'shameless', 'brass neck',
    'ivory tower', 'talking shop', 'gravy train', 'snouts in the trough', 'jobs for the boys', 'white elephant', 'money pit', 'black hole',
    'bankrupted', 'sneering', 'patronising', 'cling to power', 'clinging to power', 'clinging on to power', 'cling on to power', 'hang on to power',
    'power hungry', 'forgotten who {put|elected|voted for}', 'forget who {put|elected|voted for}', 'tax grab', 'cash grab', 'money grab', 'stealth tax',
    'paper over', 'papering over',
    // Trying to wreck what the other side did: "a budget that the Tories and Labour both tried to wreck with their amendments".
    '{tried|try|trying|tries|set out|out} to {wreck|sabotage|derail|scupper|torpedo|kill off|hijack|scrap|axe|kill|abolish}',
    // A motive of side, not merit: "…it will be for no better reason than that it came from your side"; burdens put on under the last lot.
    'for no {better|other} reason than', 'into the ground', 'given half a chance', '{done|do|did} nothing but', '{left|are left|were left|been left} {clearing|cleaning|picking} up their mess', '{clearing|cleaning} up their mess',
    '{couldnt|could not|cant|can not|cannot} be bothered', '{know|knows|knew} exactly who to thank', '{who|whom} to thank for {this|that|it}', ...cy('dyma be tin gael', 'dyma beth tin gael', 'fydd pobl yn cofio'), 'pure fantasy', 'complete fantasy', 'serve {them|him|her} right', '{were|was} {quite|absolutely|dead|completely|} right to {bin|reject|throw out|scrap|kill|vote down} {it|them}',
    'a far better {budget|plan|deal|set of proposals} than {the one|the ones|anything}', 'since the ' + PARTY + ' took {control|over|charge}', '{because|as} it came from {your|their|our|the other} side', 'came from your side',
    '{imposed|introduced|forced through|pushed through|rammed through} {under|by} the {previous|last|former} {administration|lot|leadership|coalition}', '{wrecking|sabotaging|derailing|scuppering|torpedoing} {it|the budget|our budget|the plan|this|the scheme|everything}',
    // The present paying for the past: "so we are paying for their neglect now".
    '{paying|pay|paid|picking up the bill|picking up the pieces} for their {neglect|mistakes|mess|failures|failure|incompetence|legacy|decisions|choices|years of}',
    // Years of failure under a named regime, priorities mocked, places abandoned: "Years of drift under the previous administration",
    // "cares more about which flags are flying… than whether your bins get emptied", "have both ignored towns like ours",
    // "This is what you get when the turquoise franchise runs a council".
    'years of {drift|neglect|decline|inaction|dithering|mismanagement|failure|waste|managed decline|cuts|austerity} {under|by|from}', '{cares|care|cared|caring} more about',
    '{ignored|abandoned|forgotten|neglected|let down|failed|written off} {towns|places|communities|areas|people|villages|estates} like {ours|us|this|this one}',
    '{this is|thats|its|that is|it is} what you get {when|with|from|for voting|after|under}', '{this is|thats|its} what happens {when|after|under}',
    // A decision's motive said to be the election: "froze council tax four years running to win an election".
    '{to|just to|only to|simply to|purely to|in order to} {win|buy|swing} {an election|the election|the next election|votes|a few votes|the vote|the ward|the seat}',
    // Electoral motive imputed to whoever runs the council: "…wasn't keen on roofs unless there was an election coming".
    '{unless|until|only when|except when|only if} there {was|is|were} an election {coming|due|looming|around the corner|round the corner|on the horizon|in the offing}',
    'with one eye on the {election|ballot box|polls}', 'with an eye on the {election|ballot box|polls}', 'hangers on', 'naysayers', 'naysayer', 'doom mongers', 'doom mongering', 'moaners', ...cy('gafael ar rym', 'gadwu gafael ar rym', 'anghofio pwy')],
  examples: { match: ['The Conservatives left the register in a right state when they ran the place.', 'The Lib Dems have kicked it into the long grass again.'] } });
stanceEntries.push({ id: 'political-idiom-attack-2', category: 'attack', strength: 'strong',
  // Round 18: sums called fantasy, a stick to beat the administration with, an open goal, a party line no one can see past.
  phrases: ['{could|can} {really|well|} do without', 'a far cry from', 'hiding behind their', 'instead of hiding', 'fantasy economics', 'fantasy figures', 'fantasy sums', 'their pals in', 'a stick to beat', 'stick to beat {us|them|the administration|the council|the leader} with',
    '{hand|handing|give|giving} them an open goal', 'an open goal', '{couldnt|cant|cannot|could not|can not} see past {their|its|his|her} {own|} party line', 'toe the party line', 'toeing the party line',
    'if {one|it} {fell|landed} on {them|him|her}',
    // "This administration has form on this … It's cynical politics".
    '{has|have|had|with} form {on|for|when it comes to} {this|that|it|these|slipping|sneaking|burying}', 'cynical politics', 'cynical ploy', 'cynical move',
    // "we've spent every year since cleaning up after them", "whose mess this was, and it wasn't ours", "ganging up to get themselves a headline".
    '{cleaning|clearing|cleaned|cleared|tidying|tidied} up after them',
    // Favours to their own seats: "every new scheme lands in a division held by the ruling parties… who's looking after whose patch".
    '{lands|land|landed|goes|go|went|ends up|end up} in {a|the} {ward|wards|division|divisions|seat|seats} held by', 'looking after {whose|their own|their} {patch|patches|wards|seats}',
    // "…the Greens, they'll oppose anything with a roof on it".
    '{oppose|opposes|opposed|opposing|object to|objects to|objected to|objecting to|block|blocks|blocking|vote against|votes against|voted against} {anything|everything|absolutely anything|absolutely everything}', 'whose mess {this|it|that} {was|is}', '{ganging|gang|gangs} up', 'get themselves a headline', 'get {themselves|himself|herself} in the {papers|paper|press}'],
  examples: { match: ["The Nats' sums are fantasy economics, same as their pals in Holyrood.", 'The Nationalists will be looking for a stick to beat the administration with.',
    "Shame the Tories couldn't see past their own party line.", 'This administration has form on this.', "We could really do without Farage's lot getting any more seats in that chamber."], noMatch: ['The contractor scored the open goal award at the staff football.'] } });
stanceEntries.push({ id: 'political-idiom-credit', category: 'credit', strength: 'strong',
  phrases: ['and kept it', 'made a promise {to residents|to people|} and kept', '{magnificent|marvellous|splendid|stellar|superb|brilliant|fantastic} work {from|by}', 'vindicate', 'vindicates', 'vindicated', 'vindication', '{number one|top|first|biggest} priority', 'shows what {a|an|our|the} ' + PARTY + ' {mayor|council|administration|councillor|group|team|leader} can do', 'night and day', 'like night and day', 'breath of fresh air', 'a safe pair of hands', 'got things done', 'get things done', 'getting things done', 'delivering for', 'delivered for',
    'on the side of', 'unlike the last lot', 'unlike the previous', 'unlike the opposition', 'a welcome change from',
    '{delivers|delivering|delivered|keeps|kept|keeping|fulfils|fulfilled} the {administrations|ruling groups|leaders|cabinets} {promise|pledge|manifesto|commitment}',
    // "…put more into the glen roads in two years than the last administration managed in ten".
    'than the {last|previous|old|former} {administration|lot|regime|leadership|coalition|council|crowd|bunch} {managed|did|achieved|delivered|spent|ever did|ever managed|ever spent|could}', 'turned the corner', 'back on track', 'cleaned up the mess', 'sorted out the mess',
    'kept their promise', 'kept our promise', 'a council that {listens|delivers|cares|gets things done}', ...cy('cyngor syn gwrando', 'or diwedd'), '{keeps|kept|keeping|keep} {its|their|our} {promise|promises|word}', 'we said we would', 'did what they said', 'made a real difference',
    // "the best argument yet that Green councillors in the room make a difference": people in the room, or a party, making the difference.
    '{councillors|councillor|in the room|on the council|in charge|in power} {make|makes|made} a {real|big|huge|} difference', 'the best argument {yet|for|that}', 'went into {the|that|this|a} {co operation|cooperation|coalition} {agreement|deal} to {deliver|get|secure|win}', 'a real difference', 'gets things done', 'who actually gets', 'standing firm', 'stood firm', 'held firm', 'holding firm',
    // "…has done more for disabled tenants in four years than the rest of the chamber put together".
    '{has|have|had|did|do|does} {done|achieved|delivered} more for', 'than the rest of the {chamber|council|councillors} put together', 'than {all|} the {other|others} put together',
    // "…the county is finally being run for residents rather than for the few".
    '{rather than|not} for the few', 'for the many not the few', '{is|was|being} finally {being|} run for',
    // "…and your group has got it moving in six months - long may it continue!"
    'long may it continue', 'long may that continue', '{has|have|finally} got {it|things|this} moving', 'got it moving in',
    // Relief at who is in charge now: "It's been a real relief to finally have a Cabinet that puts council housing first".
    '{a|such a|a real|a huge|a great|real|great} relief to {finally|at last|} {have|see}', '{finally|at last} {have|got|having} {a|an}', '{puts|put|putting} {council housing|tenants|residents|people|children|families|the town|our town} first',
    // An officer weighing one side's budget against the other's: "your group's amendment was a lot more sensible than what the administration pushed through".
    '{more|far more|much more|a lot more|lot more} {sensible|responsible|prudent|realistic|credible} than {what|the}',
    // Services sorted by where the votes are (an electoral motive imputed, plain words of "votes" or not): "only sort the
    // roads where they think they've got the votes".
    'where {they think|they know|} {theyve|they have|theyre|they} got the votes', 'where the votes are', 'where their votes are', 'where their voters are', 'chasing votes',
    // What a party "would do given half a chance": "The blues would bin the whole zone tomorrow given half a chance".
    '{given|if they got|if they get|if they had|if they ever got} half a chance',
    // "couldn't organise a raffle in a tombola factory" (the old idiom about a brewery, in any words).
    '{couldnt|could not|cant|cannot} organise a'],
  examples: { match: ['I think the Greens have been a breath of fresh air on this.', 'This coalition has put more into the glen roads in two years than the last administration managed in ten.', "It's exactly what the Greens went into the co-operation agreement to deliver.",
    'Green councillors in the room make a difference.', 'The Labour group has done more for disabled tenants than the rest of the chamber put together.'], noMatch: ['The new crossing will make a difference to pupils.'] } });
stanceEntries.push({ id: 'political-idiom-moderate', category: 'attack', strength: 'moderate', explicitOnly: true,
  phrases: ['misleading', 'cheek', 'nerve', 'audacity', 'galling', 'insulting', 'same old', 'election year', 'after the election', 'before the election',

    'win votes', 'lose votes', 'get re elected', 'lose their seats', 'keep their seats', 'gone in may', 'out in may'],
  examples: { match: ['The Tories have some nerve, asking for this now.'] } });

// A councillor who names another party outside plain fact and judges it, however mildly or
// sarcastically, is being party-political: these everyday evaluative words count in a member's own
// mail, next to a party named outright or a partisan reference, in a sentence that is not plain fact.
// (Not Welsh "fel arfer": it is "usually" — "book the group room at nine, fel arfer" — far more often than "as ever".)
stanceEntries.push({ id: 'evaluative', category: 'attack', strength: 'moderate', explicitOnly: true, memberOnly: true,
  phrases: ['good', 'bad', 'sensible', 'daft', 'silly', 'stupid', 'ridiculous', 'absurd', 'laughable', 'lazy', 'smug', 'desperate', 'decent', 'honest',
    // A candidate's person commended ("between us the Green candidate is lovely and really knows the area").
    'lovely', 'a star', 'a gem', 'a good egg', '{really|actually|genuinely} {knows|cares about} {the|this|her|his|their|our} {area|patch|ward|town|village|community}',
    'competent', 'weak', 'careless', 'irresponsible', 'responsible', 'wasteful', 'prudent', 'mad', 'crazy', 'bonkers', 'barmy', 'obsessed', 'obsession',
    'pet project', 'vanity project', 'gimmick', 'stunt', 'publicity stunt', 'photo op', 'photo opportunity', 'photographer', 'grandstanding', 'posturing',
    'virtue signalling', 'loony', 'extreme', 'fanatics', 'ideology', 'ideological', 'dogma', 'dogmatic', 'old fashioned', 'common sense', 'housekeeping',
    'funny how', 'funny that', 'isnt it', 'surprise surprise', 'who would have thought', 'whod have thought', 'shock horror', 'apparently', 'always',
    'never', 'never once', 'yet again', 'once again', 'as ever', 'as always', 'as usual', 'all it takes', 'the sky didnt fall', 'aged', 'i wonder why', 'no wonder',
    'hardly surprising', 'not surprising', 'not {remotely|at all|in the least|the least bit|one bit|} surprised', 'object to', 'something to object to', 'something to complain about', 'whinge', 'whinging', 'moan', 'moaning',
    'meddle', 'meddling', 'dither', 'dithering', 'waffle', 'bottled', 'hike', 'hiked', 'hammer', 'hammered', 'fleece', 'fleeced', 'punish', 'punished',
    // ("notice" as not noticing: "Please accept this as notice that I am leaving the group" is a formal notice.)
    'bother', 'bothered', '{didnt|did not|never|wont|will not|failed to|even} notice', 'listen', 'listened', 'voted against', 'kept pushing', 'pushing', 'pushed', 'promises', 'first in the queue',
    'set foot', 'unless there was', 'trooped',
    // Their sums: "the Nats' numbers simply don't add up", "back-of-a-fag-packet figures".
    '{dont|do not|doesnt|does not|never|wont|will not} add up', ...cy('anobeithiol'), 'woke', 'conspiracy', 'conspiracy theory', 'conspiracy theories', 'culture war', 'culture wars', 'fantasy figures', 'fantasy numbers', 'cooked the books', 'cooking the books', 'fiddled the figures', ...cy('twp', 'gwirion', 'hurt', 'diog', 'wastraffus', 'bob amser', 'byth', 'eto fyth', 'gwan', 'gwael',
      'ofnadwy', 'dwl', 'esgus', 'esgusodion', 'swnian', 'cwyno', 'rhyfedd sut', 'dim syndod', 'wrth gwrs', 'unwaith eto', 'gwych', 'ardderchog', 'da iawn')],
  examples: { match: ["Funny how the Green Party's councillors are always first in the queue for cycle lanes."] } });

// Judgement (appraisal of a group's capacity, conduct or candour, and of its proposals' merit): the words people
// use to take sides, whichever side. Not a service's quality ("the repair was poor") — these count only beside a
// party or a group — and not an officer's professional terms of art ("robust", "deliverable", "lawful",
// "affordable", "unrealistic", "unworkable"), which advise on a proposal without taking a side on it.
stanceEntries.push({ id: 'judgement', category: 'attack', strength: 'moderate', explicitOnly: true, officerToo: true,
  phrases: ['crowing', 'crowed', 'crowed about', 'bragging', 'boasting', 'nowhere near', 'sensible', 'the sensible one', 'the right call', 'the better one', 'the better budget', 'the better plan', 'a far better', 'much better', 'far better', 'miles better',
    'shabby', 'hopeless', 'useless', 'pathetic', 'pitiful', 'woeful', 'dire', 'dreadful', 'appalling', 'abysmal', 'shambolic', 'shambles', 'a disgrace', 'disgraceful', 'shameful',
    'embarrassing', 'an embarrassment', 'fantasy', 'delusional', 'deluded', 'pie in the sky', 'wishful thinking', 'cloud cuckoo land', 'grandstand', 'grandstanding', 'posturing',
    'squirm', 'squirming', 'incompetent', 'incompetence', 'clueless', 'feckless', 'spineless', 'gutless', 'cowardly', 'dishonest', 'hypocritical', 'hypocrisy', 'hypocrites',
    'arrogant', 'arrogance', 'out of touch', 'reckless', 'chaotic', 'chaos', 'fiasco', 'farce', 'a joke', 'laughing stock', 'petty', 'childish', 'cynical', 'opportunistic',
    'misguided', 'half baked', 'nothing but', 'done nothing', 'did nothing', 'looking {pretty|rather|very|} {shabby|silly|foolish|daft|stupid|bad|weak}', 'came out of {it|that|that one|this} {badly|looking}',
    // Blame put on a group in an aside: "the timing is the administration's doing rather than ours… which is politics for you".
    'doing rather than {ours|mine}', 'politics for you', 'thats politics for you',
    // "Usual Greens virtue-signalling with no idea where the money comes from".
    'virtue signalling', 'no idea where the money {comes|is coming|will come|is going to come} from',
    // Politics as performance: "the Tories' amendment at Full Council was pure theatre. They know full well it was unlawful."
    'pure theatre', 'political theatre', 'just theatre', 'all theatre', 'nothing but theatre', 'for show', 'showboating', 'gesture politics', 'know full well',
    'serve them right', 'served them right', 'deserve to lose', 'deserved to lose', 'deserve to win', 'deserved to win', 'deserve a kicking', 'had it coming',
    'a shame the', 'shame that the', 'such a shame', 'a pity the', 'glad your', 'glad the', 'pleased your', 'delighted your', 'fingers crossed', 'rooting for', 'on your side',
    'brilliant', 'impressive', 'courageous', 'visionary', 'inspired', 'bold',
    ...cy('anobeithiol', 'gwarthus', 'cywilyddus', 'ffantasi', 'hurt', 'twp', 'gwirion', 'llanast', 'ffars', 'croesi bysedd', 'gwych', 'dewr'),
    // "Druan â Llafur – … dim un ohonyn nhw'n gallu cyfri chwaith. Haeddu bob dim." (poor Labour… deserved everything); "rhagrith llwyr".
    ...cy('druan â', 'druan a', 'haeddu bob dim', 'haeddu popeth', 'haeddu colli', 'rhagrith', 'rhagrithiol', 'dim un ohonyn nhw', 'dim un ohonynt'), 'not one of them'],
  // ("not sensible to read too much into one vote": a caution, not a verdict.)
  notPrecededBy: ['not', 'no', 'never', 'nor'],
  examples: { match: ['I thought the Greens came out of that one looking pretty shabby.', 'Honestly, the Lib Dems were spineless on this.'],
    noMatch: ['That is not sensible at all.'] } });

// What a party's proposal would have given, claimed by a councillor: "your Labour councillors proposed an amendment…
// which would have seen a lower council tax and better services… Sadly it was voted down." (An officer's minute of
// the amendment reports its content.)
stanceEntries.push({ id: 'benefit-claimed', category: 'credit', strength: 'moderate', explicitOnly: true, memberOnly: true,
  phrases: ['would have {seen|meant|given|delivered|brought|saved|protected|kept}', '{lower|lowest|frozen|a lower|a frozen} council tax', 'better services', 'not cuts',
    '{sadly|unfortunately|shamefully|disappointingly} {it|this|that|the amendment|our amendment|the motion|our motion} {was|were} {voted down|defeated|rejected|blocked}'],
  examples: { match: ['Our Labour amendment would have seen a lower council tax and better services, funded by efficiencies, not cuts.'] } });

// Siding with a group's stand: "you and your group are dead right to oppose it". (Not a right held: "the group has
// the right to oppose it", "every member has a right to object".)
stanceEntries.push({ id: 'judgement-right-to', category: 'credit', strength: 'moderate', explicitOnly: true, officerToo: true,
  phrases: ['{dead|absolutely|quite|completely|totally|so|spot on|perfectly|entirely|} right to {oppose|object|object to|fight|fight it|vote against|vote it down|block|resist|back|stand up to|push back}',
    '{dead|absolutely|quite|completely|totally|so|perfectly|entirely|} wrong to {back|support|push|rush|force}'],
  notPrecededBy: ['the', 'a', 'every', 'their', 'its', 'his', 'her', 'no', 'not', 'have', 'has', 'had', 'within', 'reserve', 'reserves'],
  examples: { match: ['I think the Labour group are dead right to oppose it.'],
    noMatch: ['The group has the right to oppose it at committee.', 'Every member has a right to object.'] } });

export const implicitEntries: LexiconEntry<'implicit' | 'partisan'>[] = [
  { id: 'implicit-ref', category: 'implicit',
    phrases: ['the previous administration', 'the last administration', 'this administration', 'an administration that', 'an administration which', 'the administration', 'the current administration',
      'a cabinet that', 'a leadership that', 'a council leadership that', 'an executive that',
      'the ruling group', 'the ruling party', 'the ruling parties', 'the ruling groups', 'the governing parties', 'the ruling coalition', 'this coalition', 'the coalition', 'the controlling group', 'the opposition', 'opposition councillors', 'our candidates', 'those in charge',
      'the people running this council', 'the people in charge', 'y weinyddiaeth', 'y glymblaid', 'ein grŵp', 'ein grwp', 'yr hen weinyddiaeth', 'y weinyddiaeth flaenorol', 'y weinyddiaeth ddiwethaf',
      // The article fused to the word before it: "Dyma'r weinyddiaeth", "gyda'r glymblaid", "i'r weinyddiaeth".
      '{dymar|ywr|gydar|nar|ar|or|ir|fodr|efor|hefor} {weinyddiaeth|glymblaid}',
      // Two parties' short names joined into the body they run: "the Con-Ind coalition's round 'efficiency'", "the Lab/Green administration".
      '{con|lab|ld|lib|ind|indy|green|snp|plaid|tory|libdem|reform} {con|lab|ld|lib|ind|indy|green|snp|plaid|tory|libdem|reform} {coalition|coalitions|pact|alliance|administration|administrations|partnership|cabinet}'],
    slashJoins: true,
    // "Leader of the Opposition" is a title.
    // ("members outside the administration": the opposition described, not the ruling group judged.)
    // ("everyone, whether in the administration or in opposition": both sides named, neither judged.)
    notPrecededBy: ['leader of', 'deputy leader of', 'shadow leader of', 'outside', 'outwith', 'outside of', 'not in', 'whether in', 'whether', 'both', 'either', 'both in', 'either in'],
    examples: { match: ['This coalition has let residents down.'], noMatch: ['Leader of the Reform UK Group and Leader of the Opposition'] } },
  // "your group", "their group": a party group with a stance word, but as often a residents' or friends' group.
  { id: 'some-group', category: 'implicit', phrases: ['your group', 'their group'], examples: { match: ['Your group has let residents down.'] } },
  // A councillor's own group: credit claimed for it takes moderate words ("our group insisted on it").
  { id: 'own-group', category: 'partisan',
    phrases: ['our group', 'my group', 'our councillors', 'our team of councillors', 'ein grŵp', 'ein grwp', 'fy ngrŵp', 'fy ngrwp'],
    examples: { match: ['It only exists because our group insisted on it.'] } },
  // Two parties' short names paired before the seats they hold ("is it just the lab/green wards that get done first again").
  { id: 'party-pair-seats', category: 'partisan', slashJoins: true,
    phrases: ['{lab|labour|con|tory|tories|lib|libdem|ld|green|snp|plaid|reform|indy} {lab|labour|con|tory|tories|lib|libdem|ld|green|snp|plaid|reform|indy} {wards|seats|divisions|councillors|areas|patches}'],
    examples: { match: ['Is it just the lab/green wards that get done first again?'] } },
  // A party by its colour in the plural, written with a capital ("the Reds have run the housing department into the ground",
  // "The blues would bin the whole zone"): a party only with a verdict beside it (football has its Reds and Blues too).
  // In lower case too, where an officer judges it ("the blues came out of that one looking pretty shabby"): a party only
  // with a verdict either way.
  { id: 'colour-plural', category: 'implicit',
    phrases: ['{reds|blues|yellows|oranges|purples}'],
    examples: { match: ["I'm afraid the Reds have run the housing department into the ground.", 'I thought the blues came out of that one looking pretty shabby.'] } },
  // Said only of a party: these take moderate words as well ("the previous lot … and I'm proud of it").
  { id: 'partisan-ref', category: 'partisan',
    phrases: ['the previous lot', 'the last lot', 'this lot', 'that lot', 'the lot before', 'previous administrations', 'the current leadership', 'this leadership',
      'the {turquoise|purple} {army|brigade|lot|wave|tide|franchise|outfit|gang|crowd|rosettes|surge}', 'the other side',
      // A party by its colour with a crowd noun ("the yellow lot finally get turfed out"), or by a label for its politics
      // with the body it runs ("Typical socialist council", "this Marxist administration").
      'the {yellow|yellows|blue|blues|red|reds|orange|turquoise|purple} {lot|mob|brigade|army|rosettes|bench|benches}', 'the {yellow|blue|red|orange|turquoise|purple} party', 'your side has the numbers',
      '{socialist|socialists|marxist|commie|lefty|leftie|loony left|hard left|far left|right wing|far right|nationalist|separatist|unionist} {council|administration|cabinet|leadership|regime|town hall|county hall|city hall|civic centre|lot|mob|brigade|group|coalition}',
      // Colour nicknames, paired so the sense is plain: "the blues and the yellows between them".
      'the {blues|yellows|reds|purples|oranges} and the {blues|yellows|reds|purples|oranges|greens}',
      // Colours joined into a pact: "this little blue-yellow-green alliance opposite".
      '{blue|yellow|red|green|purple|orange|turquoise} {blue|yellow|red|green|purple|orange|turquoise} {alliance|coalition|pact|bloc|axis}',
      // "The red-and-yellow coalition couldn't organise a raffle".
      '{blue|yellow|red|green|purple|orange|turquoise} and {blue|yellow|red|green|purple|orange|turquoise} {alliance|coalition|pact|bloc|axis|administration|partnership}',
      '{blue|yellow|red|green|purple|orange|turquoise} {blue|yellow|red|green|purple|orange|turquoise} {blue|yellow|red|green|purple|orange|turquoise} {alliance|coalition|pact|bloc|axis}', 'the blue team', 'the yellow team', 'the red team', 'the lot before us', 'the lot before them', 'your lot', 'their lot', 'your party', 'the indies',
      '{since|when|before} the {blues|reds|yellows|purples|greens} {took|take|came|got}', 'the other lot', 'that crew', 'the lot {in|running|at|who|whove|thats|that|running}', 'the crew running', 'who ran the council',
      'the coalition that runs', 'the administration that runs', 'the people whove run', 'those whove run', 'whove been running', 'our administration', ...cy('yr hen griw', 'y weinyddiaeth hon'), 'the party that {has run|runs|ran|has been running|controls}', 'the party in power', 'the benches opposite', 'benches opposite', 'the opposite benches',
      'the other side of the chamber', 'change of administration', 'change of leadership', 'coalition councillors', 'administration councillors', 'the new regime', 'this regime', 'the people who sat in', 'those who sat in', 'our predecessors',
      '{farages|starmers|sunaks|badenochs|daveys|swinneys|corbyns|johnsons|polanskis|iorwerths|reeves|kemis} {lot|mob|crew|gang|party|fan club|fanclub|army|fans|followers|cheerleaders|disciples|foot soldiers}',
      // The group of a council's political office holder: "the Convener's lot just want it through before May".
      'the {leaders|conveners|convenors|provosts|cabinets|administrations|coalitions|deputy leaders} {lot|mob|crew|gang|cronies|cheerleaders|fan club|foot soldiers|pals|mates|chums}', 'the new administration', 'the old administration', 'whos been running', 'who has been running', 'whoever is running', 'the ones opposite', 'those opposite', 'members opposite', 'the lot opposite', 'naysayers opposite', 'them opposite',
      'this shower', 'that shower', 'the whole shower', 'the same crew', 'the same lot', 'the same old lot', 'the same old crew', 'yr un criw', 'yr un hen griw', 'yr un hen gang', 'y lot arall', 'y criw arall', 'wrth y llyw', 'the old regime', 'the previous regime', 'the last regime', 'the old guard',
      'y criw syn rhedeg', 'criw syn rhedeg', 'y criw syn rheoli', 'y criw syn rheolir', 'criw syn rheoli', 'criw syn rheolir', 'y rhai syn rheoli', 'y rhai syn rheolir',
      'y rhai sydd wrth y llyw', 'those in power', 'the people in power', 'whoever runs this council',
      'the big parties', 'the main parties', 'the old parties', 'the other parties', 'the establishment parties', 'westminster parties', 'the national parties',
      // The parties as machines or by their colours side by side: "the party machines in this chamber, red and blue alike".
      'the party machine', 'the party machines', 'the mainstream parties', 'the traditional parties', '{both|the two} {main|big|old} parties',
      '{red|blue|yellow} and {blue|red|yellow} {alike|parties|councillors|benches|rosettes|groups}',
      // Parties grouped by their side of the constitutional question (Scotland, Wales).
      '{the|} {unionist|nationalist|pro union|pro independence} {parties|coalition|administration|bloc|alliance}', 'the unionists', 'the nationalists', 'y criw blaenorol', 'y lot diwethaf',
      'y pleidiau mawr'],
    // "the previous lot of calendars": a batch, not a party; "this shower block", "that shower head": a shower.
    notFollowedBy: ['of', 'or ward', 'or none', 'or not', 'block', 'blocks', 'room', 'rooms', 'head', 'heads', 'tray', 'trays', 'curtain', 'curtains', 'cubicle', 'cubicles',
      'facilities', 'unit', 'units', 'screen', 'screens', 'area', 'areas', 'pump', 'seat', 'drain', 'gel', 'rail', 'chair', 'chairs', 'and toilet', 'and toilets'],
    // "whatever your party or ward", "whichever your party": every party alike, no side taken.
    notPrecededBy: ['whatever', 'whichever', 'regardless of', 'irrespective of', 'no matter'],
    examples: { match: ['The previous lot left the books in a mess.', 'The party machines, red and blue alike, have never given a fig about the villages.'],
      noMatch: ['The previous lot of calendars arrived late.', 'The red and blue bins go out on alternate weeks.', 'Please do come, whatever your party or ward.'] } },
];

export const frameEntries: FrameEntry[] = [
  { id: 'vote-appeal', category: 'electioneering',
    phrases: ['vote for me', 'vote for us', 'vote ' + PARTY, 'vote for ' + PARTY, 'vote for {our|my|the} {candidate|candidates|team}', 'vote for {our|my|the|your|local} ' + PARTY + ' {candidate|candidates|team|councillor|councillors}', 'votes for me', 'voting for me',
      'your support on polling day', 'your number one', 'your first preference', 'your number 1', 'hope you get back in', 'hope you get re elected', 'hope you keep your seat', 'for their vote', 'for their votes', 'asking for votes', 'ask for their vote', 'asking folk for', 'the other candidate', 'support on polling day', 'support me on', 'back me on', 'count on your vote',
      'count on your support', 'count on your {family|familys|households}', 'lend me your vote', 'get out the vote', 'votelabour', 'voteconservative', 'votetory',
      'votelibdem', 'votegreen', 'votereform', 'voteindependent', 'votesnp', 'voteplaid', 'votealba', 'pleidleisio {drosof|droson ni|dros blaid|dros lafur}',
      'eich pleidlais', 'eich cefnogaeth ar {ddiwrnod|y diwrnod}', 'cross {next to|beside|by|against|for} my name', 'my name on the ballot', 'croes {wrth|gyferbyn} fy enw',
      'croes wrth ymyl fy enw', 'polling station for {our|my} {lad|lass|man|woman|candidate|boy|girl|guy}',
      // Hoping a candidate takes the seat: "gobeithio gewch chi'r sedd yn ôl i'r Ceidwadwyr y tro 'ma" (hope you get the seat back for the Conservatives).
      'gobeithio {gewch|cewch|y cewch|chewch} {chir|chi y|chi r} {sedd|seddi}', 'gobeithio {gewch|cewch|y cewch|y gwnewch|wnewch} chi {ennill|enill}', 'gobeithio {ennillwch|enillwch|y byddwch chin ennill}',
      // Someone else's candidacy: "my dad is standing in Nant-y-Gro, so please give him your vote on polling day" (never electoral services' words).
      'give {him|her|them|me|us} your {vote|votes|support|number one|first preference|backing}', 'vote for {him|her} {on|in|at|come|next}',
      // Votes promised to a candidate: "Keep it up and there'll be a few votes for you in our mess room come May!"
      '{a few|some|plenty of|lots of|a lot of|loads of} votes for you'],
    notFollowedBy: ['counts', 'will be counted', 'at the polling', 'by post', 'by proxy', 'card', 'cards'],
    examples: { match: ['I hope I can count on your support on 6 May.', 'My dad is standing in May, so if you live over that way please give him your vote on polling day.', 'Please vote Labour on Thursday.', 'I am writing to ask you to vote for my Conservative team on 6 May.', "I'd be grateful for your family's support on polling day."],
      noMatch: ['Members will vote for the recommendation at committee.'] } },
  // Recruiting for a party: "Join the Green Party today". A defection reported is a fact ("has left the group to join the Reform party").
  { id: 'recruit', category: 'electioneering',
    phrases: ['join the ' + PARTY + ' party', 'join {us|the party} today', 'become a member of the ' + PARTY + ' party', 'ymunwch ar blaid', 'ymunwch a phlaid'],
    notPrecededBy: ['to', 'will', 'would', 'has', 'had', 'may', 'might', 'could', 'cannot', 'not', 'didnt', 'wont'],
    examples: { match: ['Join the Green Party today, and help us build a fairer town.', 'You can become a member of the Labour Party online.'],
      noMatch: ['Cllr Hale has left the Conservative group to join the Reform Party.', 'She will join the Labour Party group on the committee.'] } },
  // A party or group recruiting its candidates: "seeking residents' candidates for the 2027 District Council elections",
  // "stand as an Independent Councillor" (not the Council's own "Be a councillor" information, which seeks no one's candidates).
  // Voting a group out in any words: "one more reason to send this shower packing next May", "time to boot this lot out".
  { id: 'vote-them-out', category: 'electioneering', needsContext: true,
    phrases: ['{send|sending|sent} {them|this shower|that shower|this lot|that lot|the lot of them|the whole shower|this crew|that crew} packing', '{kick|kicking|boot|booting|turf|turfing} {them|this lot|that lot|this shower|the lot of them|this crew} out'],
    examples: { match: ['Just one more reason to send this shower packing next May.'], noMatch: ['The inspector sent them packing and the appeal was dismissed.'] } },
  // Getting a party's people elected: "We need your help to get as many Greens as possible elected on 6 May", "less than
  // three weeks to go to polling day".
  { id: 'get-elected', category: 'electioneering', needsContext: true,
    phrases: ['as possible elected', 'get {more|our|us|them|her|him|as many} {councillors|candidates|} elected', 'help {us|} elect', '{weeks|days} to go {to|until|till|before} polling day',
      '{weeks|days} to go {to|until|till} the election'],
    examples: { match: ['We need your help to get as many Green Party councillors as possible elected on 6 May.'], noMatch: ['Candidates get elected at the count.'] } },
  // Backing a group at the poll in other words: "if folk keep faith with her team in May".
  { id: 'keep-faith', category: 'electioneering', needsContext: true,
    phrases: ['keep faith with {her|his|their|our|the|this} {team|group|administration|council|councillors}', 'stick with {her|his|their|our|this} team'],
    examples: { match: ['There is more to come if folk keep faith with her team in May.'], noMatch: ['We will keep faith with the residents on the timetable.'] } },
  // A party's social media post shared by its members: "Can everyone share the post from the SNP Dunmere page".
  { id: 'share-party-post', category: 'party-business', needsContext: true,
    phrases: ['{share|sharing|like|liking|retweet|retweeting|boost|boosting|repost|reposting} the {post|posts|tweet|tweets|video|graphic|reel} from {the|our}', 'likes and shares', 'shares and likes'],
    examples: { match: ['Can everyone share the post from the SNP page? Likes and shares before lunchtime make a big difference.'], noMatch: ['Please share the post from the Council page about the road closure.'] } },
  { id: 'recruit-candidates', category: 'electioneering', needsContext: true,
    phrases: ['{seeking|recruiting|looking for|searching for} {residents|new|more|local|our|} candidates', 'stand as {a|an} ' + PARTY + ' {councillor|candidate}', 'stand for us', 'stand with us'],
    examples: { match: ["The Residents Group is seeking residents' candidates for next May's elections."], noMatch: ['The Electoral Commission has guidance for candidates and agents.', 'HR are seeking candidates for the graduate scheme.'] } },
  { id: 'vote-for-you', category: 'electioneering', firstPerson: true,
    phrases: ['vote for you', 'voting for you', 'vote for him', 'vote for her', 'vote for them', 'vote for your', 'got my vote', 'have my vote', 'get my vote', '{youve|you have|youll have} got my {x|cross}', 'filled my postal vote in', '{got|get|getting} back in in may', 'fy mhleidlais', 'nghefnogaeth i', 'got your poster up', 'your poster {up|in my window|in the window}',
      'pleidleisio drosoch'],
    // ("vote for your favourite design": a council competition.)
    notFollowedBy: ['recommendation', 'motion', 'proposal', 'proposals', 'report', 'favourite', 'favorite', 'preferred', 'top', 'choice'],
    examples: { noMatch: ['Please give us your views and vote for your favourite design at the library.'], match: ['Between us, I will certainly vote for you in May.', "Filled my postal vote in last night and you've got my X, so fingers crossed for you."] } },
  { id: 'win-back-place', category: 'electioneering', needsContext: true, nextCapitalised: true,
    phrases: ['win back', 'take back', 'hold on to', 'hold onto'],
    examples: { match: ["Could everyone tell me when they're free for canvassing? We need to win back Kingsmead."], noMatch: ["We need to win back residents' trust."] } },
  // "Gain" names a result ("Labour gain Penrhiw from Conservative") unless the writer is the one to gain it ("we can gain Kingsmead").
  { id: 'gain-place', category: 'electioneering', needsContext: true, nextCapitalised: true, firstPerson: true,
    phrases: ['gain'],
    examples: { match: ["We need to gain Kingsmead in May, so please sign up for canvassing."], noMatch: ['Labour gain Penrhiw from Conservative.'] } },
  { id: 'remember-to-vote', category: 'electioneering', memberOnly: true,
    phrases: ['your vote', 'your votes', 'remember to vote', 'dont forget to vote', 'do not forget to vote', 'make sure you vote', 'get down to the polling station',
      // Scots STV: "Mind and get out and vote on Thursday - and a wee number 1 for me wouldnae go amiss!"
      '{mind and|mind an|make sure you|remember to|dont forget to|do not forget to} {get|go} out and vote', '{number 1|number one|no 1|first preference|1st preference|second preference|number 2|number two} for {me|us|him|her|our}',
      // "don't forget Thursday – polls are open 7 till 10. It was 31 votes in it up here last time, so every one of you that turns out counts!"
      '{dont|do not} forget {thursday|polling day|the election|to get to the polls}', 'votes in it', '{every one|everyone} of you {that|who} turns out', 'cofiwch bleidleisio', 'pleidleisiwch {ddydd|ar|i gadw|i gael|i|dros}', 'vote to keep',
      'vote to {get|kick|throw|put}'],
    notFollowedBy: ['counts', 'will be counted', 'at the polling', 'by post', 'by proxy', 'card', 'cards'],
    examples: { match: ['Remember to vote on Thursday!', 'Your vote matters on Thursday.', 'Mind and get out and vote on Thursday - and a wee number 1 for me wouldnae go amiss!'], noMatch: ['Your vote will be counted at the leisure centre.'] } },
  // A candidate's own words: officers write "whether or not you are standing again" in guidance.
  { id: 'standing', category: 'electioneering', memberOnly: true,
    phrases: ['standing again', 'stand again', ...cy('pob pleidlais', 'angen pob pleidlais'), 'standing for re election', 'stand for re election', 'seeking re election', 'seek re election', 'my re election',
      'our re election',
      'four more years', 'another four years', 'finish the job', 'every vote counts', '{need|needs|needed} every vote', 'every vote we can get',
      ...cy('ein pleidleiswyr', 'ein pleidleiswyr ni', 'pob pleidlais y gallwn'), 'putting myself forward again', 'putting my name forward again', 'put my name forward again',
      'your support {in|on|at} {may|thursday|polling day|the election|the by election|election day}', 'behind me in may', 'behind me on thursday', 'my name will be on the ballot',
      'on the ballot paper in may', 're elect me', 're elect us', 'sefyll eto', 'fy ail ethol', 'ail ethol'],
    notFollowedBy: ['as chair', 'as vice chair', 'its chair', 'the chair'],
    // "whether or not you are standing again": the Monitoring Officer's guidance to every member.
    // "I won't be standing again in May, so I'd like to hand this over": a retirement, not a campaign.
    // "whether I'll stand again - I hope you won't mind if I don't get into party politics": a question set aside.
    notPrecededBy: ['are', 'youre', 'not', 'wont be', 'will not be', 'not be', 'am not', 'im not', 'never', 'nid wyf yn', 'ddim yn', 'fyddai ddim yn', 'fydda i ddim yn',
      'whether ill', 'whether i will', 'whether im', 'whether i am', 'if ill', 'whether or not ill',
      // "I'm thinking about standing again – does the move affect whether I qualify?": a question to the elections office.
      'thinking about', 'thinking of', 'considering', 'undecided about', 'not sure about'],
    examples: { match: ["I'm standing again in May and would value your support.", 'Help us re-elect me for Abbey!'],
      noMatch: ["You'll know I won't be standing again in May, so I'd like to hand this case over.", "I'm not standing again, so this is my last budget.",
        "On whether I'll stand again, I don't get into party politics on council email."] } },
  // Someone's campaign for a seat, whoever writes of it ("helping my mate with his campaign for the by-election").
  // Wishing a candidate well, whoever writes: "Hope it pays off for you in May", "good luck on Thursday".
  // Round 26: a campaign helped without a campaign word — an officer's "a couple of hours telling on the 6th", "one of your posters
  // for her front window", "telling the whole street to vote for you", "your leaflets for May", "congrats on getting picked again…
  // you'll walk it in May"; Scots "get yer family oot tae the polling station"; publicity that says "another promise kept… as
  // Rhodri and the team promised on the doorstep in 2022".
  { id: 'campaign-help', category: 'electioneering',
    phrases: ['{a couple of hours|an hour|a few hours|a shift|a stint|an hour or two|some} telling', 'telling {on the day|on polling day|on thursday|for you|at the school|at the hall}', 'tell your agent',
      '{your|her|his|their|my} {poster|posters} {for|in} {her|his|their|my|your|the} {front|} window', 'election {poster|posters}',
      '{your|her|his|their} {leaflets|leaflet|posters|poster} for {may|the election|polling day|thursday|the by election}', '{getting|got|being|been} {picked|selected|reselected|chosen} again',
      '{congrats|congratulations|well done} on {getting|being} {picked|selected|reselected}', 'walk it in {may|the election|the by election}',
      '{yer|your} {family|families|folk|pals|mates|neighbours|wee family} {oot|out} {tae|to} the {polling station|polls}', 'oot tae the polling station', 'oot tae vote',
      'promised on the doorstep', 'on the doorstep in {2019|2020|2021|2022|2023|2024|2025|2026|2027}',
      'ar stepen y drws yn {2019|2020|2021|2022|2023|2024|2025|2026|2027}', 'make the connection before {may|the election|polling day}', '{who|whos|whose} standing where', 'who is standing where', 'who stands where'],
    examples: { match: ["Tell your agent I can do a couple of hours telling on the 6th if you're still short.", "Congrats on getting picked again for Glenorran, you'll walk it in May!",
      "Get yer family oot tae the polling station the morn.", 'The pool reopens, just as the team promised on the doorstep in 2022.'],
      noMatch: ['Telling residents about the new bin days is the main job this week.', 'The posters for the library window arrive on Monday.'] } },
  { id: 'good-luck', category: 'electioneering',
    phrases: ['good luck {in|for|on|at} {may|polling day|the election|the by election|election day|the count|the poll}', 'hope it pays off {for you|for them|for her|for him|} {in|on} {may|polling day}',
      'fingers crossed for {may|polling day|the election|the by election|the count}',
      // A selection cheered on: "good luck at the selection meeting on Friday", "fingers crossed they put you up again".
      '{good luck|best of luck|fingers crossed} {at|for|with|in} {the|your|tonights|fridays|thursdays|next weeks|} {selection|selection meeting|selection evening|hustings|reselection|re selection|shortlisting}',
      '{put|putting|puts} you up again', '{pob lwc|lwc dda} {yn|efor|gydar|efo} {y|r|} {cyfarfod dethol|dewis|hystings}', '{heres hoping|hoping|hope} {youre|you are|youll be|you will be} back in the chair {after|come|in}', 'fingers crossed it goes your way', 'hope it goes your way {on|in|at} {thursday|friday|the night|the count|may|polling day}', 'hope you {win|hold the seat|keep your seat|get in|get elected|get back in}', 'pob lwc {ym mis mai|yn yr etholiad}',
      // Urging someone to stand, whoever writes: "gobeithio'n fawr y gwnewch chi sefyll eto", "I hope you stand again".
      'hope you {stand|will stand|are standing|re standing|decide to stand} again', '{gwnewch|wnewch} chi sefyll eto', '{byddwch|fyddwch} chin sefyll eto',
      // "good luck with the campaign in May", "gobeithio y cewch chi'ch ail-ethol" (I hope you get re-elected).
      'good luck with the campaign {in may|for may|on thursday}', '{pob lwc|lwc dda} {efor|gydar|gyda|efo} ymgyrch {ym mis mai|yn yr etholiad|ddydd iau}', 'hope you get re elected', '{cewch|gewch} {chich|chi} {ail ethol|ailethol|ethol}',
      '{gobeithio|gobeithion} {y|} {byddwch|fyddwch} {chin|chi yn} {ennill|cadw}',
      // A win foretold to the candidate: "you'll be top of the poll again" (not "she came top of the poll", a result).
      '{youll|you will|youd|you would|youre going to|shell|hell|theyll} {be|come|finish|end up} top of the poll', '{youll|you will|youre going to} top the poll', 'hope {you|she|he|they} {top|tops|come top of} the poll'],
    examples: { match: ['Saw you out with the leaflets on Saturday. Hope it pays off for you in May.', 'Good luck on polling day!', "Pob lwc efo'r ymgyrch ym mis Mai! Gobeithio wir y cewch chi'ch ail-ethol.", "If turnout holds up in Walden you'll be top of the poll again."],
      noMatch: ['Good luck with the move.', "Pob lwc efo'r cyfweliad ddydd Llun.", 'Good luck with the campaign to cut food waste.', 'Cllr Hey came top of the poll in Upper Walden in 2022.'] } },
  // "Good luck on Thursday" is for a presentation as often as for a poll: it needs an election or campaign word near.
  { id: 'good-luck-day', category: 'electioneering', needsContext: true,
    phrases: ['good luck {on|for} thursday', 'hope it pays off {for you|} on thursday', 'fingers crossed for thursday', 'pob lwc {ddydd iau|dydd iau}'],
    examples: { match: ['Good luck on Thursday – the voters will back you, I am sure.'], noMatch: ['Good luck on Thursday with the committee presentation.'] } },
  // The writer's own letters to voters before the poll: "I'd like to write to each of them before polling day".
  { id: 'before-the-poll', category: 'electioneering', firstPerson: true,
    phrases: ['{write to|leaflet|contact|visit|call on|knock on|get round|go round|call round|get round to} {them|each of them|every one of them|all of them|residents|every household|each household} before {polling day|the election|the by election|may}',
      // Leaflets for the poll, and the candidates helped: "out helping the local councillors, candidates and volunteers as we have many leaflets to deliver before the election".
      '{leaflets|leaflet} to {deliver|drop|get out|put out} before {polling day|the election|the elections|the by election|may}', '{out helping|out supporting|out canvassing for} {the|our|} {local|} {councillors|candidates|candidate}'],
    examples: { match: ["I'd like to write to each of them before polling day to let them know what we have done."], noMatch: ['Electoral Services will write to every household before the canvass closes.'] } },
  // The same with the poll named first: "Before the election I want to get a letter out to everyone who signed telling
  // them what we've done". A councillor's only: Electoral Services write to every household before the election too.
  { id: 'before-the-poll-first', category: 'electioneering', firstPerson: true, memberOnly: true,
    phrases: ['before {polling day|the election|the elections|the by election|may} {i|we|id|wed|ill|well} {want|would like|like|need|plan|hope|intend|am going|are going|} to {write to|get a letter out to|get a letter to|get a leaflet out to|send a letter to|send a letter out to|contact|mail|leaflet|visit} {them|everyone|everybody|all of them|each of them|every|each|all|residents|people|folk|the}'],
    examples: { match: ["Before the election I want to get a letter out to everyone who signed telling them what we've done."], noMatch: ['Before the election we will write to every household with their poll card.'] } },
  // "I hope readers will give their backing to Jeff and Alison": support asked for, with an election near.
  { id: 'backing', category: 'electioneering', needsContext: true,
    phrases: ['give {their|your|them|us} {backing|support|votes|vote} to', 'lend {their|your} {backing|support|votes|vote} to'],
    examples: { match: ['I hope readers in the ward will give their backing to Jeff and Alison when they go to the voting booths.'], noMatch: ['Residents can give their backing to the play area design online.'] } },
  // A councillor's own group meeting: "this is going on the agenda at our group meeting on Monday" (officers arrange "your group meeting").
  { id: 'own-group-meeting', category: 'party-business', memberOnly: true,
    phrases: ['{our|my} group {meeting|meetings|agm}', '{our|my} group {will|to} {decide|agree|discuss}',
      // A party's group by its short name, as members text each other: "r u going to lab group agm thurs??", "the subs money".
      // (Not "the Labour group meeting" an officer is asked to brief: groups may be briefed on council business.)
      '{lab|labour|tory|con|cons|lib dem|libdem|ld|plaid|snp|green|reform|indy} group {agm|exec|social}', '{lab|con|cons|ld|libdem|indy} group {meeting|meet}', 'subs money', 'branch treasurer', 'the treasurer {is|s|was|has been|} chasing',
      // A group's own campaign and dues: "May campaign: target wards and who's doing what… Subs are due too".
      'target wards', 'target ward', 'target seats', 'subs {are|is} due',
      // Selection for a seat: "the selection meeting is on the 28th… nominate me at the branch AGM beforehand?"
      'the selection meeting', '{nominate|nominating|second|seconding} me {at|for} {the|our} branch', '{ive|i have|weve|we have} been {reselected|re selected|selected again} for',
      // "Ahead of Thursday's branch exec": the local party's committee, in a councillor's mail.
      // (Not "the branch AGM" of the Legion, in a councillor's note to its secretary.)
      '{our|my} branch {exec|executive|committee|meeting|agm}', '{thursdays|mondays|tuesdays|wednesdays|fridays|saturdays|sundays|next|this weeks|next weeks|tonights|tomorrows} branch {exec|executive}'],
    examples: { match: ["This is going on the agenda at our group meeting on Monday, and I'd expect the group to vote as a block on it."], noMatch: ['Your group meeting room is booked for Monday.'] } },
  // The branch choosing its candidate: "the branch want an experienced name on that ballot paper in May".
  { id: 'branch-choice', category: 'electioneering', needsContext: true,
    phrases: ['{the|our|my} branch {want|wants|wanted|need|needs|needed|agreed|decided|voted|selected|chose|picked|backed|endorsed}'],
    examples: { match: ['The branch want an experienced name on that ballot paper in May.'], noMatch: ['The branch agreed to lay a wreath on Remembrance Sunday with the British Legion.'] } },
  { id: 'campaign-for', category: 'electioneering',
    phrases: ['re election campaign', 'my campaign', '{my|his|her|our} campaign for', 'his campaign', 'her campaign', 'our campaign to win'],
    examples: { match: ["I'm helping Dean with his campaign for the by-election."], noMatch: ['The food waste campaign starts on Monday.'] } },
  // A vote declared or asked for in the writer's own words: "I know which way I'll be voting next time", "my vote's going to
  // your lot", Welsh "mi fydd fy fôt i'n mynd i'ch criw chi"; "asking folk to back me again on 6 May"; keeping the seat safe.
  { id: 'vote-declared', category: 'electioneering',
    phrases: ['{i know|we know|i know exactly} {which way|who} {ill|i will|im|i am|well|we will} {be voting|vote|voting}', '{which way|who} ill be voting {next time|in may|for}',
      'my vote {is|will be|s|will|goes|is going|will go} {going|} to', '{youve|you have|youll have|you ve} got my vote', 'you have my vote',
      '{back|support|vote for|stick with} me again {on|in|at|come|this|next|in may}', '{back|support|vote for|elect} {us|our team|our candidates} {in|on|come|at|this} {may|the election|polling day|thursday}',
      '{your|our} team for may', 'see you on the doorstep', '{putting|put|ill put|ill be putting} my cross {next to|by|against|beside} your name', 'fingers crossed {your|that your} {lot|side|group|team|party}',
      ...cy('y bydd eich criw', 'bydd eich criw chi', 'eich criw chin cael', 'cael gafael ar bethau tro'), '{every|each} door {done|knocked|covered} {at least once|twice|before}', '{before|ahead of} the poll cards {land|drop|hit}', '{put|putting|puts} myself down for your round', '{play|plays|go down|goes down} {very|really|} {nicely|well} on the doorstep', 'on the doorstep for {you|your lot|you lot|your team}', '{youll|you will|youll all|you will all} have the chance to change {that|this|it}',
      '{only|just} {turn|turns|turned|show|shows|showed} up at election time', '{copies|leaflets} {go|going|will go} through {doors|letterboxes}', '{asking|ask|asks|asked} {folk|people|residents|voters|you|them|everyone} to {back|support|vote for|re elect} me',
      ...cy('fy fôt i', 'fy fot i', 'fy fôt in', 'fy fot in', 'fy mhleidlais i', 'fy mhleidlais in', 'mhleidlais i yn mynd', 'cadwr sedd', 'cadw y sedd', 'ennill y sedd')],
    examples: { match: ["Between you and me, I know which way I'll be voting next time.", "It's my spring update with a reply slip asking folk to back me again on 6 May."],
      noMatch: ['The reply slip asks residents to back the bid for lottery funding.', 'I know which way the vote went at committee.'] } },
  { id: 're-elect', category: 'electioneering',
    phrases: ['re elect', 'reelect', 'ailetholwch', 'ail etholwch'],
    notFollowedBy: ['its', 'a new chair', 'a vice chair', 'the chair', 'as chair', 'chair', 'chairman', 'vice chair', 'a chair', 'their chair', 'his chair', 'her chair', 'the vice chair'],
    examples: { match: ['On 6 May, re-elect Emrys Vaughan.'], noMatch: ['The committee will re-elect its chair in May.'] } },
  { id: 'take-control', category: 'electioneering',
    // Speculating on a party's win by an officer or anyone: "if reform get in come May, the review will be binned".
    phrases: ['{if|when|once|should} ' + PARTY + ' {get in|gets in|win|wins|take over|takes over|take control|takes control|get control|form the next administration} {in|come|at|this|next} {may|the election|the elections|spring}',
      // The seat of power by any of its names: the council, the town hall, County Hall, the civic centre.
      '{once|when|after} {were|we are} {running|in charge of|in control of} {the place|this place|the council|this council|things|the show|the town hall|this town hall|county hall|the county hall|city hall|the city hall|the civic centre|the guildhall|the authority}',
      '{once|when} we {run|control|take control of|take over|win} {this|the} {council|town hall|authority|civic centre|guildhall}', '{once|when} we {run|control|take control of|take over|win} {county hall|city hall}',
      '{when|once|if|after} we {take over|get in|get elected|are elected|form the administration|take control|win in may|win the election|win the seat}',
      'after we win', 'when we win', 'back in charge', 'back in power',
      // "The sooner there's a change at the top the better": a change of administration wished for.
      'the sooner {theres|there is|we have|we get} a {change|new administration|new leadership} {at the top|of administration|of leadership|in charge}',
      // Hoping a group keeps power at the election: "I hope they're still in charge after next May".
      'still in {charge|power|control|office} {after|come|beyond|past} {may|next may|the election|the elections|polling day|the vote}', '{hope|hoping|pray} {they|theyre|they are|they get} re elected', '{hope|hoping|pray} {they|theyre|they are|they get} in for another term', 'ol wrth y llyw', 'ôl wrth y llyw', 'nol wrth y llyw', 'nôl wrth y llyw', 'if we win in may', 'once we are in charge', 'when we are in charge', 'once were in charge', 'when were in charge',
      'once were in control', 'when were in control', 'take back control of the council', 'win back {the|this} council', 'kick {them|this lot|the lot} out',
      'vote them out', 'voted out', 'time for a change in may', 'pan fyddwn ni mewn grym', 'unwaith y byddwn yn rhedeg'],
    examples: { match: ['Once we run this council, that depot will be the first thing to go.', 'Time to vote them out.', "I hope they're still in charge after next May to see it through."],
      noMatch: ['The contractor will still be in charge of the site after May.', "I hope they're still in the office when you call."] } },
  // Helping a councillor keep the seat: "would be lovely to help get you back in!!" (not "get you back in touch", "…back in the system").
  { id: 'get-them-back-in', category: 'electioneering',
    phrases: ['{help|helping|helps|love to help|happy to help} {get|getting} {you|him|her|them} {back in|re elected|reelected|over the line|in again}', '{get|getting} you {re elected|reelected|over the line}'],
    notFollowedBy: ['touch', 'the', 'a', 'an', 'to', 'for', 'your', 'his', 'her', 'their', 'on', 'with', 'at', 'by', 'time', 'control', 'post', 'work', 'office', 'contact', 'line', 'shape',
      'order', 'business', 'school', 'employment', 'education', 'training', 'home', 'house', 'there', 'here', 'quickly', 'soon', 'asap', 'sooner', 'after', 'once', 'when', 'if', 'as'],
    examples: { match: ["If you're short of people next week I'm free Saturday - would be lovely to help get you back in!"],
      noMatch: ['We will get you back in touch with the housing team.', 'The locksmith will help get you back in the flat today.', 'We can get you back in by Friday.'] } },
  // The writer's own group's win as a turning point: "before we took control in 2020" (not "…control of the site").
  { id: 'since-we-took-control', category: 'electioneering', memberOnly: true,
    phrases: ['{since|before|until|after} we {took|gained|won|seized} {back|} {control|power}', '{since|before|until|after} we {took|gained|won} {back|} {control of|} {the|this} council',
      '{since|before|until|after} we took back control of {this|the} {town hall|city hall|county hall|civic centre|council}',
      // Welsh: "cyn i ni gymryd yr awenau" (before we took the reins), "ers i ni ennill y cyngor".
      '{since|before|until|after} we took {over|charge}', 'what weve delivered since',
      ...cy('cyn i ni gymryd yr awenau', 'ers i ni gymryd yr awenau', 'ers i ni ennill y cyngor', 'cyn i ni ennill y cyngor')],
    notFollowedBy: ['of the site', 'of the contract', 'of the building', 'of the depot', 'of the service', 'of the project', 'of the land',
      // ("since we took over the contract from Veolia")
      'the contract', 'the service', 'the site', 'the building', 'the lease', 'the running', 'the management', 'the case', 'the file', 'responsibility', 'from', 'in house'],
    examples: { match: ['It was the previous lot, before we took control in 2020, who sold off the tankers.', 'Since we won control of the council, rents have been frozen.'],
      noMatch: ['We took control of the site in March.', 'Since we took over the contract from Veolia, collections are up.', 'Since we took control of the depot, the vans start earlier.'] } },
  // Introducing oneself to new voters: "get a card through each door before May introducing ourselves so they know who to vote for".
  { id: 'who-to-vote-for', category: 'electioneering', memberOnly: true,
    phrases: ['so {they|people|residents|voters|folk|everyone} know who to vote for', '{get|put|getting|putting|drop|dropping} a {card|leaflet|letter} through {each|every} door'],
    examples: { match: ['We want to get a card through each door before May so they know who to vote for.'], noMatch: ['I cannot tell you who to vote for.'] } },
  // Into power, said plainly: "Ers i ni ddod i mewn, mae'r cynnydd treth cyngor wedi bod yn 4.9%" (since we came in).
  // (Not into a building or a meeting: "since we came in this morning", "ers i ni ddod i mewn i'r swyddfa".)
  { id: 'since-we-came-in', category: 'electioneering', memberOnly: true,
    phrases: ['{since|before|until|after} we {came|got} in', ...cy('ers i ni ddod i mewn', 'ers inni ddod i mewn', 'cyn i ni ddod i mewn', 'ers i ni gael ein hethol')],
    notFollowedBy: ['this', 'today', 'yesterday', 'at', 'on', 'to', 'here', 'there', 'through', 'from', 'with', 'the', 'i', 'ir', 'yma', 'heddiw', 'bore', 'neithiwr', 'drwy'],
    examples: { match: ["Ers i ni ddod i mewn, mae'r cynnydd treth cyngor wedi bod yn 4.9%.", 'Since we came in, rents have been frozen.'],
      noMatch: ['Since we came in this morning the phones have not stopped.', "Ers i ni ddod i mewn i'r swyddfa mae'r ffôn wedi canu."] } },
  // "please vote for Dan Irlam": an appeal whoever types it (an officer printing a leaflet included).
  { id: 'please-vote-name', category: 'electioneering', nextCapitalised: true,
    phrases: ['please vote for', 'so vote for'],
    examples: { match: ['If you are a voter in the ward, please vote for Dan Irlam.'], noMatch: ['Please vote for your favourite design in the consultation.'] } },
  { id: 'vote-name', category: 'electioneering', memberOnly: true, nextCapitalised: true,
    phrases: ['vote', 'vote for', 'voting for', 'pleidleisiwch', 'pleidleisiwch dros'],
    examples: { match: ["On 6 May, keep the village independent: vote Residents' Association."], noMatch: ['Members will vote on the recommendation.'] } },
  // The imprint named by its nickname, on a councillor's own material: "I've put the promoted-by line at the bottom this year".
  { id: 'imprint-line', category: 'electioneering', memberOnly: true,
    phrases: ['promoted by line', 'promoted by lines', 'promoted by bit', 'the imprint {at the bottom|on the back|on it|line}', 'postal vote {form|forms|application form|application forms} {on|in|at} the {back|bottom|end}'],
    examples: { match: ["I've put the promoted-by line at the bottom this year."], noMatch: ['Postal vote application forms are on the council website.'] } },
  { id: 'imprint', category: 'electioneering', nextCapitalised: true,
    phrases: ['promoted by', 'promoted and published by', 'printed and promoted by', 'hyrwyddwyd gan'],
    examples: { match: ['Promoted by K. Doyle on behalf of the Residents Association, 4 Mill Lane.'], noMatch: ['The event is promoted by the council events team.'] } },
  { id: 'support-on-the-day', category: 'electioneering', memberOnly: true,
    phrases: ['your support', 'your vote', 'your votes', 'support me', 'back me', 'vote for me'],
    followedBy: ['{on|in|at|come} {1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|may|thursday|polling|election|the election|the by election|the ballot|the poll|the polls}'],
    examples: { match: ["I'd be very grateful for your support on 6 May."], noMatch: ['Thank you for your support on the planning application.'] } },
  { id: 'ballot-box', category: 'electioneering',
    phrases: ['{find|found|finding} {that|this|it|} out in may', '{kicking|drubbing|thrashing|bloody nose|wipeout|wipe out|hiding} {over this|over it|for this|for it|} {in|come} may', '{kicking|hammering|pasting|drubbing|thrashing|battering|bloody nose|hiding} at the {polls|ballot box|election|elections}', '{residents|people|voters|folk|they} will have their say', 'come may {people|residents|voters|they|folk}', 'pay for it in may', 'pay for that in may', 'at the ballot box', 'remember at the ballot box', 'voters will remember', 'remember {this|that|it} in may', 'remember in may', 'punish them in may',
      'come may people', 'come may voters', 'in may people will', 'cofio yn y blwch pleidleisio', 'every voter in', 'when they next get the chance', 'next get the chance', ...cy('dylai pobl gofio hynny'), 'you know what to do {in may|on polling day|on thursday|at the ballot box}', ...cy('gwybod yn iawn pwy bleidleisiodd', 'cofion iawn pwy bleidleisiodd', 'cofio pwy bleidleisiodd'), '{knows|know} exactly who {delivered|did|got}', '{should|ought to|need to|needs to|must|deserve to} know who {delivered|did|got|made|won|fought for|paid for}', 'remember {exactly|} who voted for', 'next see a ballot paper',
      'when they next vote', 'at the next election', '{people|residents|voters|folk|families|tenants|parents} {will not|wont|will never|are not going to|arent going to} forget {it|this|that}',
      '{parents|families|residents|tenants|folk} will remember {this|that|it}', 'next time they vote', 'eu hatgoffa o {hynny|hyn}', '{wont|will not|wont be} {forget|forgetting} {that|this} in may',
      'ddim yn anghofio {hynny|hyn} ym mis mai', 'cofio {hynny|hyn} ym mis mai', 'anghofio hynny ym mis mai'],
    examples: { match: ['Come May, people will remember exactly who did it.', 'Voters will remember this at the ballot box.', 'They are going to get a kicking over this in May.'],
      noMatch: ['The pitch took a hammering in May.'] } },
  { id: 'seats', category: 'electioneering', firstPerson: true,
    phrases: ['{hold|win|keep|lose|gain} {on to|onto|} the seat', '{hold|win|keep|lose|gain} {this|that|the} {ward|seat}', 'target seat', 'target seats', 'target ward',
      'target wards', 'marginal seat', 'marginal ward', '{hold|win|keep|lose|gain|take} {both|all|the two|all three|all four} {seats|wards}',
      // "we're not handing that seat to the Greens without a fight", "not giving this ward away".
      '{handing|hand|handed|giving|give|gifting|gift} {that|this|the|our} {seat|ward|division} {to|away}', 'not without a fight', 'without a fight', '{cadw|colli|ennill|dal} {y|r} sedd', '{cholli|gadw|ennill} {y|r} sedd'],
    // "lose the seat at the table on skills and housing": a place in a partnership, not a council seat.
    notFollowedBy: ['at the table', 'on the board', 'on the panel', 'at the top table'],
    examples: { match: ['This is our target seat.', 'We can win this ward.', 'I hope Labour hold on to the seat!', "We're not handing that seat to anyone without a fight."], noMatch: ['Please take a seat in reception.', 'Reform gained the seat from Labour.'] } },
  { id: 'campaign', category: 'electioneering',
    phrases: ['my opponent', 'my opponents', 'election leaflet', 'election leaflets', 'only we can beat', 'only {we|us|our candidate|labour|the lib dems|the tories|the snp|plaid|the greens|reform} can {beat|win}',
      'election address', 'on the campaign trail', 'polling day leaflet', '{candidates|candidate|our|the partys|the groups} pledge {card|cards}', 'pledge {card|cards} for {may|the election|the elections|polling day}'],
    examples: { match: ['My opponent has never once been to a residents meeting.'] } },
  { id: 'our-candidate', category: 'electioneering', needsContext: true,
    phrases: ['our candidate', 'our candidates', 'my candidate', 'your candidate', 'your candidates', 'romps home', 'romp home', 'sail home', 'walk it'],
    examples: { match: ['Our candidate for the by-election will be at the coffee morning.'], noMatch: ['We have shortlisted our candidates for the post.'] } },
  { id: 'campaign-leaflet', category: 'electioneering', needsContext: true, memberOnly: true,
    phrases: ['leaflet', 'leaflets', 'newsletter', 'newsletters', 'putting through doors', 'put through doors', '{go|goes|going} through the doors', '{go|goes|going} through doors', '{putting|put|puts|go|going|goes} through every door', 'through letterboxes', 'through the letterbox', 'taflen', 'taflenni'],
    examples: { match: ["It's the leaflet I'm putting through doors ahead of the by-election.", 'Could you proof-read the newsletter for me before the by-election?'], noMatch: ['The leaflet about the new bin days goes out next week.'] } },
  // The tools of a campaign: the marked register (who voted) and the postal voters' list are used
  // only by candidates and agents; Electoral Services' own words are the registration look-alike.
  { id: 'campaign-data', category: 'electioneering', memberOnly: true,
    phrases: ['marked register', 'marked registers', 'the marked reg', 'absent voters list', 'postal voters list', 'postal vote list', 'the postal list',
      '{vote|votes|seat|seats|ward} we {cant|cannot|can not} afford to lose', 'every {vote|one of those} is a vote', ...cy('y gofrestr wedii marcio', 'rhestr pleidleiswyr post')],
    examples: { match: ['If you can bring the spare clipboards and the marked register that would be great.', 'Every one of those flats is a vote we cannot afford to lose.'],
      noMatch: ['Electoral Services will publish the register on 1 December.'] } },
  // Campaign slang for a round of doors, with an election or another campaign word near it.
  { id: 'doors', category: 'electioneering', needsContext: true, memberOnly: true,
    phrases: ['{do|doing|did} {the|some|a few|} doors', 'on the doors', 'out on doors', 'a session on doors', 'doors with me', 'a round of doors',
      // "we'll get them round the doors at the weekend": copies delivered by hand.
      '{get|got|getting|take|taking|put|putting} them {round|through|out round} {the|} doors'],
    notFollowedBy: ['and windows', 'and frames', 'have been', 'were', 'are'],
    examples: { match: ['Can you do doors with me on Saturday before the postal votes land?'], noMatch: ['The contractor will do the doors and windows next week.'] } },
  // Campaign slang that says so on its own in a councillor's mail: "we're out on the doors round Whinfield
  // Drive on Saturday", "any chance u could do 7-10am telling at keirfield hall on the 6th?".
  { id: 'doors-out', category: 'electioneering', memberOnly: true,
    phrases: ['{out|were|be|been|was|im|ill} on the doors', 'out on doors', 'telling at', '{a|the|my|your|our} telling {shift|slot|rota}', 'telling {shift|shifts|slot|slots|rota}', 'tellers {rota|shift|shifts}',
      '{do|doing|did} {some|a bit of|a spot of|an hour of|an hours} telling',
      // A canvass rota in its own words: "Rota for the doors this weekend… bring the marked-up sheets back… get our second name in front of folk".
      '{rota|rotas} for the doors', 'marked up sheets', 'marked up sheet', '{get|getting} our second {name|candidate} in front of', 'second preferences are where',
      // The squeeze message on a councillor's own leaflet.
      'two horse race', 'a two horse race', 'its a two horse race'],
    notFollowedBy: ['and windows', 'and frames', 'me', 'us', 'him', 'her', 'them', 'you', 'the meeting', 'the committee', 'the hearing', 'the inquest'],
    examples: { match: ["We're out on the doors round Whinfield Drive on Saturday morning.", 'tom any chance u could do 7-10am telling at keirfield hall on the 6th?',
      'the one with the libdem bird on top and the its-a-two-horse-race bar chart on the back'],
      noMatch: ['The joiners are out on the doors and windows at Birch Court this week.', 'She was telling me about the flooding.'] } },
  // Polling-day operations in the words of the jobs: tellers outside the polling station, the committee room,
  // knocking up from the promise sheets, lifts to the polls, getting the vote out — a campaign's, whoever is asked.
  { id: 'polling-day-operation', category: 'electioneering', needsContext: true,
    phrases: ['tellers', 'teller', 'promise sheets', 'promise sheet', 'promise cards', '{short of|need|needs|looking for} {drivers|tellers|knockers up|helpers} {for|on} {the|polling day|thursday}',
      'taking numbers', 'take numbers', '{passing|pass|take|taking|bring|bringing} {them|the numbers|numbers} back to the committee room', '{my|our|the} kitchen is the committee room', ...cy('rhifwyr', 'cymryd rhifau')],
    notFollowedBy: ['report', 'reports', 'decision', 'of the council', 'meeting'],
    examples: { match: ["We're short of tellers for the 6th: could you do an hour outside the library polling station?", 'Bring the promise sheets to the knocking-up tomorrow.'],
      noMatch: ['The count will start at 10pm; counting assistants should arrive by 9.30pm.', 'The committee room has been booked for the licensing hearing.'] } },
  // The same operations in words that can mean nothing else: lifts to the polls, getting the vote out.
  { id: 'polling-day-lifts', category: 'electioneering',
    phrases: ['lifts to the polls', 'lift to the polls', '{get|getting|got|gets|get out|getting out} {our|the|your|my} vote out', 'get out {our|the|your} vote',
      '{drive|driving|take|taking|ferry|ferrying|run|running|get|getting} {folk|people|voters|supporters|elderly supporters|our supporters|them|the old folk|pensioners} to the polls',
      '{drive|driving|ferry|ferrying} {folk|people|voters|supporters|elderly supporters|our supporters|pensioners} to the {polling station|polling stations}'],
    examples: { match: ['Any chance you could help getting our vote out on Thursday afternoon?', 'If you can drive elderly supporters to the polls, tell me which hours.'],
      noMatch: ['The polling station at the school has step-free access for voters.'] } },
  // Canvassing for a named candidate or party, whoever writes: "I'm out canvassing for Terry Watkins".
  { id: 'canvass-for-name', category: 'electioneering', nextCapitalised: true,
    phrases: ['canvassing for', 'canvass for', 'leafleting for', 'leafletting for', 'door knocking for', 'knocking doors for', 'knocking on doors for', 'canfasio dros', 'canfasio i'],
    examples: { match: ["Sorry, can't do Saturday – I'm out canvassing for Terry Watkins in Glyn Sannan."], noMatch: ['Canvassing for the new register closes in November.', 'We are canvassing for views on the play area.'] } },
  // Delivering a councillor's own leaflets, offered or asked: "happy to give you a hand getting your leaflets out round your
  // bit". (A council leaflet is "the leaflet", "our leaflet on…", not the councillor's.)
  { id: 'deliver-their-leaflets', category: 'electioneering',
    phrases: ['{getting|get|got|put|putting|deliver|delivering|drop|dropping|do|doing|take|taking} {your|his|her} leaflets {out|through|round|in|around}',
      '{a hand|help} {with|getting|delivering|dropping} your leaflets'],
    examples: { match: ["I'm more than happy to give you a hand getting your leaflets out round your bit."], noMatch: ['We will get the leaflets out to every household next week.'] } },
  // Canvassing for the councillor written to: "I'll be out chapping doors for you with the rest of the team".
  { id: 'canvass-for-you', category: 'electioneering',
    phrases: ['{canvassing|canvass|door knocking|doorknocking|knocking doors|knocking on doors|knock doors|knock on doors|chapping doors|chapping on doors|chap doors|leafleting|leafletting|delivering leaflets|deliver leaflets|telling|out telling} for you'],
    notFollowedBy: ['to collect', 'about the', 'on the survey', 'on the consultation'],
    examples: { match: ["See you Saturday, I'll be out chapping doors for you with the rest of the team."],
      noMatch: ['The survey team will be knocking doors on the estate next week.', 'Thanks for telling me.'] } },
  // Canvassing tied to the election in the phrase itself: "we're starting the canvassing for May".
  { id: 'canvass-for-election', category: 'electioneering',
    phrases: ['{canvassing|canvass|door knocking|leafleting|leafletting} for {may|next may|the election|the elections|the by election|polling day|the seat|the count}'],
    examples: { match: ["We're starting the canvassing for May this weekend.", 'Are you free for some door knocking for the by-election?'],
      noMatch: ['The annual canvass for the electoral register starts in July.', 'Canvassing for the new register closes in November.'] } },
  { id: 'canvass', category: 'electioneering', needsContext: true,
    phrases: ['canvassing', 'canvass', 'canvassed', 'canvasser', 'canvassers', 'canvass session', 'door knocking', 'doorknocking', 'knocking on doors', 'knocking doors',
      'knock on doors', 'knock doors', '{knock|knocking|knocked} {on|} every door', 'walk sheets', 'walk sheet', 'walking sheets', 'on the doorstep', 'on the doorsteps', 'the doorstep', 'the doorsteps', 'doorstep sessions', 'doorstep session', 'leaflet drop', 'leaflet drops', 'leafleting', 'leafletting', 'leaflet round', 'leaflet rounds', 'delivery round', 'delivering leaflets',
      'deliver leaflets', 'out delivering', '{leaflets|leaflet|leafleting|leafletting} {before|ahead of} {may|the election|the elections|polling day|the by election}', '{going|go|goes|get it|get them|put it|puts|put|putting} through {the|} doors', 'through letterboxes', 'campaign leaflet', 'campaign leaflets', 'chapping doors', 'chapping {on|} doors', '{delivering|deliver|delivered} {your|our|his|her|their} leaflets', '{do|doing} a round or two', 'knocked {on|} {the|} doors', 'telling at {the|} polling station', 'canvass {sheets|cards|returns}', 'every yes and every maybe', 'the maybes',
      '{turn|turned|turning} into {a vote|votes}', 'knocked {100|150|180|200|250|300|hundreds of|loads of} doors', 'knock up', 'knocking up', 'the knock up', 'get out the vote operation', 'gotv', 'your campaign team', 'the final push', 'the last push', '{anyone|everyone|those|people} {whos|who is|who are|thats} wobbling', 'the wobblers', '{every|each} door done', '{anyone|everyone|those} who {says|say} {theyre|they are} undecided', 'the undecideds', 'every door counts', 'postal vote follow ups', 'help {the|with the|your} campaign', 'for the groups leaflet', ...cy('help ir ymgyrch', 'helpur ymgyrch', 'helpu r ymgyrch', 'taflen y grŵp', 'taflen y grwp'),
      ...cy('drwy bob drws', 'trwy bob drws', 'i bob tŷ', 'i bob ty', 'dosbarthur taflenni', 'dosbarthu r taflenni', 'rownd y tai', 'rownd y drysau', 'o dy i dy', 'o dŷ i dŷ', 'canfasio', 'dosbarthu taflenni', 'curo drysau', 'cnocio drysau', 'cnocio ar ddrysau', 'curo ar ddrysau', 'stepen y drws', 'ar stepen y drws', 'ar garreg y drws')],
    notFollowedBy: ['views', 'opinion', 'opinions', 'the views', 'barn', 'sylwadau', 'safbwyntiau', 'adborth', 'the opinion', 'residents views', 'their views', 'feedback', 'of members', 'of councillors',
      'will disqualify', 'directly', 'in any', 'of any', 'collection', 'collections'],
    examples: { match: ["I'm also putting together the canvassing rota for the by-election.", 'Good luck with the canvassing at the weekend — I hope Labour hold on to the seat!'],
      noMatch: ['We will canvass views from residents before the scheme is designed.', 'Canvassing of members will disqualify an applicant.'] } },
  { id: 'party-business', category: 'party-business',
    phrases: ['three line whip', '3 line whip', 'two line whip', 'group whip', 'the whip', 'whipped', 'whipping', 'whip on', 'whip for',
      // "Our whip wants us all voting against the Cathedral Close scheme" (from a councillor's personal address too).
      '{our|the groups|the partys} whip {wants|says|has said|has asked|is asking}', 'chief whip', '{the|} whips {voting|note|notes|instructions|line|sheet}', 'whip sheet', 'whipping sheet', 'group voting sheet',
      'selecting candidates', 'select candidates', 'select our candidates', 'candidate selection', 'candidates selection',
      'reselection', 're selection', 'deselection', 'de selection', 'deselected', 'branch selection', '{our|my} branch {meeting|meetings|agm|fundraiser|fundraising|quiz|raffle|selection|dinner}',
      'party meeting', 'party conference', 'party fundraiser', 'party fundraising', 'party raffle',
      // A party's own events: "I'm speaking at the party's East Coast rally on Saturday".
      '{the|our|my} partys {rally|conference|regional conference|spring conference|annual conference|gala|gala dinner|dinner|fundraiser|hustings|agm|away day|campaign day}', 'party rally', 'party rallies', '{speaking|speak|speech|talk|talking} {at|to} {the|our|a} partys', '{a|the} {council|town hall|county|borough|city} run by {us|our party|people like us|our lot|our group}',
      // The whip without the word: "Craig wants us all voting the same way… no freelancing this time".
      'no freelancing', 'no abstentions {this time|please|tonight|on thursday|on the night}', '{voting|vote|votes} with the group', '{goes|go|going|went} {their|his|her} own way', '{our|the branchs|the partys|a} selection {evening|night|meeting}', 'selection evening', 'selection night', '{agree|agreeing|decide|deciding|sort out} how {were|we are|well be|we will be|the group is|the group will be} voting', '{goes|go|going|went} off on a frolic', '{break|breaking|broke} ranks',
      '{vacancy|vacancies|seat|seats|ward|name|names|applicants|applications} on the slate', '{someone|a candidate|candidates|them} adopted', '{re adopted|readopted|re adoption|readoption}', 'full selection', 'selection timetable', 'approved candidates', 'association executive',
      '{the|our} {group|groups|partys} {response|statement} to', 'under our name with the council logo', '{go|goes|going} out under our name',
      'until our {mp|ms|msp|mep|candidate} {can|is|has}', 'our good news story', '{dont|do not} {brief|tell} the other {groups|parties|side}',
      ...cy('cyfarfod dethol', 'noson ddethol'), '{wants|want|needs|need|expects|expect} {us|everyone|all of us|the group|every one of us} {all|} {voting|to vote} {the same way|together|as one|with the group}',
      'party membership', 'membership subs', 'constituency party',
      'constituency labour party', 'clp', 'ward party', 'local party', 'fighting fund', 'campaign fund', 'focus leaflet', 'focus leaflets',
      'focus newsletter', 'focus round', 'focus team', 'in touch leaflet', 'group newsletter', 'party newsletter', 'our election', 'chwip tair llinell', 'chwip y grŵp', 'chwip y grwp', 'y chwip', 'nodyn y chwip', 'chwip ar', '{maer|ar|or|ir|fodr|ywr} chwip', 'chwip ymlaen', 'dewis ymgeiswyr', 'dewis ymgeisydd', 'cyfarfod dewis', 'dewis y gangen', 'noson ddewis', 'ffurflenni enwebu', 'rhestr aelodaeth', 'cyfarfod cangen', 'raffl y blaid', 'codi arian ir blaid',
      'cronfar ymgyrch', 'gronfar ymgyrch', 'cronfa ymgyrch', 'gronfa ymgyrch', 'cronfa ymgyrchu', 'gronfa ymgyrchu', 'the campaign fund', 'election fund',
      ...cy('cronfa etholiad', 'cronfar etholiad', 'noson gwis y gangen'), 'branch officers', 'election of branch officers', 'campaigns organiser', 'campaign organiser', 'membership secretary',
      '{stand|standing|field|fielding|put up|putting up} a candidate {in|for|at}', '{not|us not} stand a candidate',
      // The group's agreed position on a vote: "Group line is we back Ross's amendment".
      'group line', 'vote as a {block|bloc}'],
    // "there is no group whip on planning": an absence stated, not party business done.
    // (Scrutiny minutes declare "of the party whip" and whether any member was "subject to a party whip".)
    notPrecededBy: ['library', 'bank', 'post office', 'cross', 'all', 'inter', 'multi', 'third', 'working', 'no', 'not', 'never', 'no group', 'no party', 'no three line', 'no two line', 'nid oes', 'oes', 'dim', 'heb',
      'not a', 'wasnt a', 'isnt a', 'never a', 'without a',
      // A topic named in guidance: "reminder on predetermination and whipping".
      'predetermination and', 'reminder on', 'guidance on', 'rules on', 'advice on', 'protocol on',
      'subject to a party', 'subject to the party', 'subject to any party', 'subject to a', 'subject to the', 'interest and of the party', 'declarations of the party', 'declaration of the party', 'declare the party'],
    // "councillors' party membership plays no part in the assessment": party business said to count for nothing.
    notFollowedBy: ['plays no part', 'play no part', 'played no part', 'has no bearing', 'have no bearing', 'is irrelevant', 'are irrelevant', 'is not relevant', 'makes no difference', 'does not matter', 'doesnt matter', 'is not a factor', 'is not a consideration'],
    examples: { match: ['There is a three-line whip on the budget vote.', "Group line is we back Ross's amendment on the IJB budget.", "Nodyn y chwip yw e – pawb i bleidleisio o blaid y gyllideb.",
      "Mae'r chwip ymlaen ar gyfer y gyllideb."],
      noMatch: ['Nid oes chwip ar aelodau ar geisiadau cynllunio.', 'No member declared that they were subject to a party whip.', 'Declarations of interest and of the party whip'] } },
  // A councillor's own newsletter ("It's my winter newsletter for Foxley… check the donation slip adds up"): their
  // political publicity, whatever party it names (an officer's "my newsletter to tenants" is the Council's).
  { id: 'own-newsletter', category: 'party-business', memberOnly: true,
    // (An officer's "our leaflet on common repairs" is the Council's.)
    phrases: ['{my|our} {winter|spring|summer|autumn|christmas|ward|annual|quarterly|monthly|latest|next} {newsletter|leaflet|ward leaflet}', 'my {newsletter|leaflet|ward leaflet}', 'our {newsletter|leaflet|leaflets}',
      // "give our group's spring newsletter a proof-read".
      '{our|the} {groups|partys|branchs} {winter|spring|summer|autumn|christmas|ward|annual|quarterly|monthly|latest|next|} {newsletter|newsletters|leaflet|leaflets}', 'donation slip', 'donation slips', 'donations slip',
      // A party's newsletter by its brand, and the branch paying for it: "I'm doing our spring In Touch for Sowerside (the branch is paying for the printing)".
      // Welsh: "drafft o'n taflen newyddion haf ni" (our summer newsletter), "fy nghylchlythyr".
      '{ein|on|fy} {taflen|daflen|nhaflen|cylchlythyr|gylchlythyr|nghylchlythyr} {newyddion|haf|gaeaf|gwanwyn|hydref|nadolig|ward|}', '{taflen|daflen} newyddion {haf|gaeaf|gwanwyn|hydref|nadolig|y ward}',
      '{our|my} {spring|summer|autumn|winter|christmas|latest|next|ward|new} in touch', '{the branch|the party|the association|the clp|the local party} {is|are|s|will be|has} {paying|paid} for the {printing|print run|leaflets|newsletter}',
      // A branch's own sheet for the doors: "It's the Carnbrae branch update for the doors up Co-operative Row".
      'branch {update|newsletter|leaflet|bulletin|flyer} for the doors', '{update|newsletter|leaflet|bulletin|flyer} for the doors',
      // The box on the back of a group's leaflet: "the 'what we've been fighting for' box".
      'what {weve|we have|ive|i have} been fighting for'],
    examples: { match: ["It's my winter newsletter for Foxley, and could you check the donation slip on the back adds up?", 'Could you proof-read our newsletter before it goes to print?'], noMatch: ['The leaflet about the new bin days goes out next week.'] } },
  { id: 'party-newsletter', category: 'party-business',
    phrases: ['focus'], capitalised: true, notPrecededBy: ['ford', 'in', 'sharp', 'the main', 'main', 'key', 'our main'],
    notFollowedBy: ['on', 'is', 'will', 'has', 'was', 'must', 'should', 'remains', 'group', 'groups', 'area', 'areas', 'of', 'now', 'has been', 'needs', 'moves',
      'the', 'your', 'our', 'their', 'attention', 'efforts', 'resources', 'in', 'upon', 'here', 'today', 'this', 'first'],
    examples: { match: ['Could you cast your eye over the draft Focus before it goes to the printers?', "It's our Focus for Easthaugh and Dalreoch."],
      noMatch: ['Our focus is on getting the bins emptied.', 'Focus on the three worst streets first.'] } },
  { id: 'party-business-context', category: 'party-business', needsContext: true,
    phrases: ['raffle', 'fundraiser', 'fundraising', 'fundraising dinner', 'fundraising raffle', 'club raffle', 'newsletter', 'campaign strategy', 'strategaeth yr ymgyrch', 'strategaeth ymgyrch',
      'cronfar grwp', 'cronfar grŵp', 'group funds', 'group fund', 'leaflet', 'leaflets', 'hustings', 'selection', 'selection meeting', 'selection meetings',
      'shortlist', 'shortlisting', 'whip', 'raffl', 'association agm', 'codi arian',
      // A branch meets for the Legion, a union or a party alike: party words near make it a party's
      // (and the Legion or a union named nearby makes it theirs: see the council-campaign look-alikes).
      'branch meeting', 'branch meetings', 'branch agm', 'branch sec', 'branch secretary', ...cy('taflen', 'taflenni', 'cylchlythyr'),
      // A selection's rules and its nominations: "12 months' continuous membership", "up to date with subs", "I'll nominate you".
      'continuous membership', 'up to date with {your|his|her|their|} subs',
      // "let's agree our line on the call for sites at the group meeting": with a party named near (a press office agrees lines too).
      '{agree|agreed|agreeing|settle|settled|decide|decided|sort out|thrash out} {our|a common|a group|the group} line {on|for|before|at}'],
    notFollowedBy: ['panel', 'criteria', 'process for the post', 'of the contractor', 'of a contractor', 'for the post', 'box', 'round', 'rounds'],
    notPrecededBy: ['no', 'not', 'never', 'no group', 'no party', 'subject to a party', 'subject to the party', 'subject to any party', 'of the party', 'declare the party'],
    examples: { match: ['Could you proof-read the newsletter for the branch before it goes out?', 'Raffle tickets for the Labour Club night are £2.',
      "Nominations for the ward close on Friday. You need 12 months' continuous membership and to be up to date with subs.",
      "Labour group colleagues - let's agree our line on the call for sites at the group meeting on Monday.",
      'Nomination forms for our candidate go to Ruth as branch sec by Friday.'],
      noMatch: ['The selection panel meets on Friday.', "Comms team - let's agree our line on the bin strike before the press call.", "The branch AGM and the veterans' tea will follow the parade.", 'The Conservative Club car park will be closed for resurfacing.', 'The premises licence for the Labour Club goes to a hearing on Tuesday.'] } },
  // Proposing and seconding a candidate ("I'll nominate you and Sandeep says he'll second"), not nominating for an award ("…nominate you for the volunteer award").
  // "our association AGM – we'll be choosing who stands in Bryn-glas and Porthwen in May".
  { id: 'selection-who-stands', category: 'party-business',
    phrases: ['{choose|choosing|chose|pick|picking|picked|select|selecting|selected|decide|deciding|decided} who {stands|will stand|is standing|goes forward|should stand}'],
    notFollowedBy: ['down', 'aside', 'in for', 'back', 'at', 'by', 'on the', 'where'],
    examples: { match: ["It's for our association AGM - we'll be choosing who stands in Bryn-glas in May."], noMatch: ['The panel will decide who stands down from the board.'] } },
  // Choosing who stands, in the words a branch uses: "Branch exec meets on the 14th to sign off who goes forward where in May…
  // whether each of you is putting your name in again… two of us on the ballot paper".
  { id: 'selection-informal', category: 'party-business', needsContext: true,
    phrases: ['{putting|put|puts} {your|their|his|her|my} name {in|forward} {again|for}', 'who goes forward {where|for|in}', '{two|three|both|all} of us on the ballot {paper|}', 'run alongside {you|me|him|her|them}',
      // The group's line without the word whip: "we need all eight of us in the chamber and voting the same way".
      '{vote|voting|votes|all vote} the same way', '{thinking|thought} of abstaining', 'no amendments from our side'],
    examples: { match: ['Branch exec meets on the 14th to sign off who goes forward where in May.', 'As agreed at group, we need all eight of us in the chamber and voting the same way.'],
      noMatch: ['Please put your name forward for the tenants panel by Friday.'] } },
  { id: 'selection-nomination', category: 'party-business', needsContext: true,
    phrases: ['{ill|i will|id|i would|happy to} nominate you', '{hell|he will|shell|she will|ill|i will} second {you|the nomination|}'],
    notFollowedBy: ['for', 'as', 'to', 'it', 'that', 'this', 'the motion', 'the amendment', 'the proposal', 'the recommendation'],
    examples: { match: ["The branch meets on Friday. I'll nominate you and Sandeep says he'll second."],
      noMatch: ["Nominations for the civic awards close on Friday. I'll nominate you for the volunteer award."] } },
  { id: 'policy-fight', category: 'policy-criticism', needsAnchor: 'sentence',
    phrases: ['unjustifiable', 'unjustified', 'indefensible', 'rammed through', 'forced through', 'railroaded', 'steamrollered', 'nodded through',
      'fight {it|this|them} all the way', 'fight {it|this|them} every step', '{members|councillors|the council|cabinet|full council} got {this|it|that} {one|} wrong', '{ill|i will|i shall|well|we will} keep saying so', '{ill|i will|well|we will} keep {saying|telling people} {that|it}', 'fight {it|this} tooth and nail', 'fight this decision', 'fight to overturn',
      'reverse it when', 'scrap it when', 'daylight robbery', 'an insult to', 'anghyfiawn', 'gwthio drwodd', 'ymladd {hyn|hwn} bob cam',
      '{turned|turning|turns} {its|their} back on', '{people|residents|voters|folk} will remember {that|this|it}', ...cy('troi ei gefn ar', 'troi eu cefnau ar', 'bydd pobl yn cofio'),
      '{campaign|campaigning|fight|fighting} to {overturn|reverse|scrap} {it|this|the decision|them}',
      '{shameful|disgraceful|outrageous|scandalous|cruel|heartless|callous|reckless|spiteful|vindictive} {decision|choice|cut|cuts|policy|vote}',
      'should be ashamed', 'ought to be ashamed', 'a tax on', 'trooped through', 'rubber stamped', 'waved through', 'meekly', 'cooked up', 'buy votes',
      'to buy votes', 'vote winner', 'stunt', 'ideological', 'ideology', 'gesture politics', 'vanity project', 'tax grab', 'cash grab', 'money grab',
      'stealth tax', 'virtue signalling', 'posturing', 'grandstanding', 'for political reasons', 'on political grounds', 'punitive', 'half baked', 'botched', 'ham fisted', 'cack handed', 'wrong headed',
      'travesty', 'farce', 'rip off', 'false economy', 'political choice', 'a political decision', 'cynical', 'pushed through', 'the wrong people', 'vandalism', '{everyone|everybody|anyone} who put their {hand|hands} up',
      'explain that to their grandchildren', 'waved it through', 'nodded it through', 'never costed', 'raided {from|the|} reserves', 'bravo', 'i suppose thats what', 'well done everyone', 'years of waste', 'absolute disgrace', 'utter disgrace', 'cuts budget', 'never vote for them', 'finest hour', ...cy('sinigaidd', 'byth yn pleidleisio drostyn'), 'lets not pretend', 'pet project', 'pet scheme', 'vanity', 'dressed up as',
      ...cy('gwthiwyd drwy', 'gwthio drwy', 'yn warth', 'gwarth'), ...cy('wedi i wthio drwodd', 'wthio drwodd', 'wthio drwy', 'wthiwyd drwodd', 'gwthio drwodd', 'mwya hurt', 'mwyaf hurt', 'cofio ym mis mai pwy'), 'short sighted', 'who on earth', 'who in their right mind',
      // "who exactly thought borrowing another £40m … was a sensible idea? Full Council has signed the borough up to paying for this until my grandchildren retire."
      'who exactly thought', 'whoever thought', 'who thought {this|that|it} was a {good|sensible|great|clever|bright|wise}',
      // A decision called mad or wrong, and said so on the doorstep: "penderfyniad hollol wallgof… mae'n anghywir nawr… wrth bob drws".
      '{completely|utterly|absolutely|totally} {mad|insane|crazy|barmy|bonkers}', ...cy('hollol gwallgof', 'penderfyniad gwallgof', 'gwallgof oedd', 'anghywir bryd hynny', 'anghywir nawr', 'wrth bob drws'),
      '{wrong|mad} then and {its|it is|still} wrong now', 'saying so on every doorstep', 'on every doorstep',
      // "a spiteful, headline-chasing piece of politics… the day this Council stopped caring about the coast".
      // "Council voted it through for the headlines… economically illiterate".
      'for the headlines', 'economically illiterate', 'illiterate',
      'piece of politics', 'headline chasing', 'headline grabbing', 'spiteful', 'stopped caring about', 'knew exactly {that|what they were doing}',
      // "this whole policy that council voted through is a nonsense and a waste of money, and I'll be telling every constituent".
      'a nonsense', 'complete nonsense', 'a waste of money', '{ill|i will|well|we will} be telling every {constituent|resident|voter|one of my constituents}',
      // "the decision Full Council took in July was a political stitch-up to balance the books and residents will pay for it".
      '{a|political|complete|total|} stitch up', 'stitched up', '{residents|people|families|taxpayers|tenants|everyone} will pay for {it|this|that}',
      // "Residents will suffer as a result of the Budget agreed…", "the council tax rise inflicted upon residents… completely unnecessary".
      '{residents|people|families|taxpayers|tenants|pensioners|everyone} will suffer', 'suffer as a result of', 'inflicted {on|upon}', '{completely|totally|entirely|wholly} unnecessary',
      'no excuse for', 'hard earned money', 'fork out', '{paying|pay|paid} for {this|it|that} until {my|our|their} {grandchildren|kids|children}', ...cy('ideolegol', 'gwleidyddiaeth arwyddion', 'stynt')],
    examples: { match: ['The cuts Full Council rammed through last night are unjustifiable, and I will fight them all the way.'],
      noMatch: ['Full Council approved the budget on 24 February.'] } },
  { id: 'policy-fight-near', category: 'policy-criticism', needsAnchor: 'near',
    phrases: ['disgraceful', 'shameful', 'scandalous', 'outrageous', 'a disgrace', 'betrayal', 'the wrong {budget|decision|choice|priorities|call}',
      // An officer siding against the budget: "If the prevention fund hadn't been cut by a third in last year's budget we would not be in this position".
      '{wouldnt|would not|wouldn t} be in this {position|mess|situation}', '{hadnt|had not} been {cut|slashed|axed|raided}', ...cy('gwarthus', 'cywilyddus', 'fyr ei olwg')],
    examples: { match: ['This budget is a disgrace.'], noMatch: ['The fly-tipping on Mill Lane is disgraceful.'] } },
];

export const anchorEntries: LexiconEntry<'anchor'>[] = [
  { id: 'council-decision', category: 'anchor',
    phrases: ['full council', 'council meeting', 'a budget', 'that budget', 'budget council', 'cynical budget', 'voted it through', 'voted {this|that} through',
      // "Since Council voted these charges through", "the policy Council adopted in November".
      'voted {these|those|the} {charges|cuts|changes|increases|rises|fees|plans|proposals|policy|policies} through', 'voted through', '{council|full council} {adopted|voted|passed|approved}', 'adopted by {council|full council}', 'who voted for it', 'that decision', 'this decision', 'the budget', 'this budget', 'the councils budget', 'budget decision', 'council policy', 'the councils policy',
      'the councils decision', 'the decision of council', 'councils decision', 'cabinet decision', 'the cabinets decision', 'council tax rise', 'council tax increase',
      'the cuts', 'these cuts', 'last years budget', 'this years budget', 'y cyngor llawn', 'y gyllideb', 'polisi r cyngor', 'penderfyniad y cyngor'],
    examples: { match: ['Full Council agreed the budget.'] } },
];

/** Words that give a needs-context frame its political reading ("canvassing" near "election"). */
export const contextEntries: LexiconEntry<'context'>[] = [
  // Party words: they give party business ("the raffle", "the newsletter") its party reading.
  { id: 'party-context', category: 'context',
    phrases: ['candidate', 'candidates', 'manifesto', 'hustings', 'campaign team', 'party', 'the whip', 'branch', 'branch exec', 'their fund', 'fund for next years', 'fund for the {election|elections|campaign}', 'branch executive', 'group line', 'as agreed at group',
      // A group minute's re-selection deadline: "Anyone wanting to stand again in May to tell the branch secretary".
      'wanting to stand again', 'want to stand again', 'wishing to stand again',
      // Election law and the leaflet's own furniture: "the imprint", "the agent has checked it", the bar chart.
      'the imprint', 'an imprint', 'imprint', 'election agent', 'my agent', 'our agent', 'the agent has', 'two horse race', 'bar chart', 'maniffesto', 'gangen', 'or gangen',
      // A party's club is a licensed venue like any other (a premises licence, a polling station); it vouches for a raffle or a fundraiser held there.
      'party club', 'labour club', 'conservative club', 'liberal club', 'constitutional club', 'nomination', 'nominations', 'subscriptions', ...cy('cangen', 'y gangen'),
      'ymgeisydd', 'ymgeiswyr', 'blaid', 'plaid'],
    notFollowedBy: ['wall', 'walls', 'in the park', 'in the square', 'on the green', 'at the hall'],
    notPrecededBy: ['third', 'working', 'search', 'birthday', 'christmas', 'street', 'garden', 'tea', 'a', 'leaving', 'retirement', 'interested', 'library',
      'bank', 'local', 'tree', 'planning', 'award', 'awards', 'honours'],
    examples: { match: ['the selection meeting for our candidates', 'every penny for the branch'] } },
  // Election words: canvassing and leaflet rounds near them are campaigning; a council
  // newsletter that mentions polling day is not party business.
  { id: 'election-context', category: 'context',
    phrases: ['election', 'elections', 'by election', 'polling day', 'ballot', 'vote', 'votes', 'voters', 'good luck', 'best of luck', 'fingers crossed',
      // North Walian "lecsiwn" (election): "trefnu'r leaflet drop cyn y lecsiwn".
      ...cy('lecsiwn', 'lecsiyna', 'lecsiynau'),
      // "I'd get it done the weekend before, while they're still making their minds up".
      'making their minds up', 'make their minds up', 'undecided voters', 'floating voters', 'the weekend before',
      'etholiad', 'diwrnod pleidleisio', 'pleidlais', 'pob lwc', 'voting booth', 'voting booths', 'go to the polls', 'goes to the polls', 'before may', 'ahead of may', 'for may', 'come may', 'cyn mis mai', 'next may', 'in may', 'polling station', 'polling stations', 'committee rooms', 'standing for the council', 'standing for election', 'voted', 'postal vote', 'postal votes', 'postal voters', 'marked register', 'on the day', 'the seat', 'this seat', 'marginal', ...cy('sedd', 'seddi')],
    // "a vote of thanks" is a courtesy, not an election.
    notFollowedBy: ['of thanks'],
    examples: { match: ["the selection meeting for May's elections"] } },
];

export const antiEntries: LexiconEntry<AntiCategory>[] = [
  // Words of the statutory registration canvass only: polling stations, postal votes and the
  // marked register belong to every campaign too.
  { id: 'registration', category: 'registration',
    phrases: ['annual canvass', 'household canvass', 'nominating officer', 'certificate of authorisation', 'nomination pack', 'party description', 'poll cards', 'poll card', 'counting arrangements', 'registration canvass', 'registration campaign', 'voter registration', 'registration drive', 'register to vote campaign', 'canvass form', 'canvass forms', 'canvass period', 'canvass reform', 'canvass communication', 'canvass communications',
      'electoral registration', 'electoral register', 'register of electors', 'electoral roll', 'register to vote', 'registered to vote', 'registering to vote', 'are you registered', 'household enquiry form', 'household enquiry forms',
      'hef', 'hefs', 'ero', 'electoral services', 'elections team', 'elections office', 'electoral registration officer', 'registration officer', 'canvass visits',
      'canvass visit', 'personal canvass', 'canvass response', 'members who are standing', 'candidates must', 'candidates should', 'candidates may',
      'in their own time', 'with party resources', 'party resources', 'personal or party {account|email|e mail|address}', 'party or personal {account|email|e mail|address}', 'cofrestru etholiadol', 'y gofrestr etholwyr', 'canfasio blynyddol', 'ffurflen ymholiad aelwyd'],
    examples: { match: ['The annual canvass starts in July and canvassers will call on homes that have not replied.'] } },
  // "The canvass" alone is the register's, except where a campaign's sheets and returns come from it ("the promise sheets from the canvass").
  { id: 'registration-the-canvass', category: 'registration',
    phrases: ['the canvass'],
    notPrecededBy: ['sheets from', 'sheet from', 'cards from', 'promises from', 'data from', 'returns from', 'out on', 'our', 'from our', 'doing'],
    examples: { match: ['The canvass closes at the end of November.'] } },
  // A council post being filled: its "candidates", "canvassing" (of members, which disqualifies) and "selection day"
  // are recruitment's, and colour the whole message as the registration canvass does.
  { id: 'recruitment', category: 'registration',
    phrases: ['candidate pack', 'application pack', 'job description', 'person specification', 'shortlisted candidates', 'have been shortlisted', 'been shortlisted for',
      'interview panel', 'formal interviews', 'interviews', 'appointments panel', 'appointment panel', 'stakeholder panel', 'the post of', 'for the post', 'will disqualify',
      'disqualify a candidate', 'disqualify the candidate', 'panel cyfweld', 'cyfweliadau', 'rhestr fer'],
    examples: { match: ['Four candidates have been shortlisted for Director of Place; the formal interviews are on Friday.'] } },
  // Bodies with branches, meetings and AGMs of their own: named anywhere in the message, a branch AGM is theirs.
  { id: 'other-body', category: 'other-body',
    phrases: ['royal british legion', 'british legion', 'legion scotland', 'poppy appeal', 'poppyscotland', 'unison', 'trade union', 'union branch', 'gmb', 'unite branch',
      'rotary club', 'womens institute', 'lions club', 'round table', 'mothers union', 'national trust', 'ramblers', 'u3a',
      // A hustings or meeting held for every candidate alike is the organiser's, not a party's: "the community council's candidates' hustings",
      // "we let halls on the same terms to anyone, whichever candidate or party".
      'community council', 'community councils', 'whichever candidate', 'whichever party', '{every|each|all|all the} {candidate|candidates} standing', 'open to {all|every} {candidate|candidates}',
      '{invite|invites|inviting|invited} {every|each|all|all the} {candidate|candidates}'],
    examples: { match: ['Thank you for your letter on behalf of the Port Ardnish branch of the Royal British Legion Scotland.', "The community council is inviting every candidate standing in the ward."] } },
  { id: 'council-campaign', category: 'council-campaign',
    phrases: ['recycling', 'bin', 'bins', 'bin day', 'bin days', 'collection', 'collections', 'waste', 'food waste', 'energy', 'warm homes', 'insulation',
      'consultation', 'survey', 'census', 'flood', 'flooding', 'council tax', 'benefits', 'fostering', 'foster', 'foster carers', 'adoption', 'vaccination',
      'litter', 'tenancy', 'tenants', 'recruitment', 'caddy', 'caddies', 'food caddy', 'door hanger', 'door hangers', 'bin hanger', 'bin hangers', 'have your say', 'wardens', 'community wardens', 'neighbourhood wardens', 'bulky {uplift|uplifts|waste|collection|collections|items}',
      'spring clean', 'litter pick', 'part of the councils', 'charity', 'charities', 'hospice', 'elusen', 'hosbis', 'mayors charity', 'chairs charity',
      'codi arian y {cadeirydd|maer}', '{mayors|chairs|chairmans|provosts} {appeal|fundraiser|fundraising|charity|ball|dinner|evening}', 'maethu', 'faethu', 'gofal maeth', 'mabwysiadu',
      'road safety', 'air quality', 'fire service', 'fire safety', 'smoke alarm', 'smoke alarms', 'youth parliament', 'youth council', 'school council', 'mock election', 'mock elections', 'local democracy week', ...cy('senedd ieuenctid', 'cyngor ieuenctid', 'etholiad ffug', 'wythnos democratiaeth leol'), 'public vote', 'vote for {their|your} favourite', 'competition', 'mural', 'libraries', 'leisure centre', 'leisure centres', 'community centres', 'walk to school', 'school travel', 'active travel', 'volunteers', 'members bulletin', 'the councils campaign', 'council campaign', 'our campaign to', 'awareness campaign', 'publicity campaign',
      // The council's own engagement: "our community engagement team will be door-knocking", participatory budgeting.
      'community engagement', 'engagement team', 'participatory budgeting', 'participatory budget',
      // A council team or service doing the knocking, and the housing ballots it knocks for: "the regeneration team will be door-knocking every flat".
      'the {regeneration|housing|estates|estate|neighbourhood|neighbourhoods|waste|recycling|highways|parking|outreach|tenancy|income|resident engagement} team',
      'council officers', 'council staff', 'housing officers', 'regeneration', 'landlord ballot', '{estate|residents|tenants|stock transfer} ballot', 'ballot of {residents|tenants}',
      'ailgylchu', 'biniau', 'gwastraff', 'casgliadau', 'ymgynghoriad', 'ynni', ...cy('diogelwch ffyrdd', 'cerdded ir ysgol', 'teithio llesol', 'gwirfoddolwyr', 'ymgyrch y cyngor')],
    examples: { match: ['The recycling team will be door-knocking on the Meadows estate.'] } },
  { id: 'plain-fact', category: 'plain-fact',
    phrases: ['programme for government', 'co operation agreement', 'cooperation agreement', 'coalition agreement', 'confidence and supply', 'the welsh government and', 'the scottish government and', 'entitled to', 'seat on', 'seats on', 'places on', 'allocation', 'allocated', 'political balance', 'proportionality', 'nomination',
      'nominations', 'group leaders', 'group leader', 'motion', 'amendment', 'amendments', 'question from', 'questions from',
      'took {the|both|all|} {seat|seats|ward|wards|control}', 'seats',
      // (Election results, not a record's: "a gap between rhetoric and results" judges.)
      '{the|election|by election|final|full|provisional|declared|local|council|these|ward|count} results', 'results {in|for|of|were|are|show|showed|by}', 'result in', 'result for', 'result was', 'election result', 'turnout',
      // A minute of the Council's make-up: "It was noted that the political composition of the Council now stood at: Conservative 16…".
      'political composition', 'composition of the council', 'it was noted', 'recount',
      // One place moved by the balance formula: "On the agreed formula this moves one place on the Planning Committee from Labour to SNP".
      'place on', 'one place', 'a place on', 'agreed formula', 'the formula',
      // The register of interests records party membership as fact: "Membership of bodies of a political nature: Plaid Cymru".
      'of a political nature', 'register of interests', 'registers of interests', 'register of members interests', 'cofrestr buddiannau', 'natur wleidyddol',
      // How a tie or a disputed place is settled: "to be agreed or, failing agreement, decided by lot".
      'failing agreement', 'failing that', 'failing which', 'by lot', 'drawing lots', 'draw lots', 'by drawing lots', 'toss of a coin', 'casting vote',
      'cross party', 'all party', 'room booking', 'briefing', 'meeting', 'apologies', 'spokesperson', 'spokespeople', 'representative', 'representatives',
      'briefings', 'group room', 'group office', 'group rooms', 'support officer', 'the groups', 'each group', 'each of the groups', 'all groups', 'all three groups',
      'all four groups', 'hawl i', 'dyraniad', 'cydbwysedd gwleidyddol', 'trawsbleidiol'],
    // "took over the council" is a change of control, not a result.
    notFollowedBy: ['over'],
    examples: { match: ['The Green Group is entitled to one more seat on Licensing.'] } },
  // The acts of council business: plain fact of the party that did them ("the Conservative Group
  // has asked…"), not of a party acting in another clause ("…a scheme nobody ever asked for").
  { id: 'plain-fact-act', category: 'plain-fact',
    phrases: ['nominated', 'has asked', 'have asked', 'asked for', 'asked whether', 'asked if', 'asked about', 'asked', 'asks', 'raised', 'requested',
      'has requested', 'tabled', 'submitted', 'put forward', 'proposed', 'seconded', 'moved', 'queried', 'won', 'gained', 'elected', 'returned', 'booked',
      'book', 'meets', 'meet', 'attended', 'attend', 'signed',
      // Welsh: "Gofynnodd y Ceidwadwyr am asesiad" (the Conservatives asked for an assessment), "cynigiodd" (proposed), "eiliodd" (seconded).
      'gofynnodd', 'gofyn am', 'gofynnwyd', 'cynigiodd', 'eiliodd', 'cyflwynodd', 'holodd', 'cododd', 'enwebodd', 'argymhellodd'],
    examples: { match: ['The Conservative Group has asked for a briefing.', 'Plaid tabled the amendment.', "Gofynnodd y Ceidwadwyr am asesiad effaith ar drafnidiaeth i'r ysgol."] } },
];

// What a party formally did, reported: these keep a party named as the actor of its own clause
// neutral ("Labour voted against the amendment", "Plaid have formally asked for a call-in"). They
// do not switch off a stance ("voted against residents yet again"), nor a party acting in another
// clause of the sentence ("…will spend it on a cycle lane nobody asked for").
antiEntries.push({ id: 'formal-report', category: 'formal-report',
  phrases: ['voted', 'vote', 'votes', 'voting', 'abstained', 'abstain', 'supported', 'support', 'supports', 'opposed', 'oppose', 'opposes', 'agreed', 'agree',
    'approved', 'rejected', 'joined', 'join', 'left the', 'win', 'wins', 'lost', 'lose', 'hold', 'holds', 'held', 'gain', 'gains', 'gain from', 'formed', 'form', 'said', 'says', 'stated',
    'confirmed', 'announced', 'responded', 'respond', 'replied', 'wrote', 'invited', 'position', 'view', 'views', 'stance', 'declared', 'declare',
    'registered', 'register', 'standing {a|candidates|in}', 'stood {a|candidates|in}', 'nominate', 'nominates', 'ask', 'asking', 'call in', 'calling in',
    'called in', 'call {it|this|that|the decision|the item|the report} in', 'move', 'moving', 'propose', 'proposing', 'table a', 'table an', 'tabling',
    'submit', 'submitting', 'request', 'requesting', 'raise', 'raising', 'question', 'questions', 'deadline', 'agenda', 'move into', 'moves into',
    'pleidleisio', 'pleidleisiodd', 'cefnogi', 'cefnogodd', 'gwrthwynebu', 'ennill', 'enillodd', 'colli', 'collodd'],
  examples: { match: ['Labour voted against the amendment.', 'The Greens did not win a seat.', 'Liberal Democrats gain from Conservative.'] } });
// Seats, places, rooms and shares: a sentence that allocates them names every party as fact.
antiEntries.push({ id: 'allocation', category: 'allocation',
  phrases: ['seat', 'seats', 'places', 'team', 'teams', 'each', 'largest', 'second largest', 'opposition group', 'candidate', 'candidates',
    'will be represented', 'represented', 'majority', 'minority', 'control', 'controls', 'chair', 'chairs', 'vice chair', 'share', 'percent', 'per cent',
    'room', 'rooms', 'ystafell', 'sedd', 'seddi', 'lleoedd',
    // A civic order by group size: "SNP and Labour are level on six so alphabetical by leader's surname, then the Tories".
    'level on', 'level pegging', 'group size', 'alphabetical', 'in order of', 'wreath', 'wreaths'],
  examples: { match: ['One councillor each from Labour and the Greens.', 'Reform hold two seats and Labour hold one.'] } });

export const stanceLexicon = new Lexicon<StanceCategory>(stanceEntries);
export const implicitLexicon = new Lexicon<'implicit' | 'partisan'>(implicitEntries);
export const frameLexicon = new Lexicon<FrameCategory>(frameEntries);
export const anchorLexicon = new Lexicon<'anchor'>(anchorEntries);
export const contextLexicon = new Lexicon<'context'>(contextEntries);
export const antiLexicon = new Lexicon<AntiCategory>(antiEntries);
