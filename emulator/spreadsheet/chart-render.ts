/**
 * Host side: an embedded chart drawn as SVG for the local preview, from its stored state and the
 * values of its ranges. Sheets' default reading of a range: the first row names the series, the
 * first column holds the categories, each further column is a series (transposed on request).
 * Column, bar, line and pie are drawn; any other type is drawn as a labelled frame saying so.
 */
import type { Emulator } from '../core/emulator';
import { chartStates } from './charts';
import { readSheet } from './index';
import { spreadsheetState } from './lookup';
import type { ChartState } from './state';

export type ChartValues = unknown[][];

export interface ChartData {
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
}

const PALETTE = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24', '#5c6bc0', '#f06292'];
const WIDTH = 600;
const HEIGHT = 371;

/** Several ranges of the same height sit side by side, as Sheets joins them. */
export function chartData(chart: Pick<ChartState, 'numHeaders' | 'transpose'>, ranges: ChartValues[]): ChartData {
  const height = Math.max(0, ...ranges.map((r) => r.length));
  let grid: unknown[][] = Array.from({ length: height }, (_, i) => ranges.flatMap((r) => r[i] ?? []));
  if (chart.transpose) grid = (grid[0] ?? []).map((_, c) => grid.map((row) => row[c]));
  const headers = chart.numHeaders === 0 ? 0 : 1;
  const names = headers ? (grid[0] ?? []).map((v) => String(v ?? '')) : [];
  const body = grid.slice(headers);
  const width = Math.max(0, ...grid.map((r) => r.length));
  return {
    categories: body.map((r) => String(r[0] ?? '')),
    series: Array.from({ length: Math.max(0, width - 1) }, (_, i) => ({
      name: names[i + 1] ?? `${i + 1}`,
      values: body.map((r) => (typeof r[i + 1] === 'number' ? (r[i + 1] as number) : Number(r[i + 1]) || 0)),
    })),
  };
}

export function renderChartSvg(chart: ChartState, ranges: ChartValues[]): string {
  const data = chartData(chart, ranges);
  const title = typeof chart.options.title === 'string' ? chart.options.title : '';
  const stacked = chart.options.isStacked === true || chart.options.isStacked === 'true';
  const parts: string[] = [`<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff" stroke="#dadce0"/>`];
  if (title) parts.push(text(WIDTH / 2, 24, title, 'middle', 16, 'bold'));
  switch (chart.type) {
    case 'PIE':
      parts.push(...pie(data));
      break;
    case 'COLUMN':
    case 'BAR':
    case 'LINE':
      parts.push(...axes(data, chart.type, stacked));
      break;
    default:
      parts.push(text(WIDTH / 2, HEIGHT / 2, `${chart.type}: this chart type is not drawn by the preview`, 'middle', 13));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Arial, sans-serif">${parts.join('')}</svg>`;
}

function axes(data: ChartData, type: 'COLUMN' | 'BAR' | 'LINE', stacked: boolean): string[] {
  const out: string[] = [];
  const plot = { x: 60, y: 44, w: WIDTH - 240, h: HEIGHT - 130 };
  const n = data.categories.length;
  const totals = data.categories.map((_, i) => data.series.reduce((s, x) => s + Math.max(0, x.values[i] ?? 0), 0));
  const peak = Math.max(1, ...(stacked && type !== 'LINE' ? totals : data.series.flatMap((s) => s.values)));
  const integers = data.series.every((s) => s.values.every((v) => Number.isInteger(v)));
  // Counts get whole-number grid lines: four steps of a whole size.
  const top = integers ? Math.ceil(niceCeil(peak) / 4) * 4 : niceCeil(peak);
  const horizontal = type === 'BAR';
  const scale = (v: number) => (v / top) * (horizontal ? plot.w : plot.h);
  // Grid lines and value labels.
  for (let k = 0; k <= 4; k++) {
    const v = (top * k) / 4;
    if (horizontal) {
      const x = plot.x + scale(v);
      out.push(line(x, plot.y, x, plot.y + plot.h, '#eee'), text(x, plot.y + plot.h + 14, fmt(v), 'middle', 10));
    } else {
      const y = plot.y + plot.h - scale(v);
      out.push(line(plot.x, y, plot.x + plot.w, y, '#eee'), text(plot.x - 6, y + 4, fmt(v), 'end', 10));
    }
  }
  const band = (horizontal ? plot.h : plot.w) / Math.max(1, n);
  // Labels wider than their band are slanted, as Sheets does.
  const slant = !horizontal && Math.max(0, ...data.categories.map((c) => c.length)) * 6 > band;
  data.categories.forEach((c, i) => {
    const mid = band * i + band / 2;
    if (horizontal) out.push(text(plot.x - 6, plot.y + mid + 4, c, 'end', 10));
    else if (slant) out.push(`<g transform="translate(${(plot.x + mid).toFixed(1)},${(plot.y + plot.h + 12).toFixed(1)}) rotate(-35)">${text(0, 0, c, 'end', 10)}</g>`);
    else out.push(text(plot.x + mid, plot.y + plot.h + 16, c, 'middle', 10));
  });
  if (type === 'LINE') {
    data.series.forEach((s, k) => {
      const points = s.values.map((v, i) => `${(plot.x + band * i + band / 2).toFixed(1)},${(plot.y + plot.h - scale(v)).toFixed(1)}`);
      out.push(`<polyline fill="none" stroke="${PALETTE[k % PALETTE.length]}" stroke-width="2" points="${points.join(' ')}"/>`);
    });
  } else {
    const groups = stacked ? 1 : Math.max(1, data.series.length);
    const thick = (band * 0.7) / groups;
    data.categories.forEach((_, i) => {
      let base = 0;
      data.series.forEach((s, k) => {
        const v = Math.max(0, s.values[i] ?? 0);
        const length = scale(v);
        const offset = band * i + band * 0.15 + (stacked ? 0 : k * thick);
        const color = PALETTE[k % PALETTE.length]!;
        if (horizontal) out.push(rect(plot.x + scale(base), plot.y + offset, length, thick, color));
        else out.push(rect(plot.x + offset, plot.y + plot.h - scale(base) - length, thick, length, color));
        if (stacked) base += v;
      });
    });
  }
  out.push(line(plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h, '#999'), line(plot.x, plot.y, plot.x, plot.y + plot.h, '#999'));
  out.push(...legend(data.series.map((s) => s.name), plot.x + plot.w + 16, plot.y));
  return out;
}

function pie(data: ChartData): string[] {
  const values = data.series[0]?.values ?? [];
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  const cx = 180;
  const cy = HEIGHT / 2 + 10;
  const r = 120;
  if (total === 0) return [`<circle cx="${cx}" cy="${cy}" r="${r}" fill="#f1f3f4"/>`, text(cx, cy, '0', 'middle', 12), ...legend(data.categories, 340, 60)];
  const out: string[] = [];
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (v <= 0) return;
    const sweep = (v / total) * Math.PI * 2;
    const color = PALETTE[i % PALETTE.length]!;
    if (sweep >= Math.PI * 2 - 1e-9) out.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`);
    else {
      const [x1, y1, x2, y2] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle), cx + r * Math.cos(angle + sweep), cy + r * Math.sin(angle + sweep)];
      out.push(`<path d="M${cx},${cy} L${x1.toFixed(1)},${y1.toFixed(1)} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2.toFixed(1)},${y2.toFixed(1)} Z" fill="${color}"/>`);
    }
    angle += sweep;
  });
  return [...out, ...legend(data.categories.map((c, i) => `${c}: ${fmt(values[i] ?? 0)}`), 340, 60)];
}

/** Long names are cut to what fits beside the plot; the full name stays in a tooltip. */
function legend(names: string[], x: number, y: number): string[] {
  const room = Math.floor((WIDTH - x - 24) / 7);
  return names.flatMap((name, i) => {
    const shown = name.length > room ? `${name.slice(0, room - 1)}…` : name;
    return [rect(x, y + i * 20, 12, 12, PALETTE[i % PALETTE.length]!), `<g><title>${escape(name)}</title>${text(x + 18, y + i * 20 + 11, shown, 'start', 11)}</g>`];
  });
}

function niceCeil(v: number): number {
  const step = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / step) * step;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1).replace('.', ',');
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(x: number, y: number, s: string, anchor: 'start' | 'middle' | 'end', size: number, weight = 'normal'): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" font-size="${size}" font-weight="${weight}" fill="#202124">${escape(s)}</text>`;
}

function line(x1: number, y1: number, x2: number, y2: number, color: string): string {
  return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${color}"/>`;
}

function rect(x: number, y: number, w: number, h: number, color: string): string {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${Math.max(0, h).toFixed(1)}" fill="${color}"/>`;
}

/** Host: every chart of a sheet as SVG, each with its id and anchor (for the preview). */
export function sheetChartsSvg(emulator: Emulator, ssId: string, sheetName: string): Array<{ chartId: number; anchor: ChartState['position']; svg: string }> {
  const ss = spreadsheetState(emulator, ssId);
  const sheet = ss.sheets.find((s) => s.name === sheetName);
  if (!sheet) return [];
  return chartStates(emulator, ssId, sheetName).map((chart) => {
    const ranges = chart.ranges.map(({ sheetId, rect }) => {
      const source = ss.sheets.find((s) => s.sheetId === sheetId);
      if (!source) return [];
      const grid = readSheet(emulator, ssId, source.name);
      return Array.from({ length: rect.numRows }, (_, i) => Array.from({ length: rect.numColumns }, (_, j) => grid[rect.row - 1 + i]?.[rect.column - 1 + j] ?? ''));
    });
    return { chartId: chart.chartId, anchor: chart.position, svg: renderChartSvg(chart, ranges) };
  });
}
