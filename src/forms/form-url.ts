/** Matching a sheet's form URL (`Sheet.getFormUrl()`, whose exact shape Google leaves open) to a form. */
import type { StoredForm } from './definitions';

/** Whether a sheet's form URL names this form (its file id, or the id of its responder URL). */
export function namesForm(formUrl: string | null, stored: StoredForm): boolean {
  if (!formUrl) return false;
  if (formUrl.includes(`/d/${stored.formId}/`) || formUrl.endsWith(`/d/${stored.formId}`)) return true;
  const published = /\/forms\/d\/e\/([^/?#]+)/.exec(stored.url)?.[1];
  return published !== undefined && formUrl.includes(`/d/e/${published}/`);
}
