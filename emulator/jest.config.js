// The emulator's own tests, run from its package folder (`cd emulator && npm test`): the root
// configuration (build of dist/ for the bundle cases, the alias of the package's name) over
// tests/emulator only.
const path = require('node:path');
const base = require('../jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: path.join(__dirname, '..'),
  roots: ['<rootDir>/tests/emulator'],
};
