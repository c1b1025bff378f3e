/**
 * The event object a time-driven trigger's handler receives. Scheduling (which triggers are due,
 * their next run) belongs to the ScriptApp emulation: `dueTriggers` / `markFired` in
 * emulator/script/schedule.ts.
 */
/**
 * The event object of a time-driven trigger (guides/triggers/events#time-driven_events):
 * authMode, triggerUid and the firing time split into year, month (1-12), day-of-month,
 * day-of-week (1 = Monday ... 7 = Sunday), week-of-year, hour, minute, second and timezone.
 * Google's documented example reports the time in UTC ("timezone": "UTC"), so the fields here are
 * UTC too; the add-on should read the time from `new Date()` in the zone it needs instead.
 */
export function clockEvent(at: number, triggerUid: string, authMode: unknown): Record<string, unknown> {
  const d = new Date(at);
  const isoDay = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return {
    authMode,
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': isoDay,
    'week-of-year': isoWeek(d),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(date: Date): number {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = new Date(day).getUTCDay() || 7;
  const thursday = new Date(day + (4 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
}
