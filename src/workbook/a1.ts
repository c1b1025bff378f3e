/** "B7" for row 7, column 2 (both 1-based), as people see cells. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Row and column (1-based) of "B7"; null for anything else. */
export function parseA1(cell: string): { row: number; column: number } | null {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}
