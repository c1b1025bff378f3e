/**
 * Embedded charts (reference/spreadsheet/embedded-chart, reference/spreadsheet/embedded-chart-builder,
 * reference/spreadsheet/container-info, reference/charts/chart-type): a sheet's charts are plain
 * JSON in its state (type, source ranges, options, position); builders and EmbeddedChart objects
 * are detached snapshots until Sheet.insertChart / updateChart writes them back, as in Apps Script
 * ("changes must be saved using sheet.updateChart()").
 */
import type { Emulates } from '../core/emulates';
import type { Emulator } from '../core/emulator';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { makeRange, type RangeView } from './factories';
import { sheetState, spreadsheetState } from './lookup';
import { expose } from '../core/expose';
import { checkArgs, PURE, view, type Viewable } from './policy';
import { enumValue } from './protection';
import { CHART_TYPES, type ChartState, type ChartTypeName, type Rect, type SheetState } from './state';

/** reference/charts/chart-type */

export const ChartType = Object.freeze(Object.fromEntries(CHART_TYPES.map((name, i) => [name, enumValue('ChartType', name, i)]))) as Readonly<Record<ChartTypeName, ReturnType<typeof enumValue>>>;

/** What a builder or a detached chart holds; `chartId` is null until the chart is inserted. */
type Draft = Omit<ChartState, 'chartId' | 'type'> & { chartId: number | null; type: ChartTypeName | null };

export function chartsOf(sheet: SheetState): ChartState[] {
  return (sheet.charts ??= []);
}

const clone = (d: Draft): Draft => JSON.parse(JSON.stringify(d)) as Draft;

function typeName(method: string, type: unknown): ChartTypeName {
  const name = type !== null && typeof type === 'object' ? String(type) : '';
  if (!(CHART_TYPES as readonly string[]).includes(name)) badSignature(describeArgs([type]), `SpreadsheetApp.EmbeddedChartBuilder.${method}`);
  return name as ChartTypeName;
}

/** Options must survive JSON (the state file): functions and cycles are refused. */
function jsonValue(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value ?? null)) as unknown;
  } catch {
    throw new ServiceError('Invalid argument: value');
  }
}

export class EmbeddedChartBuilderImpl implements Viewable, Emulates<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, 'addRange' | 'build' | 'clearRanges' | 'getChartType' | 'getContainer' | 'getRanges' | 'removeRange' | 'setChartType' | 'setNumHeaders' | 'setOption' | 'setPosition' | 'setTransposeRowsAndColumns'> {
  _self: unknown = null;
  readonly _kind = 'EmbeddedChartBuilder';
  constructor(
    private readonly emulator: Emulator,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _draft: Draft,
  ) {}

  /** reference/spreadsheet/embedded-chart-builder#addrangerange */
  addRange(range: unknown): unknown {
    checkArgs('EmbeddedChartBuilder', 'addRange', [range], ['kind:Range']);
    const r = range as RangeView;
    if (r._ssId !== this._ssId) throw new ServiceError('The range must be in the same spreadsheet as the chart.');
    this._draft.ranges.push({ sheetId: r._sheetId, rect: { ...r._rect } });
    return this._self;
  }
  removeRange(range: unknown): unknown {
    checkArgs('EmbeddedChartBuilder', 'removeRange', [range], ['kind:Range']);
    const r = range as RangeView;
    const same = (x: { sheetId: number; rect: Rect }) => x.sheetId === r._sheetId && JSON.stringify(x.rect) === JSON.stringify(r._rect);
    this._draft.ranges = this._draft.ranges.filter((x) => !same(x));
    return this._self;
  }
  clearRanges(): unknown {
    this._draft.ranges = [];
    return this._self;
  }
  getRanges(): unknown[] {
    return rangesOf(this.emulator, this._ssId, this._draft);
  }
  setChartType(type: unknown): unknown {
    this._draft.type = typeName('setChartType', type);
    return this._self;
  }
  getChartType(): unknown {
    return this._draft.type ? ChartType[this._draft.type] : null;
  }
  /** reference/spreadsheet/embedded-chart-builder#setoptionoption,-value: Google Charts option names, dotted paths allowed. */
  setOption(option: unknown, value: unknown): unknown {
    checkArgs('EmbeddedChartBuilder', 'setOption', [option, value], ['string', 'any']);
    this._draft.options[option as string] = jsonValue(value);
    return this._self;
  }
  /** reference/spreadsheet/embedded-chart-builder#setpositionanchorrowpos,-anchorcolpos,-offsetx,-offsety */
  setPosition(anchorRowPos: unknown, anchorColPos: unknown, offsetX: unknown, offsetY: unknown): unknown {
    checkArgs('EmbeddedChartBuilder', 'setPosition', [anchorRowPos, anchorColPos, offsetX, offsetY], ['number', 'number', 'number', 'number']);
    const [row, column] = [anchorRowPos as number, anchorColPos as number];
    if (!(row >= 1) || !(column >= 1)) throw new ServiceError('Those rows are out of bounds.');
    this._draft.position = { anchorRow: Math.trunc(row), anchorColumn: Math.trunc(column), offsetX: Math.trunc(offsetX as number), offsetY: Math.trunc(offsetY as number) };
    return this._self;
  }
  getContainer(): unknown {
    return containerInfo(this.emulator, this._draft.position);
  }
  setNumHeaders(headers: unknown): unknown {
    checkArgs('EmbeddedChartBuilder', 'setNumHeaders', [headers], ['number']);
    this._draft.numHeaders = Math.trunc(headers as number);
    return this._self;
  }
  setTransposeRowsAndColumns(transpose: unknown): unknown {
    checkArgs('EmbeddedChartBuilder', 'setTransposeRowsAndColumns', [transpose], ['boolean']);
    this._draft.transpose = transpose as boolean;
    return this._self;
  }
  /** The chart as a detached object; a chart type is needed (stricter than unverified Sheets defaults). */
  build(): unknown {
    if (!this._draft.type) throw new ServiceError('A chart type must be set before the chart is built.');
    return makeEmbeddedChart(this.emulator, this._ssId, this._sheetId, clone(this._draft));
  }
}

export class EmbeddedChartImpl implements Viewable, Emulates<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getContainerInfo' | 'getNumHeaders' | 'getOptions' | 'getRanges' | 'getTransposeRowsAndColumns' | 'modify'> {
  _self: unknown = null;
  readonly _kind = 'EmbeddedChart';
  constructor(
    private readonly emulator: Emulator,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _draft: Draft,
  ) {}

  /** reference/spreadsheet/embedded-chart#getchartid: null when the chart is not in a spreadsheet. */
  getChartId(): number | null {
    return this._draft.chartId;
  }
  getRanges(): unknown[] {
    return rangesOf(this.emulator, this._ssId, this._draft);
  }
  getOptions(): unknown {
    const options = this._draft.options;
    const chartOptions = { _self: null as unknown, _kind: 'ChartOptions', get: (name: unknown) => (typeof name === 'string' && name in options ? jsonValue(options[name]) : null) };
    return view(this.emulator, chartOptions satisfies Viewable & Emulates<GoogleAppsScript.Charts.ChartOptions, 'get'>, () => PURE);
  }
  getContainerInfo(): unknown {
    return containerInfo(this.emulator, this._draft.position);
  }
  getNumHeaders(): number {
    return this._draft.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._draft.transpose;
  }
  /** A builder over a copy: nothing changes on the sheet until updateChart. */
  modify(): unknown {
    return makeChartBuilder(this.emulator, this._ssId, this._sheetId, clone(this._draft));
  }
}

function rangesOf(emulator: Emulator, ssId: string, draft: Draft): unknown[] {
  return emulator.realm.Array.from(draft.ranges, (r) => makeRange(emulator, ssId, r.sheetId, r.rect));
}

function containerInfo(emulator: Emulator, p: Draft['position']): unknown {
  const info = { _self: null as unknown, _kind: 'ContainerInfo', getAnchorRow: () => p.anchorRow, getAnchorColumn: () => p.anchorColumn, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  return view(emulator, info satisfies Viewable & Emulates<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'>, () => PURE);
}

export function makeChartBuilder(emulator: Emulator, ssId: string, sheetId: number, draft?: Draft): unknown {
  const fresh: Draft = draft ?? { chartId: null, type: null, ranges: [], options: {}, position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1, transpose: false };
  return view(emulator, new EmbeddedChartBuilderImpl(emulator, ssId, sheetId, fresh), () => PURE);
}

function makeEmbeddedChart(emulator: Emulator, ssId: string, sheetId: number, draft: Draft): unknown {
  return view(emulator, new EmbeddedChartImpl(emulator, ssId, sheetId, draft), () => PURE);
}

/** The chart object a Sheet method was given, checked to be one of ours. */
function draftOf(cls: string, method: string, chart: unknown): Draft {
  checkArgs(cls, method, [chart], ['kind:EmbeddedChart']);
  return (chart as EmbeddedChartImpl)._draft;
}

/** Sheet.getCharts / insertChart / updateChart / removeChart over the sheet's state. */
export const sheetCharts = {
  get(emulator: Emulator, ssId: string, sheetId: number): unknown[] {
    const sheet = sheetState(spreadsheetState(emulator, ssId), sheetId);
    return emulator.realm.Array.from(chartsOf(sheet), (c) => makeEmbeddedChart(emulator, ssId, sheetId, clone(c)));
  },
  /** reference/spreadsheet/sheet#insertchartchart: a new chart with its own id, whatever it was built from. */
  insert(emulator: Emulator, ssId: string, sheetId: number, chart: unknown): void {
    const draft = draftOf('Sheet', 'insertChart', chart);
    const ss = spreadsheetState(emulator, ssId);
    const chartId = (ss.nextChartId ??= 1_000_000_001);
    ss.nextChartId = chartId + 1;
    chartsOf(sheetState(ss, sheetId)).push({ ...clone(draft), chartId, type: draft.type! });
  },
  /** reference/spreadsheet/sheet#updatechartchart: the chart must already be on this sheet. */
  update(emulator: Emulator, ssId: string, sheetId: number, chart: unknown): void {
    const draft = draftOf('Sheet', 'updateChart', chart);
    const charts = chartsOf(sheetState(spreadsheetState(emulator, ssId), sheetId));
    const at = charts.findIndex((c) => c.chartId === draft.chartId);
    // Wording unverified: Sheets refuses to update a chart that is not on the sheet.
    if (draft.chartId === null || at < 0) throw new ServiceError('The chart does not exist on this sheet.');
    charts[at] = { ...clone(draft), chartId: draft.chartId, type: draft.type! };
  },
  remove(emulator: Emulator, ssId: string, sheetId: number, chart: unknown): void {
    const draft = draftOf('Sheet', 'removeChart', chart);
    const sheet = sheetState(spreadsheetState(emulator, ssId), sheetId);
    sheet.charts = chartsOf(sheet).filter((c) => c.chartId !== draft.chartId);
  },
};

/** Host: a sheet's charts as stored (for the preview and tests). */
export function chartStates(emulator: Emulator, ssId: string, sheetName: string): ChartState[] {
  const ss = spreadsheetState(emulator, ssId);
  const sheet = ss.sheets.find((s) => s.name === sheetName);
  return sheet ? structuredClone(chartsOf(sheet)) : [];
}

/** The Charts service: only its ChartType enum is emulated (reference/charts/charts). */
export function createCharts(emulator: Emulator): unknown {
  return expose(emulator, 'Charts', 'Charts', { ChartType }, () => PURE);
}
