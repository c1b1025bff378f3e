/**
 * The school's regulation through the built bundle: a book set to 001 gets 001's words in the
 * conclusion, the card and the passport, in the pages' payloads and in its cells and drop-downs;
 * a book left at 002 is unchanged; a value stored in either wording still reads.
 */
import { documentText } from '@pds/emulator';
import type { Addon } from '../helpers/addon';
import { docOf, ok, school, selectRows, start } from '../helpers/documents';
import type { Payload } from '../helpers/payloads';

const R001 = '001 — Положение о самообучающейся школе';
const REGULATION = 'Положение об индивидуальном сопровождении, по которому работает школа';

type SaveInput = Omit<Payload<'saveCompletion'>, 'version'>;

const conclusion: SaveInput = {
  programmeId: 'P00001',
  rows: [{ id: 'A00001', problem: 'Дисциплина на уроке', before: 'шум на уроках', after: 'тише', method: 'анализ уроков', conclusions: 'снята частично' }],
  outcome: 'partlySuccessful',
  problemsResult: 'notResolved',
  unresolvedProblems: 'дисциплина на уроке',
  reasons: 'болезнь учителя',
  needs: ['furtherSupport', 'training', 'anotherRoute'],
  anotherRouteReason: 'смена предмета',
  furtherWays: 'участие в ПОС',
  conclusionDate: '2027-05-30',
};

function completionPage(addon: Addon) {
  const page = addon.call('getCompletionPage', { programmeId: 'P00001' });
  if (page.status !== 'success') throw new Error(page.message);
  return page.response;
}

function saveConclusion(addon: Addon): void {
  const saved = addon.call('saveCompletion', { ...conclusion, version: completionPage(addon).version });
  if (saved.status !== 'success') throw new Error(saved.message);
}

function cell(addon: Addon, tab: string, header: string, row = 2): string {
  const index = addon.headers(tab).indexOf(header);
  return addon.sheet(tab, (s) => s.getRange(row, index + 1).getDisplayValue());
}

function conclusionText(addon: Addon): string {
  selectRows(addon, 'Программы', 'A2');
  return docOf(addon, ok(start(addon, 'conclusion', 'selected')));
}

const WORDS_001 = [
  '2. В результате предварительной диагностики проблемы:',
  '4. Сопровождаемый специалист:',
  '☑ нуждается в дальнейшем полномасштабном сопровождении',
  '☑ нуждается в повышении квалификации в системе постдипломного образования',
  '☑ нуждается в разработке индивидуального образовательного маршрута: смена предмета',
  '☑ не сняты (указываются проблемы): дисциплина на уроке',
  '5. Наиболее эффективные пути (способы) дальнейшего сопровождения (указать): участие в ПОС',
];
const WORDS_002 = [
  '6. Сопровождаемый педагог:',
  '☑ нуждается в дальнейшем сопровождении',
  '☑ нуждается в повышении квалификации',
  '☑ нуждается в разработке другого индивидуального маршрута сопровождения (причина): смена предмета',
  '☑ не сняты (указать проблемы): дисциплина на уроке',
  '☑ наиболее эффективные пути (способы) дальнейшего сопровождения (указать): участие в ПОС',
];

describe('a book set to regulation 001', () => {
  let addon: Addon;
  beforeAll(() => {
    addon = school();
    addon.setting(REGULATION, R001);
    saveConclusion(addon);
  });

  test('the completion page offers 001’s options and items', () => {
    const page = completionPage(addon);
    expect(page.wording).toEqual({ problemsResult: '2. В результате предварительной диагностики проблемы:', needs: '4. Сопровождаемый специалист:', furtherWays: '5. Наиболее эффективные пути (способы) дальнейшего сопровождения (указать):' });
    expect(page.options.needs.map((o) => o.label)).toContain('нуждается в дальнейшем полномасштабном сопровождении');
    expect(page.options.problems.map((o) => o.label)).toContain('не сняты (указываются проблемы)');
    expect(page.programme?.needs).toEqual(['furtherSupport', 'training', 'anotherRoute']);
  });

  test('the programme page offers 001’s checkpoints and feedback loop', () => {
    const page = addon.call('getProgrammePage', { programmeId: 'P00001' });
    if (page.status !== 'success') throw new Error(page.message);
    const labels = (list: Array<{ label: string }>) => list.map((o) => o.label);
    expect(labels(page.response.options.checkpoints)).toContain('собеседования с заместителем директора по научно-методической работе, методистами или с наставником индивидуального самообразования педагога');
    expect(labels(page.response.options.checkpoints)).toContain('ведение дневника индивидуального образовательного маршрута');
    expect(labels(page.response.options.helpForms)).toContain('обратная связь «учитель – наставник – методист»');
  });

  test('the saved conclusion is written in 001’s words', () => {
    expect(cell(addon, 'Программы', 'Выявленные в результате предварительной диагностики проблемы')).toBe('не сняты (указываются проблемы)');
    expect(cell(addon, 'Программы', 'Сопровождаемый педагог')).toContain('нуждается в дальнейшем полномасштабном сопровождении');
  });

  test('the conclusion document prints 001’s form', () => {
    const text = conclusionText(addon);
    for (const words of WORDS_001) expect(text).toContain(words);
    expect(text).not.toContain('6. Сопровождаемый педагог');
    expect(text).not.toContain('(указать проблемы)');
  });

  test('the card and the passport print 001’s words', () => {
    selectRows(addon, 'Программы', 'A2');
    const card = docOf(addon, ok(start(addon, 'card', 'selected')));
    expect(card).toContain('– психологами;');
    expect(card).not.toContain('мониторинговой группы');
    const passport = docOf(addon, ok(start(addon, 'passport', 'selected')));
    expect(passport).toContain('обратная связь «учитель – наставник – методист»');
    expect(passport).toContain('анкетирование учащихся (без участия психологов)');
    expect(passport).not.toContain('заместитель директора по УВР»');
  });

  test('a value typed in 002’s words still reads', () => {
    const index = addon.headers('Программы').indexOf('Сопровождаемый педагог');
    addon.sheet('Программы', (s) => s.getRange(2, index + 1).setValue('нуждается в дальнейшем сопровождении; не нуждается в сопровождении'));
    expect(completionPage(addon).programme?.needs).toEqual(['furtherSupport', 'noSupport']);
  });
});

describe('a book left at 002', () => {
  test('prints 002’s form with its own numbering, and none of 001’s words', () => {
    const addon = school();
    saveConclusion(addon);
    const page = completionPage(addon);
    expect(page.wording).toEqual({ problemsResult: '2. Выявленные в результате предварительной диагностики проблемы:', needs: '6. Сопровождаемый педагог:', furtherWays: 'наиболее эффективные пути (способы) дальнейшего сопровождения (указать)' });
    expect(cell(addon, 'Программы', 'Выявленные в результате предварительной диагностики проблемы')).toBe('не сняты (указать проблемы)');
    const text = conclusionText(addon);
    for (const words of WORDS_002) expect(text).toContain(words);
    expect(text).not.toMatch(/полномасштабном|специалист:|указываются/);
  });

  test('switching to 001 makes 001’s template and keeps 002’s as it was', () => {
    const addon = school();
    saveConclusion(addon);
    conclusionText(addon);
    const template002 = addon.stored('template.conclusion')!;
    addon.setting(REGULATION, R001);
    const text = conclusionText(addon);
    for (const words of WORDS_001) expect(text).toContain(words);
    expect(addon.stored('template.conclusion')).toBe(template002);
    expect(addon.stored('template.conclusion.001')).not.toBe(template002);
    expect(documentText(addon.emulator, template002)).toContain('6. Сопровождаемый педагог:');
  });

  test('set-up re-run after the switch offers 001’s words in the drop-down', () => {
    const addon = school();
    addon.setting(REGULATION, R001);
    addon.click('Настроить книгу');
    const index = addon.headers('Программы').indexOf('Выявленные в результате предварительной диагностики проблемы');
    const rule = addon.sheet('Программы', (s) => s.getRange(2, index + 1).getDataValidation());
    expect(rule!.getCriteriaValues()[0]).toContain('не сняты (указываются проблемы)');
  });
});
