/**
 * A record's new name is written in two steps: its own row, then every row that shows its name
 * beside its id (names.ts, unit.ts `relabel`). A run cut between them leaves old names about, and
 * its retry, finding the own row renamed already, would see nothing to do. So the intent is kept
 * in the add-on's store before the first write and cleared once every name shows: a retry, or any
 * later save that renames, finishes what is still pending, with the name the record has now.
 */
import { z } from 'zod';
import { freshKeyEntry } from '../platform/store';
import { storedValue } from '../platform/stored-value';
import { refreshTeacherNames } from './names';
import type { Unit } from './unit';

const KEY = 'names.pending';

/** Records whose names change: teachers (their name) and programmes (their teacher and start). */
type Renamed = { tab: 'teachers' | 'programmes'; id: string };

const PENDING = storedValue(KEY, z.array(z.object({ tab: z.enum(['teachers', 'programmes']), id: z.string() })));

/** The pending renames, read once (one search of the store) at the start of a save. */
export class PendingNames {
  private readonly pending: Renamed[];
  private readonly entry = freshKeyEntry(KEY);

  constructor() {
    this.pending = PENDING.read(this.entry) ?? [];
  }

  /** Before the first write of a rename: remembered, so a retry finishes it. */
  intend(tab: Renamed['tab'], id: string): void {
    if (this.pending.some((r) => r.tab === tab && r.id === id)) return;
    this.pending.push({ tab, id });
    PENDING.write(this.entry, this.pending);
  }

  /** After the records' own rows are written: every pending name shown where it is referred to. */
  finish(unit: Unit): void {
    if (this.pending.length === 0) return;
    for (const { tab, id } of this.pending) {
      const name = unit.labelOf(tab, id);
      // A record deleted meanwhile has no name to show (the data check reports its references).
      if (name === undefined) continue;
      if (tab === 'teachers') refreshTeacherNames(unit, { id, name });
      else unit.relabel('programmes', new Set([id]), () => name);
    }
    // A new entry was added by `intend` in this run: it is found by searching again.
    freshKeyEntry(KEY).remove();
  }
}
