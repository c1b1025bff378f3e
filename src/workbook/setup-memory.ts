/**
 * Set-up's own memory: each tab's columns seen so far (layout.ts), our highlight formulas, and
 * each tab's dressing fingerprint. Kept under ONE stored key, since every key costs two calls each
 * time the store is read whole. Books set up before kept a key per tab: those are read when the
 * one key is missing, and removed once it is written.
 */
type Stored = Record<string, string>;

export const MEMORY_KEY = 'setup.memory';
const LEGACY_DRESSED = 'setup.dressed';
const LEGACY_PER_TAB = /^(layout|highlights)\.(.+)$/;

export interface SetupMemory {
  /** Tab key → the column keys set-up has seen on it (a column missing later was removed by a person). */
  layout: Record<string, string[]>;
  /** Tab key → the formulas of our conditional formats. */
  highlights: Record<string, string[]>;
  /** Tab key → the dressing fingerprint last applied (setup-format.ts dressingOf). */
  dressed: Record<string, string>;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function lists(value: unknown): Record<string, string[]> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === 'string')));
}

function texts(value: unknown): Record<string, string> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The memory from the store read whole; a damaged fingerprint only dresses a tab again. */
export function readMemory(stored: Stored): SetupMemory {
  const text = stored[MEMORY_KEY];
  if (text !== undefined) {
    const value: unknown = JSON.parse(text);
    return { layout: lists(isObject(value) ? value.layout : null), highlights: lists(isObject(value) ? value.highlights : null), dressed: texts(isObject(value) ? value.dressed : null) };
  }
  const memory: SetupMemory = { layout: {}, highlights: {}, dressed: {} };
  try {
    memory.dressed = texts(JSON.parse(stored[LEGACY_DRESSED] ?? '{}'));
  } catch {
    memory.dressed = {};
  }
  for (const [key, value] of Object.entries(stored)) {
    const match = LEGACY_PER_TAB.exec(key);
    if (match) memory[match[1] as 'layout' | 'highlights'][match[2]!] = JSON.parse(value) as string[];
  }
  return memory;
}

/** Keys of older versions still in the store: removed after the one key is written. */
export function legacyKeys(stored: Stored): string[] {
  return Object.keys(stored).filter((key) => key === LEGACY_DRESSED || LEGACY_PER_TAB.test(key));
}
