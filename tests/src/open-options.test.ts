/**
 * The regulations' lists through the built bundle: the options 001 and 004 name (the «Школа
 * инноваций», the «свободный микрофон», 004's contests and team entry, the adapting specialist)
 * and the deputy's own «другое: …» in the lists they leave open — saved from a page, read back,
 * printed in the document, and a bare «другое» refused by its field's name.
 */
import type { Addon } from '../helpers/addon';
import { docOf, ok, school, selectRows, start } from '../helpers/documents';
import { T } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';
import { coachingSession, mark, planItem, type Payload } from '../helpers/payloads';

/** Displayed rows of a tab as objects by header. */
function rows(addon: Addon, tab: string): Array<Record<string, string>> {
  const [headers, ...data] = addon.sheet(tab, (s) => s.getDataRange().getDisplayValues());
  return data.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}

const programme = (extra: Partial<Payload<'saveProgramme'>> = {}): Payload<'saveProgramme'> => ({
  programmeId: null,
  draft: false,
  teacherId: 'T00001',
  categories: ['methodical'],
  sources: ['interview', 'другое: беседа с родителями'],
  problems: 'Затрудняется в планировании урока',
  leadId: 'T00002',
  participantsIds: [],
  decisionDate: '2026-09-01',
  helpForms: ['innovationSchool', 'freeMicrophone'],
  emphasis: 'practical',
  place: 'inSchool',
  start: '2026-09-07',
  end: '2027-05-31',
  items: [planItem('Доклад на городской конференции', '2026-12-10', { checkpoint: 'Другое:  доклад на городской конференции ' })],
  ...extra,
});

describe('a programme with new options and «другое: …»', () => {
  test('is stored as «другое: <текст>», read back by its page and printed in its passport', () => {
    const addon = school();
    const saved = asOk(addon.call('saveProgramme', programme())).response;

    const row = rows(addon, 'Программы').find((r) => r.ID === saved.programmeId)!;
    expect(row['Диагностика проведена по результатам']).toBe('собеседование с учителем; другое: беседа с родителями');
    expect(row['Планируемые формы оказания помощи']).toBe('занятия в «Школе инноваций»; предоставление «свободного микрофона» педагогам на семинарах, круглых столах, конференциях');
    expect(rows(addon, 'План программ').at(-1)!['Контрольный срез']).toBe('другое: доклад на городской конференции');

    const page = asOk(addon.call('getProgrammePage', { programmeId: saved.programmeId })).response;
    expect(page.form.sources).toEqual(['interview', 'другое: беседа с родителями']);
    expect(page.form.helpForms).toEqual(['innovationSchool', 'freeMicrophone']);
    expect(page.form.items[0]!.checkpoint).toBe('другое: доклад на городской конференции');
    expect(page.options.helpForms!.map((c) => c.value)).toEqual(expect.arrayContaining(['innovationSchool', 'freeMicrophone']));

    // The data check reads the row as the page wrote it.
    const check = asOk(addon.call('runDataCheck', {})).response as { problems: Array<{ tab: string; message: string }> };
    expect(check.problems.filter((p) => p.tab === 'Программы' || p.tab === 'План программ')).toEqual([]);

    selectRows(addon, 'Программы', `A${rows(addon, 'Программы').findIndex((r) => r.ID === saved.programmeId) + 2}`);
    const text = docOf(addon, ok(start(addon, 'passport', 'selected')));
    expect(text).toContain('☑ собеседование с учителем');
    expect(text).toContain('другое: беседа с родителями');
    expect(text).toContain('☑ занятия в «Школе инноваций»');
    expect(text).toContain('☑ предоставление «свободного микрофона» педагогам');
    expect(text).toContain('другое: доклад на городской конференции');
  });

  test('a bare «другое» is refused by the name of its field, and nothing is written', () => {
    const addon = school();
    const before = rows(addon, 'Программы').length;
    const refused = asErr(addon.call('saveProgramme', programme({ sources: ['другое:'], items: [planItem('Доклад', '2026-12-10', { checkpoint: 'другое: ' })] })));
    expect(refused.fields!.sources).toBe('«Диагностика проведена по результатам»: отмечено «другое», а свой вариант не вписан — впишите его или снимите отметку');
    expect(refused.fields!['items.0.checkpoint']).toContain('«Контрольный срез»: отмечено «другое»');
    const split = asErr(addon.call('saveProgramme', programme({ sources: ['другое: беседа; анкета'] })));
    expect(split.fields!.sources).toContain('не должно быть «;»');
    expect(rows(addon, 'Программы')).toHaveLength(before);
  });

  test('«другое: …» typed in the sheet is read; a bare one is named with its cell and column', () => {
    const addon = school();
    addon.typeCell('План программ', 2, 'Контрольный срез', 'другое:');
    const check = asOk(addon.call('runDataCheck', {})).response as { problems: Array<{ tab: string; cell: string; message: string }> };
    expect(check.problems).toEqual(expect.arrayContaining([expect.objectContaining({ tab: 'План программ', message: '«Контрольный срез»: после «другое:» не вписан свой вариант; впишите его («другое: …») или выберите из списка' })]));
    addon.typeCell('План программ', 2, 'Контрольный срез', 'другое: эссе о самообразовании');
    const fixed = asOk(addon.call('runDataCheck', {})).response as { problems: Array<{ tab: string }> };
    expect(fixed.problems.filter((p) => p.tab === 'План программ')).toEqual([]);
  });
});

describe('a session with «другое: …», and 004\'s contests', () => {
  test('its form of work and results are saved, read back and printed in the post-release', () => {
    const addon = school();
    addon.emulator.setClock('2026-10-20T09:00:00+03:00');
    const scheduled = asOk(
      addon.call('scheduleSessions', coachingSession({ kind: 'skillsClubEvent', format: 'group', communityId: 'C00001', participantsIds: ['T00001', 'T00003'], workForm: 'другое: педагогический квест', date: '2026-10-19', topic: 'Квест для наставников' })),
    ).response;
    const id = scheduled.ids[0]!;
    asOk(addon.call('recordSessionResult', mark(addon, id, 'held', { results: ['publication', 'другое: грант на проект'] })));
    const row = rows(addon, 'Сессии и встречи').find((r) => r.ID === id)!;
    expect(row['Форма работы']).toBe('другое: педагогический квест');
    expect(row.Результат).toBe('публикация в СМИ; другое: грант на проект');

    // 004 §3.4: the contest and the team entry of an achievement of the event.
    addon.typeRow('Достижения', {
      ID: 'V00001',
      Педагог: T.ivanova,
      'Педагог (ID)': 'T00001',
      Дата: '19.10.2026',
      Вид: 'конкурс',
      Название: 'Муниципальный этап',
      'Конкурс профессионального мастерства': '«Учитель будущего»',
      'Участие в конкурсе': 'командное',
      'Сессия / мероприятие (ID)': id,
    });

    const rowIndex = rows(addon, 'Сессии и встречи').findIndex((r) => r.ID === id) + 2;
    selectRows(addon, 'Сессии и встречи', `A${rowIndex}`);
    const text = docOf(addon, ok(start(addon, 'postRelease', 'selected')));
    expect(text).toContain('форма: другое: педагогический квест');
    expect(text).toContain('Результаты: публикация в СМИ; другое: грант на проект');
    expect(text).toContain('Муниципальный этап («Учитель будущего», командное участие)');
  });

  test('a bare «другое» result is refused by its field\'s name', () => {
    const addon = school();
    addon.emulator.setClock('2026-09-16T09:00:00+03:00');
    const refused = asErr(addon.call('recordSessionResult', mark(addon, 'S00001', 'held', { results: ['другое'] })));
    expect(refused.fields).toEqual({ results: '«Результат»: отмечено «другое», а свой вариант не вписан — впишите его или снимите отметку' });
  });

  test('the tabs offer the new options: the adapting specialist among roles, festivals and actions among achievements', () => {
    const addon = school();
    const listOf = (tab: string, header: string) =>
      addon.sheet(tab, (s) => {
        const column = (s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0] as string[]).indexOf(header) + 1;
        return s.getRange(2, column).getDataValidation()!.getCriteriaValues()[0] as string[];
      });
    expect(listOf('Педагоги', 'Роль')).toContain('специалист в процессе адаптации на новом месте работы');
    expect(listOf('Достижения', 'Вид')).toEqual(expect.arrayContaining(['фестиваль', 'акция']));
    expect(listOf('Достижения', 'Конкурс профессионального мастерства')).toEqual(['«Педагог года»', '«Учитель будущего»', '«Две звезды»']);
    expect(listOf('Достижения', 'Участие в конкурсе')).toEqual(['индивидуальное', 'командное']);
  });
});
