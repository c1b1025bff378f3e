/**
 * What every document kind shares: the field constructors, the school's requisites, the approval,
 * and the small formatting rules the builders follow (dates dd.MM.yyyy; a missing value as empty
 * text, which prints as the form's line to fill by hand: fill-values.ts; figures with their units).
 */
import { formatRu, type LocalDate } from '../../domain/local-date';
import { normalizeLabel, type OptionSet } from '../../domain/option-set';
import * as O from '../../domain/options';
import type { Achievement } from '../../domain/records';
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
  ...(set.open ? { open: true } : {}),
});

/** Several chosen labels of a closed list. */
export const options = <K extends string>(name: string, description: string, set: OptionSet<K>, required = true): FieldSpec => ({
  name,
  description,
  kind: 'options',
  required,
  options: set.labels,
  ...(set.open ? { open: true } : {}),
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
 * What every kind can print: the school's requisites (required: they head the document), the place
 * of compilation, the approval (гриф утверждения) with the document's own approver and date, and
 * the document's date. The approval is the kind's choice: only the monthly plan's default layout
 * carries it, and a template without it is as valid as one with it. The РАССМОТРЕНО / УТВЕРЖДЕНО
 * приказом requisites of seed 002 approve the regulation itself, not a document: still known for
 * templates made before, never in a default layout.
 */
export function commonFields(): FieldSpec[] {
  return [
    text('Наименование_ОО', 'Полное наименование образовательной организации (Настройки)'),
    text('Краткое_наименование_ОО', 'Сокращённое наименование организации (Настройки)'),
    text('Адрес_ОО', 'Почтовый адрес организации (Настройки)'),
    text('Контакты_ОО', 'Телефон, эл. почта организации (Настройки)'),
    text('Место_составления', 'Место составления документа: населённый пункт из адреса организации', false),
    text('Директор', 'УТВЕРЖДАЮ: директор (Фамилия И.О.)', false),
    date('Дата_утверждения', 'УТВЕРЖДАЮ: дата утверждения — дата самого документа', false),
    date('Протокол_совета_дата', 'Утверждение Положения (002), не документа: дата протокола методического совета', false),
    text('Протокол_совета_номер', 'Утверждение Положения (002), не документа: номер протокола методического совета', false),
    date('Приказ_дата', 'Утверждение Положения (002), не документа: дата приказа', false),
    text('Приказ_номер', 'Утверждение Положения (002), не документа: номер приказа', false),
    text('Заместитель_директора', 'Заместитель директора по УВР (Фамилия И.О.)', false),
    date('Дата_документа', 'Дата документа: протокола — дата заседания, пост-релиза — дата мероприятия, паспорта — дата решения о сопровождении, иначе — дата составления', false),
  ];
}

/** The values of commonFields for a document dated `documentDate`. */
export function commonValues(settings: Settings, documentDate: LocalDate): FieldValues {
  return {
    Наименование_ОО: str(settings.schoolName),
    Краткое_наименование_ОО: str(settings.schoolShortName),
    Адрес_ОО: str(settings.schoolAddress),
    Контакты_ОО: str(settings.schoolContacts),
    Место_составления: placeOf(settings.schoolAddress),
    Директор: str(settings.directorName),
    Дата_утверждения: formatRu(documentDate),
    Протокол_совета_дата: day(settings.councilProtocolDate),
    Протокол_совета_номер: str(settings.councilProtocolNumber),
    Приказ_дата: day(settings.orderDate),
    Приказ_номер: str(settings.orderNumber),
    Заместитель_директора: str(settings.deputyName),
    Дата_документа: formatRu(documentDate),
  };
}

// ---- signatures ------------------------------------------------------------------------------------

/** The field holding a signer's name as a signature is deciphered: «Председатель_подпись». */
export const signatureOf = (nameField: string): string => `${nameField}_подпись`;

/** The signature fields of the named people, for a dictionary. */
export function signatureFields(...nameFields: string[]): FieldSpec[] {
  return nameFields.map((f) => text(signatureOf(f), `Расшифровка подписи для «${f}»: инициалы и фамилия, «С.В. Преображенский»`, false));
}

/** Their values, from the full names already among `values`. */
export function signatureValues(values: FieldValues, ...nameFields: string[]): FieldValues {
  return Object.fromEntries(nameFields.map((f) => [signatureOf(f), signatureName(typeof values[f] === 'string' ? values[f] : '')]));
}

const INITIALS = /^(?:[А-ЯЁA-Z]\.){1,2}$/;

/**
 * A name as ГОСТ Р 7.0.97 (п. 5.23) deciphers a signature: initials, then the surname
 * («Преображенский Святослав Всеволодович» and «Преображенский С.В.» both give «С.В. Преображенский»),
 * joined by a no-break space so they stay on one line. Anything else is left as written.
 */
export function signatureName(full: string | null | undefined): string {
  const parts = (full ?? '').trim().split(/\s+/).filter((p) => p !== '');
  if (parts.length < 2) return parts.join(' ');
  const [surname, ...rest] = parts as [string, ...string[]];
  if (rest.length === 1 && INITIALS.test(rest[0]!)) return `${rest[0]}\u00a0${surname}`;
  if (rest.length <= 2 && rest.every((p) => /^[А-ЯЁA-Z][а-яёa-z-]+$/.test(p))) return `${rest.map((p) => `${p[0]}.`).join('')}\u00a0${surname}`;
  return parts.join(' ');
}

/** Abbreviations of ГОСТ Р 7.0.97's place of compilation, by the word an address may spell out. */
const SETTLEMENTS: Array<[RegExp, string]> = [
  [/(?:^|[\s,])(?:г\.|город)\s*([А-ЯЁ][А-Яа-яЁё-]+(?:[\s-][А-ЯЁ][А-Яа-яЁё-]+)*)/, 'г.'],
  [/(?:^|[\s,])(?:пгт\.?|посёлок городского типа|поселок городского типа)\s*([А-ЯЁ][А-Яа-яЁё-]+)/, 'пгт'],
  [/(?:^|[\s,])(?:с\.|село)\s*([А-ЯЁ][А-Яа-яЁё-]+)/, 'с.'],
  [/(?:^|[\s,])(?:п\.|пос\.|посёлок|поселок)\s*([А-ЯЁ][А-Яа-яЁё-]+)/, 'п.'],
  [/(?:^|[\s,])(?:ст-ца|станица)\s*([А-ЯЁ][А-Яа-яЁё-]+)/, 'ст-ца'],
  [/(?:^|[\s,])(?:д\.|деревня)\s*([А-ЯЁ][А-Яа-яЁё-]+)/, 'д.'],
];

/** The settlement of an address, as a place of compilation («г. Лесосибирск»), or '' when none is named. */
export function placeOf(address: string | null | undefined): string {
  for (const [pattern, abbreviation] of SETTLEMENTS) {
    const m = pattern.exec(address ?? '');
    if (m) return `${abbreviation} ${m[1]!.trim()}`;
  }
  return '';
}

// ---- display rules ------------------------------------------------------------------------------

/** A missing value is empty text: it prints as a line to fill by hand (fill-values.ts BLANK). */
export function str(value: string | null | undefined): string {
  return value ?? '';
}

export function day(value: LocalDate | null | undefined): string {
  return value ? formatRu(value) : '';
}

export function num(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Russian plural of a count: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25–30). */
function plural(n: number, one: string, few: string, many: string): string {
  const whole = Math.abs(n) % 1 === 0;
  if (!whole) return few; // «1,5 года»
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (tens >= 11 && tens <= 14) return many;
  return units === 1 ? one : units >= 2 && units <= 4 ? few : many;
}

/** A figure with its unit; empty when the figure is missing. Decimals with a comma, as in Russian. */
function withUnit(value: number | null | undefined, unit: (n: number) => string): string {
  // A no-break space: a figure never parts from its unit at a line's end.
  return value === null || value === undefined ? '' : `${String(value).replace('.', ',')}\u00a0${unit(value)}`;
}

/** «12 лет», «1 год», «3 года». */
export const years = (value: number | null | undefined): string => withUnit(value, (n) => plural(n, 'год', 'года', 'лет'));
/** «18 ч в неделю»: a teaching load is counted in hours a week (the sheet's «ч/нед»). */
export const hours = (value: number | null | undefined): string => withUnit(value, () => 'ч в неделю');
/** «3 чел.» */
export const people = (value: number | null | undefined): string => withUnit(value, () => 'чел.');

export function label<K extends string>(set: OptionSet<K>, key: K | null | undefined): string {
  return key ? set.label(key) : '';
}

export function labels<K extends string>(set: OptionSet<K>, keys: readonly K[]): string[] {
  return keys.map((k) => set.label(k));
}

/**
 * 004 §3.4's contest and entry of an achievement: «„Две звезды“, командное участие», or ''. The
 * contest is left out when it is already the printed title.
 */
export function contestNote({ contest, participation }: Pick<Achievement, 'contest' | 'participation'>, title = ''): string {
  const bare = (s: string) => normalizeLabel(s).replace(/"/g, '');
  const name = label(O.CONTESTS, contest);
  const parts = [name && bare(name) !== bare(title) ? name : '', participation ? `${O.CONTEST_PARTICIPATION.label(participation)} участие` : ''];
  return parts.filter((p) => p !== '').join(', ');
}

/** How lists of names and labels are written inside one cell or line. */
export function joined(parts: ReadonlyArray<string | null | undefined>): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join('; ');
}
