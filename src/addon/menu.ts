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
        .createMenu(RU.documentsPage.menu)
        .addItem(RU.documentsPage.menuOpen, 'showDocuments')
        .addItem(RU.documentsPage.menuContinue, 'continueDocumentsFromMenu'),
    )
    .addSubMenu(
      SpreadsheetApp.getUi()
        .createMenu(RU.formsPage.menu)
        .addItem(RU.formsPage.menuCreate, 'createForms')
        .addItem(RU.formsPage.menuLinks, 'showFormLinks')
        .addItem(RU.formsProcess.menu, 'processFormResponses'),
    )
    .addSubMenu(
      SpreadsheetApp.getUi()
        .createMenu(RU.rhythm.menu)
        .addItem(RU.rhythm.menuOn, 'enableReminders')
        .addItem(RU.rhythm.menuOff, 'disableReminders')
        .addItem(RU.rhythm.menuRun, 'runTickNow'),
    )
    .addSubMenu(
      SpreadsheetApp.getUi()
        .createMenu(RU.overview.menu)
        .addItem(RU.overview.menuRebuild, 'rebuildDashboardFromMenu')
        .addItem(RU.overview.menuCloseYear, 'closeSchoolYear')
        .addItem(RU.overview.menuYearDecisions, 'showYearClose')
        .addItem(RU.overview.menuRetention, 'showRetention')
        .addSeparator()
        .addItem(RU.overview.menuShareSummary, 'shareRegionalSummary')
        .addItem(RU.overview.menuGatherSummaries, 'gatherRegionalSummaries'),
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
