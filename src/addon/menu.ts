import { RU } from '../text/ru';

/**
 * Builds the add-on menu. Runs in every auth mode, including NONE (the add-on installed but not
 * yet used in this file), where touching the document or Properties would break the whole menu
 * (workspace/add-ons/concepts/editor-auth-lifecycle): so it only builds the menu.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(RU.menu.setup, 'runSetup')
    .addItem(RU.menu.dataCheck, 'showDataCheck')
    .addItem(RU.menu.importTeachers, 'showTeacherImport')
    .addSeparator()
    .addItem(RU.menu.teacher, 'showTeacher')
    .addItem(RU.menu.newProgramme, 'showNewProgramme')
    .addItem(RU.menu.sessions, 'showSessions')
    .addItem(RU.menu.protocol, 'showProtocol')
    .addItem(RU.menu.completion, 'showCompletion')
    .addSubMenu(
      SpreadsheetApp.getUi()
        .createMenu(RU.submenus.documents.title)
        .addItem(RU.submenus.documents.open, 'showDocuments')
        .addItem(RU.submenus.documents.continue, 'continueDocumentsFromMenu')
        .addItem(RU.submenus.documents.fillPlans, 'fillCommunityPlans'),
    )
    .addSubMenu(
      SpreadsheetApp.getUi()
        .createMenu(RU.submenus.forms.title)
        .addItem(RU.submenus.forms.create, 'createForms')
        .addItem(RU.submenus.forms.links, 'showFormLinks')
        .addItem(RU.submenus.forms.process, 'processFormResponses')
        .addItem(RU.submenus.forms.review, 'reviewFormResponses'),
    )
    .addSubMenu(
      SpreadsheetApp.getUi()
        .createMenu(RU.submenus.rhythm.title)
        .addItem(RU.submenus.rhythm.on, 'enableReminders')
        .addItem(RU.submenus.rhythm.off, 'disableReminders')
        .addItem(RU.submenus.rhythm.run, 'runTickNow'),
    )
    .addSubMenu(
      SpreadsheetApp.getUi()
        .createMenu(RU.submenus.overview.title)
        .addItem(RU.submenus.overview.rebuild, 'rebuildDashboardFromMenu')
        .addItem(RU.submenus.overview.closeYear, 'closeSchoolYear')
        .addItem(RU.submenus.overview.yearDecisions, 'showYearClose')
        .addItem(RU.submenus.overview.retention, 'showRetention')
        .addSeparator()
        .addItem(RU.submenus.overview.shareSummary, 'shareRegionalSummary')
        .addItem(RU.submenus.overview.gatherSummaries, 'gatherRegionalSummaries'),
    )
    .addSeparator()
    .addItem(RU.menu.settings, 'showSettings')
    .addItem(RU.menu.help, 'showHelp')
    .addToUi();
}

/** Installing from the Marketplace runs onInstall in FULL; the menu must appear at once. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
