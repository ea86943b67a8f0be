// Everything the pane needs to speak Welsh, as one on-demand chunk: its own words and the engine's.
export { paneCy } from './pane-cy';
export { cy } from '../../engine/i18n/cy';
export { fixReasonsCy } from '../../engine/i18n/fix-reasons-cy';
export { configCy } from '../../engine/i18n/config-cy';
