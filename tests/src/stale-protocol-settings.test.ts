/**
 * The protocol and settings saves against a page that went stale, through the built bundle: a
 * meeting moved or its community's secretary changed after the page opened, or a setting saved
 * by a colleague, refuses the save naming the field and leaves the book as it was; a retry of the
 * same protocol save still lands once, and deletes no decision row it did not write.
 */
import type { Addon } from '../helpers/addon';
import { T, validSchool } from '../helpers/school';
import { asErr, asOk } from '../helpers/wire';
import { mark, meetingVersion, scheduledMeeting, type Payload } from '../helpers/payloads';

let addon: Addon;

beforeEach(() => {
  addon = validSchool();
});

/** Rows of a tab as shown (dates dd.MM.yyyy), by header. */
function shownRows(tab: string): Array<Record<string, string>> {
  const headers = addon.headers(tab);
  const rows = addon.sheet(tab, (s) => s.getDataRange().getDisplayValues().slice(1));
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
}

/** The row number of a record in its tab, by its ID. */
function rowOf(tab: string, id: string): number {
  const index = shownRows(tab).findIndex((r) => r.ID === id);
  if (index < 0) throw new Error(`${tab}: no row ${id}`);
  return index + 2;
}

/** A meeting of «Научи меня Чуду!» (C00001) on `date`, the clock on the day after; marked held unless `held` is false. */
const meeting = (date: string, held = true): string => scheduledMeeting(addon, date, held);

/** The protocol as the page sends it, with the version the page was given when it showed the meeting. */
function protocol(sessionId: string, version: Payload<'saveProtocol'>['version'], change: Partial<Payload<'saveProtocol'>> = {}): Payload<'saveProtocol'> {
  return {
    sessionId,
    version,
    date: '2026-10-15',
    chairId: 'T00002',
    secretaryId: 'T00001',
    presentIds: ['T00002', 'T00001'],
    invited: '',
    questions: [
      { question: 'Итоги взаимопосещений', heard: 'Иванову М.П.', decision: 'Продолжить взаимопосещения', responsibleIds: ['T00001'], deadline: '2026-11-30' },
      { question: 'Открытые уроки', heard: '', decision: 'Провести два открытых урока', responsibleIds: ['T00003'], deadline: '' },
    ],
    ...change,
  };
}

const protocolsTabs = () => JSON.stringify([shownRows('Протоколы'), shownRows('Решения протоколов')]);
const ofMeeting = (sessionId: string) => shownRows('Протоколы').filter((r) => r['Заседание (ID)'] === sessionId);
const FAULT = 'Service Spreadsheets failed while accessing document';

describe('one meeting, two protocol pages', () => {
  test('the meeting moved to another day in the sheet after both pages opened: refused naming «Дата», nothing written', () => {
    const id = meeting('2026-10-15');
    // One page opened on the list (the meeting shown first), the other picked it.
    const first = asOk(addon.call('getProtocolPage', {})).response.meetings.find((m) => m.sessionId === id)!;
    const second = asOk(addon.call('getProtocolMeeting', { sessionId: id })).response;
    expect(first.version).not.toBeNull();
    expect(second.version).toEqual(first.version);
    addon.sheet('Сессии и встречи', (s) => {
      const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!;
      s.getRange(rowOf('Сессии и встречи', id), headers.indexOf('Дата') + 1).setValue(new Date('2026-10-14T00:00:00Z'));
    });
    const before = addon.snapshot();
    const tabs = protocolsTabs();
    for (const page of [first, second]) {
      const refused = asErr(addon.call('saveProtocol', protocol(id, page.version!)));
      expect(refused.type).toBe('stale');
      expect(refused.message).toContain('Пока страница была открыта, эти данные изменили');
      expect(refused.message).toContain('заседание «');
      expect(refused.message).toContain('— «Дата»');
      expect(refused.message).toContain('Ничего не сохранено');
    }
    expect(protocolsTabs()).toBe(tabs);
    expect(addon.snapshot()).toBe(before);
    // Reopened, the page shows the new day and its save lands.
    const reopened = asOk(addon.call('getProtocolMeeting', { sessionId: id })).response;
    expect(reopened.date).toBe('2026-10-14');
    expect(asOk(addon.call('saveProtocol', protocol(id, reopened.version!, { date: '2026-10-14' }))).response.decisions).toBe(2);
    expect(ofMeeting(id)).toHaveLength(1);
  });

  test('the community\'s secretary changed in the sheet after the page opened: refused naming «Секретарь», nothing written', () => {
    const id = meeting('2026-10-15');
    const page = asOk(addon.call('getProtocolMeeting', { sessionId: id })).response;
    expect(page.secretaryId).toBe('T00001');
    const row = rowOf('Сообщества', 'C00001');
    addon.typeCell('Сообщества', row, 'Секретарь (ID)', 'T00003');
    addon.typeCell('Сообщества', row, 'Секретарь', T.sidorova);
    const before = addon.snapshot();
    const refused = asErr(addon.call('saveProtocol', protocol(id, page.version!)));
    expect(refused.type).toBe('stale');
    expect(refused.message).toContain('сообщество «Научи меня Чуду!» — «Секретарь»');
    expect(addon.snapshot()).toBe(before);
  });

  test('the other deputy marked the planned meeting held while this page was open: refused naming «Статус»', () => {
    const id = meeting('2026-10-15', false);
    const version = meetingVersion(addon, id);
    addon.call('recordSessionResult', mark(addon, id, 'held'));
    const before = addon.snapshot();
    const refused = asErr(addon.call('saveProtocol', protocol(id, version)));
    expect(refused.type).toBe('stale');
    expect(refused.message).toContain('— «Статус»');
    expect(addon.snapshot()).toBe(before);
  });

  test('both write the protocol of a planned meeting: the first lands, the second is refused as stale and writes nothing', () => {
    const id = meeting('2026-10-15', false);
    const first = meetingVersion(addon, id);
    const second = meetingVersion(addon, id);
    asOk(addon.call('saveProtocol', protocol(id, first)));
    const before = addon.snapshot();
    const refused = asErr(addon.call('saveProtocol', protocol(id, second, { invited: 'Кузнецова О.В.' })));
    expect(refused.type).toBe('stale');
    expect(refused.message).toContain('«Статус»');
    expect(addon.snapshot()).toBe(before);
    expect(ofMeeting(id)).toHaveLength(1);
  });

  test('a save without the page\'s version cannot be checked and is refused', () => {
    const id = meeting('2026-10-15');
    const before = addon.snapshot();
    expect(asErr(addon.call('saveProtocol', protocol(id, {})))).toMatchObject({ type: 'stale', message: expect.stringContaining('откройте её заново') });
    expect(addon.snapshot()).toBe(before);
  });
});

describe('a protocol save retried after a fault', () => {
  test('a planned meeting marked held by the failed attempt: the retry is not refused by that write, and lands once', () => {
    const id = meeting('2026-10-15', false);
    addon.sheet('Сессии и встречи', (s) => s.getRange(rowOf('Сессии и встречи', id), 1).activate());
    const page = asOk(addon.call('getProtocolPage', {})).response;
    expect(page.selectedId).toBe(id);
    const input = protocol(id, page.meetings.find((m) => m.sessionId === id)!.version!, { requestKey: 'request-stale-retry-1' });
    // The decisions and the meeting's status land; the protocol row does not.
    addon.emulator.faults.add({ match: 'Range.setValues', error: FAULT, skip: 2 });
    expect(asErr(addon.call('saveProtocol', input)).status).toBe('error');
    expect(shownRows('Сессии и встречи').find((r) => r.ID === id)?.Статус).toBe('проведена');
    expect(ofMeeting(id)).toHaveLength(0);
    const retried = asOk(addon.call('saveProtocol', input)).response;
    expect(ofMeeting(id).map((r) => r.ID)).toEqual([retried.id]);
    const decisions = shownRows('Решения протоколов').filter((d) => d['Протокол (ID)'] === retried.id);
    expect(decisions.map((d) => [d['№ вопроса'], d.Решили])).toEqual([
      ['1', 'Продолжить взаимопосещения'],
      ['2', 'Провести два открытых урока'],
    ]);
    expect(shownRows('Решения протоколов').filter((d) => d.Решили === 'Продолжить взаимопосещения')).toHaveLength(1);
  });

  test('a decision typed by hand under the protocol id the save claimed survives the retry; the save\'s own decisions are there once', () => {
    const id = meeting('2026-10-15');
    const input = protocol(id, meetingVersion(addon, id), { requestKey: 'request-stale-guard-1' });
    const decisionsBefore = shownRows('Решения протоколов').map((d) => d.ID);
    // The decisions land, the protocol row does not: the decisions show the id the save claimed.
    addon.emulator.faults.add({ match: 'Range.setValues', error: FAULT, skip: 1 });
    expect(asErr(addon.call('saveProtocol', input)).status).toBe('error');
    expect(ofMeeting(id)).toHaveLength(0);
    const written = shownRows('Решения протоколов').filter((d) => !decisionsBefore.includes(d.ID));
    expect(written).toHaveLength(2);
    const claimed = written[0]!['Протокол (ID)']!;
    expect(claimed).toMatch(/^R\d+$/);
    expect(written.every((d) => d['Протокол (ID)'] === claimed)).toBe(true);

    addon.typeRow('Решения протоколов', { ID: 'D09999', 'Протокол (ID)': claimed, Протокол: 'вписано вручную', '№ вопроса': 3, 'Вопрос повестки': 'Разное', Решили: 'Вписано вручную' });
    const retried = asOk(addon.call('saveProtocol', input)).response;
    expect(retried.id).toBe(claimed);
    expect(ofMeeting(id)).toHaveLength(1);
    const mine = shownRows('Решения протоколов').filter((d) => d['Протокол (ID)'] === claimed);
    expect(mine.map((d) => d.Решили).sort()).toEqual(['Вписано вручную', 'Провести два открытых урока', 'Продолжить взаимопосещения']);
    expect(mine.find((d) => d.ID === 'D09999')).toMatchObject({ 'Вопрос повестки': 'Разное', Решили: 'Вписано вручную' });
    // The failed attempt's rows are gone, replaced by the retry's: one set.
    expect(mine.filter((d) => written.some((w) => w.ID === d.ID))).toEqual([]);
    // Its answer sent again answers the same, and the typed row still stands.
    expect(asOk(addon.call('saveProtocol', input)).response).toEqual(retried);
    expect(shownRows('Решения протоколов').filter((d) => d.ID === 'D09999')).toHaveLength(1);
  });
});

describe('the settings form, two deputies', () => {
  type Page = { fields: Array<{ key: string; value: string }>; version: Record<string, string> };
  const open = (): Page => asOk(addon.call('getSettingsPage', {})).response;
  /** What the form sends: every field as shown, with the deputy's own edits. */
  const save = (page: Page, typed: Record<string, string>): Payload<'saveSettings'> => ({
    values: { ...Object.fromEntries(page.fields.map((f) => [f.key, f.value])), ...typed },
    version: page.version,
  });
  const valueOf = (label: string) => shownRows('Настройки').find((r) => r.Параметр === label)?.Значение;

  test('the first save lands; the second is refused naming the setting; after a reload hers lands and both changes are kept', () => {
    const first = open();
    const second = open();
    expect(second.version).toEqual(first.version);
    asOk(addon.call('saveSettings', save(first, { schoolShortName: 'МБОУ «СОШ №7»' })));
    const before = addon.snapshot();
    const refused = asErr(addon.call('saveSettings', save(second, { reminderHour: '17' })));
    expect(refused.type).toBe('stale');
    expect(refused.message).toContain('настройка «Сокращённое наименование» — «Значение»');
    expect(refused.message).not.toContain('Час рассылки');
    expect(addon.snapshot()).toBe(before);
    expect(valueOf('Сокращённое наименование')).toBe('МБОУ «СОШ №7»');

    // The reload brings the colleague's value; what she typed is kept by the page.
    const reloaded = open();
    expect(reloaded.fields.find((f) => f.key === 'schoolShortName')?.value).toBe('МБОУ «СОШ №7»');
    const saved = asOk(addon.call('saveSettings', save(reloaded, { reminderHour: '17' }))).response;
    expect(valueOf('Сокращённое наименование')).toBe('МБОУ «СОШ №7»');
    expect(valueOf('Час рассылки')).toBe('17');
    // The answer's version is what a fresh form shows: the same page can save again.
    expect(saved.version).toEqual(open().version);
    expect(addon.call('saveSettings', save({ ...reloaded, version: saved.version }, { reminderHour: '17', schoolShortName: 'МБОУ «СОШ №8»' }))).toMatchObject({ status: 'success' });
  });

  test('a setting typed into the sheet while the form was open is a conflict', () => {
    const first = open();
    addon.setting('Сокращённое наименование', 'вписано вручную');
    const before = addon.snapshot();
    const refused = asErr(addon.call('saveSettings', save(first, { reminderHour: '17' })));
    expect(refused).toMatchObject({ type: 'stale', message: expect.stringContaining('настройка «Сокращённое наименование»') });
    expect(addon.snapshot()).toBe(before);
  });

  test('a setting row added to the tab while the form was open is a conflict', () => {
    // A setting absent from the tab shows blank on the form.
    const label = 'Адрес';
    const index = shownRows('Настройки').findIndex((r) => r.Параметр === label);
    expect(index).toBeGreaterThanOrEqual(0);
    const kept = shownRows('Настройки')[index]!;
    addon.sheet('Настройки', (s) => s.deleteRow(index + 2));
    const page = open();
    expect(page.fields.find((f) => f.key === 'schoolAddress')?.value).toBe('');
    addon.typeRow('Настройки', { Ключ: kept.Ключ!, Параметр: label, Значение: 'ул. Ленина, 1', Пояснение: kept.Пояснение! });
    const before = addon.snapshot();
    const refused = asErr(addon.call('saveSettings', save(page, { reminderHour: '17' })));
    expect(refused).toMatchObject({ type: 'stale', message: expect.stringContaining('настройка «Адрес»') });
    expect(addon.snapshot()).toBe(before);
  });

  test('a save without the form\'s version is refused', () => {
    const page = open();
    const before = addon.snapshot();
    expect(asErr(addon.call('saveSettings', save({ ...page, version: {} }, { reminderHour: '17' })))).toMatchObject({ type: 'stale', message: expect.stringContaining('откройте её заново') });
    expect(addon.snapshot()).toBe(before);
  });
});
