/**
 * The rules of saving «Завершение программы», over plain data: which analysis rows a save
 * updates, appends and deletes, and the conclusion it writes with the status «завершена».
 */
import type { LocalDate } from './local-date';
import type { OutcomeRow, SupportProgramme } from './records';
import type { Located, RowsDiff } from './programme-save';

export type AnalysisTyped = { id?: string | null; problem: string; before: string; after: string; method: string; conclusions: string };

export type ConclusionTyped = {
  outcome: SupportProgramme['outcome'] | '';
  problemsResult: SupportProgramme['problemsResult'] | '';
  unresolvedProblems: string;
  reasons: string;
  needs: SupportProgramme['needs'];
  anotherRouteReason: string;
  furtherWays: string;
  conclusionDate: string;
};

/**
 * Typed rows with an id update their row, the others are appended. A row is deleted only when
 * the page showed it (`deletable`) and the deputy removed it: rows added meanwhile stay.
 */
export function diffAnalysis(
  own: ReadonlyArray<Located<OutcomeRow>>,
  rows: readonly AnalysisTyped[],
  deletable: ReadonlySet<string>,
  programme: { id: string; name: string },
): RowsDiff<OutcomeRow> {
  const byId = new Map(own.map((r) => [r.value.id, r]));
  const typed = new Set(rows.map((r) => r.id).filter((id): id is string => !!id));
  const diff: RowsDiff<OutcomeRow> = { updates: [], inserts: [], deletes: [] };
  for (const row of rows) {
    const values: Partial<OutcomeRow> = {
      programmeId: programme.id,
      programmeName: programme.name,
      problem: row.problem.trim(),
      before: row.before.trim() || null,
      after: row.after.trim() || null,
      method: row.method.trim() || null,
      conclusions: row.conclusions.trim() || null,
    };
    const old = row.id ? byId.get(row.id) : undefined;
    if (old) diff.updates.push({ row: old.row, values });
    else diff.inserts.push(values);
  }
  diff.deletes = own.filter((r) => deletable.has(r.value.id) && !typed.has(r.value.id)).map((r) => r.row);
  return diff;
}

/** The conclusion as written: lists the answer does not ask for are cleared, not left stale. */
export function conclusionOf(input: ConclusionTyped): Partial<SupportProgramme> {
  const result = input.problemsResult || null;
  return {
    outcome: input.outcome || null,
    problemsResult: result,
    unresolvedProblems: result === 'notResolved' || result === 'partlyResolved' ? input.unresolvedProblems.trim() || null : null,
    reasons: input.reasons.trim() || null,
    needs: input.needs,
    anotherRouteReason: input.needs.includes('anotherRoute') ? input.anotherRouteReason.trim() || null : null,
    furtherWays: input.furtherWays.trim() || null,
    conclusionDate: input.conclusionDate as LocalDate,
    status: 'completed',
  };
}
