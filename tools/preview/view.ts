/**
 * What the preview page shows, read from the workspace as Google's UI reads its own model: the
 * grid as Sheets displays it (display values, frozen header, hidden columns, drop-downs from data
 * validation), the menu onOpen built, triggers, outbox, Drive files, forms, executions.
 */
import { type Host, type SheetState, type SpreadsheetState, readSheet, getIn, listDriveFiles, DOC_MIME, outbox, formsState, formatDate } from '@pds/emulator';
import type { Grid as GridView, PageView } from './api';

/** Empty rows shown under the data, to type new records into. */
const SPARE_ROWS = 15;

export type { Grid as GridView, PageView } from './api';

function activeBook(host: Host): SpreadsheetState | null {
  const id = host.state.activeSpreadsheetId;
  return id ? (host.state.spreadsheets[id] ?? null) : null;
}

export function when(host: Host, ms: number): string {
  const zone = activeBook(host)?.timeZone ?? host.state.scriptTimeZone;
  return formatDate(ms, zone, 'dd.MM.yyyy HH:mm');
}

export function buildView(host: Host, tabName: string | null): PageView {
  const book = activeBook(host);
  const state = host.state;
  const visible = book?.sheets.filter((s) => !s.hidden) ?? [];
  // Without a tab asked for, the user's active sheet, as Sheets reopens a book.
  const activeId = book?.selection[state.activeUser]?.sheetId;
  const sheet = book?.sheets.find((s) => s.name === tabName) ?? visible.find((s) => s.sheetId === activeId) ?? visible[0] ?? null;
  return {
    clock: state.clock,
    clockText: when(host, state.clock),
    zone: book?.timeZone ?? state.scriptTimeZone,
    user: state.activeUser,
    spreadsheet: book?.name ?? '',
    tabs: book?.sheets.map((s) => ({ name: s.name, hidden: s.hidden })) ?? [],
    grid: book && sheet ? gridOf(host, book, sheet) : null,
    menus: host.menu(),
    triggers: state.triggers.map((t) => ({
      id: t.id,
      handler: t.handler,
      eventType: t.eventType,
      user: t.user,
      nextRun: t.nextRun === undefined ? '' : when(host, t.nextRun),
    })),
    executions: host.executions.slice(-60).map((e) => ({
      at: when(host, e.startedAt),
      fn: e.functionName,
      kind: e.kind,
      user: e.user,
      ok: e.outcome.ok,
      message: e.outcome.ok ? '' : `${e.outcome.error.name}: ${e.outcome.error.message}`,
    })),
    log: state.log.slice(-100).map((e) => ({ at: when(host, e.at), level: e.level, message: e.message })),
    outbox: outbox(host.emulator).map((m) => ({ at: when(host, m.at), to: [...m.to, ...m.cc].join(', '), subject: m.subject, body: m.body, html: m.htmlBody })),
    files: listDriveFiles(host.emulator, { includeFolders: true }).map((f) => ({ id: f.id, name: f.name, path: f.path, mimeType: f.mimeType, isDoc: f.mimeType === DOC_MIME })),
    forms: Object.values(formsState(host.emulator).forms).map((f) => ({
      id: f.id,
      title: f.title,
      published: f.published,
      accepting: f.published && f.acceptingResponses,
      responses: f.responses.length,
    })),
  };
}

function gridOf(host: Host, book: SpreadsheetState, sheet: SheetState): GridView {
  const data = readSheet(host.emulator, book.id, sheet.name, { display: true }) as string[][];
  const columns = Math.max(data[0]?.length ?? 0, 1);
  const total = Math.min(sheet.maxRows, data.length + SPARE_ROWS);
  const rows = Array.from({ length: total }, (_, r) => Array.from({ length: columns }, (_, c) => String(data[r]?.[c] ?? '')));
  const lists: Record<string, string[]> = {};
  const choices = new Map<number, string[] | null>();
  for (let r = 1; r <= total; r++) {
    for (let c = 1; c <= columns; c++) {
      const index = getIn(sheet.validations, r, c);
      if (index === null) continue;
      if (!choices.has(index)) choices.set(index, listOf(host, book, sheet.validationRules[index]));
      const list = choices.get(index);
      if (list) lists[`${r},${c}`] = list;
    }
  }
  const selection = book.selection[host.state.activeUser];
  const selected = selection && selection.sheetId === sheet.sheetId && selection.rect ? { row: selection.rect.row, column: selection.rect.column } : null;
  return {
    name: sheet.name,
    rows,
    columns,
    frozenRows: sheet.frozenRows,
    hiddenColumns: Object.keys(sheet.hiddenColumns ?? {}).map(Number),
    widths: Array.from({ length: columns }, (_, c) => sheet.columnWidths[String(c + 1)] ?? 100),
    lists,
    selected,
    charts: (sheet.charts ?? []).map((c) => ({ sheetId: sheet.sheetId, chartId: c.chartId, row: c.position.anchorRow, column: c.position.anchorColumn, offsetX: c.position.offsetX, offsetY: c.position.offsetY })),
  };
}

/** The choices of a list rule shown as a drop-down (requireValueInList / InRange with showDropdown). */
function listOf(host: Host, book: SpreadsheetState, rule: SheetState['validationRules'][number] | undefined): string[] | null {
  if (!rule || rule.args[1] === false) return null;
  if (rule.criteria === 'VALUE_IN_LIST' && Array.isArray(rule.args[0])) return (rule.args[0] as unknown[]).map(String);
  if (rule.criteria === 'VALUE_IN_RANGE') {
    const ref = (rule.args[0] as { range?: { sheetId: number; rect: { row: number; column: number; numRows: number; numColumns: number } } }).range;
    const source = ref && book.sheets.find((s) => s.sheetId === ref.sheetId);
    if (!ref || !source) return null;
    const data = readSheet(host.emulator, book.id, source.name, { display: true }) as string[][];
    const out: string[] = [];
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.numRows; r++) {
      for (let c = ref.rect.column; c < ref.rect.column + ref.rect.numColumns; c++) {
        const v = data[r - 1]?.[c - 1];
        if (v) out.push(v);
      }
    }
    return out;
  }
  return null;
}
