/**
 * When clock triggers fire. Pure functions over the plain-data state, for the host that moves the
 * clock: `dueTriggers` lists what fires in (from, to], `markFired` advances a trigger after it ran.
 * Times follow reference/script/clock-trigger-builder and guides/triggers/installable ("the time
 * may be slightly randomized — for example, if you create a recurring 9 a.m. trigger, Apps Script
 * chooses a time between 9 a.m. and 10 a.m."): the minute is derived from the trigger id, so it is
 * stable across runs but not :00.
 */
import type { WorkspaceState } from '../core/state';
import type { ClockSchedule, TriggerState } from './state';
import { dateOfDayNumber, dayNumber, localParts, localToUtc, weekdayOfDayNumber } from '../services/time-zone';

const MINUTE = 60000;
const HOUR = 3600000;

/** A stable pseudo-random number in [0, modulo) from a trigger id (FNV-1a). */
export function idHash(id: string, modulo: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % modulo;
}

/** The local minute of day a daily/weekly trigger fires at. */
export function chooseMinuteOfDay(id: string, atHour: number | undefined, nearMinute: number | undefined, createdLocalHour: number): number {
  const hour = atHour ?? createdLocalHour;
  // nearMinute: "plus or minus 15 minutes"; atHour alone: somewhere within that hour.
  if (nearMinute !== undefined) return hour * 60 + nearMinute + idHash(id, 31) - 15;
  return hour * 60 + idHash(id, 60);
}

function dayFireTime(schedule: ClockSchedule, day: number): number {
  const { year, month, day: d } = dateOfDayNumber(day);
  return localToUtc(year, month, d, schedule.minuteOfDay ?? 0, schedule.timeZone);
}

function dayAllowed(schedule: ClockSchedule, day: number): boolean {
  const anchor = schedule.anchorDay ?? day;
  if (day < anchor) return false;
  if (schedule.kind === 'days') return (day - anchor) % schedule.n === 0;
  return weekdayOfDayNumber(day) === schedule.weekDay && Math.floor((day - anchor) / 7) % schedule.n === 0;
}

/** The first fire time strictly after `after`, or null for a one-shot trigger that has fired. */
export function nextFireAfter(schedule: ClockSchedule, after: number): number | null {
  switch (schedule.kind) {
    case 'once':
      return null;
    case 'minutes':
      return after + schedule.n * MINUTE;
    case 'hours':
      return after + schedule.n * HOUR;
    case 'days':
    case 'weeks': {
      const p = localParts(after, schedule.timeZone);
      const today = dayNumber(p.year, p.month, p.day);
      // Start a day early: a nearMinute shift can put a day's fire time into the previous day.
      const limit = today + 7 * schedule.n + 3;
      for (let day = today - 1; day <= limit; day++) {
        if (!dayAllowed(schedule, day)) continue;
        const at = dayFireTime(schedule, day);
        if (at > after) return at;
      }
      return null;
    }
  }
}

/** The anchor day of a new daily/weekly schedule: the first allowed day from creation. */
export function anchorDayFor(kind: 'days' | 'weeks', weekDay: number | undefined, createdAt: number, timeZone: string): number {
  const p = localParts(createdAt, timeZone);
  let day = dayNumber(p.year, p.month, p.day);
  if (kind === 'weeks' && weekDay !== undefined) while (weekdayOfDayNumber(day) !== weekDay) day += 1;
  return day;
}

export interface DueTrigger {
  triggerId: string;
  handler: string;
  user: string;
  /** When it fires, epoch ms. */
  at: number;
}

/**
 * Clock triggers due in (fromMs, toMs], every occurrence, ordered by time then id. Pure: the
 * host runs each and calls `markFired` for it. Occurrences at or before `fromMs` that were never
 * marked are skipped (Apps Script does not replay missed runs).
 */
export function dueTriggers(state: WorkspaceState, fromMs: number, toMs: number): DueTrigger[] {
  const due: DueTrigger[] = [];
  for (const trigger of state.triggers) {
    if (trigger.eventType !== 'CLOCK' || trigger.nextRun === undefined || !trigger.schedule) continue;
    let at: number | null = trigger.nextRun;
    while (at !== null && at <= fromMs) at = nextFireAfter(trigger.schedule, at);
    while (at !== null && at <= toMs) {
      due.push({ triggerId: trigger.id, handler: trigger.handler, user: trigger.user, at });
      at = nextFireAfter(trigger.schedule, at);
    }
  }
  return due.sort((a, b) => a.at - b.at || a.triggerId.localeCompare(b.triggerId));
}

/**
 * Records that a trigger fired at `at`: the next run moves past it. A one-shot trigger
 * (at/after) never fires again but stays installed, counting toward the 20-trigger limit, until
 * the script deletes it: Apps Script does not remove spent one-time triggers (a common cause of
 * "This script has too many triggers"; the stricter choice where the docs are silent).
 * Returns the trigger's state, or null if no such trigger exists.
 */
export function markFired(state: WorkspaceState, triggerId: string, at: number): TriggerState | null {
  const trigger = state.triggers.find((t) => t.id === triggerId);
  if (!trigger) return null;
  const next = trigger.schedule ? nextFireAfter(trigger.schedule, at) : null;
  if (next === null) delete trigger.nextRun;
  else trigger.nextRun = next;
  return trigger;
}
