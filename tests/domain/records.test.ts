import { RECORD_SCHEMAS, typedRecords } from '../../src/workbook/typed';
import { TABS } from '../../src/workbook/tabs';
import { readTab } from '../../src/workbook/read';
import type { TabKey } from '../../src/workbook/columns';
import { fixedZone } from '../helpers/zone';

test.each(Object.keys(TABS) as TabKey[])('%s: the record schema and the columns name the same fields', (key) => {
  expect(Object.keys(RECORD_SCHEMAS[key].shape).sort()).toEqual(TABS[key].columns.map((c) => c.key).sort());
});

test('rows become typed records; a row with a reported problem stays out', () => {
  const headers = TABS.teachers.columns.map((c) => c.header);
  const row = (values: Record<string, string | number>) => headers.map((h) => values[h] ?? '');
  const read = readTab(
    TABS.teachers,
    [headers, row({ ID: 'T00001', ФИО: 'Иванова', Роль: 'педагог', 'Дата аттестации': '01.02.2026' }), row({ ID: 'T00002', ФИО: '', Роль: 'педагог' })],
    null,
    fixedZone(3),
  );
  const { records, problems } = typedRecords('teachers', read);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ row: 2, value: { id: 'T00001', fullName: 'Иванова', role: 'teacher', attestationDate: '2026-02-01', email: null } });
  expect(problems).toEqual([]);
  expect(read.problems.map((p) => p.cell)).toEqual(['B3']);
});
