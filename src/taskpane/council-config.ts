// Loads the council's directory and policy from the add-in's own host and validates them with the
// engine's schemas; a bad or missing directory leaves the rules that need none still running.
import { DEFAULT_POLICY, loadDirectory, loadPolicy, type Directory, type Policy } from '../engine';
import { configText, type ConfigLanguage, type ConfigText } from '../engine/config/config-text';
import { ConfigFetchError, fetchJson } from '../office/fetch-json';
import { fallbackDirectory } from '../launchevent/light-config';

export interface CouncilConfig {
  directory: Directory;
  policy: Policy;
  /** False when the fallback is in use (no directory could be loaded). */
  directoryLoaded: boolean;
  /** False when the defaults are in use (no policy file, or a bad one). */
  policyLoaded: boolean;
  /** Problems to show, as `file: path: problem` lines. */
  problems: string[];
}

export type JsonSource = (path: string) => Promise<unknown>;

export const httpSource = (base: string): JsonSource => (path) => fetchJson(`${base}${path}`);

/** A file that could not be loaded: why, in the pane's language when it is one of ours. */
function loadProblem(error: unknown, text: ConfigText): string {
  if (error instanceof ConfigFetchError) return `${error.url}: ${text(error.reason, error.params)}`;
  return error instanceof Error ? error.message : String(error);
}

/** `language`: the pane's, for the files' problems (path: problem). */
export async function loadCouncilConfig(source: JsonSource, senderEmail: string, language: ConfigLanguage = {}): Promise<CouncilConfig> {
  const problems: string[] = [];
  const text = configText(language);
  let directory: Directory | undefined;
  let policy: Policy | undefined;
  try {
    const raw = await source('config/directory.json');
    if (raw === undefined) problems.push(`config/directory.json: ${text('config.directoryNotPublished')}`);
    else {
      const loaded = loadDirectory(raw, language);
      if (loaded.ok) directory = loaded.value;
      else problems.push(...loaded.errors.map((e) => `config/directory.json: ${e}`));
    }
  } catch (error) {
    problems.push(loadProblem(error, text));
  }
  let policyFound = false;
  try {
    const raw = await source('config/policy.json');
    policyFound = raw !== undefined;
    const loaded = loadPolicy(raw, language);
    if (loaded.ok) policy = loaded.value;
    else problems.push(...loaded.errors.map((e) => `config/policy.json: ${e}`));
  } catch (error) {
    problems.push(loadProblem(error, text));
  }
  return {
    directory: directory ?? fallbackDirectory(senderEmail),
    policy: policy ?? DEFAULT_POLICY,
    directoryLoaded: directory !== undefined,
    policyLoaded: policy !== undefined && policyFound,
    problems,
  };
}
