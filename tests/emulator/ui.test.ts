/**
 * SpreadsheetApp's Ui: reference/base/ui, menu, prompt-response, button, button-set;
 * guides/dialogs. Everything shown is recorded in state.ui.
 */
import { Emulator } from '../../emulator/core/emulator';
import { setScriptProject } from '../../emulator/script';
import { createHtmlService } from '../../emulator/services/html';
import { answerNextDialog, CONTAINER_UI_SCOPE, createUi, recordToast } from '../../emulator/spreadsheet/ui';

function setup(scopes: string[] | null = null) {
  const emulator = new Emulator({ scopes });
  emulator.state.activeSpreadsheetId = 'sheet-1';
  setScriptProject(emulator.state, { name: 'Методкабинет' });
  const ui = createUi(emulator);
  const HtmlService = createHtmlService(emulator);
  const full = <T>(fn: () => T) => emulator.run({ authMode: 'FULL', kind: 'menu' }, fn);
  return { emulator, ui, HtmlService, full };
}

describe('menus', () => {
  // reference/script/auth-mode sample: "Add a normal menu item (works in all authorization modes)".
  test('the add-on menu is built in AuthMode.NONE and recorded with the add-on’s name', () => {
    const { emulator, ui } = setup();
    emulator.run({ authMode: 'NONE', kind: 'simple' }, () => {
      const sub = ui.createMenu('Reports').addItem('Monthly', 'monthlyReport');
      ui.createAddonMenu().addItem('Open panel', 'showPanel').addSeparator().addSubMenu(sub).addToUi();
    });
    expect(emulator.state.ui).toHaveLength(1);
    expect(emulator.state.ui[0]).toMatchObject({
      kind: 'menu',
      spreadsheetId: 'sheet-1',
      user: emulator.state.activeUser,
      data: {
        title: 'Методкабинет',
        addon: true,
        items: [{ label: 'Open panel', functionName: 'showPanel' }, { separator: true }, { label: 'Reports', items: [{ label: 'Monthly', functionName: 'monthlyReport' }] }],
      },
    });
  });

  // menu#addtoui: adding the menu again replaces it for that user and document.
  test('addToUi replaces the previous menu of the same name for the user and document', () => {
    const { emulator, ui } = setup();
    emulator.run({ authMode: 'NONE' }, () => ui.createAddonMenu().addItem('A', 'a').addToUi());
    emulator.run({ authMode: 'LIMITED' }, () => ui.createAddonMenu().addItem('B', 'b').addToUi());
    emulator.run({ authMode: 'LIMITED', user: 'colleague@school.example' }, () => ui.createAddonMenu().addItem('C', 'c').addToUi());
    const menus = emulator.state.ui.filter((e) => e.kind === 'menu');
    expect(menus.map((m) => [m.user, (m.data.items as Array<{ label: string }>)[0]?.label])).toEqual([
      [emulator.state.activeUser, 'B'],
      ['colleague@school.example', 'C'],
    ]);
  });
});

describe('alerts and prompts', () => {
  // ui#alertprompt: with no answer queued the user closes the dialog.
  test('alert returns the queued button, or CLOSE', () => {
    const { emulator, ui, full } = setup();
    answerNextDialog(emulator, { button: 'YES' });
    expect(String(full(() => ui.alert('Title', 'Delete all?', ui.ButtonSet.YES_NO)))).toBe('YES');
    expect(String(full(() => ui.alert('Done')))).toBe('CLOSE');
    expect(emulator.state.ui.map((e) => [e.kind, e.data.title, e.data.prompt, e.data.buttons, e.data.answer])).toEqual([
      ['alert', 'Title', 'Delete all?', 'YES_NO', 'YES'],
      ['alert', '', 'Done', 'OK', 'CLOSE'],
    ]);
  });

  // ui#promptprompt, prompt-response
  test('prompt returns the response text and the button', () => {
    const { emulator, ui, full } = setup();
    answerNextDialog(emulator, { button: 'OK', text: 'Иванова' });
    const response = full(() => ui.prompt('Teacher name?', ui.ButtonSet.OK_CANCEL));
    full(() => {
      expect(response.getResponseText()).toBe('Иванова');
      expect(String(response.getSelectedButton())).toBe('OK');
    });
    const closed = full(() => ui.prompt('Again?'));
    expect(full(() => [closed.getResponseText(), String(closed.getSelectedButton())])).toEqual(['', 'CLOSE']);
  });

  test('a queued button the dialog does not offer is a test error', () => {
    const { emulator, ui, full } = setup();
    answerNextDialog(emulator, { button: 'YES' });
    expect(() => full(() => ui.alert('Hi'))).toThrow('button YES is not offered');
  });

  test('wrong arguments do not match the signature', () => {
    const { ui, full } = setup();
    expect(() => full(() => ui.alert(42 as unknown as string))).toThrow("The parameters (number) don't match the method signature for Ui.alert.");
  });
});

describe('sidebars and dialogs', () => {
  // guides/dialogs#custom_sidebars: 300 px wide.
  test('showSidebar records the page, its title and a 300 px width', () => {
    const { emulator, ui, HtmlService, full } = setup();
    full(() => ui.showSidebar(HtmlService.createHtmlOutput('<p>panel</p>').setTitle('Panel').setWidth(600)));
    expect(emulator.state.ui[0]).toMatchObject({ kind: 'sidebar', data: { html: '<p>panel</p>', title: 'Panel', width: 300 } });
  });

  // ui#showmodaldialoguserinterface,-title
  test('modal and modeless dialogs record their size and title', () => {
    const { emulator, ui, HtmlService, full } = setup();
    full(() => ui.showModalDialog(HtmlService.createHtmlOutput('x').setWidth(500).setHeight(200), 'Import'));
    full(() => ui.showModelessDialog(HtmlService.createHtmlOutput('y'), 'Help'));
    expect(emulator.state.ui.map((e) => [e.kind, e.data])).toEqual([
      ['dialog', { html: 'x', title: 'Import', width: 500, height: 200 }],
      ['modeless', { html: 'y', title: 'Help' }],
    ]);
  });

  // docs/platform.md: sidebars and dialogs cannot be opened in LIMITED; they need container.ui.
  test('dialogs need FULL and the container.ui scope', () => {
    const { emulator, ui, HtmlService } = setup();
    const page = emulator.run({ authMode: 'LIMITED' }, () => HtmlService.createHtmlOutput('x'));
    expect(() => emulator.run({ authMode: 'LIMITED', kind: 'simple' }, () => ui.showSidebar(page))).toThrow('Authorization is required');
    expect(() => emulator.run({ authMode: 'LIMITED', kind: 'simple' }, () => ui.alert('hi'))).toThrow('Authorization is required');
    const scoped = setup(['https://www.googleapis.com/auth/spreadsheets']);
    expect(() => scoped.full(() => scoped.ui.alert('hi'))).toThrow(CONTAINER_UI_SCOPE);
  });

  // spreadsheet-app#getui: no user interface in time-driven triggers.
  test('nothing can be shown from a trigger', () => {
    const { emulator, ui } = setup();
    expect(() => emulator.run({ authMode: 'FULL', kind: 'trigger' }, () => ui.alert('hi'))).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('showSidebar needs an HtmlOutput', () => {
    const { ui, full } = setup();
    expect(() => full(() => ui.showSidebar('<p>x</p>' as never))).toThrow("don't match the method signature for Ui.showSidebar");
  });
});

describe('toasts', () => {
  // reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds
  test('recordToast stores the toast for the spreadsheet', () => {
    const { emulator } = setup();
    recordToast(emulator, 'sheet-1', 'Saved', 'Report', 3);
    expect(emulator.state.ui[0]).toMatchObject({ kind: 'toast', spreadsheetId: 'sheet-1', data: { msg: 'Saved', title: 'Report', timeoutSeconds: 3 } });
  });
});
