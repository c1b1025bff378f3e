/**
 * The layers are a lint rule (eslint.config.mjs): a file that imports from a layer above its own
 * fails `npm run lint`. Each case lints a probe as if it lay at the given path in the repository.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

// ESLint loads eslint.config.mjs by a dynamic import, which jest's module sandbox refuses: the
// probes are linted by the ESLint Node API in a plain Node process, all in one run.
const LINT = `
const { ESLint } = require('eslint');
const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
Promise.all(probes.map(async ([file, code]) => {
  const [result] = await eslint.lintText(code, { filePath: require('node:path').join(process.cwd(), file) });
  return result.messages.filter((m) => /no-restricted-imports$/.test(m.ruleId || '')).map((m) => m.message);
})).then((out) => process.stdout.write(JSON.stringify(out)));
`;

function lintAll(probes: ReadonlyArray<readonly [string, string]>): string[][] {
  const out = execFileSync(process.execPath, ['-e', LINT], { cwd: root, input: JSON.stringify(probes), encoding: 'utf8' });
  return JSON.parse(out) as string[][];
}

const use = (name: string) => `\nexport const probe = ${name};\n`;

const BREAKS: Array<[string, string, string]> = [
  ['src/workbook/probe.ts', "import { STUDENT_STATEMENTS } from '../forms/definitions';" + use('STUDENT_STATEMENTS'), 'workbook may not import'],
  ['src/rhythm/probe.ts', "import { resumeDocumentJob } from '../endpoints/documents';" + use('resumeDocumentJob'), 'features may not import endpoints'],
  ['src/domain/probe.ts', "import { TABS } from '../workbook/tabs';" + use('TABS'), 'domain, text and wire types may not import'],
  ['src/platform/probe.ts', "import { TABS } from '../workbook/tabs';" + use('TABS'), 'platform may not import'],
  ['src/endpoints/probe.ts', "import { onOpen } from '../index';" + use('onOpen'), 'nothing imports it'],
  ['src/documents/fields/probe.ts', "import { TABS } from '../../endpoints/documents';" + use('TABS'), 'features may not import endpoints'],
  ['sidebar/pages/teacher/probe.ts', "import { TABS } from '../../../src/workbook/tabs';" + use('TABS'), 'Sidebar pages ship to the browser'],
  // The emulator is a package: from outside it, only its entry.
  ['tests/src/probe.test.ts', "import { Emulator } from '../../emulator/core/emulator';" + use('Emulator'), 'through its entry'],
  ['bench/probe.ts', "import { outbox } from '../emulator/mail';" + use('outbox'), 'through its entry'],
  ['tools/preview/probe.ts', "import { Host } from '@pds/emulator/host';" + use('Host'), 'through its entry'],
];

const ALLOWED: Array<[string, string]> = [
  ['src/workbook/probe.ts', "import { STUDENT_STATEMENTS } from '../domain/student-statements';" + use('STUDENT_STATEMENTS')],
  ['src/rhythm/probe.ts', "import { resumeDocumentJob } from '../documents/generate-job';" + use('resumeDocumentJob')],
  ['src/endpoints/probe.ts', "import { TABS } from '../workbook/tabs';" + use('TABS')],
  ['sidebar/pages/teacher/probe.ts', "import { formatRu } from '../../../src/domain/local-date';" + use('formatRu')],
  ['sidebar/pages/teacher/probe.ts', "import type { TabKey } from '../../../src/workbook/columns';\nexport type Probe = TabKey;\n"],
  ['tests/src/probe.test.ts', "import { Emulator } from '@pds/emulator';" + use('Emulator')],
  // The emulator's own tests may reach inside it.
  ['tests/emulator/probe.test.ts', "import { Faults } from '../../emulator/core/faults';" + use('Faults')],
];

let results: string[][] = [];
beforeAll(() => {
  results = lintAll([...BREAKS.map(([file, code]) => [file, code] as const), ...ALLOWED]);
});

test.each(BREAKS.map((b, i) => [...b, i] as const))('%s: an import from a layer above fails lint', (_file, _code, message, i) => {
  expect(results[i]).toHaveLength(1);
  expect(results[i]![0]).toContain(message);
});

test.each(ALLOWED.map((a, i) => [...a, BREAKS.length + i] as const))('%s: an import from its own layer or below passes', (_file, _code, i) => {
  expect(results[i]).toEqual([]);
});
