/**
 * Ctrl+arrow in the editor, as Range.getNextDataCell gives it (reference/spreadsheet/range#
 * getnextdatacelldirection): "Starting at the cell in the first column and row of the range,
 * returns the next cell in the given direction that is the edge of a contiguous range of cells
 * with data in them or the cell at the edge of the spreadsheet in that direction."
 * A cell has data when it holds a value or a formula (as getLastRow counts it): the strict reading
 * for a caller that uses the edge to skip a read, since a formula giving "" then ends no run.
 */
import { enumValue } from './protection';
import type { SheetState } from './state';

/** reference/spreadsheet/direction: the order there gives the ordinals. */
export const Direction = {
  UP: enumValue('Direction', 'UP', 0),
  DOWN: enumValue('Direction', 'DOWN', 1),
  PREVIOUS: enumValue('Direction', 'PREVIOUS', 2),
  NEXT: enumValue('Direction', 'NEXT', 3),
};

const STEPS: Record<string, [number, number]> = { UP: [-1, 0], DOWN: [1, 0], PREVIOUS: [0, -1], NEXT: [0, 1] };

function hasData(sheet: SheetState, row: number, column: number): boolean {
  return (sheet.values[row - 1]?.[column - 1] ?? null) !== null || (sheet.formulas[row - 1]?.[column - 1] ?? null) !== null;
}

/** The cell Ctrl+arrow lands on from (row, column); null for a direction that is not one. */
export function nextDataCell(sheet: SheetState, row: number, column: number, direction: string): { row: number; column: number } | null {
  const step = STEPS[direction];
  if (!step) return null;
  const [dr, dc] = step;
  const inside = (r: number, c: number) => r >= 1 && c >= 1 && r <= sheet.maxRows && c <= sheet.maxColumns;
  let r = row;
  let c = column;
  if (!inside(r + dr, c + dc)) return { row: r, column: c };
  if (hasData(sheet, r, c) && hasData(sheet, r + dr, c + dc)) {
    // Inside a run: to its last cell.
    while (inside(r + dr, c + dc) && hasData(sheet, r + dr, c + dc)) {
      r += dr;
      c += dc;
    }
    return { row: r, column: c };
  }
  // At a run's end or on a blank: to the next cell with data, or the sheet's edge.
  do {
    r += dr;
    c += dc;
  } while (inside(r + dr, c + dc) && !hasData(sheet, r, c));
  return { row: r, column: c };
}
