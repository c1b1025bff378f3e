/**
 * 000 I.3 through the built bundle: a teacher is marked as a coach on her card («Педагоги», the
 * «Педагог» sidebar); a coaching session is scheduled only with a marked coach who is not the
 * teacher coached; «Проверить данные» names a session typed with another; a book set up before
 * the column gets it from «Настроить книгу» with nothing lost.
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';
import { coachingSession, communityMeeting } from '../helpers/payloads';

const P = 'Педагоги';
const S = 'Сессии и встречи';
const COACH = 'Может быть коуч-консультантом';
const LEADER = 'Коуч-консультант / ведущий';

/** Saves a card as the page does: the version it opened with, every field it shows. */
function saveCard(addon: Addon, id: string, change: Record<string, unknown>) {
  const opened = asOk(addon.call('getTeacherPage', { teacherId: id })).response;
  const t = opened.teacher!;
  const teacher = { id, fullName: t.fullName, email: t.email ?? '', role: t.role, coachBasis: t.coachBasis ?? '', mentorId: t.mentorId ?? '', ...change };
  return addon.call('saveTeacher', { teacher, classes: opened.classes.map((c) => ({ id: c.id, schoolYear: c.schoolYear, className: c.className, programme: c.programme ?? '', planning: c.planning ?? '', textbooks: c.textbooks ?? '' })), version: opened.version });
}

function cell(addon: Addon, tab: string, row: number, header: string): string {
  const column = addon.headers(tab).indexOf(header) + 1;
  return addon.sheet(tab, (s) => s.getRange(row, column).getA1Notation());
}

const shown = (addon: Addon, row: number, header: string) => addon.sheet(P, (s) => s.getRange(row, addon.headers(P).indexOf(header) + 1).getDisplayValue());

let addon: Addon;
beforeEach(() => {
  addon = validSchool();
});

describe('the mark on the teacher card', () => {
  test('«Педагоги» ends with the column; the sidebar offers 000 I.3\'s list verbatim', () => {
    expect(addon.headers(P).at(-1)).toBe(COACH);
    const page = asOk(addon.call('getTeacherPage', { teacherId: 'T00002' })).response;
    expect(page.coachBases.map((o) => o.label)).toEqual(['зам.директора по УВР', 'ст.воспитатель', 'руководитель ШМО', 'приглашенный специалист', 'опытный педагог']);
    expect(page.teacher!.coachBasis).toBe('departmentHead');
  });

  test('saved from the sidebar by its key, shown by its label; cleared when left blank', () => {
    asOk(saveCard(addon, 'T00001', { coachBasis: 'invitedSpecialist' }));
    expect(shown(addon, 2, COACH)).toBe('приглашенный специалист');
    asOk(saveCard(addon, 'T00001', { coachBasis: '' }));
    expect(shown(addon, 2, COACH)).toBe('');
  });

  test('a save that does not send the mark keeps it', () => {
    const opened = asOk(addon.call('getTeacherPage', { teacherId: 'T00002' })).response;
    asOk(addon.call('saveTeacher', { teacher: { id: 'T00002', fullName: T.petrov, email: 'petrov@school.example', role: 'coach' }, version: opened.version }));
    expect(shown(addon, 3, COACH)).toBe('руководитель ШМО');
  });

  test('a student is not marked as a coach; a text not in the list is refused; nothing written', () => {
    const before = addon.snapshot();
    expect(asErr(saveCard(addon, 'T00003', { role: 'student', coachBasis: 'experiencedTeacher' })).fields?.['teacher.coachBasis']).toContain('Студент не может быть коуч-консультантом');
    expect(asErr(saveCard(addon, 'T00003', { coachBasis: 'завуч' })).fields?.['teacher.coachBasis']).toBe('Выберите значение из списка');
    expect(addon.snapshot()).toBe(before);
  });
});

describe('scheduling a coaching session', () => {
  test('the page names the marked coaches, the only ones the coach picker offers', () => {
    expect(asOk(addon.call('getSessionsPage', {})).response.coachIds).toEqual(['T00002']);
  });

  test('a marked coach is accepted', () => {
    const ids = asOk(addon.call('scheduleSessions', coachingSession())).response.ids;
    expect(ids).toHaveLength(1);
  });

  test('a coach not marked on her card is refused by the field, naming her; nothing written', () => {
    const before = addon.snapshot();
    const result = asErr(addon.call('scheduleSessions', coachingSession({ leaderId: 'T00001' })));
    expect(result.type).toBe('validation');
    expect(result.fields?.leaderId).toBe(
      `${T.ivanova} не отмечен(а) как коуч-консультант на листе «Педагоги» (положение о коучинг-сессиях, I.3: зам.директора по УВР, ст.воспитатель, руководитель ШМО, приглашенный специалист или опытный педагог): выберите другого или отметьте в карте педагога`,
    );
    expect(addon.snapshot()).toBe(before);
  });

  test('once marked on her card, she is accepted', () => {
    asOk(saveCard(addon, 'T00001', { coachBasis: 'experiencedTeacher' }));
    expect(asOk(addon.call('getSessionsPage', {})).response.coachIds).toEqual(['T00001', 'T00002']);
    asOk(addon.call('scheduleSessions', coachingSession({ leaderId: 'T00001' })));
  });

  test('a teacher is not her own coach, even a marked one; nothing written', () => {
    const before = addon.snapshot();
    const result = asErr(addon.call('scheduleSessions', coachingSession({ participantsIds: ['T00002'] })));
    expect(result.fields?.leaderId).toBe(`${T.petrov} — сопровождаемый педагог этой сессии: педагог не может быть коуч-консультантом самому себе`);
    // A group session too, and through the programme she is supported by.
    asOk(saveCard(addon, 'T00003', { coachBasis: 'experiencedTeacher' }));
    const mid = addon.snapshot();
    expect(asErr(addon.call('scheduleSessions', coachingSession({ leaderId: 'T00003', format: 'group', participantsIds: ['T00001'], programmeId: 'P00001' }))).fields?.leaderId).toContain('сопровождаемый педагог этой сессии');
    expect(addon.snapshot()).toBe(mid);
    expect(before).not.toBe(mid);
  });

  test('a community meeting has a leader, not a coach: anyone may lead it', () => {
    asOk(addon.call('scheduleSessions', communityMeeting('2026-10-15', { leaderId: 'T00001', participantsIds: ['T00003'] })));
  });
});

describe('«Проверить данные»', () => {
  const problems = (a: Addon) => asOk(a.call('runDataCheck')).response.problems;

  test('names the coach cell of a coaching session whose coach is not marked', () => {
    addon.typeCell(P, 3, COACH, '');
    const found = problems(addon).filter((p) => p.tab === S);
    expect(found).toEqual([{ tab: S, cell: cell(addon, S, 2, LEADER), severity: 'error', message: expect.stringContaining(`коуч-консультант ${T.petrov} не отмечен(а) как коуч-консультант`) as unknown as string }]);
    // Her role still says «коуч-консультант»: the card is pointed at too, as a warning.
    expect(problems(addon).filter((p) => p.tab === P)).toEqual([{ tab: P, cell: cell(addon, P, 3, COACH), severity: 'warning', message: expect.stringContaining('кем педагог может им быть, не отмечено') as unknown as string }]);
  });

  test('names a session whose coach is the teacher coached', () => {
    addon.typeCell(S, 2, 'Участники', T.petrov);
    addon.typeCell(S, 2, 'Участники (ID)', 'T00002');
    const found = problems(addon).filter((p) => p.tab === S && p.message.includes('собственной коучинг-сессии'));
    expect(found.map((p) => p.cell)).toEqual([cell(addon, S, 2, LEADER)]);
  });
});

describe('a book set up before the column', () => {
  /** The column gone from the sheet and from set-up's memory, as an earlier version left the book. */
  function oldBook(): Addon {
    const a = validSchool();
    a.sheet(P, (s) => s.deleteColumn(a.headers(P).indexOf(COACH) + 1));
    const state = a.emulator.state;
    const metadata = state.spreadsheets[state.activeSpreadsheetId!]!.metadata!;
    const memory = metadata.find((m) => m.key === 'pedagog.setup.memory')!;
    const value = JSON.parse(memory.value!) as { layout: Record<string, string[]> };
    value.layout.teachers = value.layout.teachers!.filter((k) => k !== 'coachBasis');
    memory.value = JSON.stringify(value);
    return a;
  }

  test('no coach is marked: a coaching session is refused and the page offers none', () => {
    const a = oldBook();
    expect(asOk(a.call('getSessionsPage', {})).response.coachIds).toEqual([]);
    expect(asErr(a.call('scheduleSessions', coachingSession())).fields?.leaderId).toContain('не отмечен(а) как коуч-консультант');
  });

  test('«Настроить книгу» adds the column at the end, keeps every cell, and then a marked coach is accepted', () => {
    const a = oldBook();
    const before = a.sheet(P, (s) => s.getDataRange().getValues());
    a.click('Настроить книгу');
    expect(a.lastAlert()).toContain(`${P}: ${COACH}`);
    const headers = a.headers(P);
    expect(headers.at(-1)).toBe(COACH);
    const after = a.sheet(P, (s) => s.getDataRange().getValues());
    expect(after.map((row) => row.slice(0, -1))).toEqual(before);
    asOk(saveCard(a, 'T00002', { coachBasis: 'departmentHead' }));
    expect(shown(a, 3, COACH)).toBe('руководитель ШМО');
    asOk(a.call('scheduleSessions', coachingSession()));
  });
});
