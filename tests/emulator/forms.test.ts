/**
 * FormApp contract (emulator/forms): forms, items, publish state, the responses sheet a
 * destination adds, script-made responses. Sources are named per test; the host-side submission
 * and its form-submit trigger are in forms-submit.test.ts.
 */
import { Emulator } from '../../emulator/core/emulator';
import { createFormApp, findForm, FORMS_SCOPE } from '../../emulator/forms';
import { createSpreadsheet, readSheet } from '../../emulator/spreadsheet';
import { createSpreadsheetApp } from '../../emulator/spreadsheet';

/** Members newer than @types/google-apps-script (reference/forms/form#setpublished, form-app#create). */
interface Form extends GoogleAppsScript.Forms.Form {
  isPublished(): boolean;
  setPublished(enabled: boolean): Form;
}
type FormApp = Omit<GoogleAppsScript.Forms.FormApp, 'create'> & { create(title: string, isPublished?: boolean): Form };
type Item = GoogleAppsScript.Forms.Item;

function setup(options: { clock?: string; locale?: string; scopes?: string[] | null } = {}) {
  const emulator = new Emulator({ clock: options.clock ?? '2026-09-01T06:00:00Z', scopes: options.scopes ?? null });
  const ssId = createSpreadsheet(emulator, { name: 'Книга', locale: options.locale ?? 'ru_RU', timeZone: 'Europe/Moscow' });
  createSpreadsheetApp(emulator); // registers the spreadsheet views
  const FormApp = createFormApp(emulator) as unknown as FormApp;
  const full = <T>(fn: () => T): T => emulator.run({ authMode: 'FULL' }, fn);
  return { emulator, ssId, FormApp, full };
}

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

describe('FormApp', () => {
  // reference/forms/form-app#createtitle: "throws an exception if the given title is null or empty".
  test('create needs a non-empty title; openById / openByUrl find the form; a wrong id fails', () => {
    const { FormApp, full } = setup();
    full(() => {
      expect(message(() => FormApp.create(''))).toBe('Invalid argument: title');
      const form = FormApp.create('Самодиагностика');
      // Live runs leave the form's own title empty; the Drive file has the name
      // (issuetracker.google.com/issues/442747794).
      expect(FormApp.openById(form.getId()).getTitle()).toBe('');
      expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
      expect(FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
      expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
      // Seen in Apps Script logs for an unknown or unshared form id.
      expect(message(() => FormApp.openById('nope'))).toMatch(/^No item with the given ID could be found/);
    });
  });

  // reference/forms/form-app#getactiveform: the bound form; a spreadsheet's add-on has none.
  test('getActiveForm is null outside a form', () => {
    const { FormApp, emulator } = setup();
    expect(emulator.run({ authMode: 'LIMITED' }, () => FormApp.getActiveForm())).toBeNull();
  });

  // reference/forms/form-app, Authorization: create/openById need the forms scope; FULL only.
  test('the forms scope and FULL are required', () => {
    const { FormApp, emulator } = setup({ scopes: ['https://www.googleapis.com/auth/spreadsheets'] });
    expect(message(() => emulator.run({ authMode: 'FULL' }, () => FormApp.create('x')))).toBe(
      `You do not have permission to call FormApp.create. Required permissions: ${FORMS_SCOPE}`,
    );
    const ok = setup({ scopes: [FORMS_SCOPE] });
    expect(message(() => ok.emulator.run({ authMode: 'LIMITED' }, () => ok.FormApp.create('x')))).toBe('Authorization is required to perform that action.');
  });

  // forms/api/reference/rest/v1beta/forms/get: "Forms created with the API after June 30, 2026
  // will have an unpublished state by default"; PublishState: unpublished forces
  // isAcceptingResponses to false; create(title, isPublished) picks the state.
  test('a form created after mid-2026 starts unpublished and not accepting; setPublished(true) opens it', () => {
    const { FormApp, full } = setup();
    full(() => {
      const form = FormApp.create('Запрос');
      expect(form.isPublished()).toBe(false);
      expect(form.isAcceptingResponses()).toBe(false);
      expect(message(() => form.setAcceptingResponses(true))).toMatch(/unpublished form cannot accept responses/);
      form.setPublished(true);
      expect(form.isPublished()).toBe(true);
      expect(form.isAcceptingResponses()).toBe(true);
      form.setAcceptingResponses(false);
      expect(form.isAcceptingResponses()).toBe(false);
      expect(FormApp.create('Сразу', true).isPublished()).toBe(true);
    });
    const before = setup({ clock: '2026-03-01T06:00:00Z' });
    expect(before.full(() => before.FormApp.create('Старая').isPublished())).toBe(true);
  });

  test('settings round-trip: description, e-mail collection, login, edits, one response per user', () => {
    const { FormApp, full } = setup();
    full(() => {
      const form = FormApp.create('Обратная связь')
        .setDescription('После занятия')
        .setCollectEmail(true)
        .setRequireLogin(true)
        .setAllowResponseEdits(true)
        .setLimitOneResponsePerUser(true)
        .setConfirmationMessage('Спасибо');
      expect(form.getDescription()).toBe('После занятия');
      expect(form.collectsEmail()).toBe(true);
      expect(form.requiresLogin()).toBe(true);
      expect(form.canEditResponse()).toBe(true);
      expect(form.hasLimitOneResponsePerUser()).toBe(true);
      expect(form.getConfirmationMessage()).toBe('Спасибо');
      // A wrong argument type gets Apps Script's signature message.
      expect(message(() => (form.setCollectEmail as (v: unknown) => void)('yes'))).toBe(
        "The parameters (String) don't match the method signature for FormApp.Form.setCollectEmail.",
      );
    });
  });
});

describe('items', () => {
  // Graded answers and page navigation are not emulated: refused, not silently dropped.
  test('createChoice with a second argument is refused as not emulated', () => {
    const { FormApp, full } = setup();
    full(() => {
      const mc = FormApp.create('Тест').addMultipleChoiceItem();
      expect(message(() => mc.createChoice('Да', true))).toBe('FormApp.MultipleChoiceItem.createChoice with 2 arguments is not emulated');
      expect(mc.createChoice('Да').getValue()).toBe('Да');
    });
  });

  // reference/forms/form#add...item and the item classes.
  test('each item kind is created with its options and read back', () => {
    const { FormApp, full } = setup();
    full(() => {
      const form = FormApp.create('Все вопросы');
      const mc = form.addMultipleChoiceItem().setTitle('Категория').setRequired(true);
      mc.setChoices([mc.createChoice('Методическая'), mc.createChoice('Организационная')]).showOtherOption(true);
      const cb = form.addCheckboxItem().setTitle('Формы помощи').setChoiceValues(['Консультация', 'Посещение урока']);
      const list = form.addListItem().setTitle('Занятие').setChoiceValues(['1', '2']);
      const scale = form.addScaleItem().setTitle('Польза').setBounds(1, 10).setLabels('мало', 'много');
      const text = form.addTextItem().setTitle('ФИО').setHelpText('Полностью');
      const para = form.addParagraphTextItem().setTitle('Что изменилось');
      const grid = form.addGridItem().setTitle('Трудности').setRows(['Планирование', 'Оценивание']).setColumns(['1', '2', '3']);
      form.addSectionHeaderItem().setTitle('Раздел');
      form.addPageBreakItem().setTitle('Страница 2');
      const date = form.addDateItem().setTitle('Дата занятия');

      expect(mc.getChoices().map((c) => c.getValue())).toEqual(['Методическая', 'Организационная']);
      expect(mc.hasOtherOption()).toBe(true);
      expect(mc.isRequired()).toBe(true);
      expect(cb.getChoices().map((c) => c.getValue())).toEqual(['Консультация', 'Посещение урока']);
      expect(list.getChoices()).toHaveLength(2);
      expect([scale.getLowerBound(), scale.getUpperBound(), scale.getLeftLabel(), scale.getRightLabel()]).toEqual([1, 10, 'мало', 'много']);
      expect(text.getHelpText()).toBe('Полностью');
      expect(para.getType()).toBe(FormApp.ItemType.PARAGRAPH_TEXT);
      expect(grid.getRows()).toEqual(['Планирование', 'Оценивание']);
      expect(grid.getColumns()).toEqual(['1', '2', '3']);
      expect(date.includesYear()).toBe(true);

      const items = form.getItems();
      expect(items.map((i) => String(i.getType()))).toEqual([
        'MULTIPLE_CHOICE', 'CHECKBOX', 'LIST', 'SCALE', 'TEXT', 'PARAGRAPH_TEXT', 'GRID', 'SECTION_HEADER', 'PAGE_BREAK', 'DATE',
      ]);
      expect(form.getItems(FormApp.ItemType.SCALE)).toHaveLength(1);
      expect(form.getItemById(scale.getId())?.asScaleItem().getUpperBound()).toBe(10);
      expect(items[0]!.getIndex()).toBe(0);
    });
  });

  // Seen in Apps Script: "Invalid conversion for item type: PAGE_BREAK"; reference/forms/
  // scale-item#setbounds: lower 0 or 1, upper 3..10; bad edits: "Invalid data updating form."
  test('wrong conversions, scale bounds and empty choices are refused', () => {
    const { FormApp, full } = setup();
    full(() => {
      const form = FormApp.create('Ошибки');
      const pageBreak = form.addPageBreakItem();
      expect(message(() => form.getItems()[0]!.asListItem())).toBe('Invalid conversion for item type: PAGE_BREAK');
      expect(pageBreak.getType()).toBe('PAGE_BREAK');
      const scale = form.addScaleItem();
      expect(message(() => scale.setBounds(2, 5))).toBe('Invalid data updating form.');
      expect(message(() => scale.setBounds(1, 11))).toBe('Invalid data updating form.');
      expect(message(() => form.addListItem().setChoiceValues(['a', '']))).toBe('Invalid data updating form.');
      // A generic Item has no setRequired; the typed one does.
      expect(message(() => (form.getItems()[1] as unknown as { setRequired(v: boolean): void }).setRequired(true))).toBe(
        'FormApp.Item.setRequired is not emulated',
      );
    });
  });

  test('deleteItem and moveItem by index or item', () => {
    const { FormApp, full } = setup();
    full(() => {
      const form = FormApp.create('Порядок');
      const a = form.addTextItem().setTitle('A');
      form.addTextItem().setTitle('B');
      form.addTextItem().setTitle('C');
      form.moveItem(a as unknown as Item, 2);
      expect(form.getItems().map((i) => i.getTitle())).toEqual(['B', 'C', 'A']);
      form.deleteItem(0);
      expect(form.getItems().map((i) => i.getTitle())).toEqual(['C', 'A']);
      expect(message(() => form.deleteItem(5))).toMatch(/^Invalid argument: index/);
    });
  });
});

describe('destination (the responses sheet)', () => {
  // reference/forms/form#setdestinationtype,-id; the tab and column names as Forms writes them
  // («Ответы на форму (1)», «Отметка времени», «Адрес электронной почты» in ru_RU, as read by
  // public scripts); grid rows get "Title [Row]" columns; layout items get none.
  test('setDestination adds «Ответы на форму (1)» with the real ru_RU header row', () => {
    const { FormApp, full, emulator, ssId } = setup();
    full(() => {
      const form = FormApp.create('Анкета').setCollectEmail(true);
      form.addScaleItem().setTitle('Польза');
      form.addSectionHeaderItem().setTitle('Раздел');
      form.addGridItem().setTitle('Трудности').setRows(['Планирование', 'Оценивание']).setColumns(['да', 'нет']);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
      expect(form.getDestinationId()).toBe(ssId);
      expect(form.getDestinationType()).toBe('SPREADSHEET');
      // A question added later gets a new column on the right; renaming rewrites its header.
      form.addTextItem().setTitle('ФИО').setTitle('Фамилия, имя');
    });
    const ss = emulator.state.spreadsheets[ssId]!;
    expect(ss.sheets.map((s) => s.name)).toEqual(['Ответы на форму (1)', 'Лист1']);
    expect(ss.sheets[0]!.frozenRows).toBe(1);
    expect(readSheet(emulator, ssId, 'Ответы на форму (1)')).toEqual([
      ['Отметка времени', 'Адрес электронной почты', 'Польза', 'Трудности [Планирование]', 'Трудности [Оценивание]', 'Фамилия, имя'],
    ]);
  });

  test('en_US names; a second link makes "Form Responses 2"; removeDestination unlinks', () => {
    const { FormApp, full, emulator, ssId } = setup({ locale: 'en_US' });
    full(() => {
      const one = FormApp.create('One');
      one.addTextItem().setTitle('Name');
      one.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
      const two = FormApp.create('Two');
      two.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
      two.removeDestination();
      expect(message(() => two.getDestinationId())).toMatch(/does not currently have a response destination/);
    });
    expect(emulator.state.spreadsheets[ssId]!.sheets.map((s) => s.name)).toEqual(['Form Responses 2', 'Form Responses 1', 'Sheet1']);
    expect(readSheet(emulator, ssId, 'Form Responses 1')).toEqual([['Timestamp', 'Name']]);
  });
});

describe('script-made responses', () => {
  // reference/forms/form#createresponse, form-response#submit; docs/platform.md: script-made
  // submissions fire no trigger (they are still recorded and written to the sheet).
  test('createResponse + withItemResponse + submit records the response; getResponses reads it', () => {
    const { FormApp, full, emulator, ssId } = setup();
    full(() => {
      const form = FormApp.create('Скрипт', true);
      const text = form.addTextItem().setTitle('ФИО');
      const cb = form.addCheckboxItem().setTitle('Помощь').setChoiceValues(['A', 'B', 'C']);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
      const draft = form.createResponse();
      expect(draft.getId()).toBeNull();
      const submitted = draft.withItemResponse(text.createResponse('Иванова')).withItemResponse(cb.createResponse(['C', 'A'])).submit();
      expect(submitted.getId()).toMatch(/^response-/);
      const [response] = form.getResponses();
      expect(response!.getItemResponses().map((r) => r.getResponse())).toEqual(['Иванова', ['A', 'C']]);
      expect(response!.getResponseForItem(text as unknown as Item)?.getResponse()).toBe('Иванова');
      expect(response!.getTimestamp()).toBeInstanceOf(Date);
      expect(form.getResponse(submitted.getId()).getRespondentEmail()).toBe('');
      expect(message(() => cb.createResponse(['Z']))).toMatch(/"Z" is not a choice/);
      form.deleteAllResponses();
      expect(form.getResponses()).toHaveLength(0);
    });
    // The sheet keeps the row (deleting responses in Forms leaves the sheet alone).
    expect(readSheet(emulator, ssId, 'Ответы на форму (1)', { display: true })[1]).toEqual(['01.09.2026 9:00:00', 'Иванова', 'A, C']);
  });

  test('a script cannot submit to an unpublished form or fill the collected e-mail', () => {
    const { FormApp, full } = setup();
    full(() => {
      const closed = FormApp.create('Закрыта');
      expect(message(() => closed.createResponse().submit())).toMatch(/no longer accepting responses/);
      const withEmail = FormApp.create('С почтой', true).setCollectEmail(true);
      expect(message(() => withEmail.createResponse().submit())).toBe('Invalid data updating form.');
    });
  });

  test('state is plain JSON', () => {
    const { FormApp, full, emulator, ssId } = setup();
    const id = full(() => {
      const form: Form = FormApp.create('JSON', true);
      form.addScaleItem().setTitle('S');
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
      return form.getId();
    });
    expect(JSON.parse(JSON.stringify(emulator.state.extra['forms']))).toEqual(emulator.state.extra['forms']);
    expect(findForm(emulator, id)?.items[0]?.type).toBe('SCALE');
  });
});

