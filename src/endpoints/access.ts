/**
 * The one gate in front of everything that changes what is sent, to whom, or where documents go
 * (domain/roles.ts). A sidebar endpoint made with `adminEndpoint`, or a menu item registered
 * through `adminMenu` in src/index.ts, runs only for an administrator; anyone else gets the
 * Russian refusal (a 'forbidden' result, or an alert) and nothing is changed.
 */
import type { z } from 'zod';
import { defineEndpoint, errorMessage, type Endpoint } from '../shared/endpoint';
import { failure, type Result, type Wire } from '../shared/result';
import { accessOf, type Access } from '../workbook/admins';
import { openWorkbook, type Workbook } from '../workbook/sheets';
import { ROLES } from '../text/roles';
import { RU } from '../text/ru';

/** The caller's access, or the failure to tell them when even that cannot be read. */
function checkAccess(): Access | Result<never> {
  try {
    return accessOf(openWorkbook());
  } catch (error) {
    return failure('unexpected', `${RU.errors.unexpected} (${errorMessage(error)})`);
  }
}

/** For a page of administrators' decisions: null, or the note that the caller may only look. */
export function readOnlyNote(workbook: Workbook): string | null {
  return accessOf(workbook).refusal === null ? null : ROLES.readOnly;
}

/** A sidebar endpoint only administrators may call; the handler is told who they are. */
export function adminEndpoint<S extends z.ZodType, O>(schema: S, handler: (input: z.output<S>, access: Access) => Result<O & Wire<O>>): Endpoint<z.input<S>, O> {
  let current: Access | null = null;
  const inner = defineEndpoint<S, O>(schema, (input) => handler(input, current!));
  const gated = (input: unknown): Result<O> => {
    const access = checkAccess();
    if ('status' in access) return access;
    if (access.refusal) return failure('forbidden', access.refusal);
    current = access;
    return inner(input);
  };
  return gated as Endpoint<z.input<S>, O>;
}

/** A menu item only administrators may run: anyone else is told why in an alert. */
export function adminMenu<A extends unknown[]>(action: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    const access = checkAccess();
    const refusal = 'status' in access ? (access.status === 'error' ? access.message : null) : access.refusal;
    if (refusal) {
      SpreadsheetApp.getUi().alert(refusal);
      return;
    }
    action(...args);
  };
}
