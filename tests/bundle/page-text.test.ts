/**
 * Each sidebar page ships only its own strings: the text sections are named exports, read through
 * a namespace import, so esbuild drops every section a page does not read. Limits are the sizes
 * measured when the split landed plus about 25 % headroom (help.html was 74 KB with all of ru.ts,
 * 19 KB after); a page that starts bundling all the text again jumps past its limit. Raised with
 * features measured since: programme (the card's attachments, 35 KB), teacher (the coaching
 * schedule's agreement, 32 KB), sessions (the longer option lists it shares, 44 KB).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as RU from '../../src/text/ru';
import { DIST } from './entry';

const LIMIT_KB: Record<string, number> = {
  completion: 26, 'data-check': 9, documents: 13, help: 25, programme: 40, protocol: 25,
  retention: 12, sessions: 50, settings: 13, teacher: 37, 'teacher-import': 10, 'year-close': 14,
};

/** The section only one page shows, by page. */
const OWN: Record<string, object> = {
  programme: RU.programmePage, completion: RU.completionPage, teacher: RU.teacherPage, sessions: RU.sessionsPage,
  protocol: RU.protocolPage, retention: RU.retention, 'year-close': RU.yearClose,
};

const html = (page: string) => fs.readFileSync(path.join(DIST, `${page}.html`), 'utf8');
const strings = (section: object): string[] => Object.values(section).flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? strings(v) : []));

test.each(Object.entries(LIMIT_KB))('%s.html stays under its size', (page, kb) => {
  expect(Buffer.byteLength(html(page))).toBeLessThan(kb * 1024);
});

test.each(Object.keys(OWN))('no other page carries the strings of %s', (owner) => {
  // Long strings only (a short word like «Сохранить» is shared by design), and not a menu label the help page names.
  const menu = strings(RU.menu).concat(strings(RU.submenus));
  const own = strings(OWN[owner]!).filter((s) => s.length >= 25 && !menu.includes(s) && !Object.entries(OWN).some(([o, sec]) => o !== owner && strings(sec).includes(s)));
  expect(own.length).toBeGreaterThan(0);
  for (const page of Object.keys(LIMIT_KB).filter((p) => p !== owner)) {
    const text = html(page);
    expect([page, own.filter((s) => text.includes(s))]).toEqual([page, []]);
  }
});
