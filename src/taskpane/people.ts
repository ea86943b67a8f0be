// People a finding names, shown as a councillor knows them: by name (from the draft or the council
// directory) and where they are on the draft now, not where the fix would put them.
import type { Directory, Draft } from '../engine';
import { stripTitle } from '../engine/people/directory-index';

export type Place = 'to' | 'cc' | 'bcc' | 'from' | 'none';

export interface Person {
  email: string;
  /** Full name without "Cllr" and the like, or the address when no name is known. */
  name: string;
  place: Place;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function placeOf(email: string, draft: Pick<Draft, 'to' | 'cc' | 'bcc' | 'from'> | undefined): Place {
  if (!draft) return 'none';
  for (const field of ['to', 'cc', 'bcc'] as const) if (draft[field].some((a) => same(a.email, email))) return field;
  return same(draft.from.email, email) ? 'from' : 'none';
}

export function nameOf(email: string, draft: Pick<Draft, 'to' | 'cc' | 'bcc' | 'from'> | undefined, directory: Directory | undefined): string {
  const known = [...(directory?.members ?? []), ...(directory?.officers ?? [])].find((p) => p.email !== undefined && same(p.email, email))?.name;
  const onDraft = draft && [...draft.to, ...draft.cc, ...draft.bcc, draft.from].find((a) => same(a.email, email))?.name;
  const name = known ?? (onDraft && !same(onDraft, email) ? onDraft : undefined);
  return name ? stripTitle(name) : email;
}

export function personOf(email: string, draft: Draft | undefined, directory: Directory | undefined): Person {
  return { email, name: nameOf(email, draft, directory), place: placeOf(email, draft) };
}

/** "Beth" for "Beth Holloway"; an address stays whole. */
export function firstName(name: string): string {
  return name.includes('@') ? name : name.split(/\s+/)[0] ?? name;
}
