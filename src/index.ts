/**
 * The add-on's whole surface: every function Apps Script may call (simple triggers, menu items,
 * sidebar endpoints, trigger handlers) is assigned to `global` here and nowhere else.
 * gas-webpack-plugin turns each assignment into a top-level `function name()` in dist/Code.js.
 */
import { onInstall, onOpen } from './addon/menu';
import { getHelpInfo, showHelp } from './endpoints/help';

declare const global: Record<string, unknown>;

/** Endpoints callable from the sidebars through google.script.run (typed for the client). */
export const endpoints = {
  getHelpInfo,
};
export type Endpoints = typeof endpoints;

// Simple triggers.
global.onOpen = onOpen;
global.onInstall = onInstall;
// Menu items.
global.showHelp = showHelp;
// Sidebar endpoints.
global.getHelpInfo = getHelpInfo;
