// Jest runs the TypeScript tests through ts-jest; test/ mirrors src/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testTimeout: 30000,
  // A worker that has grown past this is replaced between test files: the engine's lexicon tables are built once per
  // test file, and a long run on a small CI machine otherwise ends with the heap exhausted.
  workerIdleMemoryLimit: '1GB',
};
