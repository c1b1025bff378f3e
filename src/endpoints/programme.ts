/**
 * «Новая программа сопровождения»: the guided flow of 001 §5–6 and 002 §3–5 (diagnosis, passport,
 * plan) saved as ONE programme with its plan items in one call, under the document lock. The
 * same page edits an existing programme: items are updated in place, new ones appended, removed
 * ones deleted, and the «№» column follows the order on the page.
 */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success, type Result } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { compareDays, formatRu, isLocalDate, type LocalDate } from '../domain/local-date';
import { outOfRange, programmeTooLong, tooEarly } from '../domain/sane-values';
import { dateOutsideOf, programmeTooLongOf, VALUES_RU } from '../text/values-ru';
import type { OptionSet } from '../domain/option-set';
import * as O from '../domain/options';
import { REGULATED } from '../domain/regulation';
import { PlanItem, SupportProgramme } from '../domain/records';
import { afterSave, recordsAfter, diffPlanItems, foreignItems, idsInOrder, programmeStatus } from '../domain/programme-save';
import { versionKey, versionOf, shownIds, type Version } from '../domain/version';
import { PROGRAMME_PAGE } from '../domain/page-versions';
import { describeChange, refuseStale, VersionInput } from './stale';
import { openWorkbook } from '../workbook/sheets';
import type { LoadedTab } from '../workbook/repo';
import { Unit, type TeacherNames } from '../workbook/unit';
import { claimId, REQUEST_KEY } from '../workbook/requests';
import { namesOf, teacherChoices } from '../workbook/context';
import { recordLabel } from '../workbook/labels';
import { issuesText, unreadableRows } from '../workbook/unreadable';
import { LIST_SEPARATOR } from '../workbook/columns';
import { DIFFICULTY_THRESHOLD, latestDiagnoses } from './evidence';
import { openChoice, openChoices } from './open-choice';
import { PendingNames } from '../workbook/pending-names';

export type Choice = { value: string; label: string };

export type ItemForm = {
  id: string | null;
  content: string;
  deadline: string;
  supportedActivity: string;
  supporterActivity: string;
  jointActivity: string;
  checkpoint: string;
  /** Read-only on this page: shown beside a done item (the «План программ» tab keeps it). */
  statusLabel: string;
};

export type ProgrammeForm = {
  id: string | null;
  status: string;
  statusLabel: string;
  teacherId: string;
  leadId: string;
  participantsIds: string[];
  categories: string[];
  sources: string[];
  problems: string;
  decisionDate: string;
  helpForms: string[];
  emphasis: string;
  place: string;
  start: string;
  end: string;
  items: ItemForm[];
  /** The records as the page showed them: a save from it is refused if they changed since. */
  version: Version;
};

const T = RU.programmePage;
const choices = <K extends string>(set: OptionSet<K>): Choice[] => set.keys.map((k) => ({ value: k, label: set.label(k) }));
const refId = z.string().max(20);
const line = z.string().max(20);
const long = z.string().max(20000);

export function showNewProgramme(): void {
  showSidebar('programme', T.title);
}

/**
 * An id with no readable record: its row may be there with a cell the add-on cannot read (a
 * «Статус» typed by hand), and then the deputy is told which cell and value, not «deleted».
 */
export function unreadableOrMissing(programmes: LoadedTab<'programmes'>, id: string): Result<never> {
  const row = unreadableRows(programmes).find((r) => r.id === id);
  if (row) return failure('validation', RU.problems.rowUnreadable(`Программа ${id}`, issuesText(row.issues)));
  return failure('not-found', T.notFound(id));
}

export const getProgrammePage = defineEndpoint(z.object({ programmeId: refId.nullish(), teacherId: refId.nullish() }).strict(), (input) => {
  const workbook = openWorkbook();
  const unit = new Unit(workbook);
  unit.scanMany([
    ['teachers', ['id', 'fullName']],
    ['programmes', ['id']],
    ['planItems', ['programmeId']],
    ['selfDiagnoses', ['id']],
  ]);
  const teachers = unit.teacherNames();
  // The programme asked for, its items and the self-diagnoses: whole rows, in one call.
  if (input.programmeId) {
    const rowsOf = <K extends 'programmes' | 'planItems' | 'selfDiagnoses'>(key: K, keep: (v: Record<string, unknown>) => boolean) => {
      const scanned = unit.scan(key, [key === 'planItems' ? 'programmeId' : 'id'] as never[]);
      return [...scanned.records.filter((r) => keep(r.value as Record<string, unknown>)).map((r) => r.row), ...scanned.failed];
    };
    unit.partMany<'programmes' | 'planItems' | 'selfDiagnoses'>([
      ['programmes', rowsOf('programmes', (v) => v.id === input.programmeId)],
      ['planItems', rowsOf('planItems', (v) => v.programmeId === input.programmeId)],
      ['selfDiagnoses', rowsOf('selfDiagnoses', () => true)],
    ]);
  }
  // A plain string: a branded LocalDate cannot cross the wire (Wire<T>).
  const today: string = workbook.zone.dayOf(new Date());
  // An explicit teacher means "a new programme for them"; otherwise the selected row decides.
  const selection = input.programmeId || input.teacherId ? null : unit.selection('programmes');
  const selectedProgramme = selection ? (selection.tab.records.find((r) => r.row === selection.row)?.value.id ?? null) : null;
  const programmeId = input.programmeId ?? (input.teacherId ? null : selectedProgramme);
  // The selected row is a programme the add-on cannot read: say which cell, not a blank new form.
  if (!programmeId && !input.teacherId && selection) {
    const row = selection.row;
    const broken = row >= 2 ? unreadableRows(selection.tab).find((r) => r.row === row) : undefined;
    if (broken) return failure('validation', RU.problems.rowUnreadable(`Программа ${broken.id ?? `в строке ${row}`}`, issuesText(broken.issues)));
  }
  let form: ProgrammeForm;
  if (programmeId) {
    const programmes = unit.byId('programmes', programmeId);
    const found = programmes.byId.get(programmeId);
    if (!found) return unreadableOrMissing(programmes, programmeId);
    const plan = unit.find('planItems', ['programmeId'], (i) => i.programmeId === programmeId);
    const items = plan.records.map((r) => r.value).filter((i) => i.programmeId === programmeId);
    form = formOf(found.value, items.sort((a, b) => a.order - b.order), pageVersion(found.value, items));
  } else {
    const selectedTeacher = input.teacherId ? null : unit.selection('teachers');
    const teacherId = input.teacherId ?? (selectedTeacher ? (selectedTeacher.tab.records.find((r) => r.row === selectedTeacher.row)?.value.id ?? null) : null) ?? '';
    if (teacherId && !teachers.byId.has(teacherId)) return failure('not-found', T.teacherNotFound(teacherId));
    form = blankForm(teacherId, today);
  }
  // Each teacher's latest self-diagnosis: the page pre-fills a new programme's categories from it.
  const regulation = workbook.regulation();
  const diagnoses = latestDiagnoses(unit.every('selfDiagnoses').records.map((r) => r.value));
  return success({
    form,
    today,
    diagnoses,
    threshold: DIFFICULTY_THRESHOLD,
    teachers: teacherChoices(teachers).map((t) => ({ value: t.id, label: t.name })),
    options: {
      categories: choices(O.DIFFICULTY_CATEGORIES),
      sources: choices(REGULATED.diagnosticSources.in(regulation)),
      helpForms: choices(REGULATED.helpForms.in(regulation)),
      emphases: choices(O.ROUTE_EMPHASES),
      places: choices(O.ROUTE_PLACES),
      checkpoints: choices(REGULATED.checkpointKinds.in(regulation)),
    },
  });
});

/** A blank choice or one of the record's own options: the option lists come from the record schema. */
const blankOr = <T extends z.ZodTypeAny>(option: z.ZodNullable<T>) => z.union([z.literal(''), option.unwrap()]);
const listOf = <T extends z.ZodTypeAny>(list: z.ZodArray<T>) => z.array(list.element);

// The plan item's typed fields (the page sends blanks as '', checked by `check` in Russian).
const ItemInput = PlanItem.pick({ content: true, deadline: true, supportedActivity: true, supporterActivity: true, jointActivity: true, checkpoint: true })
  .extend({
    id: refId.nullish(),
    content: long,
    deadline: line,
    supportedActivity: long,
    supporterActivity: long,
    jointActivity: long,
    checkpoint: openChoice(O.CHECKPOINT_KINDS, T.checkpoint).transform((v) => v ?? ''),
  })
  .strict();
const P = SupportProgramme.shape;

const SaveInput = z
  .object({
    programmeId: refId.nullish(),
    /** Made by the page for a new programme: retries of the same save never create a second one. */
    requestKey: z.string().regex(REQUEST_KEY).nullish(),
    /** Items the deputy removed on the page: the only ones deleted (rows typed into the sheet meanwhile stay). */
    removedItemIds: z.array(refId).max(100).default([]),
    /** The page's version of an existing programme; a new one has nothing to compare. */
    version: VersionInput.nullish(),
    draft: z.boolean(),
    teacherId: refId,
    categories: listOf(P.categories),
    sources: openChoices(O.DIAGNOSTIC_SOURCES, T.sources),
    problems: long,
    leadId: refId,
    participantsIds: z.array(refId).max(200),
    decisionDate: line,
    helpForms: listOf(P.helpForms),
    emphasis: blankOr(P.emphasis),
    place: blankOr(P.place),
    start: line,
    end: line,
    items: z.array(ItemInput).max(100),
  })
  .strict();
type SaveInput = z.infer<typeof SaveInput>;

export const saveProgramme = defineEndpoint(SaveInput, (input) =>
  withDocumentLock(() => {
    // Parse is done; read under the lock.
    const workbook = openWorkbook();
    const unit = new Unit(workbook);
    unit.scanMany([
      ['teachers', ['id', 'fullName']],
      ['programmes', ['id']],
      ['planItems', ['programmeId']],
    ]);
    const teachers = unit.teacherNames();
    const programmes = input.programmeId ? unit.byId('programmes', input.programmeId) : unit.part('programmes', []);
    const editing = input.programmeId ? programmes.byId.get(input.programmeId) : undefined;
    if (input.programmeId && !editing) return failure('not-found', T.notFound(input.programmeId));

    // The plan items of this programme (or of the id a new one claims): only those rows are read.
    const itemsOf = (programmeId: string) => unit.find('planItems', ['programmeId'], (i) => i.programmeId === programmeId);
    const editedTab = editing ? itemsOf(editing.value.id) : null;
    const editedItems = editing && editedTab ? editedTab.records.filter((r) => r.value.programmeId === editing.value.id) : [];

    // Decide: a page that no longer shows the programme as it is may not overwrite it.
    if (editing) {
      // A save that does not carry the programme as its page showed it cannot be checked: refused.
      if (!input.version?.[versionKey('programme', editing.value.id)]) return failure('stale', RU.stale.noVersion);
      const stale = refuseStale(PROGRAMME_PAGE, input.version, pageVersion(editing.value, editedItems.map((r) => r.value)), (c) =>
        describeChange(c, c.kind === 'item' ? 'planItems' : 'programmes', c.kind === 'programme' ? RU.stale.programme : itemLabel(editedTab?.byId.get(c.id)?.value, c.id)),
      );
      if (stale) return stale;
    }
    const errors = check(input, teachers, workbook.zone.dayOf(new Date()));
    // Its sessions were the former teacher's: handed to another teacher, they would show under her programme.
    if (editing && editing.value.teacherId !== input.teacherId && !errors.teacherId) {
      const linked = unit.scan('sessions', ['programmeId']).records.filter((r) => r.value.programmeId === editing.value.id).length;
      if (linked > 0) errors.teacherId = VALUES_RU.programmeHasSessions(linked);
    }
    for (const i of foreignItems(new Set(editedItems.map((r) => r.value.id)), input.items)) errors[`items.${i}.content`] ??= T.itemGone;
    if (Object.keys(errors).length > 0) return failure('validation', T.fix, errors);

    // A new programme's id is claimed before any write; a retry of the same save finds what an
    // earlier attempt wrote under it (items, perhaps the programme row) and replaces it.
    const claim = editing ? null : claimId(programmes, input.requestKey);
    const existing = editing ?? (claim?.retry ? unit.byId('programmes', claim.id).byId.get(claim.id) : undefined);
    const plan = itemsOf(editing ? editing.value.id : claim!.id);
    const own = editing ? editedItems : plan.records.filter((r) => r.value.programmeId === claim!.id);
    // Deleted: only items the page showed and the deputy removed; an earlier attempt's own items on a retry.
    const shown = input.version ? shownIds(input.version, 'item') : new Set<string>();
    const deletable = editing ? new Set(input.removedItemIds.filter((id) => shown.has(id))) : new Set(own.map((r) => r.value.id));
    const status = programmeStatus(existing?.value.status, input.draft);
    const teacherName = teachers.byId.get(input.teacherId)!.value.fullName;
    const participants = namesOf(teachers, input.participantsIds);
    const values: Partial<SupportProgramme> = {
      teacherId: input.teacherId,
      teacherName,
      decisionDate: input.decisionDate as LocalDate,
      leadId: input.leadId,
      leadName: teachers.byId.get(input.leadId)!.value.fullName,
      participantsIds: input.participantsIds,
      participantsNames: participants.length > 0 ? participants.join(LIST_SEPARATOR) : null,
      categories: input.categories,
      sources: input.sources,
      problems: problemLines(input.problems).join('\n'),
      helpForms: input.helpForms,
      emphasis: input.emphasis || null,
      place: input.place || null,
      start: input.start as LocalDate,
      end: input.end as LocalDate,
      status,
    };
    const id = existing?.value.id ?? claim!.id;
    const programmeName = recordLabel('programmes', { teacherName, start: input.start });
    const diff = diffPlanItems(own, input.items, deletable, { id, name: programmeName });

    // Apply. A new label is remembered first: a retry finishes showing it everywhere.
    const names = new PendingNames();
    if (existing && recordLabel('programmes', existing.value) !== programmeName) names.intend('programmes', id);
    unit.update(plan, diff.updates);
    const newIds = unit.insert(plan, diff.inserts);
    // Deleted bottom first after the writes above: their row numbers stay valid until then.
    unit.remove(plan, diff.deletes);
    // The programme row last: until it exists, a failed attempt leaves nothing a retry must avoid.
    const home = existing ? unit.part('programmes', [existing.row]) : programmes;
    if (existing) unit.update(home, [{ row: existing.row, values }]);
    else unit.insert(home, [{ ...values, id }]);
    // Its label (teacher, start) shows beside its id in sessions, analysis rows, achievements.
    names.finish(unit);

    // Reply, with the version of what now stands: the page's next save compares against it.
    const itemIds = idsInOrder(input.items, newIds);
    const version = pageVersion(afterSave(existing?.value, values, id), recordsAfter(own, diff, newIds));
    return success({ programmeId: id, status, statusLabel: O.PROGRAMME_STATUSES.label(status), itemIds, version });
  }),
);

/** The version of the programme page: the programme and each of its plan items. */
function pageVersion(programme: SupportProgramme, items: readonly PlanItem[]): Version {
  return versionOf(PROGRAMME_PAGE, [{ kind: 'programme', id: programme.id, value: programme }, ...items.map((i) => ({ kind: 'item', id: i.id, value: i }))]);
}

function itemLabel(item: PlanItem | undefined, id: string): string {
  return item ? RU.stale.item(item.order, item.content) : RU.stale.itemGone(id);
}

/** Errors keyed by the form's field names, in the order the page shows the fields. */
function check(input: SaveInput, teachers: TeacherNames, today: LocalDate): Record<string, string> {
  const e: Record<string, string> = {};
  const known = (id: string) => teachers.byId.has(id);
  if (!input.teacherId) e.teacherId = T.pickTeacher;
  else if (!known(input.teacherId)) e.teacherId = T.unknownTeacher;
  if (input.categories.length === 0) e.categories = RU.form.pickAtLeast(1);
  if (problemLines(input.problems).length === 0) e.problems = T.problemsRequired;
  if (!input.leadId) e.leadId = T.pickLead;
  else if (!known(input.leadId)) e.leadId = T.unknownTeacher;
  else if (input.leadId === input.teacherId) e.leadId = T.leadIsTeacher;
  if (input.participantsIds.some((id) => !known(id))) e.participantsIds = T.unknownTeacher;
  else if (input.participantsIds.includes(input.teacherId)) e.participantsIds = T.participantIsTeacher;
  // A date no one means (a 1900 decision, a 2200 end) is refused as if it were no date.
  // The end and the deadlines inside it are bound by the start and the programme's length.
  const sane = (text: string): LocalDate | null => (isLocalDate(text) && !outOfRange(text, today) ? text : null);
  const after = (text: string): LocalDate | null => (isLocalDate(text) && !tooEarly(text, today) ? text : null);
  const outside = (text: string): string => (isLocalDate(text) ? dateOutsideOf(today) : RU.form.date);
  const decision = sane(input.decisionDate);
  const start = sane(input.start);
  const end = after(input.end);
  if (!decision) e.decisionDate = outside(input.decisionDate);
  else if (start && compareDays(decision, start) > 0) e.decisionDate = T.decisionAfterStart;
  if (input.helpForms.length === 0) e.helpForms = RU.form.pickAtLeast(1);
  if (!start) e.start = outside(input.start);
  if (!end) e.end = outside(input.end);
  else if (start && compareDays(end, start) <= 0) e.end = T.endNotAfterStart;
  else if (start && programmeTooLong(start, end)) e.end = programmeTooLongOf(start);
  const range = start && end && compareDays(end, start) > 0 ? { start, end } : null;
  input.items.forEach((item, i) => {
    if (!item.content.trim()) e[`items.${i}.content`] = RU.form.required;
    const deadline = after(item.deadline);
    if (!deadline) e[`items.${i}.deadline`] = outside(item.deadline);
    else if (range && (compareDays(deadline, range.start) < 0 || compareDays(deadline, range.end) > 0)) {
      e[`items.${i}.deadline`] = T.deadlineOutside(formatRu(range.start), formatRu(range.end));
    }
  });
  return e;
}

/** One problem a line, blank lines dropped: the completion page makes one analysis row of each. */
export function problemLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function formOf(p: SupportProgramme, items: PlanItem[], version: Version): ProgrammeForm {
  return {
    version,
    id: p.id,
    status: p.status,
    statusLabel: O.PROGRAMME_STATUSES.label(p.status),
    teacherId: p.teacherId ?? '',
    leadId: p.leadId ?? '',
    participantsIds: p.participantsIds,
    categories: p.categories,
    sources: p.sources,
    problems: p.problems,
    decisionDate: p.decisionDate,
    helpForms: p.helpForms,
    emphasis: p.emphasis ?? '',
    place: p.place ?? '',
    start: p.start,
    end: p.end,
    items: items.map((i) => ({
      id: i.id,
      content: i.content,
      deadline: i.deadline,
      supportedActivity: i.supportedActivity ?? '',
      supporterActivity: i.supporterActivity ?? '',
      jointActivity: i.jointActivity ?? '',
      checkpoint: i.checkpoint ?? '',
      statusLabel: O.PLAN_ITEM_STATUSES.label(i.status),
    })),
  };
}

function blankForm(teacherId: string, today: string): ProgrammeForm {
  const lists = { participantsIds: [], categories: [], sources: [], helpForms: [], items: [] };
  return { id: null, status: 'draft', statusLabel: '', teacherId, leadId: '', problems: '', decisionDate: today, emphasis: '', place: '', start: today, end: '', version: {}, ...lists };
}
