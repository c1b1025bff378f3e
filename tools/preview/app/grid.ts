/**
 * The workbook as a grid: display values as Sheets shows them, the frozen header sticky, hidden
 * columns left out, a bar above to type into the selected cell (a drop-down for list cells).
 */
import { columnName, h } from './dom';
import type { Grid } from './types';

/** The row numbers' column and a row, in px (app.css draws them so). */
const ROW_HEADER = 40;
const ROW_HEIGHT = 22;

export interface GridActions {
  select(row: number, column: number): void;
  edit(row: number, column: number, text: string): void;
}

export function renderGrid(grid: Grid, actions: GridActions): HTMLElement {
  const hidden = new Set(grid.hiddenColumns);
  const columns = Array.from({ length: grid.columns }, (_, i) => i + 1).filter((c) => !hidden.has(c));
  const selected = grid.selected;
  const width = (c: number) => grid.widths[c - 1] ?? 100;
  // Columns exactly as wide as the sheet says, as Sheets draws them: charts are placed by the same numbers.
  const cols = h('colgroup', {}, h('col', { style: `width:${ROW_HEADER}px` }), ...columns.map((c) => h('col', { style: `width:${width(c)}px` })));
  const head = h('tr', {}, h('th', { class: 'corner' }), ...columns.map((c) => h('th', {}, columnName(c))));
  const body = grid.rows.map((line, r) => {
    const row = r + 1;
    const frozen = row <= grid.frozenRows;
    return h(
      'tr',
      { class: frozen ? 'frozen' : null, style: frozen ? `top:${22 * row}px` : null },
      h('th', { class: 'rownum' }, String(row)),
      ...columns.map((c) => {
        const isSelected = selected?.row === row && selected.column === c;
        const list = grid.lists[`${row},${c}`];
        // Text runs on over empty cells to its right, as in Sheets; a filled neighbour cuts it.
        const next = columns[columns.indexOf(c) + 1];
        const spill = !frozen && !list && Boolean(line[c - 1]) && (next === undefined || !line[next - 1]);
        // It stops at the first filled cell, and a click on the run-on text reaches the cell under it.
        let room = width(c) - 8;
        for (let i = columns.indexOf(c) + 1; spill && i < columns.length && !line[columns[i]! - 1]; i++) room += width(columns[i]!);
        const text = line[c - 1] ?? '';
        return h(
          'td',
          {
            class: [isSelected ? 'selected' : '', list && (line[c - 1] || isSelected) ? 'list' : '', spill ? 'spill' : ''].join(' ').trim() || null,
            'data-cell': `${columnName(c)}${row}`,
            title: line[c - 1] || null,
            onclick: () => actions.select(row, c),
          },
          spill ? h('span', { class: 'spill-text', style: `width:${room}px` }, text) : text,
        );
      }),
    );
  });
  const total = ROW_HEADER + columns.reduce((sum, c) => sum + width(c), 0);
  const table = h('table', { class: 'grid', 'data-testid': 'grid', style: `width:${total}px` }, cols, h('thead', {}, head), h('tbody', {}, ...body));
  return h('div', { class: 'grid-wrap' }, editBar(grid, actions), h('div', { class: 'grid-scroll' }, table, ...charts(grid)));
}

/** Embedded charts over the grid at their anchor cells, drawn by the emulator as SVG images. */
function charts(grid: Grid): HTMLElement[] {
  const hidden = new Set(grid.hiddenColumns);
  return grid.charts.map((c) => {
    // Columns past the data count too: a chart may stand to the right of the last filled one.
    let left = ROW_HEADER + c.offsetX;
    for (let n = 1; n < c.column; n++) if (!hidden.has(n)) left += grid.widths[n - 1] ?? 100;
    const top = ROW_HEIGHT * c.row + c.offsetY;
    return h('img', { class: 'chart', 'data-testid': 'chart', src: `/chart/${c.sheetId}/${c.chartId}.svg`, alt: 'Диаграмма', style: `left:${left}px;top:${top}px` });
  });
}

function editBar(grid: Grid, actions: GridActions): HTMLElement {
  const sel = grid.selected;
  if (!sel) return h('div', { class: 'edit-bar' }, h('span', { class: 'muted' }, 'Выберите ячейку, чтобы её изменить'));
  const current = grid.rows[sel.row - 1]?.[sel.column - 1] ?? '';
  const list = grid.lists[`${sel.row},${sel.column}`];
  const label = h('span', { class: 'cell-name', 'data-testid': 'cell-name' }, `${columnName(sel.column)}${sel.row}`);
  if (list) {
    const select = h(
      'select',
      { 'data-testid': 'cell-select', onchange: () => actions.edit(sel.row, sel.column, select.value) },
      h('option', { value: '' }, ''),
      ...list.map((v) => h('option', { value: v, selected: v === current }, v)),
    );
    if (current && !list.includes(current)) select.append(h('option', { value: current, selected: true }, current));
    return h('div', { class: 'edit-bar' }, label, select);
  }
  const input = h('input', {
    'data-testid': 'cell-input',
    value: current,
    onkeydown: (event: Event) => {
      if ((event as KeyboardEvent).key === 'Enter') actions.edit(sel.row, sel.column, input.value);
    },
  });
  return h('div', { class: 'edit-bar' }, label, input, h('button', { onclick: () => actions.edit(sel.row, sel.column, input.value) }, 'Ввести'));
}
