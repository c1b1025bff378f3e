/**
 * Validation of a batchUpdate body (reference/rest/v1/documents/batchUpdate, .../request). Each
 * request is a oneof: exactly one known key. The whole batch is checked before anything is applied
 * ("If any request is not valid, then the entire request will fail and nothing will be applied").
 */
import type { Emulator } from '../core/emulator';
import { ServiceError } from '../core/errors';
import { isPlainObject } from '../core/realm';
import { apiError } from './errors';
import type { ReplaceAll } from './replace';

/** A checked request: what apply (index.ts) needs of each emulated kind. */
export type Parsed =
  | ({ kind: 'replaceAllText' } & ReplaceAll)
  | { kind: 'pinTableHeaderRows'; at: string; tableStart: number; count: number }
  | { kind: 'mergeTableCells'; at: string; tableStart: number; row: number; column: number; rowSpan: number; columnSpan: number }
  | { kind: 'updateTableRowStyle'; at: string; tableStart: number; rows: number[]; preventOverflow: boolean }
  | { kind: 'updateParagraphStyle'; at: string; start: number; end: number; keepWithNext: boolean };

/** The emulated kinds; the other Request kinds of the reference are valid and throw "not emulated". */
const EMULATED = ['replaceAllText', 'pinTableHeaderRows', 'mergeTableCells', 'updateTableRowStyle', 'updateParagraphStyle'];

/** The Request kinds of reference/rest/v1/documents/request. */
const KNOWN = new Set([
  'replaceAllText', 'insertText', 'updateTextStyle', 'createParagraphBullets', 'deleteParagraphBullets',
  'createNamedRange', 'deleteNamedRange', 'updateParagraphStyle', 'deleteContentRange', 'insertInlineImage',
  'insertTable', 'insertTableRow', 'insertTableColumn', 'deleteTableRow', 'deleteTableColumn', 'insertPageBreak',
  'deletePositionedObject', 'updateTableColumnProperties', 'updateTableCellStyle', 'updateTableRowStyle',
  'replaceImage', 'updateDocumentStyle', 'mergeTableCells', 'unmergeTableCells', 'createHeader', 'createFooter',
  'createFootnote', 'replaceNamedRangeContent', 'updateSectionStyle', 'insertSectionBreak', 'deleteHeader',
  'deleteFooter', 'pinTableHeaderRows', 'addDocumentTab', 'deleteTab', 'updateDocumentTabProperties',
  'insertPerson', 'insertDate',
]);

const METHOD = 'batchUpdate';

/** Google's JSON-parsing wording for a field the schema lacks (paths in snake_case below the top). */
function unknownName(emulator: Emulator, name: string, at: string): never {
  return apiError(emulator, METHOD, 400, `Invalid JSON payload received. Unknown name "${name}" at '${at}': Cannot find field.`);
}

function invalidValue(emulator: Emulator, at: string, type: string, value: unknown): never {
  return apiError(emulator, METHOD, 400, `Invalid value at '${at}' (${type}), ${JSON.stringify(value) ?? String(value)}`);
}

function checkFields(emulator: Emulator, value: Record<string, unknown>, allowed: string[], at: string): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) unknownName(emulator, key, at);
}

export function parseRequests(emulator: Emulator, resource: unknown): Parsed[] {
  if (!isPlainObject(resource)) return invalidValue(emulator, '', 'type.googleapis.com/google.apps.docs.v1.BatchUpdateDocumentRequest', resource);
  checkFields(emulator, resource, ['requests', 'writeControl'], '');
  if (resource.writeControl !== undefined) throw new ServiceError('Docs.Documents.batchUpdate writeControl is not emulated');
  const requests = resource.requests ?? [];
  if (!Array.isArray(requests)) return invalidValue(emulator, 'requests', 'type.googleapis.com/google.apps.docs.v1.Request', requests);
  return requests.map((request: unknown, i) => parseRequest(emulator, request, i));
}

function parseRequest(emulator: Emulator, request: unknown, i: number): Parsed {
  const at = `requests[${i}]`;
  if (!isPlainObject(request)) return invalidValue(emulator, at, 'type.googleapis.com/google.apps.docs.v1.Request', request);
  const keys = Object.keys(request).filter((k) => request[k] !== undefined && request[k] !== null);
  for (const key of keys) if (!KNOWN.has(key)) unknownName(emulator, key, at);
  // Recorded wording for two members of the oneof in one request.
  if (keys.length > 1) apiError(emulator, METHOD, 400, `Invalid value at '${at}' (oneof), oneof field 'request' is already set. Cannot set '${keys[1]!}'`);
  // The emulator's wording (not found in a public record) for a request naming no kind.
  if (keys.length === 0) apiError(emulator, METHOD, 400, `Invalid ${at}: The request must set one of its kinds.`);
  const kind = keys[0]!;
  if (!EMULATED.includes(kind)) throw new ServiceError(`Docs.Documents.batchUpdate request ${kind} is not emulated`);
  if (kind === 'pinTableHeaderRows') return parsePin(emulator, request.pinTableHeaderRows, i);
  if (kind === 'mergeTableCells') return parseMerge(emulator, request.mergeTableCells, i);
  if (kind === 'updateTableRowStyle') return parseRowStyle(emulator, request.updateTableRowStyle, i);
  if (kind === 'updateParagraphStyle') return parseParagraphStyle(emulator, request.updateParagraphStyle, i);
  return { kind: 'replaceAllText', ...parseReplaceAll(emulator, request.replaceAllText, i) };
}

function int(emulator: Emulator, value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return invalidValue(emulator, at, 'TYPE_INT32', value);
  return value;
}

/** reference/rest/v1/documents#location: {segmentId, index, tabId}; only the body's first tab here. */
function parseLocation(emulator: Emulator, value: unknown, at: string): number {
  if (!isPlainObject(value)) return invalidValue(emulator, at, 'type.googleapis.com/google.apps.docs.v1.Location', value);
  checkFields(emulator, value, ['segmentId', 'index', 'tabId'], at);
  if ((value.segmentId ?? '') !== '' || value.tabId !== undefined) throw new ServiceError('Docs.Documents.batchUpdate: a location outside the body of the first tab is not emulated');
  return int(emulator, value.index ?? 0, `${at}.index`);
}

/**
 * reference/rest/v1/documents/request#pintableheaderrowsrequest: tableStartLocation, and
 * pinnedHeaderRowsCount, "the number of table rows to pin, where 0 implies that all rows are
 * unpinned".
 */
function parsePin(emulator: Emulator, body: unknown, i: number): Parsed {
  const at = `requests[${i}].pin_table_header_rows`;
  if (!isPlainObject(body)) return invalidValue(emulator, at, 'type.googleapis.com/google.apps.docs.v1.PinTableHeaderRowsRequest', body);
  checkFields(emulator, body, ['tableStartLocation', 'pinnedHeaderRowsCount'], at);
  const count = int(emulator, body.pinnedHeaderRowsCount ?? 0, `${at}.pinned_header_rows_count`);
  return { kind: 'pinTableHeaderRows', at: `requests[${i}].pinTableHeaderRows`, tableStart: parseLocation(emulator, body.tableStartLocation, `${at}.table_start_location`), count };
}

/**
 * reference/rest/v1/documents/request#updateparagraphstylerequest: range (reference: Range
 * {segmentId, startIndex, endIndex, tabId}), paragraphStyle and the field mask. Only
 * ParagraphStyle.keepWithNext ("whether at least a part of this paragraph should be laid out on
 * the same page or column as the next paragraph if possible") is emulated, in the body.
 */
function parseParagraphStyle(emulator: Emulator, body: unknown, i: number): Parsed {
  const at = `requests[${i}].update_paragraph_style`;
  if (!isPlainObject(body)) return invalidValue(emulator, at, 'type.googleapis.com/google.apps.docs.v1.UpdateParagraphStyleRequest', body);
  checkFields(emulator, body, ['range', 'paragraphStyle', 'fields'], at);
  const fields = body.fields;
  if (typeof fields !== 'string' || fields.trim() === '') apiError(emulator, METHOD, 400, `Invalid requests[${i}].updateParagraphStyle: At least one field must be specified.`);
  for (const field of (fields as string).split(',').map((f) => f.trim())) {
    if (field !== 'keepWithNext') throw new ServiceError(`Docs.Documents.batchUpdate updateParagraphStyle field ${field} is not emulated`);
  }
  const range = body.range;
  if (!isPlainObject(range)) return invalidValue(emulator, `${at}.range`, 'type.googleapis.com/google.apps.docs.v1.Range', range);
  checkFields(emulator, range, ['segmentId', 'startIndex', 'endIndex', 'tabId'], `${at}.range`);
  if ((range.segmentId ?? '') !== '' || range.tabId !== undefined) throw new ServiceError('Docs.Documents.batchUpdate: a range outside the body of the first tab is not emulated');
  const style = body.paragraphStyle ?? {};
  if (!isPlainObject(style)) return invalidValue(emulator, `${at}.paragraph_style`, 'type.googleapis.com/google.apps.docs.v1.ParagraphStyle', style);
  const keep = style.keepWithNext ?? false;
  if (typeof keep !== 'boolean') return invalidValue(emulator, `${at}.paragraph_style.keep_with_next`, 'TYPE_BOOL', keep);
  return {
    kind: 'updateParagraphStyle',
    at: `requests[${i}].updateParagraphStyle`,
    start: int(emulator, range.startIndex ?? 0, `${at}.range.start_index`),
    end: int(emulator, range.endIndex ?? 0, `${at}.range.end_index`),
    keepWithNext: keep,
  };
}

/**
 * reference/rest/v1/documents/request#updatetablerowstylerequest: tableStartLocation, rowIndices
 * ("If no indices are specified, all rows will be updated"), tableRowStyle and the field mask.
 * Only TableRowStyle.preventOverflow ("whether the row cannot overflow across page or column
 * boundaries") is emulated; another field in the mask throws "not emulated".
 */
function parseRowStyle(emulator: Emulator, body: unknown, i: number): Parsed {
  const at = `requests[${i}].update_table_row_style`;
  if (!isPlainObject(body)) return invalidValue(emulator, at, 'type.googleapis.com/google.apps.docs.v1.UpdateTableRowStyleRequest', body);
  checkFields(emulator, body, ['tableStartLocation', 'rowIndices', 'tableRowStyle', 'fields'], at);
  const fields = body.fields;
  // reference: "At least one field must be specified."
  if (typeof fields !== 'string' || fields.trim() === '') apiError(emulator, METHOD, 400, `Invalid requests[${i}].updateTableRowStyle: At least one field must be specified.`);
  for (const field of (fields as string).split(',').map((f) => f.trim())) {
    if (field !== 'preventOverflow') throw new ServiceError(`Docs.Documents.batchUpdate updateTableRowStyle field ${field} is not emulated`);
  }
  const style = body.tableRowStyle ?? {};
  if (!isPlainObject(style)) return invalidValue(emulator, `${at}.table_row_style`, 'type.googleapis.com/google.apps.docs.v1.TableRowStyle', style);
  checkFields(emulator, style, ['minRowHeight', 'tableHeader', 'preventOverflow'], `${at}.table_row_style`);
  const rows = body.rowIndices ?? [];
  if (!Array.isArray(rows)) return invalidValue(emulator, `${at}.row_indices`, 'TYPE_INT32', rows);
  const prevent = style.preventOverflow ?? false;
  if (typeof prevent !== 'boolean') return invalidValue(emulator, `${at}.table_row_style.prevent_overflow`, 'TYPE_BOOL', prevent);
  return {
    kind: 'updateTableRowStyle',
    at: `requests[${i}].updateTableRowStyle`,
    tableStart: parseLocation(emulator, body.tableStartLocation, `${at}.table_start_location`),
    rows: rows.map((r: unknown, k) => int(emulator, r, `${at}.row_indices[${k}]`)),
    preventOverflow: prevent,
  };
}

/**
 * reference/rest/v1/documents/request#mergetablecellsrequest: tableRange (reference:
 * TableRange {tableCellLocation {tableStartLocation, rowIndex, columnIndex}, rowSpan, columnSpan}).
 */
function parseMerge(emulator: Emulator, body: unknown, i: number): Parsed {
  const at = `requests[${i}].merge_table_cells`;
  if (!isPlainObject(body)) return invalidValue(emulator, at, 'type.googleapis.com/google.apps.docs.v1.MergeTableCellsRequest', body);
  checkFields(emulator, body, ['tableRange'], at);
  const range = body.tableRange;
  if (!isPlainObject(range)) return invalidValue(emulator, `${at}.table_range`, 'type.googleapis.com/google.apps.docs.v1.TableRange', range);
  checkFields(emulator, range, ['tableCellLocation', 'rowSpan', 'columnSpan'], `${at}.table_range`);
  const cell = range.tableCellLocation;
  if (!isPlainObject(cell)) return invalidValue(emulator, `${at}.table_range.table_cell_location`, 'type.googleapis.com/google.apps.docs.v1.TableCellLocation', cell);
  checkFields(emulator, cell, ['tableStartLocation', 'rowIndex', 'columnIndex'], `${at}.table_range.table_cell_location`);
  return {
    kind: 'mergeTableCells',
    at: `requests[${i}].mergeTableCells`,
    tableStart: parseLocation(emulator, cell.tableStartLocation, `${at}.table_range.table_cell_location.table_start_location`),
    row: int(emulator, cell.rowIndex ?? 0, `${at}.table_range.table_cell_location.row_index`),
    column: int(emulator, cell.columnIndex ?? 0, `${at}.table_range.table_cell_location.column_index`),
    rowSpan: int(emulator, range.rowSpan ?? 0, `${at}.table_range.row_span`),
    columnSpan: int(emulator, range.columnSpan ?? 0, `${at}.table_range.column_span`),
  };
}

function parseReplaceAll(emulator: Emulator, body: unknown, i: number): ReplaceAll {
  const at = `requests[${i}].replace_all_text`;
  if (!isPlainObject(body)) return invalidValue(emulator, at, 'type.googleapis.com/google.apps.docs.v1.ReplaceAllTextRequest', body);
  checkFields(emulator, body, ['containsText', 'replaceText', 'tabsCriteria'], at);
  if (body.tabsCriteria !== undefined) throw new ServiceError('Docs.Documents.batchUpdate replaceAllText.tabsCriteria is not emulated');
  const contains = body.containsText ?? {};
  if (!isPlainObject(contains)) return invalidValue(emulator, `${at}.contains_text`, 'type.googleapis.com/google.apps.docs.v1.SubstringMatchCriteria', contains);
  checkFields(emulator, contains, ['text', 'matchCase', 'searchByRegex'], `${at}.contains_text`);
  // reference: searchByRegex is a newer option; the add-on never uses it.
  if (contains.searchByRegex !== undefined) throw new ServiceError('Docs.Documents.batchUpdate containsText.searchByRegex is not emulated');
  const text = contains.text ?? '';
  if (typeof text !== 'string') return invalidValue(emulator, `${at}.contains_text.text`, 'TYPE_STRING', text);
  const matchCase = contains.matchCase ?? false;
  if (typeof matchCase !== 'boolean') return invalidValue(emulator, `${at}.contains_text.match_case`, 'TYPE_BOOL', matchCase);
  // Recorded API response for an empty search text ("Invalid requests[0].replaceAllText: The
  // containsText text must not be empty."); one public record, not a Google page.
  if (text === '') apiError(emulator, METHOD, 400, `Invalid requests[${i}].replaceAllText: The containsText text must not be empty.`);
  const replaceText = body.replaceText;
  // An absent replaceText: recorded response "replacement text parameter is required but not
  // specified" (the stricter reading; an empty string is allowed and deletes the matches).
  if (replaceText === undefined || replaceText === null) {
    apiError(emulator, METHOD, 400, `Invalid requests[${i}].replaceAllText: replacement text parameter is required but not specified.`);
  }
  if (typeof replaceText !== 'string') return invalidValue(emulator, `${at}.replace_text`, 'TYPE_STRING', replaceText);
  return { text, matchCase, replaceText };
}
