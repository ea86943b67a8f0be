// The bundled sample council (Harbury Vale, fictional): the default directory and policy, so
// the command line and the simulator work before a council supplies its own.
import { loadDirectory, loadPolicy, type Directory, type Policy } from '../engine';
import directoryJson from './directory.json';
import policyJson from './policy.json';

function orThrow<T>(loaded: { ok: true; value: T } | { ok: false; errors: string[] }, what: string): T {
  if (!loaded.ok) throw new Error(`The bundled sample ${what} is invalid:\n${loaded.errors.join('\n')}`);
  return loaded.value;
}

export const sampleDirectory: Directory = orThrow(loadDirectory(directoryJson), 'directory');
export const samplePolicy: Policy = orThrow(loadPolicy(policyJson), 'policy');
