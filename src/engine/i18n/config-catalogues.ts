// Both config catalogues, for hosts that validate files in either language (the CLI). The task pane
// takes the Welsh one from its on-demand Welsh chunk instead.
import { configCy } from './config-cy';
import { configEn, type ConfigCatalogue } from './config-en';
import type { Lang } from './lang';

export const CONFIG_CATALOGUES: Record<Lang, ConfigCatalogue> = { en: configEn, cy: configCy };
