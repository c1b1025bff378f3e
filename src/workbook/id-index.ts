/**
 * Records by id, refusing an id that more than one row carries: a row copied by hand keeps its
 * id, and a save that picked one of the two would write into the copy (or the original) by
 * chance. A lookup of such an id stops the action with both cells named; other ids read as usual.
 */
import { BookProblem } from '../shared/result';
import { a1 } from './a1';
import { RU } from '../text/ru';

export class IdIndex<V extends { row: number }> extends Map<string, V> {
  /** Ids found on more than one row → those rows. */
  private readonly repeated = new Map<string, number[]>();

  /** `tab` names the tab as it is called now; `column` is the id column's 1-based index. */
  constructor(
    private readonly tab: string,
    private readonly column: number,
    entries: Iterable<readonly [string, V]> = [],
  ) {
    super();
    for (const [id, value] of entries) this.set(id, value);
  }

  override set(id: string, value: V): this {
    // Map's constructor calls set before the fields exist.
    const earlier = super.get(id);
    if (this.repeated && earlier && earlier.row !== value.row) {
      const rows = this.repeated.get(id) ?? [earlier.row];
      if (!rows.includes(value.row)) rows.push(value.row);
      this.repeated.set(id, rows.sort((a, b) => a - b));
    }
    return super.set(id, value);
  }

  override get(id: string): V | undefined {
    const rows = this.repeated?.get(id);
    if (rows && rows.length > 1) throw new BookProblem(RU.problems.repeatedId(this.tab, id, rows.map((row) => a1(row, this.column))));
    return super.get(id);
  }

  override delete(id: string): boolean {
    this.repeated.delete(id);
    return super.delete(id);
  }

  override clear(): void {
    this.repeated.clear();
    super.clear();
  }
}
