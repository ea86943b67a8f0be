// protocol-check election --polling-day DATE [--notice DATE] --policy FILE: writes the
// pre-election period into the policy file (created with its folder when absent). A period the
// admin wrote by hand that overlaps it is kept unless --replace; every replacement is named.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadPolicy, parseJson } from '../engine';
import { langOfLocale, type Lang } from '../engine/i18n/lang';
import { isIsoDate, latestNotice } from '../import/election';
import { writeJsonSafely } from '../import/safe-write';
import { fileProblem } from './errors';
import { readInput } from './import-target';
import { askedText, langOption } from './lang-option';
import type { Io, Run } from './main';
import { cliText, configLanguage, type CliText } from './messages';

interface ElectionOptions {
  pollingDay: string;
  notice?: string;
  name?: string;
  policy: string;
  replace?: boolean;
  dryRun?: boolean;
  lang?: Lang;
}

interface Period {
  start: string;
  end: string;
  name?: string;
}

// The name this command gives a period, in either language: a period that carries one was
// written here, anything else by hand.
const GENERATED = [cliText('en'), cliText('cy')];
const isGenerated = (p: Period) => GENERATED.some((t) => p.name === t('election.generatedName', { date: p.end }));
const describe = (p: Period, t: CliText) => t('election.period', { start: p.start, end: p.end, named: p.name ? 'yes' : 'no', name: p.name });

async function readPolicy(file: string, io: Io, t: CliText): Promise<Record<string, unknown> | undefined> {
  if (!existsSync(file)) return {};
  const json = parseJson((await readInput(file, t)).toString('utf8'), configLanguage(t));
  const loaded = json.ok ? loadPolicy(json.value, configLanguage(t)) : json;
  if (!loaded.ok) {
    io.stderr(`${loaded.errors.map((e) => `${file}: ${e}`).join('\n')}\n${t('import.nothingWrittenLine')}\n`);
    return undefined;
  }
  return json.ok ? (json.value as Record<string, unknown>) : {};
}

/** --lang, then the locale, then the "language" of the policy being written, then English. */
function policyText(options: ElectionOptions, io: Io, policy: Record<string, unknown>): CliText {
  return cliText(options.lang ?? langOfLocale(io.locale) ?? (policy.language === 'cy' ? 'cy' : 'en'));
}

export async function runElection(options: ElectionOptions, io: Io): Promise<number> {
  const asked = askedText(options, io);
  const polling = options.pollingDay;
  if (!isIsoDate(polling)) {
    io.stderr(`${asked('election.badPollingDay', { value: polling })}\n`);
    return 2;
  }
  const latest = latestNotice(polling);
  const notice = options.notice ?? latest;
  if (!isIsoDate(notice)) {
    io.stderr(`${asked('election.badNotice', { value: notice })}\n`);
    return 2;
  }
  if (notice > latest) {
    io.stderr(`${asked('election.noticeTooLate', { notice, latest, polling })}\n`);
    return 2;
  }
  const policy = await readPolicy(options.policy, io, asked);
  if (!policy) return 2;
  const t = policyText(options, io, policy);
  const periods = (Array.isArray(policy.preElectionPeriods) ? policy.preElectionPeriods : []) as Period[];
  const period: Period = { start: notice, end: polling, name: options.name ?? t('election.generatedName', { date: polling }) };
  const overlapping = periods.filter((p) => p.start <= period.end && p.end >= period.start);
  if (overlapping.some((p) => p.start === period.start && p.end === period.end && p.name === period.name)) {
    io.stdout(`${options.policy}: ${t('election.alreadyThere', { period: describe(period, t) })}\n`);
    return 0;
  }
  const handWritten = overlapping.filter((p) => !isGenerated(p));
  if (handWritten.length && !options.replace) {
    const list = handWritten.map((p) => describe(p, t)).join(t('import.and'));
    io.stderr(`${options.policy}: ${t('election.keptHandWritten', { count: handWritten.length, periods: list, start: period.start, end: period.end })}\n`);
    return 2;
  }
  const next = { ...policy, preElectionPeriods: [...periods.filter((p) => !overlapping.includes(p)), period].sort((a, b) => a.start.localeCompare(b.start)) };
  const lines = [
    ...overlapping.map((p) => t('election.replaced', { period: describe(p, t) })),
    `${options.policy}: ${t('election.written', { start: period.start, end: polling, latest: options.notice ? 'no' : 'yes' })}`,
  ];
  if (options.dryRun) {
    io.stdout(`${options.policy}: ${t('election.dryRun')}\n${lines.join('\n')}\n`);
    return 0;
  }
  try {
    const written = writeJsonSafely(options.policy, next);
    if (written.backup) lines.push(t('import.backup', { file: written.backup }));
  } catch (error) {
    io.stderr(`${(error as { path?: string }).path ?? options.policy}: ${t('import.notChanged', { problem: fileProblem(error, t), file: options.policy })}\n`);
    return 2;
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

export function registerElection(program: Command, io: Io, run: Run, t: CliText): void {
  program.command('election')
    .summary(t('help.election.summary'))
    .description(t('help.election.description'))
    .requiredOption('--polling-day <date>', t('help.election.pollingDay'))
    .requiredOption('--policy <file>', t('help.election.policy'))
    .option('--notice <date>', t('help.election.notice'))
    .option('--name <text>', t('help.election.name'))
    .option('--replace', t('help.election.replace'))
    .option('--dry-run', t('help.election.dryRun'))
    .addOption(langOption(t, 'help.langPolicy'))
    .addHelpText('after', t('help.election.after'))
    .action((options: ElectionOptions) => run(() => runElection(options, io)));
}
