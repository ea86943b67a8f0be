// Jest runs the TypeScript tests through ts-jest; test/ mirrors src/.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Compiled file by file (isolatedModules): `npm test` type-checks the whole project first (npm run typecheck), and a
  // type-checking program per worker held gigabytes — the CI run ended with a worker's heap exhausted.
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: { warnOnly: false } }] },
  testTimeout: 30000,
  // Three workers even on a two-core machine: each worker keeps some memory from every test file it runs (the engine's
  // lexicon tables are built once per file), and with one worker (cores − 1 on CI) the run ended with that worker's
  // heap exhausted after about 100 files. workerIdleMemoryLimit, tried first, restarts workers but jest 29.7 then failed
  // a suite with "terminated by another process: SIGTERM".
  maxWorkers: 3,
};
