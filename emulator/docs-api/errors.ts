/**
 * Errors of an advanced service: Apps Script turns the REST API's error response into an
 * exception named GoogleJsonResponseException whose message is "API call to <api>.<method> failed
 * with error: <the API's message>" and whose `details` carry the response's code and message
 * (observed, e.g. "API call to docs.documents.get failed with error: Requested entity was not
 * found."; the same shape for gmail/sheets calls in public reports). It is built in the add-on's
 * realm and is not a ServiceError, so Emulator.call passes it through with its own name.
 */
import type { Emulator } from '../core/emulator';

export const NOT_FOUND = 'Requested entity was not found.';
export const NO_PERMISSION = 'The caller does not have permission';

const REASONS: Record<number, string> = { 400: 'badRequest', 403: 'forbidden', 404: 'notFound' };

export function apiError(emulator: Emulator, method: string, code: number, message: string): never {
  const error = new emulator.realm.Error(`API call to docs.documents.${method} failed with error: ${message}`);
  error.name = 'GoogleJsonResponseException';
  Object.assign(error, { details: { code, message, errors: [{ message, domain: 'global', reason: REASONS[code] ?? 'unknown' }] } });
  throw error;
}
