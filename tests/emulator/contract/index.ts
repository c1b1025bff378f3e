/** Every contract case, in the order they run. */
import type { Case } from './kit';
import sheetsA1 from './cases/sheets-a1';

export const CASES: readonly Case[] = [...sheetsA1];
