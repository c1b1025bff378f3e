/**
 * The stored-value helper: every JSON state the add-on keeps reads through a schema, and a value
 * that is missing, not JSON, or of another shape reads as null instead of throwing later.
 */
import { z } from 'zod';
import { storedValue, type KeyValue } from '../../src/platform/stored-value';

function memory(initial: Record<string, string> = {}): KeyValue & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    getProperty: (key) => values[key] ?? null,
    setProperty: (key, value) => (values[key] = value),
    deleteProperty: (key) => delete values[key],
  };
}

const job = storedValue('documents.job', z.object({ pending: z.array(z.string()), notes: z.array(z.string()).catch([]) }));

test('a written value reads back as written', () => {
  const store = memory();
  job.write(store, { pending: ['P1'], notes: ['доступ не выдан'] });
  expect(JSON.parse(store.values['documents.job']!)).toEqual({ pending: ['P1'], notes: ['доступ не выдан'] });
  expect(job.read(store)).toEqual({ pending: ['P1'], notes: ['доступ не выдан'] });
});

test('missing, empty, not JSON, or another shape: null', () => {
  expect(job.read(memory())).toBeNull();
  expect(job.read(memory({ 'documents.job': '' }))).toBeNull();
  expect(job.read(memory({ 'documents.job': '{pending: [' }))).toBeNull();
  expect(job.read(memory({ 'documents.job': '{"pending": "P1"}' }))).toBeNull();
  expect(job.read(memory({ 'documents.job': 'null' }))).toBeNull();
});

test('a field with its own fallback keeps the rest of the value', () => {
  expect(job.read(memory({ 'documents.job': '{"pending": ["P2"], "notes": 7}' }))).toEqual({ pending: ['P2'], notes: [] });
  expect(job.read(memory({ 'documents.job': '{"pending": ["P2"]}' }))).toEqual({ pending: ['P2'], notes: [] });
});

test('remove deletes the key', () => {
  const store = memory({ 'documents.job': '{"pending": []}' });
  job.remove(store);
  expect(store.values).toEqual({});
  expect(job.read(store)).toBeNull();
});
