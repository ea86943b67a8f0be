// Validates directory and policy values in stages (shape, then references), as path: problem lines
// worded in the language the host asks for (English by default).
import type { z } from 'zod';
import { configText, quotedList, type ConfigLanguage, type ConfigText } from './config-text';
import { directorySchema, type Directory } from './directory-schema';
import { policySchema, type Policy } from './policy-schema';
import { DEFAULT_POLICY } from './defaults';
import { formatIssues, formatPath } from './format-issues';
import { keysAt } from './schema-keys';
import { didYouMean, suggestion } from './did-you-mean';

/** `notices`: fields the file adds that Protocol Check does not use (kept out of the value, never an error). */
export type Loaded<T> = { ok: true; value: T; notices?: string[] } | { ok: false; errors: string[] };

/**
 * formats.md: "you may add optional fields". A council's own field ("title", "directorate", "nameCy") is
 * set aside with a notice; a field that looks like a misspelt real one ("portfolo", "emial") is still an
 * error, so a typo never silently loses data. A real field with a suffix ("nameCy") is an extra, not a typo.
 */
function councilOwnField(key: string, allowed: readonly string[]): boolean {
  if (allowed.some((a) => key.length > a.length && key.startsWith(a) && /[A-Z0-9_]/.test(key[a.length]!))) return true;
  return didYouMean(key, allowed) === undefined;
}

/** Removes `key` from the object at `path` inside a copy of the input (a JSON value). */
function without(input: unknown, path: readonly PropertyKey[], keys: readonly string[]): unknown {
  const copy = JSON.parse(JSON.stringify(input)) as Record<PropertyKey, unknown>;
  let at: unknown = copy;
  for (const part of path) at = (at as Record<PropertyKey, unknown> | undefined)?.[part];
  if (at && typeof at === 'object') for (const key of keys) delete (at as Record<string, unknown>)[key];
  return copy;
}

/** Rounds of setting extra fields aside (each round clears every object zod reported at once). */
const MAX_EXTRA_ROUNDS = 4;

function parseWith<S extends z.ZodType>(schema: S, input: unknown, t: ConfigText): Loaded<z.output<S>> {
  const notices: string[] = [];
  let current = input;
  for (let round = 0; ; round++) {
    const result = schema.safeParse(current, { reportInput: true });
    if (result.success) return notices.length ? { ok: true, value: result.data, notices } : { ok: true, value: result.data };
    const extras = round < MAX_EXTRA_ROUNDS ? result.error.issues.flatMap((issue) => issue.code !== 'unrecognized_keys' ? [] :
      [{ path: issue.path, keys: issue.keys.filter((key) => councilOwnField(key, keysAt(schema, issue.path))) }]).filter((e) => e.keys.length > 0) : [];
    if (extras.length === 0) return { ok: false, errors: formatIssues(result.error, (path) => keysAt(schema, path), t) };
    for (const { path, keys } of extras) {
      current = without(current, path, keys);
      for (const key of keys) notices.push(`${formatPath([...path, key], t)}: ${t('config.extraField')}`);
    }
  }
}

/** Cross-references zod cannot see: ward ids that members use, duplicate ward ids. */
function checkDirectoryReferences(directory: Directory, t: ConfigText): string[] {
  const errors: string[] = [];
  const wardIds = directory.wards.map((w) => w.id);
  const seen = new Set<string>();
  directory.wards.forEach((ward, i) => {
    if (seen.has(ward.id)) errors.push(`wards[${i}].id: ${t('config.duplicateWardId', { id: ward.id })}`);
    seen.add(ward.id);
  });
  directory.members.forEach((member, i) => {
    const wards = typeof member.ward === 'string' ? [member.ward] : member.ward;
    wards.forEach((ward, j) => {
      if (wardIds.includes(ward)) return;
      const where = typeof member.ward === 'string' ? `members[${i}].ward` : `members[${i}].ward[${j}]`;
      errors.push(`${where}: ${t('config.unknownWard', { ward, hint: suggestion(ward, wardIds, t) || t('config.addWardOrUse', { list: quotedList(wardIds) }) })}`);
    });
  });
  return errors;
}

export function loadDirectory(input: unknown, language: ConfigLanguage = {}): Loaded<Directory> {
  const t = configText(language);
  const shaped = parseWith(directorySchema, input, t);
  if (!shaped.ok) return shaped;
  const errors = checkDirectoryReferences(shaped.value, t);
  return errors.length ? { ok: false, errors } : shaped;
}

export function loadPolicy(input: unknown, language: ConfigLanguage = {}): Loaded<Policy> {
  return parseWith(policySchema, input ?? {}, configText(language));
}

/** JSON.parse with a line:column answer instead of a character offset. */
export function parseJson(text: string, language: ConfigLanguage = {}): Loaded<unknown> {
  const t = configText(language);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 gives "at position N", or nothing when the text simply stops ("Unexpected end of JSON input").
    const position = /position (\d+)/.exec(message);
    if (position || /unexpected end/i.test(message)) {
      const offset = position ? Number(position[1]) : text.length;
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      return { ok: false, errors: [t('config.jsonAt', { line, column, detail: message.replace(/ in JSON at position \d+.*$/, '') })] };
    }
    return { ok: false, errors: [t('config.json', { detail: message })] };
  }
}

/** The policy an empty file gives (the plain-object source keeps check() free of zod). */
export const defaultPolicy: Policy = DEFAULT_POLICY;
