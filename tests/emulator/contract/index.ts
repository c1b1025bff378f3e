/** Every contract case, in the order they run. */
import type { Case } from './kit';
import sheetsA1 from './cases/sheets-a1';
import lock from './cases/services-lock';
import sheetsOps from './cases/sheets-ops';
import sheetsValues from './cases/sheets-values';
import utilities from './cases/services-utilities';
import docs from './cases/docs';
import forms from './cases/forms';
import properties, { caches } from './cases/services-properties';

export const CASES: readonly Case[] = [...sheetsA1, ...sheetsOps, ...sheetsValues, ...lock, ...properties, ...caches, ...utilities, ...docs, ...forms];
