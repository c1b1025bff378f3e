/**
 * The add-on's own memory of a workbook (the rhythm's state, the documents job, id counters,
 * stored forms and templates), kept in the spreadsheet itself as developer
 * metadata of PROJECT visibility: invisible to people, readable only by this project, and
 * reachable from every execution that can open the workbook — a trigger with no containing
 * document included, where document properties are null (docs/platform.md).
 *
 * Workbooks set up before kept this in document properties: the first execution that has them
 * copies them over once and marks the store ready. A trigger that meets an unready store does
 * nothing (storeReady) rather than act on an empty memory.
 */
import { currentSpreadsheet } from './workbook-ref';
import type { KeyValue } from './stored-value';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

const PREFIX = 'pedagog.';
const READY = 'store.ready';
/** The key older versions kept mail progress under (rhythm/send.ts PROGRESS_KEY). */
const LEGACY_MAIL_PROGRESS = 'rhythm.mail';

export interface Store {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): Store;
  getProperties(): Record<string, string>;
  setProperties(values: Record<string, string>): Store;
  deleteProperty(key: string): Store;
}

/** One key's entry: read once, then changed in place (one finder call for a read-modify-write). */
export interface Entry {
  value: string | null;
  set(value: string): void;
  remove(): void;
}

class MetadataStore implements Store {
  /** Entries found by this store, so a read and the write after it cost one search. */
  private readonly found = new Map<string, Metadata[]>();
  /** Values read by getProperties, so a key read after it costs no call. */
  private readonly values = new Map<Metadata, string>();
  /** getProperties has listed every entry: a key it did not see is absent unless added since. */
  private listed = false;
  private readonly added = new Set<string>();

  constructor(private readonly spreadsheet: Spreadsheet) {}

  id(): string {
    return this.spreadsheet.getId();
  }

  /** The key's entries; the prefix keeps other projects' metadata out. */
  private find(key: string): Metadata[] {
    let found = this.found.get(key);
    if (!found) {
      found = this.listed && !this.added.has(key) ? [] : this.spreadsheet.createDeveloperMetadataFinder().withKey(PREFIX + key).find();
      this.found.set(key, found);
    }
    return found;
  }

  entry(key: string): Entry {
    const found = this.find(key);
    // Two executions racing to create one key leave two entries: the newest wins, the rest go.
    const last = found.length ? found[found.length - 1]! : null;
    return {
      value: last ? (this.values.get(last) ?? last.getValue()) : null,
      set: (value: string) => {
        if (last) {
          last.setValue(value);
          this.values.set(last, value);
          for (const extra of found.slice(0, -1)) extra.remove();
          this.found.set(key, [last]);
        } else {
          this.spreadsheet.addDeveloperMetadata(PREFIX + key, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
          // A new entry is only found by searching again.
          this.added.add(key);
          this.found.delete(key);
        }
      },
      remove: () => {
        for (const m of found) m.remove();
        this.found.delete(key);
      },
    };
  }

  getProperty(key: string): string | null {
    return this.entry(key).value;
  }

  setProperty(key: string, value: string): Store {
    this.entry(key).set(value);
    return this;
  }

  getProperties(): Record<string, string> {
    const out: Record<string, string> = {};
    const entries = new Map<string, Metadata[]>();
    for (const m of this.spreadsheet.getDeveloperMetadata()) {
      const key = m.getKey();
      if (!key.startsWith(PREFIX)) continue;
      const value = m.getValue();
      if (value !== null) this.values.set(m, value);
      out[key.slice(PREFIX.length)] = value ?? '';
      entries.set(key.slice(PREFIX.length), [...(entries.get(key.slice(PREFIX.length)) ?? []), m]);
    }
    // Keys are then served from this read (the entries are the spreadsheet's, listed in order).
    this.found.clear();
    this.added.clear();
    for (const [key, list] of entries) this.found.set(key, list);
    this.listed = true;
    delete out[READY];
    return out;
  }

  setProperties(values: Record<string, string>): Store {
    for (const [key, value] of Object.entries(values)) this.setProperty(key, value);
    return this;
  }

  deleteProperty(key: string): Store {
    this.entry(key).remove();
    return this;
  }
}

/**
 * Whether this execution has found the store ready: Apps Script evaluates the script afresh for
 * every execution, and an execution works on one workbook.
 */
let ready = false;

/** Copies document properties over once, where this execution can see them. */
function migrate(store: MetadataStore): boolean {
  if (ready) return true;
  if (store.getProperty(READY) === null) {
    const legacy = PropertiesService.getDocumentProperties();
    if (!legacy) return false;
    const values = legacy.getProperties();
    // Mail progress now lives with the sending user (rhythm/send.ts): it goes to this user.
    const progress = values[LEGACY_MAIL_PROGRESS];
    delete values[LEGACY_MAIL_PROGRESS];
    if (progress) PropertiesService.getUserProperties().setProperty(`${LEGACY_MAIL_PROGRESS}.${store.id()}`, progress);
    store.setProperties(values);
    store.setProperty(READY, new Date().toISOString());
  }
  ready = true;
  return true;
}

/** The store of the workbook this execution works on. */
export function documentStore(spreadsheet: Spreadsheet = currentSpreadsheet()): Store & { entry(key: string): Entry } {
  const store = new MetadataStore(spreadsheet);
  migrate(store);
  return store;
}

/**
 * One key that no earlier version kept in document properties (so nothing to migrate first): one
 * search of the store, where `documentStore` would search for its readiness mark too.
 */
export function freshKeyEntry(key: string, spreadsheet: Spreadsheet = currentSpreadsheet()): Entry & KeyValue {
  const entry = new MetadataStore(spreadsheet).entry(key);
  // As a key-value store of its one key, for storedValue (stored-value.ts).
  return { ...entry, value: entry.value, getProperty: () => entry.value, setProperty: (_key, value) => entry.set(value), deleteProperty: () => entry.remove() };
}

/** False only for an old workbook whose memory is still in document properties, seen from a trigger. */
export function storeReady(spreadsheet: Spreadsheet = currentSpreadsheet()): boolean {
  return migrate(new MetadataStore(spreadsheet));
}
