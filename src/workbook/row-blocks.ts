/**
 * A tab's data rows cut into blocks, one part of a job done in parts each (the data check, the
 * dashboard): each part reads its block in one execution, well inside the time an action may take.
 */

/** Sheet rows `from`..`to`, 1-based, data only. */
export interface Block {
  from: number;
  to: number;
}

/** Rows 2..`lastRow` in blocks of at most `rows` rows; an empty tab is one block, so it is still read. */
export function rowBlocks(lastRow: number, rows: number): Block[] {
  const blocks: Block[] = [];
  const last = Math.max(1, lastRow);
  let from = 2;
  do {
    const to = Math.min(last, from + rows - 1);
    blocks.push({ from, to });
    from = to + 1;
  } while (from <= last);
  return blocks;
}
