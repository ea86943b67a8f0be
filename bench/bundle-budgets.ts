// The gzipped size each add-in bundle may reach, in KiB: one list for the build test that enforces it
// (test/build/launchevent-bundle.test.ts) and the bench that prints it, so the two cannot drift apart.
export const BUNDLE_BUDGETS_KIB = { 'launchevent.js': 132, 'taskpane.js': 325 } as const;
