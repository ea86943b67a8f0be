// The usual short forms of first names ("Tony" for Anthony, "Pat" for Patrick): people write
// colleagues' names the way they say them.

/** Short forms of first names, to the full names they stand for. */
export const NICKNAMES = new Map<string, string[]>([
  ['tony', ['anthony', 'antony']], ['bob', ['robert']], ['rob', ['robert']], ['bill', ['william']], ['will', ['william']], ['jim', ['james']],
  ['mike', ['michael']], ['dave', ['david']], ['steve', ['stephen', 'steven']], ['chris', ['christopher', 'christine', 'christina']],
  ['liz', ['elizabeth']], ['beth', ['elizabeth', 'bethan']], ['kate', ['katherine', 'catherine', 'kathryn']], ['sue', ['susan']], ['jo', ['joanne', 'joanna']],
  ['sam', ['samuel', 'samantha']], ['nick', ['nicholas']], ['pete', ['peter']], ['andy', ['andrew']], ['tom', ['thomas']], ['dan', ['daniel']],
  ['ben', ['benjamin']], ['matt', ['matthew']], ['alex', ['alexander', 'alexandra']], ['di', ['diane', 'diana']], ['geoff', ['geoffrey']],
  ['jeff', ['jeffrey']], ['ken', ['kenneth']], ['les', ['leslie']], ['mick', ['michael']], ['pat', ['patricia', 'patrick']], ['rich', ['richard']],
  ['rick', ['richard']], ['ted', ['edward']], ['ed', ['edward']], ['val', ['valerie']], ['viv', ['vivienne', 'vivian']], ['wyn', ['wynford']]]);

/** The short forms of a full first name ("patrick" → ["pat"]). */
export function shortFormsOf(first: string): string[] {
  const found: string[] = [];
  for (const [short, fulls] of NICKNAMES) if (fulls.includes(first)) found.push(short);
  return found;
}
