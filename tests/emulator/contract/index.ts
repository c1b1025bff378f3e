/** Every contract case, in the order they run. */
import type { Case } from './kit';
import sheetsA1 from './cases/sheets-a1';
import lock from './cases/services-lock';
import sheetsOps from './cases/sheets-ops';
import sheetsValues from './cases/sheets-values';
import sheetsMetadata from './cases/sheets-metadata';
import utilities from './cases/services-utilities';
import docs from './cases/docs';
import forms from './cases/forms';
import drive from './cases/drive';
import session from './cases/services-session';
import tables from './cases/tables';
import properties, { caches } from './cases/services-properties';

export const CASES: readonly Case[] = [...sheetsA1, ...sheetsOps, ...sheetsValues, ...sheetsMetadata, ...lock, ...properties, ...caches, ...utilities, ...docs, ...forms, ...drive, ...session, ...tables];
