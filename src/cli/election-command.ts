// protocol-check election --polling-day DATE [--notice DATE] --policy FILE: writes the
// pre-election period into the policy file (created with its folder when absent). A period the
// admin wrote by hand that overlaps it is kept unless --replace; every replacement is named.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadPolicy, parseJson } from '../engine';
import { isIsoDate, latestNotice } from '../import/election';
import { writeJsonSafely } from '../import/safe-write';
import { fileProblem } from './errors';
import { readInput } from './import-target';
import type { Io, Run } from './main';

interface ElectionOptions {
  pollingDay: string;
  notice?: string;
  name?: string;
  policy: string;
  replace?: boolean;
  dryRun?: boolean;
}

interface Period {
  start: string;
  end: string;
  name?: string;
}

const generatedName = (end: string) => `Elections on ${end}`;
const describe = (p: Period) => `${p.start} to ${p.end}${p.name ? ` ("${p.name}")` : ''}`;

async function readPolicy(file: string, io: Io): Promise<Record<string, unknown> | undefined> {
  if (!existsSync(file)) return {};
  const json = parseJson((await readInput(file)).toString('utf8'));
  const loaded = json.ok ? loadPolicy(json.value) : json;
  if (!loaded.ok) {
    io.stderr(`${loaded.errors.map((e) => `${file}: ${e}`).join('\n')}\n(nothing was written)\n`);
    return undefined;
  }
  return json.ok ? (json.value as Record<string, unknown>) : {};
}

export async function runElection(options: ElectionOptions, io: Io): Promise<number> {
  const polling = options.pollingDay;
  if (!isIsoDate(polling)) {
    io.stderr(`protocol-check election: --polling-day must be a date such as 2027-05-06 (got "${polling}")\n`);
    return 2;
  }
  const latest = latestNotice(polling);
  const notice = options.notice ?? latest;
  if (!isIsoDate(notice)) {
    io.stderr(`protocol-check election: --notice must be a date such as 2027-03-29 (got "${notice}")\n`);
    return 2;
  }
  if (notice > latest) {
    io.stderr(`protocol-check election: a notice on ${notice} is too late — it must be published by ${latest}, the 25th working day before polling day ${polling}\n`);
    return 2;
  }
  const policy = await readPolicy(options.policy, io);
  if (!policy) return 2;
  const periods = (Array.isArray(policy.preElectionPeriods) ? policy.preElectionPeriods : []) as Period[];
  const period: Period = { start: notice, end: polling, name: options.name ?? generatedName(polling) };
  const overlapping = periods.filter((p) => p.start <= period.end && p.end >= period.start);
  if (overlapping.some((p) => p.start === period.start && p.end === period.end && p.name === period.name)) {
    io.stdout(`${options.policy}: the pre-election period ${describe(period)} is already there — nothing to change\n`);
    return 0;
  }
  // A period this command wrote carries its generated name; anything else was written by hand.
  const handWritten = overlapping.filter((p) => p.name !== generatedName(p.end));
  if (handWritten.length && !options.replace) {
    io.stderr(`${options.policy}: kept the period${handWritten.length > 1 ? 's' : ''} ${handWritten.map(describe).join(' and ')}, written by hand, which overlap${handWritten.length > 1 ? '' : 's'} ${period.start} to ${period.end} — nothing was written.\nGive --replace to replace ${handWritten.length > 1 ? 'them' : 'it'} with the generated period.\n`);
    return 2;
  }
  const next = { ...policy, preElectionPeriods: [...periods.filter((p) => !overlapping.includes(p)), period].sort((a, b) => a.start.localeCompare(b.start)) };
  const lines = [
    ...overlapping.map((p) => `  replaced the period ${describe(p)}`),
    `${options.policy}: pre-election period ${period.start} to ${polling}${options.notice ? '' : ' (the latest day for the notice of election)'}`,
  ];
  if (options.dryRun) {
    io.stdout(`${options.policy}: dry run, nothing was written\n${lines.join('\n')}\n`);
    return 0;
  }
  try {
    const written = writeJsonSafely(options.policy, next);
    if (written.backup) lines.push(`  the previous version is in ${written.backup}`);
  } catch (error) {
    io.stderr(`${(error as { path?: string }).path ?? options.policy}: ${fileProblem(error)} (${options.policy} was not changed)\n`);
    return 2;
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

export function registerElection(program: Command, io: Io, run: Run): void {
  program.command('election')
    .summary('Write the pre-election period into policy.json.')
    .description('Write the pre-election period into the policy file: from the latest day for the notice of election (25 working days before polling day, skipping weekends, bank holidays and Christmas Eve) to polling day.')
    .requiredOption('--polling-day <date>', 'polling day, YYYY-MM-DD')
    .requiredOption('--policy <file>', 'the policy.json to write into (created with its folder when absent; the rest of it is kept; the previous version is kept as FILE.bak)')
    .option('--notice <date>', 'the day the notice of election is published, if earlier than the latest allowed (default: the latest allowed)')
    .option('--name <text>', 'the period\'s name (default: "Elections on <polling day>")')
    .option('--replace', 'replace a hand-written period that overlaps (otherwise it is kept and nothing is written)')
    .option('--dry-run', 'print the change and write nothing')
    .addHelpText('after', `
Example:
  protocol-check election --polling-day 2027-05-06 --policy council/policy.json`)
    .action((options: ElectionOptions) => run(() => runElection(options, io)));
}
