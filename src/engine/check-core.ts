// check() without the config loaders: what the on-send bundle imports (no zod, so it stays small).
export { check, type CheckOptions } from './check';
export { DEFAULT_POLICY } from './config/defaults';
export type { Directory, Member, Officer, Ward, Mailbox } from './config/directory-schema';
export type { Policy } from './config/policy-schema';
export * from './types';
