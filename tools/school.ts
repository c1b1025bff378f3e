/**
 * The school this project's tooling starts from: the deputy head signed in, one workbook named
 * as the add-on expects, Russian locale and Moscow time. The emulator itself knows none of this
 * (its defaults are neutral); the tests, the bench, `npm run emu` and `npm start` pass it in.
 */
import { newWorkspace, type Host, type WorkspaceProfile } from '@pds/emulator';

export const DEPUTY_EMAIL = 'deputy@school.example';

export const SCHOOL_PROFILE: WorkspaceProfile = {
  user: DEPUTY_EMAIL,
  workbookName: 'Сопровождение педагогов',
  // The add-on's menu is titled by the add-on's name (reference/base/ui#createaddonmenu).
  addonName: 'Сопровождение',
  locale: 'ru_RU',
  timeZone: 'Europe/Moscow',
};

/** A fresh workspace over the built add-on in `distDir`: the school's empty workbook. */
export function newSchoolWorkspace(distDir: string): Host {
  return newWorkspace(distDir, SCHOOL_PROFILE);
}
