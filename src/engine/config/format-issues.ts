// Turns zod issues into `path: problem` lines a council admin can act on (no stack traces). The
// path stays as the file spells it; the problem is worded from the config catalogue (config-text.ts).
import type { z } from 'zod';
import { configText, isConfigKey, quotedList, type ConfigText } from './config-text';
import { suggestion } from './did-you-mean';

/** `members[3].ward` from zod's path array. */
export function formatPath(path: readonly PropertyKey[], t: ConfigText = configText()): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? t('config.topLevel') : out;
}

function describeReceived(input: unknown, t: ConfigText): string {
  if (input === undefined) return t('config.received', { kind: 'nothing' });
  if (input === null) return t('config.received', { kind: 'null' });
  if (Array.isArray(input)) return t('config.received', { kind: 'list' });
  if (typeof input === 'string') return t('config.received', { kind: 'text', text: input });
  return t('config.received', { kind: typeof input });
}

/** ">=1", ">3", "5": zod's bound as the English message wrote it. */
function limit(inclusive: boolean | undefined, exact: boolean | undefined, bound: unknown, least: boolean): string {
  const sign = exact ? '' : `${least ? '>' : '<'}${inclusive ? '=' : ''}`;
  return `${sign}${String(bound)}`;
}

/**
 * A custom issue's params; `{ word, candidates, listKey }` (an unknown name) becomes `hint`: the
 * nearest candidate, or the list of them all.
 */
function customParams(issue: z.core.$ZodIssue, t: ConfigText): Record<string, string> {
  const params = (issue as { params?: Record<string, unknown> }).params ?? {};
  const { word, candidates, listKey } = params as { word?: string; candidates?: readonly string[]; listKey?: string };
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string') out[name] = value;
  if (word !== undefined && candidates && listKey && isConfigKey(listKey)) {
    out.hint = suggestion(word, candidates, t) || t(listKey, { list: candidates.join(', ') });
  }
  return out;
}

function problem(issue: z.core.$ZodIssue, knownKeys: (path: readonly PropertyKey[]) => readonly string[], t: ConfigText): string[] {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = knownKeys(issue.path);
        return t('config.unknownField', { key, hint: suggestion(key, allowed, t) || t('config.allowedFields', { list: quotedList(allowed) }) });
      });
    case 'invalid_type': {
      const wanted = t('config.type', { type: issue.expected });
      if (input === undefined) return [t('config.required', { wanted })];
      return [t('config.expected', { wanted, got: describeReceived(input, t) })];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const hint = typeof input === 'string' ? suggestion(input, options, t) : '';
      const value = typeof input === 'string' ? t('config.quoted', { text: input }) : describeReceived(input, t);
      return [t('config.notAllowed', { value, hint: hint || t('config.useOneOf', { list: quotedList(options) }) })];
    }
    case 'too_small':
      return [t('config.tooSmall', { origin: issue.origin, limit: limit(issue.inclusive, issue.exact, issue.minimum, true) })];
    case 'too_big':
      return [t('config.tooBig', { origin: issue.origin, limit: limit(issue.inclusive, issue.exact, issue.maximum, false) })];
    case 'invalid_union':
      return [isConfigKey(issue.message) ? t(issue.message) : t('config.invalidUnion')];
    default: {
      // The schemas' own checks carry a catalogue key (with params for a custom issue).
      if (isConfigKey(issue.message)) return [t(issue.message, customParams(issue, t))];
      return [t('config.otherProblem', { message: issue.message })];
    }
  }
}

/**
 * One line per issue. `knownKeys` maps a path (as formatted) to the allowed keys there, so an
 * unknown field can be answered with the nearest real one.
 */
export function formatIssue(issue: z.core.$ZodIssue, knownKeys: (path: readonly PropertyKey[]) => readonly string[], t: ConfigText = configText()): string[] {
  const where = formatPath(issue.path, t);
  return problem(issue, knownKeys, t).map((line) => `${where}: ${line}`);
}

export function formatIssues(error: z.ZodError, knownKeys: (path: readonly PropertyKey[]) => readonly string[], t: ConfigText = configText()): string[] {
  return error.issues.flatMap((issue) => formatIssue(issue, knownKeys, t));
}
