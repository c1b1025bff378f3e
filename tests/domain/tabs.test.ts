import { TABS, TAB_ORDER } from '../../src/workbook/tabs';
import { RU } from '../../src/text/ru';

describe('tab specs', () => {
  const tabs = Object.values(TABS);

  test('every tab is created, once, with a unique name and id prefix', () => {
    expect([...TAB_ORDER].sort()).toEqual(Object.keys(TABS).sort());
    expect(new Set(tabs.map((t) => t.name)).size).toBe(tabs.length);
    expect(new Set(tabs.map((t) => t.idPrefix)).size).toBe(tabs.length);
  });

  test('every tab the add-on makes keeps its name through .xlsx: Excel cuts a sheet name at 31 characters', () => {
    const views = [RU.overview.tabName, RU.overview.rollupTabName, RU.overview.rollup.clubsTabName, RU.rhythm.planTab];
    for (const name of [...tabs.map((t) => t.name), ...views]) expect([name, name.length <= 31]).toEqual([name, true]);
  });

  test('the four main tabs come first', () => {
    expect(TAB_ORDER.slice(0, 4).sort()).toEqual(['programmes', 'protocols', 'sessions', 'teachers']);
  });

  test.each(tabs.map((t) => [t.name, t] as const))('%s: keys and headers are unique, references resolve', (_name, tab) => {
    const keys = tab.columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(tab.columns.map((c) => c.header.toLowerCase())).size).toBe(keys.length);
    for (const column of tab.columns) {
      const kind = column.kind;
      if (kind.type === 'label') expect(keys).toContain(kind.of);
      if (kind.type === 'ref' || kind.type === 'refs') {
        expect(TABS[kind.tab]).toBeDefined();
        expect(keys).toContain(kind.label);
      }
    }
  });

  test('the card (001 §6.2) and the passport (002 §5.1) fields all have a column', () => {
    const headers = (key: keyof typeof TABS) => TABS[key].columns.map((c) => c.header);
    expect(headers('teachers')).toEqual(
      expect.arrayContaining(['ФИО', 'Преподаваемый предмет', 'Общий педагогический стаж, лет', 'Стаж работы в ОУ, лет', 'Нагрузка в учебном году, ч/нед', 'Всего учебной нагрузки, ч/нед']),
    );
    expect(headers('classes')).toEqual(expect.arrayContaining(['Класс', 'Программа', 'Планирование', 'Учебный комплекс']));
    expect(headers('programmes')).toEqual(
      expect.arrayContaining([
        'ФИО учителя',
        'Решение о сопровождении принято',
        'Индивидуальное сопровождение ведёт',
        'В организации сопровождения принимают участие',
        'Выявленные проблемы/трудности',
        'Планируемые формы оказания помощи',
      ]),
    );
    expect(headers('planItems')).toEqual(
      expect.arrayContaining(['Содержание пункта', 'Срок выполнения', 'Деятельность сопровождаемого', 'Деятельность сопровождающего', 'Совместная деятельность']),
    );
    expect(headers('outcomes')).toEqual(
      expect.arrayContaining(['Состояние до начала сопровождения', 'Состояние после завершения сопровождения', 'Способ диагностики результатов', 'Выводы']),
    );
  });
});
