/** «Импорт списка педагогов»: paste or select, preview, then add without duplicates. */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { adminEndpoint } from './access';
import { failure, success, type Result } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { parsePasted, planImport, readLines, type ImportPlan } from '../domain/teacher-import';
import { openWorkbook, type Workbook } from '../workbook/sheets';
import type { TabRead } from '../workbook/read';
import { insertRecords, loadTab, type LoadedTab } from '../workbook/repo';

const Source = z.discriminatedUnion('source', [
  z.object({ source: z.literal('text'), text: z.string().max(200_000) }).strict(),
  z.object({ source: z.literal('selection') }).strict(),
]);
type Source = z.infer<typeof Source>;

export type ImportPreview = {
  add: Array<{ line: number; fullName: string; email: string; subject: string }>;
  duplicates: Array<{ line: number; fullName: string; reason: string; existing: string }>;
  rejected: Array<{ line: number; text: string; reason: string }>;
};

export function showTeacherImport(): void {
  showSidebar('teacher-import', RU.teacherImport.title);
}

export const previewTeacherImport = defineEndpoint(Source, (input) => {
  const workbook = openWorkbook();
  const read = readTeachers(workbook);
  return read.status === 'error' ? read : plan(read.response.read, input);
});

export const applyTeacherImport = adminEndpoint(Source, (input) =>
  withDocumentLock(() => {
    const workbook = openWorkbook();
    const read = readTeachers(workbook);
    if (read.status === 'error') return read;
    const teachers = read.response;
    const planned = plan(teachers.read, input);
    if (planned.status === 'error' || planned.response.add.length === 0) return planned;
    insertRecords(
      workbook,
      teachers,
      planned.response.add.map((line) => ({ fullName: line.fullName, email: line.email || null, subject: line.subject || null, role: 'teacher' as const })),
    );
    return planned;
  }),
);

/** The teachers tab, read once for the whole action. */
function readTeachers(workbook: Workbook): Result<LoadedTab<'teachers'>> {
  if (!workbook.tab('teachers')) return failure('not-found', RU.teacherImport.noTab);
  return success(loadTab(workbook, 'teachers'));
}

function plan(tab: TabRead, input: Source): Result<ImportPreview> {
  const rows = input.source === 'text' ? parsePasted(input.text) : selectionRows();
  if (rows.length === 0 || rows.every((r) => r.every((c) => c.trim() === ''))) return failure('validation', RU.teacherImport.emptySelection);
  // Rows with problems still count as existing people: a typo must not let a duplicate in.
  const existing = tab.records
    .filter((r) => typeof r.values.fullName === 'string')
    .map((r) => ({ id: String(r.values.id ?? ''), fullName: String(r.values.fullName), email: typeof r.values.email === 'string' ? r.values.email : null }));
  const { lines, rejected } = readLines(rows);
  const { add, duplicates } = planImport(existing, lines);
  return success(toPreview({ add, duplicates, rejected }));
}

function selectionRows(): string[][] {
  const range = SpreadsheetApp.getActiveRange();
  return range ? range.getDisplayValues() : [];
}

function toPreview(planned: ImportPlan): ImportPreview {
  return {
    add: planned.add.map((l) => ({ line: l.line, fullName: l.fullName, email: l.email ?? '', subject: l.subject ?? '' })),
    duplicates: planned.duplicates.map((d) => ({ line: d.line, fullName: d.fullName, existing: d.existing, reason: d.matchedBy === 'email' ? RU.teacherImport.byEmail : RU.teacherImport.byName })),
    rejected: planned.rejected.map((r) => ({ line: r.line, text: r.text, reason: r.reason === 'noName' ? RU.teacherImport.noName : RU.teacherImport.badEmail })),
  };
}
