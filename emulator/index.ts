/**
 * The emulator's public surface: everything a project's tests, benchmarks and tools may use. Code
 * outside emulator/ imports only from here (`@pds/emulator`); eslint refuses a deep import, so the
 * files behind this list can move without breaking anyone.
 */

// Core: the workspace state, executions, the clock, call counting, faults.
export { Emulator, ExecutionTimeout, EXECUTION_LIMIT_MS, SIMPLE_TRIGGER_LIMIT_MS } from './core/emulator';
export type { AuthMode, CallHook, CallInfo, CallPolicy, ExecutionKind, ExecutionOptions, LatencyModel } from './core/emulator';
export { APPS_SCRIPT_CPU_FACTOR, processCpu } from './core/cpu';
export type { CpuMeter } from './core/cpu';
export { createState, DEFAULT_USER } from './core/state';
export type { AccountType, ExtraState, LogEntry, UiEvent, WorkspaceOptions, WorkspaceState } from './core/state';
export { ServiceError, TIME_LIMIT_MESSAGE } from './core/errors';
export type { FaultSpec } from './core/faults';

// Running code: the services as globals (source-level tests) or a built bundle in a bare context.
export { createGlobals } from './globals';
export { loadBundle } from './bundle';
export type { LoadedBundle, LoadOptions } from './bundle';

// The host: what Google's servers do around a script (executions, menus, triggers, state files).
export { Host, describeError } from './host';
export type { ErrorInfo, ExecutionRecord, FiredTrigger, HostLoadOptions, Outcome, RunOptions } from './host';
export { readStateFile, writeStateFile } from './host/state-file';
export type { MenuItem } from './host/menu';
export { FormSubmitError, linkFormInEditor, submitFormResponse } from './host/forms';
export type { SubmitOptions } from './host/forms';
export { AddonDriver } from './host/driver';
export type { WireShape } from './host/driver';

// google.script.run: what crosses between a page and the server.
export { invokeFromPage, returnValue, toWire, toPrintable, IllegalValueError } from './bridge';
export type { InvokeOptions, Wire } from './bridge';

// A page server for the built HTML with a page-side google.script.run (browser tests, previews).
export { readBody, readBytes, send, startPreviewServer, withShim } from './preview/server';
export type { PreviewServer } from './preview/server';

// The command line and its workspace (a project passes its own profile).
export { main as cliMain, parseArgs, DEFAULT_STATE_FILE } from './cli';
export type { CliIo } from './cli';
export { asDeputy, tabOf, typeIntoCell } from './cli/sheets';
export { createWorkbook, newWorkspace, NEUTRAL_PROFILE, openWorkspace, parseTime, readManifest } from './cli/workspace';
export type { WorkspaceProfile } from './cli/workspace';

// SpreadsheetApp: host-side reads of the plain state, dialogs answered by the test.
export { createSpreadsheet, readSheet, selectRange } from './spreadsheet';
export type { SheetState, SpreadsheetState } from './spreadsheet/state';
export { getIn } from './spreadsheet/model';
export { isDateFormat } from './spreadsheet/numfmt';
export { sheetChartsSvg } from './spreadsheet/chart-render';
export { answerNextDialog } from './spreadsheet/ui';
export type { DialogAnswer } from './spreadsheet/ui';

// ScriptApp: the project's deployment and triggers.
export { setScriptProject } from './script';
export type { ScriptProjectState, TriggerState } from './script/state';

// Drive, Docs, Forms, Mail: host helpers over their state sections.
export { withholdIdentity } from './services/session';
export { DOC_MIME, hostCreateFolder, hostCreateShortcut, listDriveFiles, setExternalSharingRestricted } from './drive';
export { addItem, driveState, rootId } from './drive/state';
export type { DriveState } from './drive/state';
export { documentDocx, documentHtml, documentPdf, documentText, documentTree } from './docs';
export { treeDocx } from './docs/docx';
export { emptyTree, paragraphNode, tableNode } from './docs/model';
export type { DocsState, DocTree, TableNode } from './docs/model';
export { pageOf } from './docs/page';
export { findForm, formsState } from './forms';
export { LAYOUT_TYPES } from './forms/state';
export type { FormsState } from './forms/state';
export { dailyRecipientLimit, outbox } from './mail';
export type { SentMessage } from './mail';
export type { MailState } from './mail/state';

// Other services' host helpers.
export { formatDate } from './services/format-date';
export { lockHolders } from './services/lock';
export { localParts, localToUtc } from './services/time-zone';
