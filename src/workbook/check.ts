/**
 * The checks that need more than one cell: ids, references between tabs, and each tab's rules.
 * Works on what `readTab` produced for every tab; changes nothing.
 */
import { RU } from '../text/ru';
import type { LocalDate } from '../domain/local-date';
import { normalizeLabel } from '../domain/option-set';
import { a1 } from './a1';
import { splitList } from './cells';
import type { ColumnSpec, TabKey } from './columns';
import { recordLabel } from './labels';
import { tabProblem, type Problem, type SheetRecord, type TabRead } from './read';
import { RULES, TAB_RULES, type RuleContext } from './rules';

export type Book = Partial<Record<TabKey, TabRead>>;

interface Index {
  ids: Map<string, SheetRecord>;
  byLabel: Map<string, string[]>;
}

export function checkBook(book: Book, today?: LocalDate): Problem[] {
  const problems: Problem[] = [];
  const indexes = new Map<TabKey, Index>();
  for (const [key, read] of Object.entries(book) as [TabKey, TabRead][]) {
    indexes.set(key, indexTab(key, read, problems));
  }
  const context: RuleContext = {
    indexes: { has: (tab, id) => !!indexes.get(tab)?.ids.has(id), get: (tab, id) => indexes.get(tab)?.ids.get(id)?.values },
    today,
  };
  for (const read of Object.values(book) as TabRead[]) {
    const at = (record: SheetRecord, column: string) => {
      const index = read.columns.get(column);
      return a1(record.row, (index ?? 0) + 1);
    };
    for (const record of read.records) {
      checkReferences(read, record, indexes, problems);
      for (const rule of RULES[read.spec.key] ?? []) {
        for (const found of rule(record.values, context)) {
          problems.push(tabProblem(read.spec, at(record, found.column), found.message, found.severity ?? 'error'));
        }
      }
    }
    for (const rule of TAB_RULES[read.spec.key] ?? []) {
      for (const found of rule(read.records, (record, column) => at(record, column))) {
        problems.push(tabProblem(read.spec, at(found.record, found.column), found.message, found.severity ?? 'error'));
      }
    }
  }
  return problems;
}

function indexTab(key: TabKey, read: TabRead, problems: Problem[]): Index {
  const ids = new Map<string, SheetRecord>();
  const byLabel = new Map<string, string[]>();
  const idColumn = read.columns.get('id');
  if (idColumn === undefined) return { ids, byLabel };
  for (const record of read.records) {
    const id = record.values.id as string | null;
    if (!id) {
      if (record.raw.id === '' || record.raw.id === undefined) {
        problems.push(tabProblem(read.spec, a1(record.row, idColumn + 1), RU.problems.missingId, 'warning'));
      }
      continue;
    }
    const first = ids.get(id);
    if (first) {
      problems.push(tabProblem(read.spec, a1(record.row, idColumn + 1), RU.problems.duplicateId(id, a1(first.row, idColumn + 1))));
      continue;
    }
    ids.set(id, record);
    const label = normalizeLabel(recordLabel(key, record.values));
    if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  return { ids, byLabel };
}

/**
 * A reference is the hidden id; the visible name is for people. When a person typed or picked a
 * name and left the id empty, the name must match exactly one record.
 */
function checkReferences(read: TabRead, record: SheetRecord, indexes: Map<TabKey, Index>, problems: Problem[]): void {
  for (const column of read.spec.columns) {
    const kind = column.kind;
    if (kind.type !== 'ref' && kind.type !== 'refs') continue;
    const target = indexes.get(kind.tab);
    const labelColumn = read.spec.columns.find((c) => c.key === kind.label) as ColumnSpec;
    const labelIndex = read.columns.get(labelColumn.key);
    const cell = a1(record.row, (labelIndex ?? read.columns.get(column.key) ?? 0) + 1);
    const ids = kind.type === 'ref' ? ([record.values[column.key]].filter(Boolean) as string[]) : ((record.values[column.key] as string[] | null) ?? []);
    const labels = labelText(record.values[labelColumn.key]);
    const what = labelColumn.header;
    if (ids.length === 0 && labels.length === 0) {
      if (labelColumn.required) problems.push(tabProblem(read.spec, cell, `«${what}»: ${RU.problems.required}`));
      continue;
    }
    if (!target) continue;
    if (ids.length > 0) {
      for (const id of ids) if (!target.ids.has(id)) problems.push(tabProblem(read.spec, cell, RU.problems.deletedReference(what, id)));
      continue;
    }
    for (const name of labels) {
      const matches = target.byLabel.get(normalizeLabel(name)) ?? [];
      if (matches.length === 0) problems.push(tabProblem(read.spec, cell, RU.problems.unknownName(what, name)));
      else if (matches.length > 1) problems.push(tabProblem(read.spec, cell, RU.problems.ambiguousName(what, name)));
    }
  }
}

function labelText(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [];
  return splitList(value);
}
