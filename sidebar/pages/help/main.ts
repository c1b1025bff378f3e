import '../../lib/addon.css';
import { call } from '../../lib/server';
import { setText, show } from '../../lib/dom';
import { RU } from '../../../src/text/ru';

async function main(): Promise<void> {
  setText('about', RU.help.about);
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
