/**
 * Developer metadata, the add-on's own store (src/platform/store.ts): gas-fakes
 * test/testsheetsdeveloper.js (live Apps Script) and reference/spreadsheet/developer-metadata.
 */
import { gasFakes, group, ref, type Services } from '../kit';

const SRC = 'test/testsheetsdeveloper.js';
const ARBITRARY = /Adding developer metadata to arbitrary ranges is not currently supported/;

/** A key of this run only, so the shared scratch spreadsheet's other cases do not interfere. */
let n = 0;
const key = (name: string) => `contract.${name}.${(n += 1)}`;

function visibility(s: Services) {
  return s.SpreadsheetApp.DeveloperMetadataVisibility;
}

export default group('Sheets: developer metadata', (c) => {
  for (const [a1, line] of [['B2:D4', 111], ['B6:D6', 114], ['F2:F5', 117], ['A1', 120]] as const) {
    c(`metadata on the arbitrary range ${a1} is refused`, gasFakes(SRC, line), 'Range.addDeveloperMetadata', (_s, x, t) => {
      t.throws(() => x.sheet().getRange(a1).addDeveloperMetadata('k', 'v'), ARBITRARY);
    });
  }
  c('sheet metadata: returned sheet, key, value, DOCUMENT by default, location SHEET', gasFakes(SRC, 148), ['Sheet.addDeveloperMetadata', 'Sheet.getDeveloperMetadata', 'DeveloperMetadata.getVisibility', 'DeveloperMetadata.getLocation'], (_s, x, t) => {
    const sheet = x.sheet();
    t.is(sheet.addDeveloperMetadata('sheetKey', 'sheetValue').getSheetId(), sheet.getSheetId(), 'returns the sheet');
    const found = sheet.getDeveloperMetadata();
    t.is(found.length, 1, 'one');
    const m = found[0]!;
    t.is([m.getKey(), m.getValue(), String(m.getVisibility()), String(m.getLocation().getLocationType())], ['sheetKey', 'sheetValue', 'DOCUMENT', 'SHEET'], 'fields');
  });
  c('setValue and setKey change it in place', gasFakes(SRC, 175), ['DeveloperMetadata.setValue', 'DeveloperMetadata.setKey'], (_s, x, t) => {
    const sheet = x.sheet();
    sheet.addDeveloperMetadata('sheetKey', 'sheetValue');
    sheet.getDeveloperMetadata()[0]!.setValue('updatedValue').setKey('updatedKey');
    const m = sheet.getDeveloperMetadata()[0]!;
    t.is([m.getValue(), m.getKey()], ['updatedValue', 'updatedKey']);
  });
  c('the spreadsheet finder finds by key and value', gasFakes(SRC, 167), ['Spreadsheet.createDeveloperMetadataFinder', 'DeveloperMetadataFinder.withKey', 'DeveloperMetadataFinder.withValue', 'DeveloperMetadataFinder.find'], (_s, x, t) => {
    const sheet = x.sheet();
    const k = key('finder');
    sheet.addDeveloperMetadata(k, 'v1');
    const found = x.spreadsheet.createDeveloperMetadataFinder().withKey(k).withValue('v1').find();
    t.is(found.length, 1, 'found');
    t.is(found[0]!.getId(), sheet.getDeveloperMetadata().find((m) => m.getKey() === k)!.getId(), 'same id');
  });
  c('moveToSpreadsheet and moveToSheet change the location', gasFakes(SRC, 197), ['DeveloperMetadata.moveToSpreadsheet', 'DeveloperMetadata.moveToSheet'], (_s, x, t) => {
    const sheet = x.sheet();
    const other = x.sheet();
    sheet.addDeveloperMetadata(key('move'), 'x');
    const m = sheet.getDeveloperMetadata()[0]!;
    m.moveToSheet(other);
    t.is([String(m.getLocation().getLocationType()), m.getLocation().getSheet()!.getSheetId()], ['SHEET', other.getSheetId()], 'sheet');
    m.moveToSpreadsheet();
    t.is([String(m.getLocation().getLocationType()), m.getLocation().getSpreadsheet()!.getId()], ['SPREADSHEET', x.spreadsheet.getId()], 'spreadsheet');
    m.remove();
  });
  c('remove() deletes it', gasFakes(SRC, 207), 'DeveloperMetadata.remove', (_s, x, t) => {
    const sheet = x.sheet();
    sheet.addDeveloperMetadata('gone', 'x');
    sheet.getDeveloperMetadata()[0]!.remove();
    t.is(sheet.getDeveloperMetadata().length, 0);
  });
  c('spreadsheet metadata with PROJECT visibility reads back', ref('spreadsheet/spreadsheet#adddevelopermetadatakey,-value,-visibility'), ['Spreadsheet.addDeveloperMetadata', 'Spreadsheet.getDeveloperMetadata'], (s, x, t) => {
    const k = key('project');
    x.spreadsheet.addDeveloperMetadata(k, 'secret', visibility(s).PROJECT);
    const m = x.spreadsheet.getDeveloperMetadata().find((d) => d.getKey() === k)!;
    t.is([m.getValue(), String(m.getVisibility()), String(m.getLocation().getLocationType())], ['secret', 'PROJECT', 'SPREADSHEET']);
    m.remove();
  });
  c('a key without a value reads null', ref('spreadsheet/developer-metadata#getvalue'), 'DeveloperMetadata.getValue', (_s, x, t) => {
    const k = key('novalue');
    x.spreadsheet.addDeveloperMetadata(k);
    const m = x.spreadsheet.createDeveloperMetadataFinder().withKey(k).find()[0]!;
    t.is(m.getValue(), null);
    m.remove();
  });
  c('(key, visibility): the second argument is the visibility, not a value', ref('spreadsheet/spreadsheet#adddevelopermetadatakey,-visibility'), 'Spreadsheet.addDeveloperMetadata', (s, x, t) => {
    const k = key('vis');
    x.spreadsheet.addDeveloperMetadata(k, visibility(s).PROJECT);
    const m = x.spreadsheet.createDeveloperMetadataFinder().withKey(k).find()[0]!;
    t.is([m.getValue(), String(m.getVisibility())], [null, 'PROJECT']);
    m.remove();
  });
  c('the spreadsheet finder sees sheet metadata too; the sheet list does not see the spreadsheet\'s', ref('spreadsheet/spreadsheet#createdevelopermetadatafinder'), ['Spreadsheet.createDeveloperMetadataFinder', 'Sheet.getDeveloperMetadata'], (_s, x, t) => {
    const sheet = x.sheet();
    const k = key('scope');
    sheet.addDeveloperMetadata(k, 'on sheet');
    x.spreadsheet.addDeveloperMetadata(k, 'on spreadsheet');
    t.is(x.spreadsheet.createDeveloperMetadataFinder().withKey(k).find().length, 2, 'finder');
    t.is(sheet.getDeveloperMetadata().filter((m) => m.getKey() === k).length, 1, 'sheet');
    for (const m of x.spreadsheet.createDeveloperMetadataFinder().withKey(k).find()) m.remove();
  });
  c('a deleted sheet takes its metadata along', 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata ("If the associated object is deleted its metadata is deleted too")', 'Spreadsheet.deleteSheet', (_s, x, t) => {
    const sheet = x.sheet();
    const k = key('deleted');
    sheet.addDeveloperMetadata(k, 'x');
    x.spreadsheet.deleteSheet(sheet);
    t.is(x.spreadsheet.createDeveloperMetadataFinder().withKey(k).find().length, 0);
  });
});
