/**
 * The add-on's whole surface: every function Apps Script may call (simple triggers, menu items,
 * sidebar endpoints, trigger handlers) is assigned to `global` here and nowhere else.
 * gas-webpack-plugin turns each assignment into a top-level `function name()` in dist/Code.js.
 */
import { onInstall, onOpen } from './addon/menu';
import { getHelpInfo, showHelp } from './endpoints/help';
import { goToCell, planDataCheck, runDataCheck, runDataCheckStep, runSetup, showDataCheck } from './endpoints/workbook';
import { applyTeacherImport, previewTeacherImport, showTeacherImport } from './endpoints/teacher-import';
import { getSettingsPage, saveSettings, showSettings } from './endpoints/settings';
import { getTeacherPage, saveTeacher, showTeacher } from './endpoints/teacher';
import { getProgrammePage, saveProgramme, showNewProgramme } from './endpoints/programme';
import { getCompletionPage, saveCompletion, showCompletion } from './endpoints/completion';
import { getEarlierSessions, getSessionsPage, recordSessionResult, scheduleSessions, showSessions } from './endpoints/sessions';
import { getProtocolMeeting, getProtocolPage, saveProtocol, showProtocol } from './endpoints/protocol';
import { continueDocuments, continueDocumentsFromMenu, getDocumentsPage, resumeDocumentJob, showDocuments, startDocuments } from './endpoints/documents';

import { createForms, showFormLinks } from './endpoints/forms';
import { onFormSubmitEvent, processFormResponses } from './endpoints/forms-process';
import { reviewFormResponses } from './endpoints/forms-review';
import { dailyTick, disableReminders, enableReminders, runTickNow } from './endpoints/rhythm';
import { finishDashboardRebuild, planDashboardRebuild, rebuildDashboardFromMenu, runDashboardRebuildStep } from './endpoints/overview';
import { rebuildDashboard } from './overview/dashboard-write';
import { closeSchoolYear, decideProgramme, getYearClosePage, showYearClose } from './endpoints/year-close';
import { decideRetention, getRetentionPage, showRetention } from './endpoints/retention';
import { gatherRegionalSummaries, shareRegionalSummary } from './endpoints/rollup';
// Menu items that change what is sent, to whom, or where: administrators only (domain/roles.ts).
import { adminMenu } from './endpoints/access';
import { fillCommunityPlans } from './endpoints/community-plans';
import { addAttachment, getAttachments, removeAttachment } from './endpoints/attachments';
import { agreeCoachingSchedule, getCoachingSchedule } from './endpoints/coaching-schedule';

declare const global: Record<string, unknown>;

/** Endpoints callable from the sidebars through google.script.run (typed for the client). */
export const endpoints = {
  getHelpInfo,
  runDataCheck,
  planDataCheck,
  runDataCheckStep,
  goToCell,
  previewTeacherImport,
  applyTeacherImport,
  getSettingsPage,
  saveSettings,
  getTeacherPage,
  saveTeacher,
  getCoachingSchedule,
  agreeCoachingSchedule,
  getProgrammePage,
  saveProgramme,
  getAttachments,
  addAttachment,
  removeAttachment,
  getCompletionPage,
  saveCompletion,
  getSessionsPage,
  getEarlierSessions,
  scheduleSessions,
  recordSessionResult,
  getProtocolPage,
  getProtocolMeeting,
  saveProtocol,
  getDocumentsPage,
  startDocuments,
  continueDocuments,
  getYearClosePage,
  decideProgramme,
  getRetentionPage,
  decideRetention,
  planDashboardRebuild,
  runDashboardRebuildStep,
  finishDashboardRebuild,
};
export type Endpoints = typeof endpoints;

// Simple triggers.
global.onOpen = onOpen;
global.onInstall = onInstall;
// Menu items.
global.runSetup = runSetup;
global.showDataCheck = showDataCheck;
global.showTeacherImport = showTeacherImport;
global.showTeacher = showTeacher;
global.showNewProgramme = showNewProgramme;
global.showSessions = showSessions;
global.showProtocol = showProtocol;
global.showCompletion = showCompletion;
global.showSettings = showSettings;
global.showHelp = showHelp;
// Sidebar endpoints.
global.getHelpInfo = getHelpInfo;
global.runDataCheck = runDataCheck;
global.planDataCheck = planDataCheck;
global.runDataCheckStep = runDataCheckStep;
global.goToCell = goToCell;
global.previewTeacherImport = previewTeacherImport;
global.applyTeacherImport = applyTeacherImport;
global.getSettingsPage = getSettingsPage;
global.saveSettings = saveSettings;
global.getTeacherPage = getTeacherPage;
global.saveTeacher = saveTeacher;
global.getCoachingSchedule = getCoachingSchedule;
global.agreeCoachingSchedule = agreeCoachingSchedule;
global.getProgrammePage = getProgrammePage;
global.saveProgramme = saveProgramme;
global.getAttachments = getAttachments;
global.addAttachment = addAttachment;
global.removeAttachment = removeAttachment;
global.getCompletionPage = getCompletionPage;
global.saveCompletion = saveCompletion;
global.getSessionsPage = getSessionsPage;
global.getEarlierSessions = getEarlierSessions;
global.scheduleSessions = scheduleSessions;
global.recordSessionResult = recordSessionResult;
global.getProtocolPage = getProtocolPage;
global.getProtocolMeeting = getProtocolMeeting;
global.saveProtocol = saveProtocol;
// Documents from templates.
global.showDocuments = showDocuments;
global.continueDocumentsFromMenu = continueDocumentsFromMenu;
global.resumeDocumentJob = resumeDocumentJob;
global.getDocumentsPage = getDocumentsPage;
global.startDocuments = startDocuments;
global.continueDocuments = continueDocuments;
// Questionnaires.
global.createForms = adminMenu(createForms);
global.showFormLinks = showFormLinks;
// Form responses.
global.onFormSubmitEvent = onFormSubmitEvent;
global.processFormResponses = processFormResponses;
global.reviewFormResponses = adminMenu(reviewFormResponses);
// The monthly rhythm: menu items and the one daily time-driven trigger.
global.enableReminders = adminMenu(enableReminders);
global.disableReminders = adminMenu(disableReminders);
global.runTickNow = adminMenu(runTickNow);
global.dailyTick = dailyTick;
// Overview, yearly work, retention, regional roll-up.
global.rebuildDashboardFromMenu = rebuildDashboardFromMenu;
/** Also called by the monthly rhythm's tick. */
global.rebuildDashboard = rebuildDashboard;
global.planDashboardRebuild = planDashboardRebuild;
global.runDashboardRebuildStep = runDashboardRebuildStep;
global.finishDashboardRebuild = finishDashboardRebuild;
global.closeSchoolYear = adminMenu(closeSchoolYear);
global.showYearClose = showYearClose;
global.getYearClosePage = getYearClosePage;
global.decideProgramme = decideProgramme;
global.showRetention = showRetention;
global.getRetentionPage = getRetentionPage;
global.decideRetention = decideRetention;
global.shareRegionalSummary = adminMenu(shareRegionalSummary);
global.gatherRegionalSummaries = adminMenu(gatherRegionalSummaries);
global.fillCommunityPlans = fillCommunityPlans;
