/**
 * Importing an existing list of teachers (pasted from a table, or a selected range): who is new,
 * who is already there (matched by email, then by full name), and which lines cannot be read.
 */
import { normalizeLabel } from './option-set';
import { EMAIL } from './patterns';

export interface ImportLine {
  /** 1-based line of the pasted text or row of the selection. */
  line: number;
  fullName: string;
  email: string | null;
  subject: string | null;
}

export interface ExistingTeacher {
  id: string;
  fullName: string;
  email: string | null;
}

export interface ImportPlan {
  add: ImportLine[];
  duplicates: Array<{ line: number; fullName: string; matchedBy: 'email' | 'name'; existing: string }>;
  rejected: Array<{ line: number; text: string; reason: 'noName' | 'badEmail' }>;
}

const HEADERS: Array<[RegExp, 'name' | 'email' | 'subject']> = [
  [/^(фио|ф\.\s*и\.\s*о\.?|педагог|учитель|сотрудник|имя|фамилия.*)$/i, 'name'],
  [/^(e-?mail|эл\.?\s*почта|электронная почта|почта|адрес почты)$/i, 'email'],
  [/^(предмет|преподаваемый предмет|дисциплина)$/i, 'subject'],
];

/** Cells of pasted table text: tabs between columns (as Sheets and Excel copy), or ";". */
export function parsePasted(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) => (line.includes('\t') ? line.split('\t') : line.split(';')).map((c) => c.trim()));
}

interface Columns {
  name: number | undefined;
  email: number | undefined;
  subject: number | undefined;
}

/** Columns named by a header row, or null when the first row is data. */
function fromHeader(row: readonly string[]): Columns | null {
  const found: Columns = { name: undefined, email: undefined, subject: undefined };
  row.forEach((cell, index) => {
    const role = HEADERS.find(([pattern]) => pattern.test(cell.trim()))?.[1];
    if (role && found[role] === undefined) found[role] = index;
  });
  return found.name !== undefined ? found : null;
}

/** Without headers: the email column is where most filled cells are addresses; then name, subject. */
function guess(body: readonly string[][]): Columns {
  const width = Math.max(0, ...body.map((r) => r.length));
  let email: number | undefined;
  let best = 0;
  for (let c = 0; c < width; c++) {
    const filled = body.filter((r) => (r[c] ?? '') !== '');
    const emails = filled.filter((r) => EMAIL.test(r[c]!)).length;
    if (emails > best && emails * 2 >= filled.length) [email, best] = [c, emails];
  }
  // An empty column (no addresses given) is skipped, not taken for the subject.
  const others = [...Array(width).keys()].filter((c) => c !== email && body.some((r) => (r[c] ?? '') !== ''));
  return { name: others[0], email, subject: others[1] };
}

/**
 * Lines into people. A first row of headers («ФИО», «Почта», «Предмет») says which column is
 * which; without one, the column of addresses is found by its content and the others are taken
 * as name, then subject.
 */
export function readLines(rows: readonly string[][]): { lines: ImportLine[]; rejected: ImportPlan['rejected'] } {
  const header = rows[0] ? fromHeader(rows[0]) : null;
  const start = header ? 1 : 0;
  const body = rows.slice(start);
  const columns = header ?? guess(body);
  const cell = (row: readonly string[], index: number | undefined) => (index === undefined ? '' : (row[index] ?? '').trim());
  const lines: ImportLine[] = [];
  const rejected: ImportPlan['rejected'] = [];
  body.forEach((row, i) => {
    const line = i + start + 1;
    if (row.every((c) => c.trim() === '')) return;
    const fullName = cell(row, columns.name).replace(/\s+/g, ' ');
    const rawEmail = cell(row, columns.email);
    if (!fullName) return rejected.push({ line, text: row.join(' ').trim(), reason: 'noName' });
    if (rawEmail && !EMAIL.test(rawEmail)) return rejected.push({ line, text: row.join(' ').trim(), reason: 'badEmail' });
    lines.push({ line, fullName, email: rawEmail ? rawEmail.toLowerCase() : null, subject: cell(row, columns.subject) || null });
  });
  return { lines, rejected };
}

export function planImport(existing: readonly ExistingTeacher[], lines: readonly ImportLine[]): Omit<ImportPlan, 'rejected'> {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const t of existing) {
    if (t.email) byEmail.set(t.email.toLowerCase(), t.fullName);
    byName.set(normalizeLabel(t.fullName), t.fullName);
  }
  const add: ImportLine[] = [];
  const duplicates: ImportPlan['duplicates'] = [];
  for (const line of lines) {
    const emailMatch = line.email ? byEmail.get(line.email) : undefined;
    const nameMatch = byName.get(normalizeLabel(line.fullName));
    if (emailMatch !== undefined) duplicates.push({ line: line.line, fullName: line.fullName, matchedBy: 'email', existing: emailMatch });
    else if (nameMatch !== undefined) duplicates.push({ line: line.line, fullName: line.fullName, matchedBy: 'name', existing: nameMatch });
    else {
      add.push(line);
      // Twice in the same list counts as a duplicate of the first.
      if (line.email) byEmail.set(line.email, line.fullName);
      byName.set(normalizeLabel(line.fullName), line.fullName);
    }
  }
  return { add, duplicates };
}
