import { z } from 'zod';
import { defineEndpoint } from '../shared/endpoint';
import { success } from '../shared/result';
import { showSidebar } from '../platform/ui';
import { RU } from '../text/ru';

export type HelpInfo = {
  addonName: string;
  version: string;
  spreadsheetName: string;
  timeZone: string;
  user: string;
};

declare const ADDON_VERSION: string;

export function showHelp(): void {
  showSidebar('help', RU.help.title);
}

/** What the help page shows: which book the add-on works on, and its version. */
export const getHelpInfo = defineEndpoint(z.object({}).strict(), () => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return success<HelpInfo>({
    addonName: RU.addonName,
    version: ADDON_VERSION,
    spreadsheetName: spreadsheet.getName(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    user: Session.getActiveUser().getEmail(),
  });
});
