/**
 * Installable triggers: ScriptApp.newTrigger builders and Trigger views over `state.triggers`
 * (reference/script/trigger-builder, clock-trigger-builder, spreadsheet-trigger-builder, trigger).
 */
import type { Emulator } from '../core/emulator';
import { expose, uniform } from '../core/expose';
import { badSignature, describeArgs, ServiceError } from '../core/errors';
import { isDate } from '../core/realm';
import type { Emulates } from '../core/emulates';
import type { ClockSchedule, TriggerState } from './state';
import { isAddon } from './project';
import { anchorDayFor, chooseMinuteOfDay, nextFireAfter } from './schedule';
import { isKnownZone, localParts } from '../services/time-zone';

export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
const FULL = { access: 'full' as const };
const CREATE = { access: 'full' as const, scopes: [SCRIPTAPP_SCOPE] };

/** guides/services/quotas: "Triggers: 20 / user / script". */
export const MAX_TRIGGERS_PER_USER = 20;
/** Seen in Apps Script logs when the 20-trigger limit is hit. */
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;

/** The words Apps Script uses per trigger type in its add-on limit message. */
const ADDON_TYPE_WORDS: Record<string, string> = {
  CLOCK: 'time-based',
  ON_FORM_SUBMIT: 'form submit',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
};

/**
 * workspace/add-ons/concepts/editor-triggers: "Each add-on can only have one trigger of each
 * type, per user, per document". The time-based wording was seen in real add-on errors
 * (github.com/ljay79/jira-tools/issues/53); for the other types the same sentence is assumed.
 */
export function addonLimitMessage(eventType: string): string {
  return `This add-on has created too many ${ADDON_TYPE_WORDS[eventType] ?? eventType} triggers in this document for this Google user account.`;
}

/** editor-triggers: "Time-driven triggers cannot run more frequently than once per hour" (message is the emulator's). */
export const ADDON_MINUTES_MESSAGE = 'Add-ons cannot create time-based triggers that run more frequently than once per hour.';

export function triggerView(emulator: Emulator, data: TriggerState): GoogleAppsScript.Script.Trigger {
  const snapshot = { ...data };
  const current = () => emulator.state.triggers.find((t) => t.id === snapshot.id) ?? snapshot;
  const view = {
    _id: snapshot.id,
    getUniqueId: () => snapshot.id,
    getHandlerFunction: () => current().handler,
    getEventType: () => current().eventType,
    getTriggerSource: () => current().source,
    // A clock trigger has no source entity; trigger#gettriggersourceid is silent there, null is the strict reading.
    getTriggerSourceId: () => current().sourceId,
  };
  return expose(emulator, 'ScriptApp', 'Trigger', view satisfies Emulates<GoogleAppsScript.Script.Trigger, 'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getTriggerSourceId' | 'getUniqueId', 'getTriggerSourceId'>, uniform(FULL)) as unknown as GoogleAppsScript.Script.Trigger;
}

type Draft = Omit<TriggerState, 'id' | 'user' | 'addon'>;

/** Checks the limits, then stores the trigger `build` describes for its new id. */
function insert(emulator: Emulator, eventType: string, documentId: string | null, build: (id: string) => Draft): TriggerState {
  const state = emulator.state;
  const user = emulator.user;
  const addon = isAddon(state);
  if (state.triggers.filter((t) => t.user === user).length >= MAX_TRIGGERS_PER_USER) throw new ServiceError(TOO_MANY_TRIGGERS);
  if (addon) {
    const clash = state.triggers.some((t) => t.user === user && t.addon && t.eventType === eventType && (t.documentId ?? null) === documentId);
    if (clash) throw new ServiceError(addonLimitMessage(eventType));
  }
  const id = emulator.nextId('trigger-');
  const trigger: TriggerState = { id, user, addon, ...build(id) };
  state.triggers.push(trigger);
  return trigger;
}

function positiveInt(value: unknown, method: string, key: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    if (typeof value !== 'number') badSignature(describeArgs([value]), `ScriptApp.ClockTriggerBuilder.${method}`);
    throw new ServiceError(`Invalid argument: ${key}`);
  }
  return value;
}

interface ClockSpec {
  kind?: ClockSchedule['kind'];
  n?: number;
  atHour?: number;
  nearMinute?: number;
  weekDay?: number;
  timeZone?: string;
  onceAt?: number;
}

export function clockBuilder(emulator: Emulator, handler: string): GoogleAppsScript.Script.ClockTriggerBuilder {
  const spec: ClockSpec = {};
  const setKind = (kind: ClockSchedule['kind'], n: number) => {
    spec.kind = kind;
    spec.n = n;
  };
  const builder = {
    everyMinutes(n: unknown) {
      // clock-trigger-builder#everyminutesn: "n must be 1, 5, 10, 15 or 30".
      const value = positiveInt(n, 'everyMinutes', 'minutes');
      if (![1, 5, 10, 15, 30].includes(value)) throw new ServiceError(`Invalid argument: minutes. everyMinutes accepts only 1, 5, 10, 15 or 30, got ${value}.`);
      setKind('minutes', value);
      return self;
    },
    everyHours(n: unknown) {
      setKind('hours', positiveInt(n, 'everyHours', 'hours'));
      return self;
    },
    everyDays(n: unknown) {
      setKind('days', positiveInt(n, 'everyDays', 'days'));
      return self;
    },
    everyWeeks(n: unknown) {
      setKind('weeks', positiveInt(n, 'everyWeeks', 'weeks'));
      return self;
    },
    onWeekDay(day: unknown) {
      const index = WEEK_DAYS.indexOf(String(day) as (typeof WEEK_DAYS)[number]);
      if (index < 0) badSignature(describeArgs([day]), 'ScriptApp.ClockTriggerBuilder.onWeekDay');
      spec.weekDay = index;
      return self;
    },
    atHour(hour: unknown) {
      if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) throw new ServiceError('Invalid argument: hour');
      spec.atHour = hour;
      return self;
    },
    nearMinute(minute: unknown) {
      if (typeof minute !== 'number' || !Number.isInteger(minute) || minute < 0 || minute > 59) throw new ServiceError('Invalid argument: minute');
      spec.nearMinute = minute;
      return self;
    },
    inTimezone(zone: unknown) {
      if (typeof zone !== 'string' || !isKnownZone(zone)) throw new ServiceError('Invalid argument: timezone');
      spec.timeZone = zone;
      return self;
    },
    at(date: unknown) {
      if (!isDate(date)) badSignature(describeArgs([date]), 'ScriptApp.ClockTriggerBuilder.at');
      spec.kind = 'once';
      spec.onceAt = date.getTime();
      return self;
    },
    after(ms: unknown) {
      if (typeof ms !== 'number' || !(ms >= 0)) badSignature(describeArgs([ms]), 'ScriptApp.ClockTriggerBuilder.after');
      spec.kind = 'once';
      spec.onceAt = emulator.now() + ms;
      return self;
    },
    create() {
      const documentId = emulator.container;
      const check = clockDraft(emulator, handler, spec, 'check');
      return triggerView(emulator, insert(emulator, check.eventType, documentId, (id) => clockDraft(emulator, handler, spec, id)));
    },
  };
  const self: GoogleAppsScript.Script.ClockTriggerBuilder = expose(emulator, 'ScriptApp', 'ClockTriggerBuilder', builder satisfies Emulates<GoogleAppsScript.Script.ClockTriggerBuilder, 'after' | 'at' | 'atHour' | 'create' | 'everyDays' | 'everyHours' | 'everyMinutes' | 'everyWeeks' | 'inTimezone' | 'nearMinute' | 'onWeekDay'>, (m) => (m === 'create' ? CREATE : FULL)) as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  return self;
}

function clockDraft(emulator: Emulator, handler: string, spec: ClockSpec, id: string): Draft {
  const now = emulator.now();
  const timeZone = spec.timeZone ?? emulator.state.scriptTimeZone;
  const kind = spec.kind;
  if (!kind) throw new ServiceError('A time-based trigger needs a schedule: call everyMinutes, everyHours, everyDays, everyWeeks, at or after before create().');
  if ((spec.atHour !== undefined || spec.nearMinute !== undefined) && kind !== 'days' && kind !== 'weeks') {
    throw new ServiceError('atHour and nearMinute can only be used with everyDays or everyWeeks.');
  }
  if (spec.weekDay !== undefined && kind !== 'weeks') throw new ServiceError('onWeekDay can only be used with everyWeeks.');
  if (kind === 'minutes' && isAddon(emulator.state)) throw new ServiceError(ADDON_MINUTES_MESSAGE);
  const base = { handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, documentId: emulator.container };
  let schedule: ClockSchedule;
  let nextRun: number;
  if (kind === 'once') {
    schedule = { kind, n: 1, timeZone };
    nextRun = Math.max(spec.onceAt ?? now, now + 1);
  } else if (kind === 'minutes' || kind === 'hours') {
    schedule = { kind, n: spec.n ?? 1, timeZone };
    nextRun = now + (spec.n ?? 1) * (kind === 'minutes' ? 60000 : 3600000);
  } else {
    const created = localParts(now, timeZone);
    const weekDay = kind === 'weeks' ? (spec.weekDay ?? created.weekday) : undefined;
    schedule = {
      kind,
      n: spec.n ?? 1,
      timeZone,
      minuteOfDay: chooseMinuteOfDay(id, spec.atHour, spec.nearMinute, created.hour),
      anchorDay: anchorDayFor(kind, weekDay, now, timeZone),
      ...(weekDay !== undefined ? { weekDay } : {}),
      ...(spec.atHour !== undefined ? { atHour: spec.atHour } : {}),
      ...(spec.nearMinute !== undefined ? { nearMinute: spec.nearMinute } : {}),
    };
    nextRun = firstRun(schedule, now);
  }
  return { ...base, schedule, nextRun };
}

function firstRun(schedule: ClockSchedule, now: number): number {
  return nextFireAfter(schedule, now) ?? now;
}

export function spreadsheetBuilder(emulator: Emulator, handler: string, spreadsheetId: string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  let eventType: string | null = null;
  const choose = (type: string) => () => {
    eventType = type;
    return self;
  };
  const builder = {
    onOpen: choose('ON_OPEN'),
    onEdit: choose('ON_EDIT'),
    onChange: choose('ON_CHANGE'),
    onFormSubmit: choose('ON_FORM_SUBMIT'),
    create() {
      if (!eventType) throw new ServiceError('A spreadsheet trigger needs an event: call onOpen, onEdit, onChange or onFormSubmit before create().');
      const type = eventType;
      const draft = (): Draft => ({ handler, eventType: type, source: 'SPREADSHEETS', sourceId: spreadsheetId, documentId: spreadsheetId });
      return triggerView(emulator, insert(emulator, type, spreadsheetId, draft));
    },
  };
  const self: GoogleAppsScript.Script.SpreadsheetTriggerBuilder = expose(emulator, 'ScriptApp', 'SpreadsheetTriggerBuilder', builder satisfies Emulates<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'>, (m) => (m === 'create' ? CREATE : FULL)) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  return self;
}
