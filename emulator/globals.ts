/**
 * The global objects an Apps Script project sees, built over one Emulator. `loadBundle` puts
 * exactly these (plus the standard JavaScript globals) into the bundle's context.
 */
import type { Emulator } from './core/emulator';
import { createSpreadsheetApp } from './spreadsheet';
import { createCharts } from './spreadsheet/charts';
import { createScriptApp } from './script';
import { createPropertiesService } from './services/properties';
import { createCacheService } from './services/cache';
import { createLockService } from './services/lock';
import { createSession } from './services/session';
import { createUtilities } from './services/utilities';
import { createHtmlService } from './services/html';
import { createLogger, createConsole } from './services/logger';
import { createDriveApp } from './drive';
import { createDocumentApp } from './docs';
import { createFormApp } from './forms';
import { createMailApp } from './mail';
import { createDocsAdvanced } from './docs-api';
import { createSheetsAdvanced } from './sheets-api';

export function createGlobals(emulator: Emulator): Record<string, unknown> {
  // Advanced services exist only when the manifest enables them (guides/services/advanced).
  const advanced = emulator.state.advancedServices ?? [];
  return {
    ...(advanced.includes('Docs') ? { Docs: createDocsAdvanced(emulator) } : {}),
    ...(advanced.includes('Sheets') ? { Sheets: createSheetsAdvanced(emulator) } : {}),
    SpreadsheetApp: createSpreadsheetApp(emulator),
    Charts: createCharts(emulator),
    ScriptApp: createScriptApp(emulator),
    PropertiesService: createPropertiesService(emulator),
    CacheService: createCacheService(emulator),
    LockService: createLockService(emulator),
    Session: createSession(emulator),
    Utilities: createUtilities(emulator),
    HtmlService: createHtmlService(emulator),
    Logger: createLogger(emulator),
    console: createConsole(emulator),
    DriveApp: createDriveApp(emulator),
    DocumentApp: createDocumentApp(emulator),
    FormApp: createFormApp(emulator),
    MailApp: createMailApp(emulator),
  };
}
