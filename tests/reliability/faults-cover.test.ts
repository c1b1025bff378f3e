/** Every reliable action is broken by one of the faults files: a new action cannot be left out. */
import { RELIABLE_ACTIONS } from './actions';
import * as fs from 'fs';
import * as path from 'path';

test('each reliable action has its faults file', () => {
  const files = fs.readdirSync(__dirname).filter((f) => /^faults-.*\.test\.ts$/.test(f) && f !== 'faults-cover.test.ts');
  const text = files.map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8')).join('\n');
  expect(RELIABLE_ACTIONS.map((a) => a.name).filter((name) => !text.includes(`'${name}'`))).toEqual([]);
});
