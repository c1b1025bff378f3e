/**
 * Whose answer it is: a questionnaire of teachers collects the respondent's address as Google
 * verifies it (the respondent signs in to a Google account: EmailCollectionType.VERIFIED), never
 * as typed (RESPONDER_INPUT), which anyone can fill with a colleague's address. @types lack
 * setEmailCollectionType / getEmailCollectionType / FormApp.EmailCollectionType; a runtime without
 * them only has setCollectEmail, which does not say which kind it turns on (docs/platform.md,
 * «Forms»): its addresses are not trusted.
 */
type Form = GoogleAppsScript.Forms.Form;
type WithTypes = Form & { setEmailCollectionType?: (type: unknown) => unknown; getEmailCollectionType?: () => unknown };

function collectionTypes(): Record<string, unknown> | null {
  return (FormApp as unknown as { EmailCollectionType?: Record<string, unknown> }).EmailCollectionType ?? null;
}

/** Verified addresses where the runtime can ask for them; else setCollectEmail. */
export function collectEmails(form: Form, collect: boolean): void {
  const types = collectionTypes();
  const typed = form as WithTypes;
  if (types && typeof typed.setEmailCollectionType === 'function') typed.setEmailCollectionType(collect ? types.VERIFIED : types.DO_NOT_COLLECT);
  else form.setCollectEmail(collect);
}

/** The form's addresses are verified by Google: only then may an address name the respondent. */
export function verifiesEmails(form: Form): boolean {
  const typed = form as WithTypes;
  if (typeof typed.getEmailCollectionType !== 'function') return false;
  return String(typed.getEmailCollectionType()) === 'VERIFIED';
}
