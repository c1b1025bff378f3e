const os = require('os');

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default on a 2-core machine is one worker, which leaves a core idle while a browser test
  // waits on its page; two workers halve the run (the suite is made to pass beside CPU hogs).
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testMatch: ['**/*.test.ts'],
  // The emulator's package (emulator/package.json) by its name, straight from its source, so no
  // link in node_modules is needed for the tests to find it.
  moduleNameMapper: { '^@pds/emulator$': '<rootDir>/emulator/index.ts' },
  // dist/ and the preview's demo school are built once per run for every suite that needs them.
  globalSetup: '<rootDir>/tests/global-setup.js',
  // The emulator's clock without this machine's CPU (tests/setup-env.js).
  setupFiles: ['<rootDir>/tests/setup-env.js'],
  globalTeardown: '<rootDir>/tests/global-teardown.js',
};
