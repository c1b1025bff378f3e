/**
 * The save rules as plain functions: versions and what changed, the programme's status, the plan's
 * and the analysis's rows to update, append and delete, and the reload's merge.
 */
import { changesSince, conflicts, shortHash, shownIds, versionOf } from '../../src/domain/version';
import { PROGRAMME_PAGE } from '../../src/domain/page-versions';
import { diffPlanItems, foreignItems, idsInOrder, programmeStatus, recordsAfter } from '../../src/domain/programme-save';
import { conclusionOf, diffAnalysis } from '../../src/domain/completion-save';
import { mergeFields, mergeRows } from '../../src/domain/merge';
import type { LocalDate } from '../../src/domain/local-date';
import type { OutcomeRow, PlanItem, SupportProgramme } from '../../src/domain/records';

const day = (s: string) => s as LocalDate;
const planItem = (id: string, order: number, content: string, extra: Partial<PlanItem> = {}): PlanItem => ({
  id,
  programmeName: 'x',
  programmeId: 'P00001',
  order,
  content,
  deadline: day('2026-10-01'),
  supportedActivity: null,
  supporterActivity: null,
  jointActivity: null,
  checkpoint: null,
  status: 'planned',
  doneDate: null,
  ...extra,
});
const programme = { id: 'P00001', teacherId: 'T00001', problems: 'a', end: '2027-05-31', status: 'active', participantsIds: [] } as unknown as SupportProgramme;
const typed = (id: string | null, content: string) => ({ id, content, deadline: '2026-10-01', supportedActivity: '', supporterActivity: '', jointActivity: '', checkpoint: '' as const });

describe('versions', () => {
  const shown = (p: SupportProgramme, items: PlanItem[]) => versionOf(PROGRAMME_PAGE, [{ kind: 'programme', id: p.id, value: p }, ...items.map((i) => ({ kind: 'item', id: i.id, value: i }))]);

  test('the same records give the same version; blank, null and an empty list are the same', () => {
    expect(shown(programme, [planItem('I1', 1, 'a')])).toEqual(shown({ ...programme }, [planItem('I1', 1, 'a', { checkpoint: null })]));
    expect(shown({ ...programme, place: null } as SupportProgramme, [])).toEqual(shown({ ...programme, place: '' } as unknown as SupportProgramme, []));
    expect(shortHash('a')).not.toBe(shortHash('b'));
  });

  test('a change names its record and fields; removed records too; added ones are no conflict', () => {
    const before = shown(programme, [planItem('I1', 1, 'a'), planItem('I2', 2, 'b')]);
    const after = shown({ ...programme, end: day('2027-06-30'), problems: 'b' }, [planItem('I1', 1, 'a', { content: 'A', deadline: day('2026-11-01') }), planItem('I3', 3, 'c')]);
    const changes = changesSince(PROGRAMME_PAGE, before, after);
    expect(changes).toEqual([
      { kind: 'programme', id: 'P00001', change: 'changed', fields: ['problems', 'end'] },
      { kind: 'item', id: 'I1', change: 'changed', fields: ['content', 'deadline'] },
      { kind: 'item', id: 'I3', change: 'added', fields: [] },
      { kind: 'item', id: 'I2', change: 'removed', fields: [] },
    ]);
    expect(conflicts(changes).map((c) => c.id)).toEqual(['P00001', 'I1', 'I2']);
    expect(changesSince(PROGRAMME_PAGE, before, before)).toEqual([]);
  });

  test('the ids a page showed, by kind', () => {
    expect([...shownIds(shown(programme, [planItem('I1', 1, 'a')]), 'item')]).toEqual(['I1']);
  });
});

describe('a programme save', () => {
  test('status: a draft stays a draft until saved for real; finished programmes keep theirs', () => {
    expect(programmeStatus(undefined, true)).toBe('draft');
    expect(programmeStatus('draft', true)).toBe('draft');
    expect(programmeStatus('draft', false)).toBe('active');
    expect(programmeStatus('active', true)).toBe('active');
    expect(programmeStatus('completed', false)).toBe('completed');
    expect(programmeStatus('stopped', true)).toBe('stopped');
  });

  test('typed items update their rows in page order, new ones are appended planned, only deletable removed rows go', () => {
    const own = [
      { row: 2, value: planItem('I1', 1, 'a') },
      { row: 3, value: planItem('I2', 2, 'b') },
      { row: 4, value: planItem('I9', 3, 'typed in the sheet') },
    ];
    const diff = diffPlanItems(own, [typed('I2', ' b2 '), typed(null, 'new')], new Set(['I1']), { id: 'P00001', name: 'N' });
    expect(diff.updates).toEqual([{ row: 3, values: expect.objectContaining({ order: 1, content: 'b2', programmeName: 'N', checkpoint: null }) }]);
    expect(diff.inserts).toEqual([expect.objectContaining({ order: 2, content: 'new', status: 'planned' })]);
    expect(diff.deletes).toEqual([2]);
    expect(recordsAfter(own, diff, ['I10']).map((i) => [i.id, i.order, i.content])).toEqual([
      ['I2', 1, 'b2'],
      ['I9', 3, 'typed in the sheet'],
      ['I10', 2, 'new'],
    ]);
    expect(idsInOrder([typed('I2', ''), typed(null, ''), typed(null, '')], ['I10', 'I11'])).toEqual(['I2', 'I10', 'I11']);
  });

  test('an item typed with another programme\'s id, or twice, is named by its place', () => {
    expect(foreignItems(new Set(['I1']), [{ id: 'I1' }, { id: 'I7' }, { id: null }, { id: 'I1' }])).toEqual([1, 3]);
  });
});

describe('a completion save', () => {
  const outcome = (id: string, problem: string): OutcomeRow => ({ id, programmeName: 'x', programmeId: 'P00001', problem, before: null, after: null, method: null, conclusions: null });

  test('rows the page did not show stay; removed shown rows go', () => {
    const own = [
      { row: 2, value: outcome('A1', 'a') },
      { row: 3, value: outcome('A9', 'added meanwhile') },
    ];
    const row = { id: null, problem: 'new', before: '', after: ' x ', method: '', conclusions: '' };
    const diff = diffAnalysis(own, [row], new Set(['A1']), { id: 'P00001', name: 'N' });
    expect(diff).toEqual({ updates: [], inserts: [expect.objectContaining({ problem: 'new', after: 'x', before: null })], deletes: [2] });
  });

  test('the conclusion clears what the answer does not ask for and completes the programme', () => {
    const c = conclusionOf({ outcome: 'successful', problemsResult: 'allResolved', unresolvedProblems: 'stale', reasons: '', needs: ['training'], anotherRouteReason: 'stale', furtherWays: ' ПОС ', conclusionDate: '2027-05-30' });
    expect(c).toMatchObject({ unresolvedProblems: null, anotherRouteReason: null, furtherWays: 'ПОС', reasons: null, status: 'completed' });
  });
});

describe('the reload keeps what the deputy typed', () => {
  test('fields: hers where she changed them, the sheet\'s where she did not', () => {
    expect(mergeFields({ a: '1', b: '1', c: ['x'] }, { a: '2', b: '1', c: ['x'] }, { a: '3', b: '3', c: ['y'] })).toEqual({ a: '2', b: '3', c: ['y'] });
  });

  test('rows: hers merged and in her order, new ones kept, ones gone from the sheet kept only if she changed them, others\' after', () => {
    const r = (id: string | null, text: string) => ({ id, text });
    const base = [r('1', 'a'), r('2', 'b'), r('3', 'c'), r('4', 'd')];
    const mine = [r('2', 'B'), r('1', 'a'), r(null, 'new'), r('3', 'c')];
    const theirs = [r('1', 'a!'), r('2', 'b!'), r('4', 'd'), r('5', 'theirs')];
    expect(mergeRows(base, mine, theirs, ['4'])).toEqual([r('2', 'B'), r('1', 'a!'), r(null, 'new'), r('5', 'theirs')]);
    // Her changed row that someone deleted comes back as a new row.
    expect(mergeRows([r('1', 'a')], [r('1', 'A')], [])).toEqual([r(null, 'A')]);
  });
});
