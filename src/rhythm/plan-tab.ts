/**
 * The tab «План на месяц»: the same events and deadlines as the plan document
 * (documents/fields/monthly-plan.ts), rewritten in one block each month. It is the add-on's
 * view, not data: nothing else reads it, and the deputy's own notes belong elsewhere.
 */
import { viewSheet } from '../workbook/view-tabs';
import { parseLocalDate, type LocalDate, type Zone } from '../domain/local-date';
import type { FieldValues } from '../documents/dictionary';
import { RU } from '../text/ru';
import { neutralize, type RawCell } from '../workbook/cells';
import type { Workbook } from '../workbook/sheets';

const T = RU.rhythm;
const EVENT_FIELDS = ['Дата', 'Время', 'Вид', 'Тема', 'Ответственный', 'Участники', 'Место', 'Сообщество_или_программа', 'Статус'];
const DEADLINE_FIELDS = ['Срок', 'Педагог', 'Содержание', 'Контрольный_срез', 'Ответственный', 'Статус'];
const DATE_FIELDS = new Set(['Дата', 'Срок']);

/** The block to write: rows of equal width, dates (column A) as dates in the spreadsheet's zone. */
export function planGrid(values: FieldValues, monthLabel: string, today: string, zone: Zone): { rows: RawCell[][]; titleRows: number[] } {
  const width = EVENT_FIELDS.length;
  const pad = (cells: readonly RawCell[]) => [...cells, ...new Array<RawCell>(width - cells.length).fill('')];
  const cell = (field: string, text: string): RawCell => {
    if (DATE_FIELDS.has(field)) {
      const day = parseLocalDate(text, zone);
      if (day) return zone.midnight(day as LocalDate);
    }
    return neutralize(text);
  };
  const table = (name: string, fields: string[]) => ((values[name] ?? []) as Array<Record<string, string>>).map((r) => pad(fields.map((f) => cell(f, r[f] ?? ''))));
  const events = table('Мероприятия', EVENT_FIELDS);
  const deadlines = table('Сроки_плана', DEADLINE_FIELDS);
  const rows: RawCell[][] = [pad([T.planTitle(monthLabel, today)]), pad([]), pad(T.planEvents)];
  const titleRows = [1, 3];
  rows.push(...(events.length ? events : [pad([T.planNoEvents])]));
  rows.push(pad([]), pad([T.planDeadlinesTitle]), pad(T.planDeadlines));
  titleRows.push(rows.length - 1, rows.length);
  rows.push(...(deadlines.length ? deadlines : [pad([T.planNoDeadlines])]));
  return { rows, titleRows };
}

/** Creates the tab when missing, clears it and writes the block: a few calls, whatever the size. */
export function writePlanTab(workbook: Workbook, grid: ReturnType<typeof planGrid>): void {
  // Found by the id kept when it was made: a tab renamed by hand is the one rewritten.
  const sheet = viewSheet(workbook, 'monthPlan', T.planTab);
  sheet.clear();
  const { rows } = grid;
  const width = rows[0]!.length;
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
  // Column A holds both tables' dates (Дата, Срок).
  sheet.getRange(1, 1, rows.length, 1).setNumberFormat('dd.MM.yyyy');
  for (const row of grid.titleRows) sheet.getRange(row, 1, 1, width).setFontWeight('bold');
}
