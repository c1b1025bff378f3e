import type { WorkspaceState } from '../core/state';
import type { ScriptProjectState } from './state';

export const DEFAULT_PROJECT: ScriptProjectState = {
  deployment: 'addon',
  name: 'Add-on',
  userLocales: {},
  // The language of NEUTRAL_LOCALE: a workspace profile sets its own.
  defaultLocale: 'en',
};

/** The project settings: what `state.extra.script` holds over the defaults (read only). */
export function scriptProject(state: WorkspaceState): ScriptProjectState {
  const existing = state.extra.script;
  return { ...DEFAULT_PROJECT, ...existing, userLocales: { ...existing?.userLocales } };
}

export function setScriptProject(state: WorkspaceState, changes: Partial<ScriptProjectState>): ScriptProjectState {
  const project = { ...scriptProject(state), ...changes };
  state.extra.script = project;
  return project;
}

export function isAddon(state: WorkspaceState): boolean {
  return scriptProject(state).deployment === 'addon';
}
