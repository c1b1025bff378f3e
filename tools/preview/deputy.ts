/**
 * What the deputy does by hand in the preview, through the add-on and the emulated services as
 * Google's UI would: menu clicks, sidebar calls over the google.script.run bridge, rows typed into
 * a tab. Each step fails loudly, so a demo that no longer fits the add-on is noticed at once.
 */
import { type Host, invokeFromPage, asDeputy, tabOf } from '@pds/emulator';

type Tagged<R> = { status: 'success'; response: R } | { status: 'error'; message: string; fields?: Record<string, string> };

export function clickMenu(host: Host, path: string): void {
  const outcome = host.click(path);
  if (!outcome.ok) throw new Error(`${path}: ${outcome.error.message}`);
}

/** A sidebar's call that must succeed; returns the endpoint's response. */
export function callPage<R = unknown>(host: Host, fn: string, input: unknown): R {
  const outcome = invokeFromPage(host, fn, [input]);
  if (!outcome.ok) throw new Error(`${fn}: ${outcome.error.message}`);
  const result = outcome.value as Tagged<R>;
  if (result.status !== 'success') throw new Error(`${fn}: ${result.message} ${JSON.stringify(result.fields ?? {})}`);
  return result.response;
}

/** Types rows under a tab's headers, each value as text typed into its cell (Sheets parses it). */
export function typeRows(host: Host, tab: string, rows: Array<Record<string, string>>): void {
  const outcome = asDeputy(host, 'preview typing', (spreadsheet) => {
    const sheet = tabOf(spreadsheet, tab);
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    for (const row of rows) {
      const at = sheet.getLastRow() + 1;
      for (const [header, text] of Object.entries(row)) {
        const column = headers.indexOf(header);
        if (column < 0) throw new Error(`${tab}: no column «${header}»`);
        sheet.getRange(at, column + 1).setValue(text);
      }
    }
  });
  if (!outcome.ok) throw new Error(`typing into ${tab}: ${outcome.error.message}`);
}
