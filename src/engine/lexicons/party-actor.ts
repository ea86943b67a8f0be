// Words that decide whether a party named in a sentence is a label of council business or the
// actor in the writer's own prose (see political/party-actor.ts). Data, not code.

/** After a party name, these make it a label of council business: "the Labour Group", "Green councillors". */
export const BUSINESS_NOUNS = ['group', 'groups', 'party', 'parties', 'councillor', 'councillors', 'cllr', 'cllrs', 'member', 'members', 'membership',
  'spokesperson', 'spokespeople', 'spokesman', 'spokeswoman', 'room', 'rooms', 'office', 'offices', 'leader', 'leaders', 'deputy', 'nominee', 'nominees',
  'representative', 'representatives', 'candidate', 'candidates', 'colleague', 'colleagues', 'government', 'governments', 'mp', 'mps', 'ms', 'mss', 'msp',
  'msps', 'mep', 'peer', 'minister', 'ministers', 'assembly', 'amendment', 'amendments', 'motion', 'motions', 'whip', 'secretary', 'agent', 'councillor\'s',
  // ("the figures prepared for the administration's proposals": a label of its business.)
  'proposals', 'proposal', 'budget', 'budgets', 'programme', 'policies', 'policy', 'priorities', 'figures', 'report', 'paper', 'papers',
  'grŵp', 'grwp', 'cynghorydd', 'gynghorydd', 'cynghorwyr', 'gynghorwyr', 'aelod', 'aelodau', 'arweinydd', 'llefarydd', 'ymgeisydd', 'ymgeiswyr'];

/** Before a party name, these make it a label too: "Grŵp Llafur", "Cynghorydd Plaid Cymru", "Undeb yr Annibynwyr". */
export const ACTOR_NOT_AFTER = ['grŵp', 'grwp', 'group', 'cynghorydd', 'gynghorydd', 'cyng', 'cynghorwyr', 'aelod', 'undeb', 'capel', 'eglwys', 'cllr',
  'councillor', 'councillors', 'member', 'members', 'joined', 'join', 'behalf', 'ran', 'rhan'];

/** Small words of a running clause: two of them make a sentence prose, not a signature line or a table row. */
export const PROSE_WORDS = ['the', 'a', 'an', 'to', 'of', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could',
  'should', 'can', 'did', 'do', 'does', 'that', 'this', 'it', 'its', 'they', 'them', 'their', 'we', 'our', 'i', 'you', 'your', 'he', 'she', 'his', 'her',
  'not', 'never', 'with', 'what', 'who', 'when', 'if', 'than', 'then', 'so', 'but', 'just', 'all', 'any', 'for', 'in', 'on', 'at', 'by', 'from', 'as',
  'about', 'into', 'over', 'up', 'out', 'no', 'there', 'which', 'how', 'why', 'me', 'us', 'him', 'my', 'were', 'theyve', 'theyre', 'theyd', 'its', 'ive', 'im', 'yn', 'wedi', 'mae', 'roedd', 'bod', 'eu', 'ei',
  'nhw', 'ni', 'fe', 'fel', 'ond', 'pan', 'am', 'ar', 'yr', 'y', 'o'];

/** "…and me for the Scottish Greens": speaking for a party, before "for". */
export const SPEAKING_FOR = ['me', 'us', 'myself', 'speaking', 'representing', 'standing'];

/** Numbers in words beside a party make it a count ("three Conservative, one Labour", "dwy sedd i Lafur"). */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'un', 'dau', 'dwy',
  'tri', 'tair', 'pedwar', 'pedair', 'pump', 'chwech', 'saith', 'wyth', 'naw', 'deg'];
