// Removes the demo school global setup made (its temporary folder).
const fs = require('node:fs');
const path = require('node:path');

module.exports = async function globalTeardown() {
  const file = process.env.DEMO_STATE_FILE;
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
};
