/**
 * Embedded charts: reference/spreadsheet/embedded-chart-builder, reference/spreadsheet/embedded-chart,
 * reference/spreadsheet/container-info, reference/spreadsheet/sheet (newChart, insertChart,
 * getCharts, updateChart, removeChart), reference/charts/chart-type; and the preview's SVG.
 */
import { chartData, renderChartSvg, sheetChartsSvg } from '../../emulator/spreadsheet/chart-render';
import { ChartType, chartStates, createCharts } from '../../emulator/spreadsheet/charts';
import { errorOf, fixture } from './spreadsheet-fixture';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
const COLUMN = ChartType.COLUMN as unknown as GoogleAppsScript.Charts.ChartType;
const PIE = ChartType.PIE as unknown as GoogleAppsScript.Charts.ChartType;

function withData() {
  const f = fixture();
  f.run(() => f.sheet().getRange(1, 1, 3, 3).setValues([['Месяц', 'Коучинг', 'ПОС'], ['сентябрь', 2, 1], ['октябрь', 3, 0]]));
  return f;
}

describe('the embedded chart builder', () => {
  test('insertChart stores type, ranges, options and position; getCharts reads them back', () => {
    const f = withData();
    const chart = f.run(() => {
      const sheet = f.sheet();
      sheet.insertChart(sheet.newChart().setChartType(COLUMN).addRange(sheet.getRange('A1:C3')).setOption('title', 'Сессии').setOption('isStacked', true).setPosition(2, 5, 10, 0).build());
      return sheet.getCharts()[0]!;
    });
    f.run(() => {
      expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C3']);
      expect(chart.getOptions().get('title')).toBe('Сессии');
      expect(chart.getOptions().get('isStacked')).toBe(true);
      expect(chart.getOptions().get('nothing')).toBeNull();
      const info = chart.getContainerInfo();
      expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([2, 5, 10, 0]);
      expect(typeof chart.getChartId()).toBe('number');
    });
  });

  test('a built chart has no id until inserted; modify changes nothing until updateChart', () => {
    const f = withData();
    f.run(() => {
      const sheet = f.sheet();
      const built = sheet.newChart().setChartType(PIE).addRange(sheet.getRange('A1:B3')).build();
      expect(built.getChartId()).toBeNull();
      sheet.insertChart(built);
      const [chart] = sheet.getCharts() as Chart[];
      const changed = chart!.modify().clearRanges().addRange(sheet.getRange('A1:C3')).setOption('title', 'Новое').build();
      expect(sheet.getCharts()[0]!.getRanges()[0]!.getA1Notation()).toBe('A1:B3');
      sheet.updateChart(changed);
      const after = sheet.getCharts();
      expect(after).toHaveLength(1);
      expect(after[0]!.getRanges()[0]!.getA1Notation()).toBe('A1:C3');
      expect(after[0]!.getOptions().get('title')).toBe('Новое');
      expect(after[0]!.getChartId()).toBe(chart!.getChartId());
    });
  });

  test('removeChart removes that chart only; ids stay unique', () => {
    const f = withData();
    f.run(() => {
      const sheet = f.sheet();
      const build = () => sheet.newChart().setChartType(COLUMN).addRange(sheet.getRange('A1:C3')).build();
      sheet.insertChart(build());
      sheet.insertChart(build());
      const [a, b] = sheet.getCharts();
      expect(a!.getChartId()).not.toBe(b!.getChartId());
      sheet.removeChart(a!);
      expect(sheet.getCharts().map((c) => c.getChartId())).toEqual([b!.getChartId()]);
    });
  });

  test('wrong arguments and unknown methods are refused as Apps Script would', () => {
    const f = withData();
    f.run(() => {
      const sheet = f.sheet();
      const builder = sheet.newChart();
      expect(errorOf(() => builder.setChartType('COLUMN' as never))).toMatch(/don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType/);
      expect(errorOf(() => builder.addRange('A1:B2' as never))).toMatch(/EmbeddedChartBuilder.addRange/);
      expect(errorOf(() => builder.build())).toMatch(/chart type/);
      expect(errorOf(() => (builder as unknown as { asColumnChart(): void }).asColumnChart())).toBe('SpreadsheetApp.EmbeddedChartBuilder.asColumnChart is not emulated');
      const built = builder.setChartType(COLUMN).build();
      expect(errorOf(() => sheet.updateChart(built))).toMatch(/does not exist/);
    });
  });

  test('Charts.ChartType is an enum; other Charts methods are not emulated', () => {
    const f = fixture();
    const charts = createCharts(f.emulator) as { ChartType: Record<string, { name(): string }>; newDataTable(): void };
    expect(String(charts.ChartType.LINE)).toBe('LINE');
    expect(charts.ChartType.PIE!.name()).toBe('PIE');
    expect(errorOf(() => f.run(() => charts.newDataTable()))).toBe('Charts.newDataTable is not emulated');
  });

  test('charts are plain JSON in the sheet state', () => {
    const f = withData();
    f.run(() => f.sheet().insertChart(f.sheet().newChart().setChartType(COLUMN).addRange(f.sheet().getRange('A1:C3')).build()));
    const [state] = chartStates(f.emulator, f.id, 'Лист1');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state!.ranges[0]!.rect).toEqual({ row: 1, column: 1, numRows: 3, numColumns: 3 });
  });
});

describe('the preview renderer', () => {
  test('reads categories from the first column and series from the header row', () => {
    expect(chartData({ numHeaders: -1, transpose: false }, [[['Месяц', 'Коучинг', 'ПОС'], ['сентябрь', 2, 1], ['октябрь', 3, 0]]])).toEqual({
      categories: ['сентябрь', 'октябрь'],
      series: [
        { name: 'Коучинг', values: [2, 3] },
        { name: 'ПОС', values: [1, 0] },
      ],
    });
  });

  test('draws bars, slices and escaped labels as SVG', () => {
    const f = withData();
    f.run(() => f.sheet().getRange('A2').setValue('<b>сентябрь</b>'));
    f.run(() => f.sheet().insertChart(f.sheet().newChart().setChartType(COLUMN).addRange(f.sheet().getRange('A1:C3')).setOption('title', 'Сессии').build()));
    const [drawn] = sheetChartsSvg(f.emulator, f.id, 'Лист1');
    expect(drawn!.svg).toMatch(/^<svg /);
    expect(drawn!.svg).toContain('Сессии');
    expect(drawn!.svg).toContain('&lt;b&gt;сентябрь');
    expect((drawn!.svg.match(/<rect /g) ?? []).length).toBeGreaterThan(4);
    const pie = renderChartSvg({ chartId: 1, type: 'PIE', ranges: [], options: {}, position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1, transpose: false }, [[['Итог', 'Число'], ['успешным', 2], ['неэффективным', 1]]]);
    expect((pie.match(/<path /g) ?? []).length).toBe(2);
  });
});
