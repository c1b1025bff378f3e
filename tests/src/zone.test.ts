/**
 * Days written as real dates: the instant of midnight in the SPREADSHEET's zone, so the cell shows
 * that day and reads back as it (docs/platform.md, «Sheets»: date cells are midnights in the spreadsheet's zone).
 */
import { Emulator, createSpreadsheet } from '@pds/emulator';
import { spreadsheetZone } from '../../src/platform/zone';
import type { LocalDate } from '../../src/domain/local-date';
import { withGlobals } from '../helpers/globals';

describe.each(['Europe/Moscow', 'Asia/Krasnoyarsk', 'Europe/Berlin', 'America/Sao_Paulo'])('%s', (timeZone) => {
  // Berlin changes clocks on 29.03 and 25.10.2026.
  const days = ['2026-01-15', '2026-03-29', '2026-03-30', '2026-10-25', '2026-12-31'] as LocalDate[];

  test('a day written as midnight shows and reads back as that day', () => {
    const emulator = new Emulator({ scriptTimeZone: 'UTC' });
    createSpreadsheet(emulator, { name: 'Школа', timeZone, locale: 'ru_RU' });
    withGlobals(emulator, () => {
      const zone = spreadsheetZone(timeZone);
      const range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange(1, 1, days.length, 1);
      range.setValues(days.map((d) => [zone.midnight(d)]));
      range.setNumberFormat('dd.MM.yyyy');
      expect(range.getDisplayValues().map((r) => r[0])).toEqual(days.map((d) => d.split('-').reverse().join('.')));
      expect(range.getValues().map((r) => zone.dayOf(r[0] as Date))).toEqual(days);
    });
  });
});
