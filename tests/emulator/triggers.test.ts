/**
 * When clock triggers fire: dueTriggers / markFired, the host-side helpers the clock uses.
 * Sources: reference/script/clock-trigger-builder; guides/triggers/installable ("if you create a
 * recurring 9 a.m. trigger, Apps Script chooses a time between 9 a.m. and 10 a.m.").
 */
import vm from 'node:vm';
import { Emulator } from '../../emulator/core/emulator';
import { createScriptApp, dueTriggers, markFired, setScriptProject } from '../../emulator/script';
import { localParts } from '../../emulator/services/time-zone';

const DAY = 86400000;
const HOUR = 3600000;

// The school's script zone, set rather than defaulted: the schedules below are read in it.
const ZONE = 'Europe/Moscow';

function setup(clock = '2026-09-01T06:00:00Z', deployment: 'addon' | 'bound' = 'bound') {
  const emulator = new Emulator({ clock, scriptTimeZone: ZONE });
  emulator.state.activeSpreadsheetId = 'sheet-1';
  setScriptProject(emulator.state, { deployment });
  const ScriptApp = createScriptApp(emulator);
  const full = <T>(fn: () => T) => emulator.run({ authMode: 'FULL' }, fn);
  /** Every fire time in (now, now + span], marking each as the host does. */
  const fires = (span: number): number[] => {
    const from = emulator.now();
    const out: number[] = [];
    for (;;) {
      const next = dueTriggers(emulator.state, from, from + span)[0];
      if (!next) return out;
      out.push(next.at);
      markFired(emulator.state, next.triggerId, next.at);
    }
  };
  return { emulator, ScriptApp, full, fires };
}

describe('daily triggers', () => {
  // clock-trigger-builder#athourhour + guides/triggers/installable: somewhere within the hour.
  test('everyDays(1).atHour(7).inTimezone fires once a day within 07:00-07:59 local time', () => {
    const { ScriptApp, full, fires } = setup();
    full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(7).inTimezone(ZONE).create());
    const times = fires(5 * DAY);
    expect(times).toHaveLength(5);
    for (const t of times) expect(localParts(t, ZONE).hour).toBe(7);
    for (let i = 1; i < times.length; i++) expect((times[i] as number) - (times[i - 1] as number)).toBe(DAY);
  });

  test('the minute within the hour is derived from the trigger id, so it is stable but not always :00', () => {
    const minutes = new Set<number>();
    for (let i = 0; i < 6; i++) {
      const { emulator, ScriptApp, full } = setup();
      for (let k = 0; k < i; k++) emulator.nextId('x'); // shift the ids
      full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(7).create());
      const trigger = emulator.state.triggers[0];
      minutes.add(localParts(trigger?.nextRun ?? 0, ZONE).minute);
    }
    expect(minutes.size).toBeGreaterThan(1);
  });

  test('a trigger created after today’s hour first fires tomorrow', () => {
    const { ScriptApp, full, fires } = setup('2026-09-01T09:00:00Z'); // 12:00 in Moscow
    full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(7).inTimezone(ZONE).create());
    const [first] = fires(DAY);
    expect(localParts(first ?? 0, ZONE).day).toBe(2);
  });

  // The trigger's zone keeps its wall-clock hour across daylight-saving changes.
  test('fires at the same local hour across a DST change', () => {
    const { ScriptApp, full, fires } = setup('2027-03-25T00:00:00Z');
    full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(9).inTimezone('Europe/Berlin').create());
    const times = fires(6 * DAY); // 2027-03-28 is the switch to CEST
    expect(times).toHaveLength(6);
    for (const t of times) expect(localParts(t, 'Europe/Berlin').hour).toBe(9);
    const utcHours = times.map((t) => new Date(t).getUTCHours());
    expect(utcHours[0]).toBe(8);
    expect(utcHours[5]).toBe(7);
  });

  test('everyDays(3) fires every third day', () => {
    const { ScriptApp, full, fires } = setup();
    full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(3).atHour(10).create());
    const times = fires(10 * DAY);
    for (let i = 1; i < times.length; i++) expect((times[i] as number) - (times[i - 1] as number)).toBe(3 * DAY);
    expect(times.length).toBeGreaterThanOrEqual(3);
  });

  // clock-trigger-builder#nearminuteminute: "plus or minus 15 minutes".
  test('nearMinute puts the time within 15 minutes of the given minute', () => {
    const { emulator, ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(7).nearMinute(30).create());
    const p = localParts(emulator.state.triggers[0]?.nextRun ?? 0, ZONE);
    expect(p.hour).toBe(7);
    expect(Math.abs(p.minute - 30)).toBeLessThanOrEqual(15);
  });
});

describe('hourly and weekly triggers', () => {
  test('everyHours(2) fires every two hours', () => {
    const { ScriptApp, full, fires } = setup();
    full(() => ScriptApp.newTrigger('h').timeBased().everyHours(2).create());
    const times = fires(10 * HOUR);
    expect(times).toHaveLength(5);
    for (let i = 1; i < times.length; i++) expect((times[i] as number) - (times[i - 1] as number)).toBe(2 * HOUR);
  });

  // clock-trigger-builder#onweekdayday
  test('everyWeeks(1).onWeekDay(MONDAY).atHour(8) fires on Mondays at 08:xx', () => {
    const { ScriptApp, full, fires } = setup(); // 2026-09-01 is a Tuesday
    full(() => ScriptApp.newTrigger('w').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create());
    const times = fires(21 * DAY);
    expect(times).toHaveLength(3);
    for (const t of times) {
      const p = localParts(t, ZONE);
      expect(p.weekday).toBe(1);
      expect(p.hour).toBe(8);
    }
    expect(localParts(times[0] ?? 0, ZONE).day).toBe(7);
  });

  test('everyWeeks(2) fires every other week', () => {
    const { ScriptApp, full, fires } = setup();
    full(() => ScriptApp.newTrigger('w').timeBased().everyWeeks(2).onWeekDay(ScriptApp.WeekDay.FRIDAY).atHour(15).create());
    const times = fires(35 * DAY);
    expect(times.length).toBe(3);
    for (let i = 1; i < times.length; i++) expect((times[i] as number) - (times[i - 1] as number)).toBe(14 * DAY);
  });
});

describe('one-shot triggers', () => {
  // clock-trigger-builder#atdate, #afterdurationmilliseconds
  test('at(date) fires once at that time and stays installed after it ran', () => {
    const { emulator, ScriptApp, full, fires } = setup();
    const when = new Date('2026-09-01T10:00:00Z');
    full(() => ScriptApp.newTrigger('once').timeBased().at(when).create());
    expect(fires(3 * DAY)).toEqual([when.getTime()]);
    // Apps Script keeps spent one-time triggers until the script deletes them.
    expect(emulator.state.triggers).toHaveLength(1);
    expect(emulator.state.triggers[0]?.nextRun).toBeUndefined();
  });

  test('after(ms) fires once that long after creation', () => {
    const { emulator, ScriptApp, full, fires } = setup();
    full(() => ScriptApp.newTrigger('later').timeBased().after(10 * 60 * 1000).create());
    expect(fires(DAY)).toEqual([emulator.now() + 10 * 60 * 1000]);
  });

  test('at(date) accepts a Date of another realm', () => {
    const { emulator, ScriptApp, full } = setup();
    const foreign = vm.runInNewContext('new Date("2026-09-02T00:00:00Z")') as Date;
    full(() => ScriptApp.newTrigger('once').timeBased().at(foreign).create());
    expect(emulator.state.triggers[0]?.nextRun).toBe(Date.parse('2026-09-02T00:00:00Z'));
  });
});

describe('dueTriggers and markFired', () => {
  test('lists every occurrence in (from, to], in time order, without changing the state', () => {
    const { emulator, ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('a').timeBased().everyHours(1).create());
    full(() => ScriptApp.newTrigger('b').timeBased().everyHours(3).create());
    const before = JSON.stringify(emulator.state);
    const due = dueTriggers(emulator.state, emulator.now(), emulator.now() + 6 * HOUR);
    expect(JSON.stringify(emulator.state)).toBe(before);
    expect(due.map((d) => d.handler)).toEqual(['a', 'a', 'a', 'b', 'a', 'a', 'a', 'b']);
    expect(due.every((d, i) => i === 0 || (due[i - 1] as { at: number }).at <= d.at)).toBe(true);
    expect(due[0]).toMatchObject({ user: emulator.state.activeUser, at: emulator.now() + HOUR });
  });

  test('the window is open at `from` and closed at `to`', () => {
    const { emulator, ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('a').timeBased().everyHours(1).create());
    const first = emulator.now() + HOUR;
    expect(dueTriggers(emulator.state, first, first + HOUR - 1)).toEqual([]);
    expect(dueTriggers(emulator.state, first - 1, first).map((d) => d.at)).toEqual([first]);
  });

  test('markFired moves the next run past the firing; unknown ids give null', () => {
    const { emulator, ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('a').timeBased().everyHours(1).create());
    const id = emulator.state.triggers[0]?.id ?? '';
    const first = emulator.state.triggers[0]?.nextRun ?? 0;
    expect(markFired(emulator.state, id, first)?.nextRun).toBe(first + HOUR);
    expect(markFired(emulator.state, 'nope', first)).toBeNull();
  });

  test('spreadsheet triggers are never due', () => {
    const { emulator, ScriptApp, full } = setup();
    full(() => ScriptApp.newTrigger('s').forSpreadsheet('sheet-1').onFormSubmit().create());
    expect(dueTriggers(emulator.state, 0, emulator.now() + 100 * DAY)).toEqual([]);
  });
});
