/**
 * «Завершение программы» (002 §5.3–5.4): the outcome analysis, one row per problem found by the
 * diagnosis, and the general conclusion in the seeds' own options. Saving writes the rows, the
 * conclusion and the status «завершена» in one call, under the document lock.
 */
import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { failure, success, type Result } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { withDocumentLock } from '../platform/lock';
import { RU } from '../text/ru';
import { compareDays, formatRu, isLocalDate, type LocalDate } from '../domain/local-date';
import { outOfRange } from '../domain/sane-values';
import { dateOutsideOf } from '../text/values-ru';
import type { OptionSet } from '../domain/option-set';
import * as O from '../domain/options';
import { REGULATED, wordingOf } from '../domain/regulation';
import { OutcomeRow, SupportProgramme } from '../domain/records';
import { conclusionOf, diffAnalysis } from '../domain/completion-save';
import { afterSave, recordsAfter, idsInOrder } from '../domain/programme-save';
import { shownIds, versionKey, versionOf, type Version } from '../domain/version';
import { COMPLETION_PAGE } from '../domain/page-versions';
import { describeChange, refuseStale, VersionInput } from './stale';
import { openWorkbook } from '../workbook/sheets';
import { Unit } from '../workbook/unit';
import type { LoadedTab } from '../workbook/repo';
import { selectedId } from '../workbook/context';
import { recordLabel } from '../workbook/labels';
import { problemLines, unreadableOrMissing, type Choice } from './programme';
import { unreadableRows, issuesText } from '../workbook/unreadable';
import { surveyEvidence, type SurveyEvidence } from './evidence';

export type AnalysisRow = { id: string | null; problem: string; before: string; after: string; method: string; conclusions: string };
export type PlanLine = { order: number; content: string; deadline: string; status: string; statusLabel: string; doneDate: string; checkpoint: string };
export type CompletionProgramme = {
  id: string;
  label: string;
  teacherName: string;
  leadName: string;
  start: string;
  end: string;
  status: string;
  statusLabel: string;
  problems: string;
  outcome: string;
  problemsResult: string;
  unresolvedProblems: string;
  reasons: string;
  needs: string[];
  anotherRouteReason: string;
  furtherWays: string;
  conclusionDate: string;
};
export type CompletionPage = {
  programmes: Array<Choice & { group: string }>;
  /** Programmes whose row has a cell the add-on cannot read: listed, read-only, with the cell. */
  unreadable: Array<{ id: string | null; label: string; note: string; tab: string; cell: string }>;
  options: { outcomes: Choice[]; problems: Choice[]; needs: Choice[] };
  /** The conclusion's items worded by the school's regulation (domain/regulation.ts). */
  wording: { problemsResult: string; needs: string; furtherWays: string };
  today: string;
  programme: CompletionProgramme | null;
  rows: AnalysisRow[];
  /** The rows come from the programme's problems, not from the «Анализ итогов» tab. */
  prefilled: boolean;
  items: PlanLine[];
  /** The pupils' questionnaires before and after, for the programme's teacher and period; null without a programme. */
  surveys: SurveyEvidence | null;
  /** The programme's conclusion and analysis rows as shown: a save is refused if they changed since. */
  version: Version;
};

const C = RU.completionPage;
const choices = <K extends string>(set: OptionSet<K>): Choice[] => set.keys.map((k) => ({ value: k, label: set.label(k) }));
/** A blank choice or one of the record's own options: the option lists come from the record schema. */
const blankOr = <T extends z.ZodTypeAny>(option: z.ZodNullable<T>) => z.union([z.literal(''), option.unwrap()]);
const refId = z.string().max(20);
const long = z.string().max(20000);

export function showCompletion(): void {
  showSidebar('completion', C.title);
}

export const getCompletionPage = defineEndpoint(z.object({ programmeId: refId.nullish() }).strict(), (input): Result<CompletionPage> => {
  const workbook = openWorkbook();
  const unit = new Unit(workbook);
  // Programmes whole: a row with any cell the add-on cannot read is listed, named with the cell.
  const programmes = unit.tab('programmes');
  // A plain string: a branded LocalDate cannot cross the wire (Wire<T>).
  const today: string = workbook.zone.dayOf(new Date());
  const id = input.programmeId || selectedId(programmes);
  const found = id ? programmes.byId.get(id) : undefined;
  if (id && !found) return unreadableOrMissing(programmes, id);
  // Active programmes to pick from, finished ones after them (to correct a conclusion).
  const list = programmes.records
    .map((r) => r.value)
    .filter((p) => p.status === 'active' || p.status === 'completed' || p.id === id)
    .map((p) => ({ value: p.id, label: recordLabel('programmes', p), group: p.status === 'active' ? C.active : p.status === 'completed' ? C.completed : C.other }));
  const regulation = workbook.regulation();
  const options = { outcomes: choices(O.CONCLUSION_OUTCOMES), problems: choices(REGULATED.conclusionProblems.in(regulation)), needs: choices(REGULATED.conclusionNeeds.in(regulation)) };
  const { problemsHeading, needsHeading, furtherWays } = wordingOf(regulation);
  const wording = { problemsResult: problemsHeading, needs: needsHeading, furtherWays };
  const unreadable = unreadableRows(programmes).map((r) => ({
    id: r.id,
    label: recordLabel('programmes', r.values) || r.id || `${r.issues[0]?.tab ?? ''}, строка ${r.row}`,
    note: RU.problems.unreadableNote(issuesText(r.issues)),
    tab: r.issues[0]?.tab ?? '',
    cell: r.issues[0]?.cell ?? '',
  }));
  if (!found) return success({ programmes: list, unreadable, options, wording, today, programme: null, rows: [], prefilled: false, items: [], surveys: null, version: {} });

  const p = found.value;
  // The programme's plan, analysis and its teacher's pupils' questionnaires: scanned, then read in one call.
  unit.scanMany([
    ['planItems', ['programmeId']],
    ['outcomes', ['programmeId']],
    ['studentSurveys', ['teacherId']],
  ]);
  const rowsOf = (scanned: { records: Array<{ row: number; value: Record<string, unknown> }>; failed: number[] }, keep: (v: Record<string, unknown>) => boolean) => [
    ...scanned.records.filter((r) => keep(r.value)).map((r) => r.row),
    ...scanned.failed,
  ];
  const [plan, outcomes, surveyRows] = unit.partMany<'planItems' | 'outcomes' | 'studentSurveys'>([
    ['planItems', rowsOf(unit.scan('planItems', ['programmeId']), (v) => v.programmeId === p.id)],
    ['outcomes', rowsOf(unit.scan('outcomes', ['programmeId']), (v) => v.programmeId === p.id)],
    ['studentSurveys', rowsOf(unit.scan('studentSurveys', ['teacherId']), (v) => v.teacherId === p.teacherId)],
  ]) as [LoadedTab<'planItems'>, LoadedTab<'outcomes'>, LoadedTab<'studentSurveys'>];
  const ownRows = outcomes.records.map((r) => r.value).filter((r) => r.programmeId === p.id);
  const existing: AnalysisRow[] = ownRows.map((r) => ({ id: r.id, problem: r.problem, before: r.before ?? '', after: r.after ?? '', method: r.method ?? '', conclusions: r.conclusions ?? '' }));
  const prefilled = existing.length === 0;
  const rows = prefilled ? problemLines(p.problems).map((problem) => ({ id: null, problem, before: '', after: '', method: '', conclusions: '' })) : existing;
  const items = plan.records
    .map((r) => r.value)
    .filter((i) => i.programmeId === p.id)
    .sort((a, b) => a.order - b.order)
    .map((i) => ({
      order: i.order,
      content: i.content,
      deadline: formatRu(i.deadline),
      status: i.status,
      statusLabel: O.PLAN_ITEM_STATUSES.label(i.status),
      doneDate: i.doneDate ? formatRu(i.doneDate) : '',
      checkpoint: i.checkpoint ? REGULATED.checkpointKinds.in(regulation).label(i.checkpoint) : '',
    }));
  const programme: CompletionProgramme = {
    id: p.id,
    label: recordLabel('programmes', p),
    teacherName: p.teacherName ?? '',
    leadName: p.leadName ?? '',
    start: formatRu(p.start),
    end: formatRu(p.end),
    status: p.status,
    statusLabel: O.PROGRAMME_STATUSES.label(p.status),
    problems: p.problems,
    outcome: p.outcome ?? '',
    problemsResult: p.problemsResult ?? '',
    unresolvedProblems: p.unresolvedProblems ?? '',
    reasons: p.reasons ?? '',
    needs: p.needs,
    anotherRouteReason: p.anotherRouteReason ?? '',
    furtherWays: p.furtherWays ?? '',
    conclusionDate: p.conclusionDate ?? today,
  };
  const surveys = surveyEvidence(surveyRows.records.map((r) => r.value), p.teacherId, p.start, p.end);
  return success({ programmes: list, unreadable, options, wording, today, programme, rows, prefilled, items, surveys, version: pageVersion(p, ownRows) });
});

// The analysis row's typed fields (blanks as '', checked by `check` in Russian).
const RowInput = OutcomeRow.pick({ problem: true, before: true, after: true, method: true, conclusions: true })
  .extend({ id: refId.nullish(), problem: long, before: long, after: long, method: long, conclusions: long })
  .strict();
const P = SupportProgramme.shape;

const SaveInput = z
  .object({
    programmeId: refId.min(1),
    /** The page's version: the save is refused if the programme's conclusion or rows changed since. */
    version: VersionInput,
    rows: z.array(RowInput).max(100),
    outcome: blankOr(P.outcome),
    problemsResult: blankOr(P.problemsResult),
    unresolvedProblems: long,
    reasons: long,
    needs: z.array(P.needs.element),
    anotherRouteReason: long,
    furtherWays: long,
    conclusionDate: z.string().max(20),
  })
  .strict();
type SaveInput = z.infer<typeof SaveInput>;

export const saveCompletion = defineEndpoint(SaveInput, (input) =>
  withDocumentLock(() => {
    const workbook = openWorkbook();
    const unit = new Unit(workbook);
    unit.scanMany([
      ['teachers', ['id', 'fullName']],
      ['programmes', ['id']],
      ['outcomes', ['id', 'programmeId']],
    ]);
    // The programme and its analysis rows, whole, in one call.
    const [programmes, outcomes] = unit.partMany<'programmes' | 'outcomes'>([
      ['programmes', unit.scan('programmes', ['id']).records.filter((r) => r.value.id === input.programmeId).map((r) => r.row)],
      ['outcomes', [...unit.scan('outcomes', ['id', 'programmeId']).records.filter((r) => r.value.programmeId === input.programmeId).map((r) => r.row), ...unit.scan('outcomes', ['id', 'programmeId']).failed]],
    ]) as [LoadedTab<'programmes'>, LoadedTab<'outcomes'>];
    const found = programmes.byId.get(input.programmeId);
    if (!found) return failure('not-found', C.notFound(input.programmeId));
    const p = found.value;
    if (p.status === 'draft') return failure('conflict', C.draft);
    const own = outcomes.records.filter((r) => r.value.programmeId === p.id);

    // Decide: a page that no longer shows the conclusion and rows as they are may not overwrite them.
    if (!input.version[versionKey('programme', p.id)]) return failure('stale', RU.stale.noVersion);
    const stale = refuseStale(COMPLETION_PAGE, input.version, pageVersion(p, own.map((r) => r.value)), (c) =>
      c.kind === 'programme' ? describeChange(c, 'programmes', RU.stale.programme) : describeChange(c, 'outcomes', rowLabel(outcomes.byId.get(c.id)?.value, c.id)),
    );
    if (stale) return stale;
    const errors = check(input, p, workbook.zone.dayOf(new Date()));
    const ownIds = new Set(own.map((r) => r.value.id));
    const seen = new Set<string>();
    input.rows.forEach((row, i) => {
      if (row.id && (!ownIds.has(row.id) || seen.has(row.id))) errors[`rows.${i}.problem`] ??= C.rowGone;
      if (row.id) seen.add(row.id);
    });
    if (Object.keys(errors).length > 0) return failure('validation', C.fix, errors);
    // Only rows the page showed may go: a row typed into the tab after it opened stays.
    const diff = diffAnalysis(own, input.rows, shownIds(input.version, 'outcome'), { id: p.id, name: recordLabel('programmes', p) });
    const conclusion = conclusionOf(input);

    // Apply.
    unit.update(outcomes, diff.updates);
    const newIds = unit.insert(outcomes, diff.inserts);
    unit.remove(outcomes, diff.deletes);
    unit.update(programmes, [{ row: found.row, values: conclusion }]);

    // Reply, with the version of what now stands.
    const rowIds = idsInOrder(input.rows, newIds);
    const version = pageVersion(afterSave(p, conclusion, p.id), recordsAfter(own, diff, newIds));
    return success({ programmeId: p.id, statusLabel: O.PROGRAMME_STATUSES.label('completed'), rowIds, version });
  }),
);

/** The version of the completion page: the programme's conclusion and its analysis rows. */
function pageVersion(p: SupportProgramme, rows: readonly OutcomeRow[]): Version {
  return versionOf(COMPLETION_PAGE, [{ kind: 'programme', id: p.id, value: p }, ...rows.map((r) => ({ kind: 'outcome', id: r.id, value: r }))]);
}

function rowLabel(row: OutcomeRow | undefined, id: string): string {
  return row ? RU.stale.outcome(row.problem) : RU.stale.outcomeGone(id);
}

/** Errors keyed by the form's field names, in the order the page shows the fields. */
function check(input: SaveInput, p: SupportProgramme, today: LocalDate): Record<string, string> {
  const e: Record<string, string> = {};
  if (input.rows.length === 0) e.rows = C.rowsRequired;
  input.rows.forEach((row, i) => {
    if (!row.problem.trim()) e[`rows.${i}.problem`] = RU.form.required;
  });
  if (!input.outcome) e.outcome = C.pickOne;
  if (!input.problemsResult) e.problemsResult = C.pickOne;
  else if (input.problemsResult === 'notResolved' && !input.unresolvedProblems.trim()) e.unresolvedProblems = C.nameProblems;
  const unsuccessful = (input.problemsResult && input.problemsResult !== 'allResolved') || input.outcome === 'ineffective';
  if (unsuccessful && !input.reasons.trim()) e.reasons = C.reasonsRequired;
  if (input.needs.length === 0) e.needs = RU.form.pickAtLeast(1);
  else if (input.needs.includes('noSupport') && input.needs.some((n) => n === 'furtherSupport' || n === 'helpWithHardest' || n === 'anotherRoute')) e.needs = C.needsConflict;
  if (input.needs.includes('anotherRoute') && !input.anotherRouteReason.trim()) e.anotherRouteReason = C.anotherRouteReasonRequired;
  if (!isLocalDate(input.conclusionDate)) e.conclusionDate = RU.form.date;
  else if (outOfRange(input.conclusionDate, today)) e.conclusionDate = dateOutsideOf(today);
  else if (compareDays(input.conclusionDate, p.start) < 0) e.conclusionDate = C.conclusionBeforeStart(formatRu(p.start));
  return e;
}
