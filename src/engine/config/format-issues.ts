// Turns zod issues into `path: problem` lines a council admin can act on (no stack traces).
import type { z } from 'zod';
import { suggestion } from './did-you-mean';

/** `members[3].ward` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `the text "${input}"`;
  return `${typeof input === 'object' ? 'an object' : `a ${typeof input}`}`;
}

/**
 * One line per issue. `knownKeys` maps a path (as formatted) to the allowed keys there, so an
 * unknown field can be answered with the nearest real one.
 */
export function formatIssue(issue: z.core.$ZodIssue, knownKeys: (path: readonly PropertyKey[]) => readonly string[]): string[] {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = knownKeys(issue.path);
        const hint = suggestion(key, allowed);
        return `${where}: unknown field "${key}"${hint || ` — allowed fields are ${allowed.map((k) => `"${k}"`).join(', ')}`}`;
      });
    case 'invalid_type': {
      const input = (issue as { input?: unknown }).input;
      const wanted = issue.expected === 'array' ? 'a list' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
      if (input === undefined) return [`${where}: required — add ${wanted}`];
      return [`${where}: expected ${wanted}, got ${describeReceived(input)}`];
    }
    case 'invalid_value': {
      const input = (issue as { input?: unknown }).input;
      const options = issue.values.map(String);
      const hint = typeof input === 'string' ? suggestion(input, options) : '';
      return [`${where}: ${typeof input === 'string' ? `"${input}"` : describeReceived(input)} is not allowed${hint || ` — use one of ${options.map((o) => `"${o}"`).join(', ')}`}`];
    }
    case 'invalid_union':
      return [`${where}: ${issue.message}`];
    default:
      return [`${where}: ${issue.message}`];
  }
}

export function formatIssues(error: z.ZodError, knownKeys: (path: readonly PropertyKey[]) => readonly string[]): string[] {
  return error.issues.flatMap((issue) => formatIssue(issue, knownKeys));
}
