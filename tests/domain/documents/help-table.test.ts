/**
 * docs/placeholders.md is the one table of template fields the deputy reads; it must say what the
 * code accepts. Regenerate with: UPDATE_DOCS=1 npx jest tests/domain/documents/help-table
 */
import fs from 'node:fs';
import path from 'node:path';
import { DICTIONARIES } from '../../../src/documents/fields';
import { placeholderTable } from '../../../src/documents/help-table';

const FILE = path.resolve(__dirname, '..', '..', '..', 'docs', 'placeholders.md');

test('docs/placeholders.md lists every field of every document kind', () => {
  const expected = placeholderTable(Object.values(DICTIONARIES));
  if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(FILE, expected);
  expect(fs.readFileSync(FILE, 'utf8')).toBe(expected);
  for (const dictionary of Object.values(DICTIONARIES)) {
    for (const field of dictionary.fields) expect(expected).toContain(`{{${field.name}}}`);
  }
});
