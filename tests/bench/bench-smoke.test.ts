/**
 * The bench harness (`npm run bench`) at a toy size, so it cannot rot: every action still runs on
 * the built add-on and the report has its parts. Timings are never asserted here.
 */
import { ACTIONS } from '../../bench/actions';
import { checkAims, runSize, table } from '../../bench/run';
import { DIST } from '../helpers/addon';

test('every benchmarked action runs at a toy size and is reported', () => {
  const report = runSize(DIST, { name: 'toy', teachers: 12, programmes: 4, sessions: 40, communities: 2 });
  expect(report.measurements.map((m) => m.action)).toEqual(ACTIONS.map((a) => a.name));
  for (const m of report.measurements) {
    expect({ action: m.action, error: m.error }).toEqual({ action: m.action, error: undefined });
    expect(m.executions.length).toBeGreaterThan(0);
    expect(m.estimatedMs).toBeGreaterThan(0);
  }
  const byName = Object.fromEntries(report.measurements.map((m) => [m.action, m]));
  // The batch made its documents through Drive and Docs, the sweep wrote its rows.
  expect(byName['generate a batch of 100 documents']!.calls.DriveApp).toBeGreaterThan(0);
  expect(byName['process 100 form responses']!.cellsWritten).toBeGreaterThan(0);
  expect(table([report])).toContain('| toy ');
  expect(checkAims([report]).find((a) => a.aim === 'every action runs at every size')!.met).toBe(true);
});
