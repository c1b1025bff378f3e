import '../../lib/addon.css';
import { call } from '../../lib/server';
import { el, replace, setText, show } from '../../lib/dom';
import * as RU from '../../../src/text/ru';
import { HELP_GUIDE as G } from '../../../src/text/help-guide';

/** The getting-started guide: static text, shown before the server answers. */
function renderGuide(): void {
  const list = (tag: 'ol' | 'ul', id: string, items: readonly string[]) =>
    el(tag, { id }, ...items.map((item) => el('li', {}, item)));
  replace(
    'guide',
    el('p', {}, G.intro),
    el('h2', {}, G.firstStepsTitle),
    list('ol', 'first-steps', G.firstSteps),
    el('h2', {}, G.menuTitle),
    el(
      'dl',
      { id: 'menu-items' },
      ...G.menu.flatMap((item) => [el('dt', {}, item.path.join(' → ')), el('dd', {}, item.what)]),
    ),
    el('h2', {}, G.documentsTitle),
    list('ul', 'documents', G.documents),
    el('h2', {}, G.dailyTitle),
    list('ul', 'daily', G.daily),
    el('h2', {}, G.troubleTitle),
    list('ul', 'trouble', G.trouble),
  );
}

async function main(): Promise<void> {
  setText('about', RU.help.about);
  renderGuide();
  const result = await call('getHelpInfo', {});
  if (result.status === 'error') {
    setText('status', result.message);
    document.getElementById('status')?.classList.add('error');
    return;
  }
  const info = result.response;
  setText('addon-name', info.addonName);
  setText('spreadsheet-name', info.spreadsheetName);
  setText('time-zone', info.timeZone);
  setText('user', info.user);
  setText('version', info.version);
  show('status', false);
  show('info', true);
}

void main();
