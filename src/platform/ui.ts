import { RU } from '../text/ru';

/** Sidebars are 300 px wide whatever we ask (guides/dialogs#custom_sidebars). */
export function showSidebar(page: string, title: string): void {
  const output = HtmlService.createHtmlOutputFromFile(page).setTitle(`${RU.addonName}: ${title}`);
  SpreadsheetApp.getUi().showSidebar(output);
}
