// Every catalogue the engine ships, for hosts that can afford them all (the CLI, the task pane).
// The on-send bundle imports only en.ts (through check-core) and fetches Welsh when it needs it.
import { cy } from './cy';
import { en, type Catalogue } from './en';
import type { Lang } from './lang';

export const CATALOGUES: Record<Lang, Catalogue> = { en, cy };
