// Reads the directory and policy files named on the command line (or the bundled sample council).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_POLICY, loadDirectory, loadMessageOverrides, loadPolicy, parseJson, type CatalogueOverrides, type Directory, type Loaded, type Policy } from '../engine';
import { sampleDirectory, samplePolicy } from '../sample-council';
import { fileProblem, InputError } from './errors';
import { cliText, configLanguage, type CliText } from './messages';

async function readJsonFile(file: string, t: CliText): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError([fileProblem(error, t)]);
  }
  const json = parseJson(text, configLanguage(t));
  if (!json.ok) throw new InputError(json.errors);
  return json.value;
}

export interface Config {
  directory: Directory;
  policy: Policy;
  directoryFile?: string;
  policyFile?: string;
  /** The council's corrections to the wording (messages.json beside the policy file), if any. */
  messages?: CatalogueOverrides;
  messagesFile?: string;
  /** Fields the council's files add that Protocol Check sets aside, as `FILE: path: notice` lines (validate shows them). */
  notices?: string[];
}

/** messages.json beside policy.json: optional, but when present it must be valid. */
async function readMessages(policyFile: string, errors: string[], t: CliText): Promise<{ messages?: CatalogueOverrides; messagesFile?: string }> {
  const file = join(dirname(policyFile), 'messages.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  const json = parseJson(text, configLanguage(t));
  const loaded = json.ok ? loadMessageOverrides(json.value, configLanguage(t)) : json;
  if (!loaded.ok) {
    errors.push(...loaded.errors.map((e) => `${file}: ${e}`));
    return {};
  }
  return { messages: loaded.value, messagesFile: file };
}

/** Errors come back as `FILE: path: problem` lines, every problem in both files at once. */
export async function readConfig(directoryFile?: string, policyFile?: string, t: CliText = cliText('en')): Promise<Config> {
  const errors: string[] = [];
  const notices: string[] = [];
  let directory = sampleDirectory;
  // With no --policy, the sample council's policy goes with the sample directory; a council's
  // own directory gets the defaults (formats.md: a missing policy file means the defaults).
  let policy: Loaded<Policy> = { ok: true, value: directoryFile ? DEFAULT_POLICY : samplePolicy };
  if (directoryFile) {
    try {
      const loaded = loadDirectory(await readJsonFile(directoryFile, t), configLanguage(t));
      if (loaded.ok) directory = loaded.value;
      if (loaded.ok) notices.push(...(loaded.notices ?? []).map((n) => `${directoryFile}: ${n}`));
      else errors.push(...loaded.errors.map((e) => `${directoryFile}: ${e}`));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(...error.lines.map((e) => `${directoryFile}: ${e}`));
    }
  }
  if (policyFile) {
    try {
      policy = loadPolicy(await readJsonFile(policyFile, t), configLanguage(t));
      if (!policy.ok) errors.push(...policy.errors.map((e) => `${policyFile}: ${e}`));
      else notices.push(...(policy.notices ?? []).map((n) => `${policyFile}: ${n}`));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(...error.lines.map((e) => `${policyFile}: ${e}`));
    }
  }
  const overrides = policyFile ? await readMessages(policyFile, errors, t) : {};
  if (errors.length) throw new InputError(errors);
  return { directory, policy: policy.ok ? policy.value : DEFAULT_POLICY, directoryFile, policyFile, ...overrides, ...(notices.length ? { notices } : {}) };
}
