/**
 * The rules of saving «Программа сопровождения», over plain data: the status a save leaves, and
 * which plan rows it updates, appends and deletes. The endpoint reads, asks these, and writes.
 */
import type { LocalDate } from './local-date';
import type { PlanItem, SupportProgramme } from './records';

type Status = SupportProgramme['status'];
export type Located<T> = { row: number; value: T };

/** A draft stays a draft only until saved for real; a finished programme keeps its status. */
export function programmeStatus(was: Status | undefined, draft: boolean): Status {
  if (draft && (!was || was === 'draft')) return 'draft';
  return was === 'completed' || was === 'stopped' ? was : 'active';
}

export type ItemTyped = {
  id?: string | null;
  content: string;
  deadline: string;
  supportedActivity: string;
  supporterActivity: string;
  jointActivity: string;
  checkpoint: PlanItem['checkpoint'] | '';
};

export type RowsDiff<T> = {
  updates: Array<{ row: number; values: Partial<T> }>;
  inserts: Array<Partial<T>>;
  /** Sheet rows to delete: only rows whose record the page showed and the deputy removed. */
  deletes: number[];
};

/**
 * The plan as typed against the programme's rows: typed items with an id update their row (the
 * «№» follows the page's order), the others are appended as «запланировано». A row is deleted
 * only when it is in `deletable` (shown by the page and removed there) and not typed again.
 */
export function diffPlanItems(
  own: ReadonlyArray<Located<PlanItem>>,
  items: readonly ItemTyped[],
  deletable: ReadonlySet<string>,
  programme: { id: string; name: string },
): RowsDiff<PlanItem> {
  const byId = new Map(own.map((r) => [r.value.id, r]));
  const typed = new Set(items.map((i) => i.id).filter((id): id is string => !!id));
  const diff: RowsDiff<PlanItem> = { updates: [], inserts: [], deletes: [] };
  items.forEach((item, i) => {
    const values: Partial<PlanItem> = {
      programmeId: programme.id,
      programmeName: programme.name,
      order: i + 1,
      content: item.content.trim(),
      deadline: item.deadline as LocalDate,
      supportedActivity: item.supportedActivity.trim() || null,
      supporterActivity: item.supporterActivity.trim() || null,
      jointActivity: item.jointActivity.trim() || null,
      checkpoint: item.checkpoint || null,
    };
    const old = item.id ? byId.get(item.id) : undefined;
    if (old) diff.updates.push({ row: old.row, values });
    else diff.inserts.push({ ...values, status: 'planned' });
  });
  diff.deletes = own.filter((r) => deletable.has(r.value.id) && !typed.has(r.value.id)).map((r) => r.row);
  return diff;
}

/** Typed ids that are not the programme's own, or typed twice: each is an error on its item. */
export function foreignItems(ownIds: ReadonlySet<string>, items: ReadonlyArray<{ id?: string | null }>): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    if (item.id && (!ownIds.has(item.id) || seen.has(item.id))) out.push(i);
    if (item.id) seen.add(item.id);
  });
  return out;
}

/** The ids a save reports, in page order: typed ids kept, new items given the ids just written. */
export function idsInOrder(typed: ReadonlyArray<{ id?: string | null }>, newIds: readonly string[]): string[] {
  let fresh = 0;
  return typed.map((t) => (t.id ? t.id : newIds[fresh++]!));
}

/** A record as it stands after a save: its old values (if any) with the written ones over them. */
export function afterSave<T extends { id: string }>(old: T | undefined, values: Partial<T>, id: string): T {
  return { ...(old ?? {}), ...values, id } as T;
}

/** A tab's records of one owner as a save left them: kept rows with their updates, then the appended ones. */
export function recordsAfter<T extends { id: string }>(own: ReadonlyArray<Located<T>>, diff: RowsDiff<T>, newIds: readonly string[]): T[] {
  const updated = new Map(diff.updates.map((u) => [u.row, u.values]));
  const gone = new Set(diff.deletes);
  const kept = own.filter((r) => !gone.has(r.row)).map((r) => afterSave(r.value, updated.get(r.row) ?? {}, r.value.id));
  return [...kept, ...diff.inserts.map((v, k) => afterSave<T>(undefined, v, newIds[k]!))];
}
