// Words for a group of politicians named by what it holds rather than by its party: "the crowd
// who've had this place sewn up since the seventies", "the usual suspects across the chamber",
// "the ruling parties", "y weinyddiaeth bresennol" (see political/collective-actor.ts). Data, not code.

/** Nouns for a crowd of people: an actor only with a qualifier that ties it to power in the council. */
export const CROWD_NOUNS = ['lot', 'crowd', 'bunch', 'gang', 'mob', 'crew', 'shower', 'brigade', 'clique', 'cabal', 'suspects', 'ones', 'people', 'those',
  'side', 'benches', 'criw', 'giang', 'rhai', 'bobl', 'ochr'];

/** Nouns for a political body: an actor with a qualifier before them ("the ruling parties") or a relative clause of power. */
export const BODY_NOUNS = ['group', 'groups', 'party', 'parties', 'administration', 'coalition', 'regime', 'leadership', 'grŵp', 'grwp', 'blaid',
  'pleidiau', 'weinyddiaeth', 'glymblaid', 'arweinyddiaeth'];

/** Before either noun: holds power now ("the ruling parties", "the controlling group"). */
export const POWER_BEFORE = ['ruling', 'governing', 'controlling', 'incumbent'];

/** Before a crowd noun or a political body: which one, in time ("the current crowd", "the outgoing administration"). */
export const WHICH_BEFORE = ['previous', 'last', 'old', 'current', 'present', 'outgoing', 'same', 'other'];

/** Welsh adjectives follow the noun ("y weinyddiaeth bresennol", "y criw blaenorol"). */
export const WHICH_AFTER = ['presennol', 'bresennol', 'blaenorol', 'flaenorol', 'llywodraethol', 'diwethaf'];

/** Right after the noun, where the group sits: "the ones opposite", "the usual suspects across the chamber". */
export const SEATED = ['opposite', 'across the chamber', 'across the floor', 'across the way', 'of the chamber', 'on the other side', 'on the other benches',
  'on the opposition benches', 'gyferbyn', 'ochr arall y siambr', 'arall y siambr'];

/** Words that open a relative clause after the noun ("the lot who've…", "y criw sy'n…"). */
export const RELATIVE = ['who', 'whove', 'whod', 'wholl', 'whos', 'that', 'thats', 'which', 'sydd', 'syn', 'a', 'sydd wedi'];

/** Holding power, whatever the object: "…who've had this place sewn up", "…that's in charge". */
export const POWER_HELD = ['in charge', 'in power', 'in control', 'at the helm', 'running the show', 'run the show', 'sewn up', 'stitched up',
  'calling the shots', 'call the shots', 'took charge', 'taken charge', 'took control', 'taken control', 'pulling the strings', 'wrth y llyw', 'mewn grym'];

/** Verbs of running a place, with a seat of power after them ("…who've run County Hall since 2022"). */
export const POWER_VERBS = ['run', 'runs', 'ran', 'running', 'rule', 'rules', 'ruled', 'ruling', 'control', 'controls', 'controlled', 'controlling',
  'took over', 'taken over', 'rheoli', 'reoli', 'rheolir', 'rhedeg', 'redeg'];

/** A seat of power a group runs (not "the council's leisure centres": the possessive is another thing). */
export const SEATS = ['council', 'county hall', 'town hall', 'city hall', 'civic centre', 'guildhall', 'shire hall', 'this place', 'the place',
  'the chamber', 'the authority', 'this authority', 'this town', 'this city', 'this borough', 'this county', 'this district', 'things', 'the show',
  'y cyngor', 'cyngor', 'gyngor', 'neuadd y sir', 'y sir', 'siambr', 'lle ma', 'y lle'];
