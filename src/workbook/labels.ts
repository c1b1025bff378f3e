/**
 * How a record is named to people where another tab refers to it ("Программа" column of the plan
 * shows "Иванова Мария Петровна, с 01.09.2026").
 */
import { formatRu, type LocalDate } from '../domain/local-date';
import type { TabKey } from './columns';

type Values = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const day = (v: unknown): string => (typeof v === 'string' && v ? formatRu(v as LocalDate) : '');

export function recordLabel(tab: TabKey, values: Values): string {
  switch (tab) {
    case 'teachers':
      return text(values.fullName);
    case 'communities':
      return text(values.name);
    case 'programmes':
      return [text(values.teacherName), day(values.start) && `с ${day(values.start)}`].filter(Boolean).join(', ');
    case 'sessions':
      return [day(values.date), text(values.topic)].filter(Boolean).join(' ');
    case 'protocols':
      return [`№ ${text(values.number)}`, text(values.communityName), day(values.date) && `от ${day(values.date)}`].filter(Boolean).join(' ');
    default:
      return text(values.id);
  }
}
