/**
 * ScriptApp: enums, authorization info, trigger management and the add-on trigger rules.
 */
import { Emulator } from '../../emulator/core/emulator';
import { createScriptApp, setScriptProject } from '../../emulator/script';
import { TOO_MANY_TRIGGERS } from '../../emulator/script/triggers';

const SCRIPTAPP = 'https://www.googleapis.com/auth/script.scriptapp';

function setup(options: { deployment?: 'addon' | 'bound'; scopes?: string[] | null } = {}) {
  const emulator = new Emulator({ clock: '2026-09-01T06:00:00Z', scopes: options.scopes ?? null });
  emulator.state.activeSpreadsheetId = 'sheet-1';
  if (options.deployment) setScriptProject(emulator.state, { deployment: options.deployment });
  const ScriptApp = createScriptApp(emulator);
  const full = <T>(fn: () => T, user?: string) => emulator.run({ authMode: 'FULL', ...(user ? { user } : {}) }, fn);
  return { emulator, ScriptApp, full };
}

describe('ScriptApp enums', () => {
  // reference/script/auth-mode, authorization-status, trigger-source, event-type
  test('enum values read as their names', () => {
    const { ScriptApp } = setup();
    expect(String(ScriptApp.AuthMode.FULL)).toBe('FULL');
    expect(ScriptApp.AuthMode.NONE).not.toBe(ScriptApp.AuthMode.LIMITED);
    expect(String(ScriptApp.AuthorizationStatus.REQUIRED)).toBe('REQUIRED');
    expect(String(ScriptApp.EventType.ON_FORM_SUBMIT)).toBe('ON_FORM_SUBMIT');
    expect(String(ScriptApp.TriggerSource.SPREADSHEETS)).toBe('SPREADSHEETS');
    expect(String(ScriptApp.WeekDay.MONDAY)).toBe('MONDAY');
  });

  // reference/script/auth-mode: building the menu and reading e.authMode work in NONE.
  test('enums and getAuthorizationInfo are usable in AuthMode.NONE', () => {
    const { emulator, ScriptApp } = setup();
    emulator.run({ authMode: 'NONE' }, () => {
      expect(ScriptApp.AuthMode.NONE).toBe('NONE');
      expect(String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus())).toBe('NOT_REQUIRED');
    });
  });
});

describe('ScriptApp.getAuthorizationInfo', () => {
  // reference/script/authorization-info: REQUIRED until the user has granted every scope.
  test('REQUIRED for a user who has not authorized, with an authorization URL', () => {
    const { emulator, ScriptApp } = setup();
    const info = emulator.run({ user: 'teacher@school.example', authMode: 'LIMITED' }, () => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL));
    expect(String(info.getAuthorizationStatus())).toBe('REQUIRED');
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
  });

  test('REQUIRED again when the manifest gained scopes since the user authorized', () => {
    const { emulator, ScriptApp, full } = setup();
    emulator.state.authorization.requiredScopes = ['https://www.googleapis.com/auth/drive'];
    expect(String(full(() => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()))).toBe('REQUIRED');
  });

  // authorization-info#getauthorizationurl: "returns null if no authorization is required".
  test('NOT_REQUIRED for an authorized user, with a null URL', () => {
    const { ScriptApp, full } = setup();
    const info = full(() => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL));
    expect(String(full(() => info.getAuthorizationStatus()))).toBe('NOT_REQUIRED');
    expect(full(() => info.getAuthorizationUrl())).toBeNull();
  });
});

describe('trigger management', () => {
  // reference/script/script-app#newtriggerfunctionname, trigger
  test('a spreadsheet form-submit trigger is stored as plain data and described by Trigger', () => {
    const { emulator, ScriptApp, full } = setup();
    const trigger = full(() => ScriptApp.newTrigger('onFormSubmitted').forSpreadsheet('sheet-1').onFormSubmit().create());
    full(() => {
      expect(trigger.getHandlerFunction()).toBe('onFormSubmitted');
      expect(String(trigger.getEventType())).toBe('ON_FORM_SUBMIT');
      expect(String(trigger.getTriggerSource())).toBe('SPREADSHEETS');
      expect(trigger.getTriggerSourceId()).toBe('sheet-1');
      expect(trigger.getUniqueId()).toBe(emulator.state.triggers[0]?.id);
    });
    expect(JSON.parse(JSON.stringify(emulator.state.triggers))).toEqual(emulator.state.triggers);
  });

  test('forSpreadsheet accepts a Spreadsheet object through its getId()', () => {
    const { emulator, ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('h').forSpreadsheet({ getId: () => 'sheet-1' } as never).onEdit().create());
    expect(emulator.state.triggers[0]?.sourceId).toBe('sheet-1');
  });

  // script-app#getprojecttriggers: "associated with the current project and current user".
  test('getProjectTriggers lists only the current user’s triggers; getUserTriggers those of one spreadsheet', () => {
    const { ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(7).create());
    full(() => ScriptApp.newTrigger('submit').forSpreadsheet('sheet-1').onFormSubmit().create());
    full(() => ScriptApp.newTrigger('other').forSpreadsheet('sheet-1').onFormSubmit().create(), 'colleague@school.example');
    full(() => {
      expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['tick', 'submit']);
      expect(ScriptApp.getUserTriggers({ getId: () => 'sheet-1' } as never).map((t) => t.getHandlerFunction())).toEqual(['submit']);
      expect(Array.isArray(ScriptApp.getProjectTriggers())).toBe(true);
    });
  });

  // script-app#deletetriggertrigger
  test('deleteTrigger removes it; deleting it twice fails', () => {
    const { emulator, ScriptApp, full } = setup();
    const trigger = full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).create());
    full(() => ScriptApp.deleteTrigger(trigger));
    expect(emulator.state.triggers).toEqual([]);
    expect(() => full(() => ScriptApp.deleteTrigger(trigger))).toThrow('does not exist');
  });

  // docs/platform.md: trigger management needs FULL and the script.scriptapp scope.
  test('trigger methods need FULL and the script.scriptapp scope', () => {
    const { emulator, ScriptApp } = setup({ scopes: ['https://www.googleapis.com/auth/spreadsheets'] });
    expect(() => emulator.run({ authMode: 'LIMITED' }, () => ScriptApp.getProjectTriggers())).toThrow('Authorization is required');
    expect(() => emulator.run({ authMode: 'FULL' }, () => ScriptApp.getProjectTriggers())).toThrow(
      `You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: ${SCRIPTAPP}`,
    );
    const ok = setup({ scopes: [SCRIPTAPP] });
    expect(ok.full(() => ok.ScriptApp.getProjectTriggers()).length).toBe(0);
  });

  test('methods ScriptApp does not emulate say so', () => {
    const { ScriptApp, full } = setup();
    expect(() => full(() => ScriptApp.getService())).toThrow('ScriptApp.getService is not emulated');
    expect(() => full(() => ScriptApp.newTrigger('h').timeBased().onMonthDay(1))).toThrow('ScriptApp.ClockTriggerBuilder.onMonthDay is not emulated');
  });
});

describe('trigger limits', () => {
  // guides/services/quotas: "Triggers 20 / user / script".
  test('a user may have at most 20 triggers', () => {
    const { ScriptApp, full } = setup({ deployment: 'bound' });
    for (let i = 0; i < 20; i++) full(() => ScriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create());
    expect(() => full(() => ScriptApp.newTrigger('h20').timeBased().everyHours(1).create())).toThrow(TOO_MANY_TRIGGERS);
    // Another user has their own 20.
    expect(() => full(() => ScriptApp.newTrigger('x').timeBased().everyHours(1).create(), 'colleague@school.example')).not.toThrow();
  });

  // workspace/add-ons/concepts/editor-triggers: one trigger of each type per user per document.
  test('an add-on may have one time-driven trigger per user per document', () => {
    const { emulator, ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(6).create());
    expect(() => full(() => ScriptApp.newTrigger('other').timeBased().everyHours(2).create())).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    // Another document, or another user, may have its own.
    emulator.state.activeSpreadsheetId = 'sheet-2';
    expect(() => full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).create())).not.toThrow();
    emulator.state.activeSpreadsheetId = 'sheet-1';
    expect(() => full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).create(), 'colleague@school.example')).not.toThrow();
  });

  test('an add-on may have one form-submit trigger per user per spreadsheet', () => {
    const { ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('submit').forSpreadsheet('sheet-1').onFormSubmit().create());
    expect(() => full(() => ScriptApp.newTrigger('submit2').forSpreadsheet('sheet-1').onFormSubmit().create())).toThrow(
      'This add-on has created too many form submit triggers in this document for this Google user account.',
    );
    // A different type is fine.
    expect(() => full(() => ScriptApp.newTrigger('edit').forSpreadsheet('sheet-1').onEdit().create())).not.toThrow();
  });

  test('a bound script may have several triggers of a type', () => {
    const { ScriptApp, full } = setup({ deployment: 'bound' });
    full(() => ScriptApp.newTrigger('a').timeBased().everyDays(1).create());
    expect(() => full(() => ScriptApp.newTrigger('b').timeBased().everyDays(1).create())).not.toThrow();
  });

  // guides/triggers/installable: "an add-on can use a time-driven trigger once per hour at most".
  test('an add-on cannot create a trigger that runs every few minutes; a bound script can', () => {
    const addon = setup();
    expect(() => addon.full(() => addon.ScriptApp.newTrigger('fast').timeBased().everyMinutes(30).create())).toThrow('once per hour');
    const bound = setup({ deployment: 'bound' });
    expect(() => bound.full(() => bound.ScriptApp.newTrigger('fast').timeBased().everyMinutes(30).create())).not.toThrow();
  });

  // clock-trigger-builder#everyminutesn: "n must be 1, 5, 10, 15 or 30".
  test('everyMinutes accepts only 1, 5, 10, 15 or 30', () => {
    const { ScriptApp, full } = setup({ deployment: 'bound' });
    expect(() => full(() => ScriptApp.newTrigger('h').timeBased().everyMinutes(7))).toThrow('Invalid argument: minutes');
    for (const n of [1, 5, 10, 15, 30]) expect(() => full(() => ScriptApp.newTrigger('h').timeBased().everyMinutes(n))).not.toThrow();
  });

  test('builder arguments are checked', () => {
    const { ScriptApp, full } = setup();
    const b = () => ScriptApp.newTrigger('h').timeBased();
    expect(() => full(() => b().atHour(24))).toThrow('Invalid argument: hour');
    expect(() => full(() => b().nearMinute(60))).toThrow('Invalid argument: minute');
    expect(() => full(() => b().inTimezone('Mars/Olympus'))).toThrow('Invalid argument: timezone');
    expect(() => full(() => b().create())).toThrow('needs a schedule');
    expect(() => full(() => b().everyHours(2).atHour(5).create())).toThrow('atHour and nearMinute can only be used with everyDays or everyWeeks');
    expect(() => full(() => ScriptApp.newTrigger('h').forSpreadsheet('sheet-1').create())).toThrow('needs an event');
  });
});
