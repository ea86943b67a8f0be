// The gzipped size each add-in bundle may reach, in KiB: one list for the build test that enforces it
// (test/build/launchevent-bundle.test.ts) and the bench that prints it, so the two cannot drift apart.
export const BUNDLE_BUDGETS_KIB = { 'launchevent.js': 140, 'taskpane.js': 335 } as const;
