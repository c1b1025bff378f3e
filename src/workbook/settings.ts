/**
 * The «Настройки» tab: one row per setting (hidden key, label, value, help). Requisites and the
 * approval block follow the header of regulation 002 (РАССМОТРЕНО … протокол методического
 * совета; УТВЕРЖДАЮ директор; УТВЕРЖДЕНО приказом № от).
 */
import { YES_NO } from '../domain/options';
import { DEFAULT_REGULATION, REGULATIONS, type Regulation } from '../domain/regulation';
import type { LocalDate, Zone } from '../domain/local-date';
import { decodeCell, type RawCell } from './cells';
import type { ColumnKind } from './columns';
import { describe, type Problem } from './read';
import { a1 } from './a1';
import { parseHolidays } from '../domain/holidays';
import { parseMinimumMonths } from '../domain/minimum-months';
import { RU } from '../text/ru';

export interface SettingSpec {
  key: string;
  label: string;
  kind: ColumnKind;
  help: string;
  /** Written by set-up when the row is created (blank when undefined). */
  initial?: (context: { timeZone: string }) => RawCell;
}

const text: ColumnKind = { type: 'text' };
const date: ColumnKind = { type: 'date' };

export const SETTINGS: SettingSpec[] = [
  { key: 'schoolName', label: 'Полное наименование образовательной организации', kind: text, help: 'Как в уставе: шапка всех документов.' },
  { key: 'schoolShortName', label: 'Сокращённое наименование', kind: text, help: 'Например, МБОУ «СОШ №2».' },
  { key: 'schoolAddress', label: 'Адрес', kind: text, help: 'Почтовый адрес для шапки документов.' },
  { key: 'schoolContacts', label: 'Телефон, эл. почта', kind: text, help: 'Для шапки документов.' },
  { key: 'directorName', label: 'Директор (Фамилия И.О.)', kind: text, help: 'Гриф «УТВЕРЖДАЮ».' },
  { key: 'deputyName', label: 'Заместитель директора по УВР (Фамилия И.О.)', kind: text, help: 'Подписывает планы и отчёты.' },
  { key: 'deputyEmail', label: 'Эл. почта заместителя директора', kind: { type: 'email' }, help: 'Сюда приходит ежемесячная сводка.' },
  {
    key: 'administrators',
    label: 'Администраторы',
    kind: text,
    help: 'Адреса через запятую. Кроме владельца таблицы и заместителя директора (адрес выше), только они меняют настройки, адресатов писем, папку документов, доступ, напоминания, анкеты, закрытие года, хранение и сводку.',
  },
  { key: 'councilProtocolDate', label: 'РАССМОТРЕНО: протокол методического совета от', kind: date, help: 'Дата протокола, дд.мм.гггг.' },
  { key: 'councilProtocolNumber', label: 'РАССМОТРЕНО: протокол №', kind: text, help: 'Номер протокола методического совета.' },
  { key: 'approvalDate', label: 'УТВЕРЖДАЮ: дата', kind: date, help: 'Дата утверждения директором.' },
  { key: 'orderDate', label: 'УТВЕРЖДЕНО приказом от', kind: date, help: 'Дата приказа.' },
  { key: 'orderNumber', label: 'УТВЕРЖДЕНО приказом №', kind: text, help: 'Номер приказа, например 03-02-093.' },
  {
    key: 'regulation',
    label: 'Положение об индивидуальном сопровождении, по которому работает школа',
    kind: { type: 'option', options: REGULATIONS },
    help: 'Его формулировки печатаются в заключении, карте и паспорте и стоят в выпадающих списках. После смены запустите «Настроить книгу»: списки обновятся, записанное прежде читается.',
    initial: () => REGULATIONS.label(DEFAULT_REGULATION),
  },
  { key: 'driveFolder', label: 'Папка на Google Диске', kind: text, help: 'Ссылка на папку или её ID: туда складываются шаблоны и документы.' },
  { key: 'regionalCentreEmail', label: 'Эл. почта ЦНППМ для сводки по школе', kind: { type: 'email' }, help: 'Сводка (числа и планы SkillsClub, без ФИО) открывается этому адресу на просмотр.' },
  { key: 'regionalFolder', label: 'Папка сводок школ (заполняет ЦНППМ)', kind: text, help: 'Только в книге ЦНППМ: ссылка на папку, куда сложены файлы сводок школ.' },
  {
    key: 'reminderDay',
    label: 'День месяца для плана на следующий месяц и напоминаний',
    kind: { type: 'number', min: 1, max: 28, integer: true },
    help: 'От 1 до 28.',
    initial: () => 25,
  },
  { key: 'reminderHour', label: 'Час рассылки', kind: { type: 'number', min: 0, max: 23, integer: true }, help: 'От 0 до 23, по часовому поясу ниже.', initial: () => 8 },
  {
    key: 'noticeDaysBefore',
    label: 'За сколько дней извещать участников о заседании',
    kind: { type: 'number', min: 0, max: 30, integer: true },
    help: 'Положение о ПОС: руководитель извещает всех членов о времени и месте.',
    initial: () => 3,
  },
  {
    key: 'holidays',
    label: 'Каникулы и праздничные дни',
    kind: text,
    help: 'Нерабочие дни школы кроме суббот и воскресений: даты и периоды через запятую, например 04.11.2026, 26.10.2026–03.11.2026.',
  },
  {
    key: 'minimumMonths',
    label: 'Месяцы, в которые сообщества обязаны проводить заседания',
    kind: text,
    help: 'Положения о ПОС и SkillsClub: заседания «не реже одного раза в месяц». Месяцы или периоды через запятую; пусто — сентябрь–июнь.',
    initial: () => 'сентябрь–июнь',
  },
  { key: 'timeZone', label: 'Часовой пояс', kind: text, help: 'Например, Europe/Moscow или Asia/Krasnoyarsk.', initial: ({ timeZone }) => timeZone },
  { key: 'shareWithTeacher', label: 'Открывать документы педагогу для просмотра', kind: { type: 'option', options: YES_NO }, help: 'да — педагог получает доступ на просмотр своих документов.', initial: () => 'нет' },
  {
    key: 'planByWeek',
    label: 'План работы на месяц — отдельный документ на каждую неделю',
    kind: { type: 'option', options: YES_NO },
    help: 'да — план месяца составляется документами по неделям (в папке месяца). нет — одним документом; месяц длиннее 500 строк всё равно делится по неделям.',
    initial: () => 'нет',
  },
  { key: 'makePdf', label: 'Создавать PDF рядом с документом', kind: { type: 'option', options: YES_NO }, help: 'да — рядом с документом сохраняется его PDF.', initial: () => 'нет' },
  {
    key: 'postReleasesToCentre',
    label: 'Передавать ЦНППМ ссылки на пост-релизы SkillsClub',
    kind: { type: 'option', options: YES_NO },
    help: 'Положение о SkillsClub, 4.4: ЦНППМ анализирует и популяризирует лучшие практики. да — со сводкой уходят ссылки на пост-релизы, и они открываются ЦНППМ на просмотр.',
    initial: () => 'нет',
  },
];

/** A setting's label as «Настройки» shows it (its key when unknown). */
export const settingLabel = (key: string): string => SETTINGS.find((s) => s.key === key)?.label ?? key;

export interface Settings {
  schoolName: string | null;
  schoolShortName: string | null;
  schoolAddress: string | null;
  schoolContacts: string | null;
  directorName: string | null;
  deputyName: string | null;
  deputyEmail: string | null;
  /** As typed; domain/roles.ts reads it. */
  administrators?: string | null;
  councilProtocolDate: LocalDate | null;
  councilProtocolNumber: string | null;
  approvalDate: LocalDate | null;
  orderDate: LocalDate | null;
  orderNumber: string | null;
  /** Whose wording documents, pages and drop-downs use (domain/regulation.ts). */
  regulation: Regulation;
  driveFolder: string | null;
  regionalCentreEmail: string | null;
  regionalFolder: string | null;
  reminderDay: number;
  reminderHour: number;
  noticeDaysBefore: number;
  timeZone: string | null;
  /** As typed; domain/holidays.ts reads it. */
  holidays?: string | null;
  /** As typed; domain/minimum-months.ts reads it. */
  minimumMonths?: string | null;
  shareWithTeacher: boolean;
  makePdf: boolean;
  /** The month's plan as a document a week (documents/fields/monthly-plan.ts). */
  planByWeek: boolean;
  postReleasesToCentre: boolean;
}

const DEFAULTS = { regulation: DEFAULT_REGULATION, reminderDay: 25, reminderHour: 8, noticeDaysBefore: 3, shareWithTeacher: 'no', makePdf: 'no', planByWeek: 'no', postReleasesToCentre: 'no' } as const;

/**
 * Settings from the tab's rows (key → raw value cell, with its row). A bad value is reported and
 * the default used, so one typo does not stop the monthly rhythm.
 */
export function parseSettings(rows: Map<string, { raw: RawCell; row: number }>, valueColumn: number, zone: Zone, tab: string, serialDates = false): { settings: Settings; problems: Problem[] } {
  const out: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const spec of SETTINGS) {
    const entry = rows.get(spec.key);
    const decoded = entry ? decodeCell(spec.kind, entry.raw, zone, serialDates) : { ok: true as const, value: null };
    if (!decoded.ok) {
      problems.push({ tab, cell: a1(entry!.row, valueColumn + 1), message: `«${spec.label}»: ${describe(decoded.problem)}`, severity: 'error' });
    }
    out[spec.key] = decoded.ok ? decoded.value : null;
    const bad = spec.key === 'holidays' && typeof out.holidays === 'string' ? parseHolidays(out.holidays).bad : [];
    // A malformed entry is left out of the working-day check: name it rather than let it pass.
    if (bad.length) problems.push({ tab, cell: a1(entry!.row, valueColumn + 1), message: `«${spec.label}»: ${RU.settingsPage.badHolidays(bad)}`, severity: 'warning' });
    const notMonths = spec.key === 'minimumMonths' && typeof out.minimumMonths === 'string' ? parseMinimumMonths(out.minimumMonths).bad : [];
    if (notMonths.length) problems.push({ tab, cell: a1(entry!.row, valueColumn + 1), message: `«${spec.label}»: ${RU.settingsPage.badMonths(notMonths)}`, severity: 'warning' });
  }
  for (const [key, fallback] of Object.entries(DEFAULTS)) if (out[key] === null) out[key] = fallback;
  out.shareWithTeacher = out.shareWithTeacher === 'yes';
  out.makePdf = out.makePdf === 'yes';
  out.planByWeek = out.planByWeek === 'yes';
  out.postReleasesToCentre = out.postReleasesToCentre === 'yes';
  return { settings: out as unknown as Settings, problems };
}
