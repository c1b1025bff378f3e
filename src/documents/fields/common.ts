/**
 * What every document kind shares: the field constructors, the school's requisites and the approval
 * block of regulation 002 (РАССМОТРЕНО / УТВЕРЖДАЮ / УТВЕРЖДЕНО), and the small formatting rules
 * the builders follow (dates dd.MM.yyyy, blanks as empty text so the form shows an empty line).
 */
import { formatRu, type LocalDate } from '../../domain/local-date';
import type { OptionSet } from '../../domain/option-set';
import type { Settings } from '../../workbook/settings';
import type { FieldSpec, FieldValues } from '../dictionary';

// ---- field constructors ------------------------------------------------------------------------

export const text = (name: string, description: string, required = true): FieldSpec => ({ name, description, kind: 'text', required });
export const date = (name: string, description: string, required = true): FieldSpec => ({ name, description, kind: 'date', required });
export const number = (name: string, description: string, required = true): FieldSpec => ({ name, description, kind: 'number', required });

/** One chosen label of a closed list: the layout may print every label with a `{{?…}}` mark. */
export const option = <K extends string>(name: string, description: string, set: OptionSet<K>, required = true): FieldSpec => ({
  name,
  description,
  kind: 'option',
  required,
  options: set.labels,
});

/** Several chosen labels of a closed list. */
export const options = <K extends string>(name: string, description: string, set: OptionSet<K>, required = true): FieldSpec => ({
  name,
  description,
  kind: 'options',
  required,
  options: set.labels,
});

export const collection = (name: string, description: string, fields: FieldSpec[], required = true): FieldSpec => ({
  name,
  description,
  kind: 'collection',
  required,
  fields,
});

// ---- requisites and the approval block -----------------------------------------------------------

/**
 * The requisites are required in every template; the approval block only where the kind carries it
 * (the deputy may still add it to any other template, so the fields always exist).
 */
export function commonFields(withApproval: boolean): FieldSpec[] {
  return [
    text('Наименование_ОО', 'Полное наименование образовательной организации (Настройки)'),
    text('Краткое_наименование_ОО', 'Сокращённое наименование организации (Настройки)'),
    text('Адрес_ОО', 'Почтовый адрес организации (Настройки)'),
    text('Контакты_ОО', 'Телефон, эл. почта организации (Настройки)'),
    date('Протокол_совета_дата', 'РАССМОТРЕНО: дата протокола методического совета', withApproval),
    text('Протокол_совета_номер', 'РАССМОТРЕНО: номер протокола методического совета', withApproval),
    text('Директор', 'УТВЕРЖДАЮ: директор (Фамилия И.О.)', withApproval),
    date('Дата_утверждения', 'УТВЕРЖДАЮ: дата утверждения директором', withApproval),
    date('Приказ_дата', 'УТВЕРЖДЕНО приказом: дата приказа', withApproval),
    text('Приказ_номер', 'УТВЕРЖДЕНО приказом: номер приказа', withApproval),
    text('Заместитель_директора', 'Заместитель директора по УВР (Фамилия И.О.)', false),
    date('Дата_документа', 'Дата составления документа', false),
  ];
}

export function commonValues(settings: Settings, today: LocalDate): FieldValues {
  return {
    Наименование_ОО: str(settings.schoolName),
    Краткое_наименование_ОО: str(settings.schoolShortName),
    Адрес_ОО: str(settings.schoolAddress),
    Контакты_ОО: str(settings.schoolContacts),
    Протокол_совета_дата: day(settings.councilProtocolDate),
    Протокол_совета_номер: str(settings.councilProtocolNumber),
    Директор: str(settings.directorName),
    Дата_утверждения: day(settings.approvalDate),
    Приказ_дата: day(settings.orderDate),
    Приказ_номер: str(settings.orderNumber),
    Заместитель_директора: str(settings.deputyName),
    Дата_документа: formatRu(today),
  };
}

// ---- display rules ------------------------------------------------------------------------------

/** A missing value prints as nothing: the form keeps its empty line for a pen. */
export function str(value: string | null | undefined): string {
  return value ?? '';
}

export function day(value: LocalDate | null | undefined): string {
  return value ? formatRu(value) : '';
}

export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function label<K extends string>(set: OptionSet<K>, key: K | null | undefined): string {
  return key ? set.label(key) : '';
}

export function labels<K extends string>(set: OptionSet<K>, keys: readonly K[]): string[] {
  return keys.map((k) => set.label(k));
}

/** How lists of names and labels are written inside one cell or line. */
export function joined(parts: ReadonlyArray<string | null | undefined>): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join('; ');
}
