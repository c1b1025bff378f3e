/**
 * A month's plan of many rows is written in bounded Docs batches (at most 500 requests each, in
 * order, the guard's restore last): every row filled, no placeholder left, no call growing with
 * the rows.
 */
import { documentText, listDriveFiles } from '@pds/emulator';
import { rhythmSchool, paste, pad, teacherId, teacherName } from '../helpers/rhythm-school';

const MSK = '+03:00';

test('a plan of 120 extra sessions goes in several batches and is filled completely', () => {
  const addon = rhythmSchool();
  paste(
    addon,
    'Сессии и встречи',
    Array.from({ length: 120 }, (_, i) => ({
      ID: `X${pad(i + 1)}`,
      Дата: `${pad((i % 28) + 1, 2)}.10.2026`,
      Начало: '12:00',
      Окончание: '12:45',
      Вид: 'коучинг-сессия',
      'Индивидуальная / групповая': 'индивидуальная',
      // A value holding «{{» is guarded across batches until the last one restores it.
      Тема: i === 119 ? 'Тема {{не поле}}' : `Доп. сессия ${i + 1}`,
      'Коуч-консультант / ведущий': teacherName(1),
      'Коуч-консультант / ведущий (ID)': teacherId(1),
      Участники: teacherName(70),
      'Участники (ID)': teacherId(70),
      Статус: 'запланирована',
    })),
  );
  addon.click('Включить');
  let batches = 0;
  const stop = addon.emulator.onCall((info) => {
    if (info.service === 'Docs' && info.method === 'batchUpdate') batches += 1;
  });
  addon.host.advanceClock(`2026-09-25T12:00:00${MSK}`);
  stop();
  const plan = listDriveFiles(addon.emulator).find((f) => f.name === 'План работы на месяц — октябрь 2026');
  expect(plan).toBeDefined();
  const text = documentText(addon.emulator, plan!.id);
  // One for the new template (docs-build.ts), then the plan's ~1,300 requests in three.
  expect(batches).toBeGreaterThanOrEqual(4);
  for (let i = 1; i < 119; i++) expect(text).toContain(`Доп. сессия ${i}`);
  expect(text).toContain('Тема {{не поле}}');
  expect(text.replace('{{не поле}}', '')).not.toContain('{{');
});
