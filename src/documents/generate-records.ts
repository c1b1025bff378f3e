/**
 * What a "record" is for each document kind, and how its field values are gathered from the
 * workbook: passport/card/conclusion → a programme, protocol → a protocol, postRelease → a
 * SkillsClub event or community meeting, annualReport → a community and school year
 * ("C00001:2026/2027"), monthlyPlan → a month ("2026-09"). Tabs are read once per action (Book).
 */
import { formatRu, schoolYearOf, type LocalDate } from '../domain/local-date';
import { DOCUMENT_KINDS } from '../domain/options';
import { reportsToMake } from '../domain/year-close';
import type { TabKey } from '../workbook/columns';
import type { ScanRequest } from '../workbook/scan-tabs';
import { settingsFrom } from '../workbook/data-check';
import { guardSettings } from '../workbook/approved-settings';
import type { LoadedTab } from '../workbook/repo';
import { Unit } from '../workbook/unit';
import type { Workbook } from '../workbook/sheets';
import type { RecordOf } from '../workbook/typed';
import type { Settings } from '../workbook/settings';
import { RU } from '../text/ru';
import type { FieldValues } from './dictionary';
import type { DocumentKind } from './fields';
import { annualReportValues, isInterim } from './fields/annual-report';
import { cardValues } from './fields/card';
import { conclusionValues } from './fields/conclusion';
import { monthlyPlanParts, monthlyPlanValues, planPartValues, type MonthlyPlanInput, type PlanPart } from './fields/monthly-plan';
import { passportValues } from './fields/passport';
import { postReleaseValues } from './fields/post-release';
import { protocolValues } from './fields/protocol';
import { communityPlanValues } from './fields/community-plan';
import { leadersOrderValues, planOrderValues } from './fields/order';
import { coachingScheduleValues } from './fields/coaching-schedule';
import { COMMUNITY_PLANS } from '../text/community-plans';

const T = RU.documentsPage;

/**
 * The documents' unit of work (workbook/unit.ts): tabs read at most once, `fresh` when a long
 * batch must see what it and people wrote meanwhile; plus the day and the settings.
 */
export class Book extends Unit {
  private cachedSettings: Settings | null = null;
  /** Rows read ahead for the next documents of a batch (`prefetch`), by tab. */
  private readonly ahead = new Map<TabKey, ReadonlyArray<Record<string, unknown>>>();
  /** The reference values (`referring`) whose rows `ahead` holds, by tab and column. */
  private readonly aheadFor = new Map<string, Set<string>>();
  constructor(
    workbook: Workbook,
    readonly today: LocalDate,
  ) {
    super(workbook);
  }
  values<K extends TabKey>(key: K): Array<LoadedTab<K>['records'][number]['value']> {
    return this.tab(key).records.map((r) => r.value);
  }
  /**
   * One record by id: its row alone, the tab's id column scanned once per action (a tab read
   * whole serves instead). A document of one record reads that record, not its tab.
   */
  record<K extends TabKey>(key: K, id: string | null): RecordOf<K> | null {
    if (!id) return null;
    const ahead = this.ahead.get(key)?.find((r) => r.id === id);
    if (ahead) return ahead as RecordOf<K>;
    return this.byId(key, id).byId.get(id)?.value ?? null;
  }
  /** Teachers by id, their rows read together. */
  teachersById(ids: ReadonlyArray<string | null>): Map<string, RecordOf<'teachers'>> {
    const wanted = new Set(ids.filter((id): id is string => !!id));
    if (wanted.size === 0) return new Map();
    const ahead = this.ahead.get('teachers') as ReadonlyArray<RecordOf<'teachers'>> | undefined;
    if (ahead && [...wanted].every((id) => ahead.some((t) => t.id === id))) return new Map(ahead.filter((t) => wanted.has(t.id)).map((t) => [t.id, t]));
    const found = this.find('teachers', ['id'], (t) => wanted.has(t.id)).records.filter((r) => wanted.has(r.value.id));
    return new Map(found.map((r) => [r.value.id, r.value]));
  }
  /** The rows whose reference `column` names `id`: that column scanned, those rows read whole. */
  referring<K extends 'planItems' | 'outcomes' | 'classes' | 'attachments'>(key: K, column: 'programmeId' | 'teacherId', id: string): Array<RecordOf<K>> {
    const keep = (v: Record<string, unknown>) => v[column] === id;
    if (this.aheadFor.get(`${key}|${column}`)?.has(id)) return (this.ahead.get(key) ?? []).filter(keep) as Array<RecordOf<K>>;
    const tab = this.find(key, [column] as never[], keep as never) as LoadedTab<K>;
    return tab.records.map((r) => r.value).filter((v) => keep(v as Record<string, unknown>));
  }
  /**
   * Reads ahead what the next documents of a programme kind need (the programmes, their people and
   * their plan items, outcomes or classes) in three calls for all of them, rather than three calls
   * a document. Other kinds read their tabs whole once per execution already.
   */
  prefetch(kind: DocumentKind, ids: readonly string[]): void {
    const refOf = { passport: ['planItems', 'programmeId'], conclusion: ['outcomes', 'programmeId'], card: ['classes', 'teacherId'] } as const;
    if (kind !== 'passport' && kind !== 'card' && kind !== 'conclusion') return;
    const [refKey, column] = refOf[kind];
    const wanted = new Set(ids);
    this.scanMany([
      ['programmes', ['id']],
      ['teachers', ['id']],
      [refKey, [column]],
    ]);
    const rowsOf = <K extends TabKey>(key: K, col: string, keep: (v: string) => boolean) =>
      this.scan(key, [col] as never[]).records.filter((r) => keep(String((r.value as Record<string, unknown>)[col] ?? ''))).map((r) => r.row);
    const [programmes] = this.partMany([['programmes', rowsOf('programmes', 'id', (v) => wanted.has(v))]]);
    const found = programmes!.records.map((r) => r.value as RecordOf<'programmes'>);
    const people = new Set(found.flatMap((p) => [p.teacherId, p.leadId, ...p.participantsIds]).filter((id): id is string => !!id));
    const refIds = new Set(kind === 'card' ? found.map((p) => p.teacherId).filter((id): id is string => !!id) : found.map((p) => p.id));
    const [teachers, refs] = this.partMany<TabKey>([
      ['teachers', rowsOf('teachers', 'id', (v) => people.has(v))],
      [refKey, rowsOf(refKey, column, (v) => refIds.has(v))],
    ]);
    this.ahead.set('programmes', found as unknown as Array<Record<string, unknown>>);
    this.ahead.set('teachers', teachers!.records.map((r) => r.value as Record<string, unknown>));
    this.ahead.set(refKey, refs!.records.map((r) => r.value as Record<string, unknown>));
    this.aheadFor.set(`${refKey}|${column}`, refIds);
  }
  get settings(): Settings {
    // Its rows, not its sheet: a whole-sheet read costs the sheet's full grid.
    // Recipients and folders as an administrator saved them, never as typed on the tab by anyone.
    this.cachedSettings ??= guardSettings(this.workbook, settingsFrom(this.every('settings').read, this.workbook.zone).settings).settings;
    return this.cachedSettings;
  }
}

/** A month's plan («2026-11») or one of its parts («2026-11/w2.1»: monthly-plan.ts). */
export function parsePlanId(recordId: string): { month: string; part: string | null } | null {
  const m = /^(\d{4})-(\d{2})(?:\/(w\d\.\d+))?$/.exec(recordId);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return { month: `${m[1]}-${m[2]}`, part: m[3] ?? null };
}

/** The record id of a part of the month's plan. */
export const planPartId = (month: string, part: PlanPart): string => (part.key ? `${month}/${part.key}` : month);

function planInput(book: Book, month: string): MonthlyPlanInput {
  return { month: `${month}-01` as LocalDate, sessions: book.values('sessions'), items: book.values('planItems'), programmes: book.values('programmes'), settings: book.settings, today: book.today };
}

/** The parts of a month's plan, split once per book (the tick and each part's document ask for them). */
const partsByBook = new WeakMap<Book, Map<string, PlanPart[]>>();
export function planPartsOf(book: Book, month: string): PlanPart[] {
  let byMonth = partsByBook.get(book);
  if (!byMonth) partsByBook.set(book, (byMonth = new Map()));
  let parts = byMonth.get(month);
  if (!parts) byMonth.set(month, (parts = monthlyPlanParts(planInput(book, month))));
  return parts;
}

/**
 * A job's records, a month's plan by its parts: a month made by weeks, or too long for one
 * document, is made part by part as the daily run makes it (each part a record of the job).
 */
export function expandPlanIds(book: Book, kind: DocumentKind, ids: readonly string[]): string[] {
  if (kind !== 'monthlyPlan') return [...ids];
  return ids.flatMap((id) => {
    const plan = parsePlanId(id);
    return plan && !plan.part ? planPartsOf(book, plan.month).map((part) => planPartId(plan.month, part)) : [id];
  });
}

/** Where a kind writes its link back on the record's own row. */
export const LINK_COLUMN = {
  passport: { tab: 'programmes', field: 'passportUrl' },
  card: { tab: 'programmes', field: 'cardUrl' },
  conclusion: { tab: 'programmes', field: 'conclusionUrl' },
  protocol: { tab: 'protocols', field: 'documentUrl' },
  postRelease: { tab: 'sessions', field: 'postReleaseUrl' },
  annualReport: { tab: 'communities', field: 'annualReportUrl' },
  monthlyPlan: null,
  communityPlan: null,
  leadersOrder: { tab: 'orders', field: 'documentUrl' },
  planOrder: { tab: 'orders', field: 'documentUrl' },
  coachingSchedule: null,
} as const satisfies Record<DocumentKind, { tab: TabKey; field: string } | null>;

/** The tab whose selected rows choose the records of a kind. */
export const SOURCE_TAB: Record<DocumentKind, TabKey> = {
  passport: 'programmes',
  card: 'programmes',
  conclusion: 'programmes',
  protocol: 'protocols',
  postRelease: 'sessions',
  annualReport: 'communities',
  monthlyPlan: 'sessions',
  communityPlan: 'communities',
  leadersOrder: 'orders',
  planOrder: 'orders',
  coachingSchedule: 'teachers',
};

export interface DocTarget {
  recordId: string;
  /** The name part of the document's title. */
  name: string;
  /**
   * The document's own date, for its title: the meeting's or event's, the decision's; null when the
   * name already says the period (a month's plan, a year's report).
   */
  date: LocalDate | null;
  /** Folder path under the school's folder. */
  folder: string[];
  /** The teacher concerned, for viewer access. */
  teacherEmail: string | null;
  /** The row to write the link into (its id on LINK_COLUMN's tab). */
  linkRowId: string | null;
}

export function targetOf(book: Book, kind: DocumentKind, recordId: string): DocTarget | null {
  switch (kind) {
    case 'passport':
    case 'card':
    case 'conclusion': {
      const p = book.record('programmes', recordId);
      if (!p) return null;
      // Every person the document names, read together (its values take them from this read).
      const teacher = book.teachersById([p.teacherId, p.leadId, ...p.participantsIds]).get(p.teacherId ?? '');
      const name = p.teacherName ?? teacher?.fullName ?? p.id;
      // A passport is dated by the decision, a card by the programme's start, a conclusion by its own date.
      const date = kind === 'passport' ? p.decisionDate : kind === 'card' ? p.start : (p.conclusionDate ?? book.today);
      return { recordId, name, date, folder: [T.folderTeachers, name], teacherEmail: teacher?.email ?? null, linkRowId: p.id };
    }
    case 'protocol': {
      const r = book.tab('protocols').byId.get(recordId)?.value;
      if (!r) return null;
      const community = r.communityName ?? T.noCommunity;
      return { recordId, name: T.protocolName(r.number, community), date: r.date, folder: [T.folderCommunities, community], teacherEmail: null, linkRowId: r.id };
    }
    case 'postRelease': {
      const s = book.tab('sessions').byId.get(recordId)?.value;
      if (!s || !isEvent(s.kind)) return null;
      return { recordId, name: eventName(book, s), date: s.date, folder: [T.folderCommunities, s.communityName ?? T.noCommunity], teacherEmail: null, linkRowId: s.id };
    }
    case 'annualReport': {
      const [communityId, year] = recordId.split(':');
      const c = communityId ? book.tab('communities').byId.get(communityId)?.value : undefined;
      if (!c || !year || !/^\d{4}\/\d{4}$/.test(year)) return null;
      const name = isInterim(year, book.today) ? `${c.name}, ${year}, ${RU.documentNames.interimReport}` : `${c.name}, ${year}`;
      return { recordId, name, date: null, folder: [T.folderCommunities, c.name], teacherEmail: null, linkRowId: c.id };
    }
    case 'monthlyPlan': {
      const id = parsePlanId(recordId);
      if (!id) return null;
      const month = `${RU.documentNames.monthsNominative[Number(id.month.slice(5)) - 1]} ${id.month.slice(0, 4)}`;
      if (!id.part) return { recordId, name: month, date: null, folder: [T.folderPlans], teacherEmail: null, linkRowId: null };
      const part = planPartsOf(book, id.month).find((p) => p.key === id.part);
      if (!part) return null;
      // A month in parts keeps them in a folder of its own, the one the reminders link.
      const name = `${month}, ${formatRu(part.first)}–${formatRu(part.last)}${part.label.replace(' — ', ', ')}`;
      return { recordId, name, date: null, folder: [T.folderPlans, month], teacherEmail: null, linkRowId: null };
    }
    case 'communityPlan': {
      const [communityId, year] = recordId.split(':');
      const c = communityId ? book.tab('communities').byId.get(communityId)?.value : undefined;
      if (!c || !year || !/^\d{4}\/\d{4}$/.test(year)) return null;
      return { recordId, name: `${c.name}, ${year}`, date: null, folder: [T.folderCommunities, c.name], teacherEmail: null, linkRowId: null };
    }
    case 'coachingSchedule': {
      // «T00003:2026/2027»: a teacher's schedule for a school year, kept in her folder.
      const [teacherId, year] = recordId.split(':');
      const t = book.record('teachers', teacherId ?? null);
      if (!t || !year || !/^\d{4}\/\d{4}$/.test(year)) return null;
      return { recordId, name: `${t.fullName}, ${year}`, date: null, folder: [T.folderTeachers, t.fullName], teacherEmail: t.email ?? null, linkRowId: null };
    }
    case 'leadersOrder':
    case 'planOrder': {
      const o = book.tab('orders').byId.get(recordId)?.value;
      if (!o || o.kind !== ORDER_KIND[kind]) return null;
      return { recordId, name: `№ ${o.number}`, date: o.date, folder: [COMMUNITY_PLANS.ordersFolder], teacherEmail: null, linkRowId: o.id };
    }
  }
}

type SessionRow = LoadedTab<'sessions'>['records'][number]['value'];

/** A programme's attachments (a book made before their tab has none until set-up runs). */
function attachmentsOf(book: Book, programmeId: string): Array<RecordOf<'attachments'>> {
  return book.has('attachments') ? book.referring('attachments', 'programmeId', programmeId) : [];
}

/**
 * An event's name for its file: its topic; events of the same topic on the same day (a title
 * carries the date) add their start time, or their order when that does not tell them apart.
 */
function eventName(book: Book, s: SessionRow): string {
  const same = book
    .values('sessions')
    .filter((o) => isEvent(o.kind) && o.topic === s.topic && o.date === s.date)
    .sort((a, b) => (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.id.localeCompare(b.id));
  if (same.length < 2) return s.topic;
  const sameTime = same.filter((o) => o.startTime === s.startTime);
  if (s.startTime && sameTime.length === 1) return `${s.topic}, ${s.startTime}`;
  return `${s.topic} (${same.findIndex((o) => o.id === s.id) + 1})`;
}

export function isEvent(kind: string): boolean {
  return kind === 'skillsClubEvent' || kind === 'communityMeeting';
}

/** The field values of one record, from the tabs already read. */
export function valuesOf(book: Book, kind: DocumentKind, recordId: string): FieldValues {
  const { settings, today } = book;
  switch (kind) {
    case 'passport':
    case 'card':
    case 'conclusion': {
      // The programme's own rows and people only: one document reads one record.
      const programme = book.record('programmes', recordId)!;
      const people = book.teachersById([programme.teacherId, programme.leadId, ...programme.participantsIds]);
      const teacher = (id: string | null) => (id ? (people.get(id) ?? null) : null);
      if (kind === 'passport') {
        const items = book.referring('planItems', 'programmeId', programme.id);
        const participants = programme.participantsIds.map(teacher).filter((t) => t !== null);
        return passportValues({ programme, teacher: teacher(programme.teacherId), lead: teacher(programme.leadId), participants, items, settings, today });
      }
      if (kind === 'conclusion') {
        const rows = book.referring('outcomes', 'programmeId', programme.id);
        return conclusionValues({ programme, teacher: teacher(programme.teacherId), lead: teacher(programme.leadId), rows, attachments: attachmentsOf(book, programme.id), settings, today });
      }
      const who = teacher(programme.teacherId);
      if (!who) throw new Error(T.noTeacher);
      const classes = book.referring('classes', 'teacherId', who.id);
      return cardValues({ teacher: who, classes, programme, attachments: attachmentsOf(book, programme.id), settings, today });
    }
    case 'protocol': {
      const protocol = book.tab('protocols').byId.get(recordId)!.value;
      const community = protocol.communityId ? (book.tab('communities').byId.get(protocol.communityId)?.value ?? null) : null;
      const session = protocol.sessionId ? (book.tab('sessions').byId.get(protocol.sessionId)?.value ?? null) : null;
      return protocolValues({ protocol, decisions: book.values('decisions'), community, session, settings, today });
    }
    case 'postRelease': {
      const session = book.tab('sessions').byId.get(recordId)!.value;
      const community = session.communityId ? (book.tab('communities').byId.get(session.communityId)?.value ?? null) : null;
      const achievements = book.values('achievements').filter((a) => a.sessionId === session.id);
      const protocol = book.values('protocols').find((p) => p.sessionId === session.id) ?? null;
      return postReleaseValues({ session, community, achievements, protocol, decisions: book.values('decisions'), sessions: book.values('sessions'), settings, today });
    }
    case 'annualReport': {
      const [communityId, schoolYear] = recordId.split(':') as [string, string];
      const community = book.tab('communities').byId.get(communityId)!.value;
      return annualReportValues({
        community,
        schoolYear,
        members: book.values('members'),
        protocols: book.values('protocols'),
        decisions: book.values('decisions'),
        sessions: book.values('sessions'),
        achievements: book.values('achievements'),
        settings,
        today,
      });
    }
    case 'communityPlan': {
      const [communityId, schoolYear] = recordId.split(':') as [string, string];
      const community = book.tab('communities').byId.get(communityId)!.value;
      return communityPlanValues({ community, schoolYear, rows: book.values('communityPlans'), orders: book.has('orders') ? book.values('orders') : [], settings, today });
    }
    case 'coachingSchedule': {
      const [teacherId, schoolYear] = recordId.split(':') as [string, string];
      const teacher = book.record('teachers', teacherId)!;
      const agreements = book.has('coachingAgreements') ? book.values('coachingAgreements') : [];
      return coachingScheduleValues({ teacher, schoolYear, sessions: book.values('sessions'), agreements, settings, today });
    }
    case 'leadersOrder':
      return leadersOrderValues({ order: book.tab('orders').byId.get(recordId)!.value, communities: book.values('communities'), settings });
    case 'planOrder':
      return planOrderValues({ order: book.tab('orders').byId.get(recordId)!.value, communities: book.values('communities'), planRows: book.values('communityPlans'), settings });
    case 'monthlyPlan': {
      const id = parsePlanId(recordId)!;
      if (!id.part) return monthlyPlanValues(planInput(book, id.month));
      return planPartValues(planInput(book, id.month), planPartsOf(book, id.month).find((p) => p.key === id.part)!);
    }
  }
}

/**
 * The columns deciding which records still need a document, per tab: the page counts every kind
 * from these alone (one call for all, `scanMany`), never reading the tabs' rows whole.
 */
const NEEDED_COLUMNS = {
  documents: ['kind', 'recordId', 'created'],
  programmes: ['id', 'teacherId', 'outcome', 'passportUrl', 'cardUrl', 'conclusionUrl'],
  protocols: ['id', 'documentUrl'],
  // The sessions tab is the largest: its kind, status and link columns, not its rows.
  sessions: ['id', 'kind', 'status', 'postReleaseUrl'],
  communities: ['id'],
  communityPlans: ['communityId', 'schoolYear'],
  orders: ['id', 'kind', 'documentUrl'],
  coachingAgreements: ['teacherId', 'schoolYear'],
} as const satisfies ScanRequest;

/** Every column `neededIds` reads, in one call (tabs a book made before them lacks until set-up runs: skipped). */
export function scanNeeded(book: Book): void {
  book.scanMany((Object.entries(NEEDED_COLUMNS) as Array<[TabKey, readonly string[]]>).filter(([key]) => book.has(key)));
}

/** Records of a kind that have no document yet ("all that need it"). */
export function neededIds(book: Book, kind: DocumentKind): string[] {
  const scanned = <T>(scan: { records: ReadonlyArray<{ value: T }> }) => scan.records.map((r) => r.value);
  const documents = scanned(book.scan('documents', NEEDED_COLUMNS.documents));
  const registered = new Set(documents.filter((d) => d.kind === kind).map((d) => d.recordId));
  const missing = (id: string) => !registered.has(id);
  switch (kind) {
    case 'passport':
      return scanned(book.scan('programmes', NEEDED_COLUMNS.programmes)).filter((p) => !p.passportUrl && missing(p.id)).map((p) => p.id);
    case 'card':
      return scanned(book.scan('programmes', NEEDED_COLUMNS.programmes)).filter((p) => p.teacherId && !p.cardUrl && missing(p.id)).map((p) => p.id);
    case 'conclusion':
      return scanned(book.scan('programmes', NEEDED_COLUMNS.programmes)).filter((p) => p.outcome && !p.conclusionUrl && missing(p.id)).map((p) => p.id);
    case 'protocol':
      return scanned(book.scan('protocols', NEEDED_COLUMNS.protocols)).filter((p) => !p.documentUrl && missing(p.id)).map((p) => p.id);
    case 'postRelease':
      return scanned(book.scan('sessions', NEEDED_COLUMNS.sessions)).filter((s) => isEvent(s.kind) && s.status === 'held' && !s.postReleaseUrl && missing(s.id)).map((s) => s.id);
    case 'annualReport': {
      // Due once the school year has ended; while it runs a report is interim, made on purpose
      // for the selected communities. An ended year left without a report is the year close's.
      const year = schoolYearOf(book.today);
      if (isInterim(year, book.today)) return [];
      return reportsToMake(scanned(book.scan('communities', NEEDED_COLUMNS.communities)), documents, year);
    }
    case 'monthlyPlan': {
      const month = book.today.slice(0, 7);
      // A month made in parts (a long month's plan: monthly-plan.ts) is registered by its parts.
      const inParts = documents.some((d) => d.kind === kind && d.recordId?.startsWith(`${month}/`));
      return missing(month) && !inParts ? [month] : [];
    }
    case 'communityPlan': {
      // A plan of the current school year that has rows and no document yet.
      if (!book.has('communityPlans')) return [];
      const year = schoolYearOf(book.today);
      const rows = scanned(book.scan('communityPlans', NEEDED_COLUMNS.communityPlans));
      return [...new Set(rows.filter((r) => r.communityId && r.schoolYear?.trim() === year).map((r) => `${r.communityId}:${year}`))].filter(missing);
    }
    case 'coachingSchedule': {
      // Due once the teacher and the coach agreed it (000 IV.5): an agreement of the current
      // school year with no schedule made for it. (The sessions tab is the largest: not scanned.)
      if (!book.has('coachingAgreements')) return [];
      const year = schoolYearOf(book.today);
      const rows = scanned(book.scan('coachingAgreements', NEEDED_COLUMNS.coachingAgreements));
      return [...new Set(rows.filter((r) => r.teacherId && r.schoolYear?.trim() === year).map((r) => `${r.teacherId}:${year}`))].filter(missing);
    }
    case 'leadersOrder':
    case 'planOrder':
      if (!book.has('orders')) return [];
      return scanned(book.scan('orders', NEEDED_COLUMNS.orders)).filter((o) => o.kind === ORDER_KIND[kind] && !o.documentUrl && missing(o.id)).map((o) => o.id);
  }
}

/** The register's kind of order each order document is made for. */
const ORDER_KIND = { leadersOrder: 'leaders', planOrder: 'plan' } as const;

/** Records of a kind chosen by the selected rows of its source tab. */
export function selectedIds(book: Book, kind: DocumentKind, rows: readonly number[]): string[] {
  const wanted = new Set(rows);
  const source = SOURCE_TAB[kind];
  // Only the selected rows' cells: the id (and a session's date and kind).
  const records =
    source === 'sessions' ? book.scan('sessions', ['id', 'date', 'kind'], rows).records : source === 'orders' ? book.scan('orders', ['id', 'kind'], rows).records : book.scan(source, ['id'] as never[], rows).records;
  const chosen = records.filter((r) => wanted.has(r.row)).map((r) => r.value as { id: string; date?: LocalDate; kind?: string });
  if (kind === 'leadersOrder' || kind === 'planOrder') return chosen.filter((o) => o.kind === ORDER_KIND[kind]).map((o) => o.id);
  if (kind === 'communityPlan') return chosen.map((c) => `${c.id}:${schoolYearOf(book.today)}`);
  if (kind === 'coachingSchedule') return chosen.map((t) => `${t.id}:${schoolYearOf(book.today)}`);
  if (kind === 'annualReport') return chosen.map((c) => `${c.id}:${schoolYearOf(book.today)}`);
  if (kind === 'monthlyPlan') return [...new Set(chosen.map((s) => (s.date ?? book.today).slice(0, 7)))];
  if (kind === 'postRelease') return chosen.filter((s) => isEvent(s.kind ?? '')).map((s) => s.id);
  return chosen.map((c) => c.id);
}

export const KIND_KEYS = DOCUMENT_KINDS.keys as unknown as readonly [DocumentKind, ...DocumentKind[]];
