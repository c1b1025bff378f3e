import { formatRu, schoolYearOf, type LocalDate } from '../domain/local-date';
import { MAX_PROGRAMME_MONTHS, programmeEndLimit, saneDays } from '../domain/sane-values';

/** What the pages and the data check say of a value no one means (domain/sane-values.ts). */
export const VALUES_RU = {
  plainNumber: 'Введите число цифрами, например 12 или 0,5',
  dateOutside: (from: string, to: string) => `Такой даты не может быть в работе школы: укажите дату с ${from} по ${to}`,
  schoolYearOutside: (from: string, to: string) => `Такого учебного года не может быть в работе школы: укажите год с ${from} по ${to}`,
  programmeTooLong: (years: number, latest: string) => `Программа длится не больше ${years} лет: окончание — не позже ${latest}`,
  protocolOtherYear: (meeting: string, year: string) => `Заседание прошло ${meeting}, в ${year} учебном году: протокол датируется тем же учебным годом`,
  leaderIsParticipant: (name: string) => `${name} ведёт эту встречу и не может быть её участником`,
  programmeOfOther: (teacher: string) => `Это программа педагога ${teacher}, а он(а) не участник этой встречи: выберите программу участника или добавьте педагога в участники`,
  programmeHasSessions: (n: number) =>
    `К программе привязаны встречи с её педагогом (${n}): другой педагог получил бы их в своих письмах. Для другого педагога создайте свою программу`,
  // The data check names the tab and cell itself; these are the cell's note.
  problems: {
    badNumber: (v: string) => `«${v}» — не число, набранное цифрами (например 12 или 0,5)`,
    dateOutside: (from: string, to: string) => `дата вне допустимого: с ${from} по ${to}`,
    schoolYearOutside: (from: string, to: string) => `учебный год вне допустимого: с ${from} по ${to}`,
    programmeTooLong: (years: number) => `программа длиннее ${years} лет: проверьте год окончания`,
    protocolOtherYear: (meeting: string, year: string) => `заседание прошло ${meeting} (${year} учебный год), а протокол датирован другим учебным годом`,
    leaderIsParticipant: (name: string) => `${name} ведёт эту встречу и указан(а) среди её участников`,
    programmeOfOther: (programmeTeacher: string, participants: string) =>
      `программа педагога ${programmeTeacher}, а участники встречи — ${participants || 'не указаны'}: встреча привязана к чужой программе и попадёт в письма этого педагога`,
  },
} as const;

/** A page's message for a date outside the sane range seen from `today`. */
export function dateOutsideOf(today: LocalDate): string {
  const { from, to } = saneDays(today);
  return VALUES_RU.dateOutside(formatRu(from), formatRu(to));
}

/** A page's message for a programme longer than allowed. */
export function programmeTooLongOf(start: LocalDate): string {
  return VALUES_RU.programmeTooLong(MAX_PROGRAMME_MONTHS / 12, formatRu(programmeEndLimit(start)));
}

/** The range's first and last school years, «2006/2007» and «2027/2028». */
export function schoolYearsOf(today: LocalDate): { from: string; to: string } {
  const { from, to } = saneDays(today);
  return { from: schoolYearOf(from), to: schoolYearOf(to) };
}

/** A page's message for a school year outside the range. */
export function schoolYearOutsideOf(today: LocalDate): string {
  const { from, to } = schoolYearsOf(today);
  return VALUES_RU.schoolYearOutside(from, to);
}
