/**
 * A JSON value the add-on keeps between executions (the document job, the rhythm's state, the
 * mail progress, the stored forms, the trigger map): one key and one zod schema, so every read
 * checks what it gets. A value that is missing, is not JSON, or does not fit the schema (edited by
 * hand, left by an older version) reads as null and each caller decides what that means; the
 * schema's `.catch` and `.default` keep what still reads field by field.
 */
import type { z } from 'zod';

/** Where the value lives: the workbook's store (platform/store.ts) or the user's properties. */
export interface KeyValue {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

export interface StoredValue<T> {
  readonly key: string;
  read(store: KeyValue): T | null;
  write(store: KeyValue, value: T): void;
  remove(store: KeyValue): void;
}

export function storedValue<S extends z.ZodType>(key: string, schema: S): StoredValue<z.output<S>> {
  return {
    key,
    read(store) {
      const raw = store.getProperty(key);
      if (!raw) return null;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return null;
      }
      const parsed = schema.safeParse(json);
      return parsed.success ? parsed.data : null;
    },
    write(store, value) {
      store.setProperty(key, JSON.stringify(value));
    },
    remove(store) {
      store.deleteProperty(key);
    },
  };
}
