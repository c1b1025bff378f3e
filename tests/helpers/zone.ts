import { makeLocalDate, type LocalDate, type Zone } from '../../src/domain/local-date';

/** A fixed-offset zone for pure tests (Europe/Moscow has been UTC+3 all year since 2014). */
export function fixedZone(offsetHours = 3): Zone {
  const shift = offsetHours * 3600_000;
  return {
    dayOf: (instant) => {
      const d = new Date(instant.getTime() + shift);
      return makeLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as LocalDate;
    },
    timeOf: (instant) => new Date(instant.getTime() + shift).toISOString().slice(11, 16),
    midnight: (day) => new Date(Date.parse(`${day}T00:00:00Z`) - shift),
  };
}
