/**
 * «другое: …» in the lists the regulations leave open («и др.», «и т. д.»): one stored form, read
 * back as written, a bare «другое» refused, and only open lists take it.
 */
import { isOtherValue, otherText, parseOther, readChoice } from '../../src/domain/other-option';
import { workFormFits } from '../../src/domain/session-rules';
import { contestNote } from '../../src/documents/fields/common';
import { normalizeLabel } from '../../src/domain/option-set';
import fs from 'node:fs';
import path from 'node:path';

const regulation = (n: string) => normalizeLabel(fs.readFileSync(path.join(__dirname, `../../docs/regulations/${n}.txt`), 'utf8'));
import * as O from '../../src/domain/options';
import { PlanItem, Session } from '../../src/domain/records';
import { decodeCell } from '../../src/workbook/cells';
import { describe as describeProblem } from '../../src/workbook/read';
import { TABS } from '../../src/workbook/tabs';
import { fixedZone } from '../helpers/zone';

describe('parseOther', () => {
  test('keeps the deputy\'s text in one stored form', () => {
    expect(parseOther('другое: участие в вебинаре')).toEqual({ kind: 'other', value: 'другое: участие в вебинаре', text: 'участие в вебинаре' });
    expect(parseOther('  Другое :   участие в вебинаре ')).toEqual({ kind: 'other', value: 'другое: участие в вебинаре', text: 'участие в вебинаре' });
    expect(otherText('другое: участие в вебинаре')).toBe('участие в вебинаре');
  });

  test('a bare «другое» is empty, not a value', () => {
    for (const text of ['другое', 'другое:', ' Другое :  ']) expect(parseOther(text)).toEqual({ kind: 'empty' });
    expect(isOtherValue('другое:')).toBe(false);
  });

  test('a text that would split a cell of several options is refused', () => {
    expect(parseOther('другое: вебинар; семинар')).toEqual({ kind: 'separator' });
    expect(parseOther('другое: вебинар\nсеминар')).toEqual({ kind: 'separator' });
  });

  test('anything else is not an «другое» entry', () => {
    expect(parseOther('анализ уроков')).toEqual({ kind: 'none' });
    expect(parseOther('другое мнение')).toEqual({ kind: 'none' });
    expect(isOtherValue('другое:  два пробела')).toBe(false);
    expect(isOtherValue('interview')).toBe(false);
  });
});

describe('open option lists', () => {
  test('are the lists the regulations end with «и др.» or «и т. д.»', () => {
    const open = Object.entries(O).filter(([, set]) => set.open).map(([name]) => name).sort();
    // SURVEYORS: «(администрацией, методистом, наставником, психологом, самим учителем и др.)», 001 §6.3 and 002 §5.2.
    expect(open).toEqual(['CHECKPOINT_KINDS', 'CONTESTS', 'DIAGNOSTIC_SOURCES', 'SESSION_RESULTS', 'SURVEYORS', 'WORK_FORMS']);
  });

  test('read «другое: …» as its own label, and labels as keys', () => {
    expect(O.CHECKPOINT_KINDS.fromLabel('Другое: доклад на городской конференции')).toBe('другое: доклад на городской конференции');
    expect(O.CHECKPOINT_KINDS.label('другое: доклад на городской конференции')).toBe('другое: доклад на городской конференции');
    expect(O.CHECKPOINT_KINDS.fromLabel('проведение открытого урока')).toBe('openLesson');
    expect(O.CHECKPOINT_KINDS.fromLabel('другое:')).toBeNull();
    // A closed list takes no «другое».
    expect(O.CONCLUSION_OUTCOMES.fromLabel('другое: удачным')).toBeNull();
  });

  test('records accept the stored form and refuse a bare «другое»', () => {
    const item = PlanItem.shape.checkpoint;
    expect(item.safeParse('другое: доклад').success).toBe(true);
    expect(item.safeParse('другое:').success).toBe(false);
    expect(item.safeParse('openLesson').success).toBe(true);
    expect(Session.shape.results.safeParse(['publication', 'другое: грант']).success).toBe(true);
  });
});

describe('cells of open lists', () => {
  const zone = fixedZone(3);
  const column = (tab: keyof typeof TABS, key: string) => TABS[tab].columns.find((c) => c.key === key)!.kind;

  test('a cell «другое: …» reads back as written; several options keep it as one part', () => {
    expect(decodeCell(column('planItems', 'checkpoint'), 'другое: доклад', zone)).toEqual({ ok: true, value: 'другое: доклад' });
    expect(decodeCell(column('programmes', 'sources'), 'анализ уроков; другое: беседа с родителями', zone)).toEqual({ ok: true, value: ['lessons', 'другое: беседа с родителями'] });
  });

  test('a bare «другое:» is refused in Russian, and a closed column still names its list', () => {
    const bare = decodeCell(column('sessions', 'workForm'), 'другое:', zone);
    expect(bare.ok).toBe(false);
    if (!bare.ok) expect(describeProblem(bare.problem)).toContain('после «другое:» не вписан свой вариант');
    const closed = decodeCell(column('sessions', 'status'), 'другое: перенесли', zone);
    expect(closed.ok).toBe(false);
    if (!closed.ok) expect(describeProblem(closed.problem)).not.toContain('другое: <свой вариант>');
    const unknown = decodeCell(column('sessions', 'workForm'), 'вебинар', zone);
    if (!unknown.ok) expect(describeProblem(unknown.problem)).toContain('или «другое: <свой вариант>»');
  });
});

describe('readChoice: what a page sent for a list', () => {
  test('a key, or in an open list the stored form of «другое»', () => {
    expect(readChoice(O.DIAGNOSTIC_SOURCES, 'lessons')).toEqual({ ok: true, value: 'lessons' });
    expect(readChoice(O.DIAGNOSTIC_SOURCES, 'другое:   беседа с родителями ')).toEqual({ ok: true, value: 'другое: беседа с родителями' });
  });

  test('why anything else is refused', () => {
    expect(readChoice(O.DIAGNOSTIC_SOURCES, 'другое: ')).toEqual({ ok: false, problem: 'otherEmpty' });
    expect(readChoice(O.DIAGNOSTIC_SOURCES, 'другое: а; б')).toEqual({ ok: false, problem: 'otherSeparator' });
    expect(readChoice(O.DIAGNOSTIC_SOURCES, 'анализ уроков')).toEqual({ ok: false, problem: 'unknown' });
    expect(readChoice(O.HELP_FORMS, 'другое: вебинар')).toEqual({ ok: false, problem: 'unknown' });
  });

  test('the deputy\'s own form of work fits every kind, as each regulation\'s list ends «и др.»', () => {
    expect(workFormFits('coaching', 'другое: квест')).toBe(true);
    expect(workFormFits('coaching', 'meetup')).toBe(false);
  });
});

describe('the options 001 and 004 name', () => {
  test('are worded as the regulations word them', () => {
    const [r001, r002, r004] = ['001', '002', '004'].map(regulation) as [string, string, string];
    expect(r001).toContain(normalizeLabel(O.HELP_FORMS.label('innovationSchool')));
    for (const r of [r001, r002]) expect(r).toContain(normalizeLabel(O.HELP_FORMS.label('freeMicrophone')));
    expect(r004).toContain('в процессе адаптации на новом месте работы');
    for (const contest of O.CONTESTS.labels) expect(r004).toContain(normalizeLabel(contest));
    expect(r004).toContain('индивидуальное и командное участие в конкурсах');
    expect(O.HELP_FORMS.label('innovationSchool')).toBe('занятия в «Школе инноваций»');
    expect(O.TEACHER_ROLES.fromLabel('специалист в процессе адаптации на новом месте работы')).toBe('adapting');
    expect(O.CONTESTS.labels).toEqual(['«Педагог года»', '«Учитель будущего»', '«Две звезды»']);
  });

  test('an achievement prints its contest and team entry, the contest once', () => {
    expect(contestNote({ contest: 'teacherOfYear', participation: 'team' })).toBe('«Педагог года», командное участие');
    expect(contestNote({ contest: 'другое: «Учитель-исследователь»', participation: 'individual' })).toBe('другое: «Учитель-исследователь», индивидуальное участие');
    expect(contestNote({ contest: 'twoStars', participation: null }, 'Две звезды')).toBe('');
    expect(contestNote({ contest: null, participation: null })).toBe('');
  });
});
