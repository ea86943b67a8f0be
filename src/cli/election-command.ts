// protocol-check election --polling-day DATE [--notice DATE] --policy FILE: writes the
// pre-election period into the policy file (created when absent).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadPolicy, parseJson } from '../engine';
import { isIsoDate, latestNotice } from '../import/election';
import { writeJsonAtomic } from '../import/write-atomic';
import type { Io } from './main';

const USAGE = 'Usage: protocol-check election --polling-day YYYY-MM-DD [--notice YYYY-MM-DD] [--name TEXT] --policy FILE\n';

export async function electionCommand(argv: readonly string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { 'polling-day': { type: 'string' }, notice: { type: 'string' }, policy: { type: 'string' }, name: { type: 'string' } } }));
  } catch (error) {
    io.stderr(`protocol-check election: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const polling = values['polling-day'];
  if (!polling || !isIsoDate(polling)) {
    io.stderr(`protocol-check election: --polling-day must be a date such as 2027-05-06${polling ? ` (got "${polling}")` : ''}\n${USAGE}`);
    return 2;
  }
  if (!values.policy) {
    io.stderr(`protocol-check election: --policy FILE is required (the policy file to write the period into)\n${USAGE}`);
    return 2;
  }
  const latest = latestNotice(polling);
  const notice = values.notice ?? latest;
  if (!isIsoDate(notice)) {
    io.stderr(`protocol-check election: --notice must be a date such as 2027-03-29 (got "${notice}")\n`);
    return 2;
  }
  if (notice > latest) {
    io.stderr(`protocol-check election: a notice on ${notice} is too late — it must be published by ${latest}, the 25th working day before polling day ${polling}\n`);
    return 2;
  }
  let policy: Record<string, unknown> = {};
  if (existsSync(values.policy)) {
    const json = parseJson(await readFile(values.policy, 'utf8'));
    const loaded = json.ok ? loadPolicy(json.value) : json;
    if (!loaded.ok) {
      io.stderr(`${loaded.errors.map((e) => `${values.policy}: ${e}`).join('\n')}\n(nothing was written)\n`);
      return 2;
    }
    policy = json.ok ? (json.value as Record<string, unknown>) : {};
  }
  // Keep the file as the admin wrote it; replace a period that ends on the same polling day.
  const periods = (Array.isArray(policy.preElectionPeriods) ? policy.preElectionPeriods : []) as { start: string; end: string; name?: string }[];
  const period = { start: notice, end: polling, name: values.name ?? `Elections on ${polling}` };
  const next = { ...policy, preElectionPeriods: [...periods.filter((p) => p.end !== polling), period].sort((a, b) => a.start.localeCompare(b.start)) };
  writeJsonAtomic(values.policy, next);
  io.stdout(`${values.policy}: pre-election period ${notice} to ${polling}${values.notice ? '' : ' (the latest day for the notice of election)'}\n`);
  return 0;
}
