/**
 * The demo school is what a new deputy copies: its sessions and meetings fall on working days
 * (no Saturday or Sunday), as the add-on itself asks before saving a series.
 */
import { buildView } from '../../tools/preview/view';
import { PreviewSession } from '../../tools/preview/session';
import { DIST } from '../helpers/addon';
import { demoStateFile } from '../helpers/demo';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(30_000);

test('no session or meeting of the demo school is on a weekend', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workdays-'));
  try {
    const stateFile = path.join(dir, 'state.json');
    fs.copyFileSync(demoStateFile(), stateFile);
    const session = new PreviewSession({ distDir: DIST, stateFile, demo: false });
    const grid = buildView(session.host, 'Сессии и встречи').grid!;
    const date = grid.rows[0]!.indexOf('Дата');
    const dates = grid.rows.slice(1).map((r) => r[date]!).filter(Boolean);
    expect(dates.length).toBeGreaterThan(10);
    const weekend = dates.filter((d) => {
      const [day, month, year] = d.split('.').map(Number) as [number, number, number];
      const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
      return weekday === 0 || weekday === 6;
    });
    expect(weekend).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
