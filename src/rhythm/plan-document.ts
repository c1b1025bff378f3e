/** The monthly plan as a document, through the documents issue's generator (one record: the month). */
import { ensureTemplates, readTemplateShape } from '../documents/docs-io';
import { DICTIONARIES } from '../documents/fields';
import { Folders, generateOne } from '../documents/generate';
import { schoolFolder } from '../documents/generate-job';
import type { Book } from '../documents/generate-records';
import { checkTemplate } from '../documents/template-check';
import type { MonthKey } from './calendar';

/** The document's address; throws with the deputy's reason (no folder, a broken template). */
export function makePlanDocument(book: Book, month: MonthKey): string {
  const root = schoolFolder(book);
  if (typeof root === 'string') throw new Error(root);
  const templateId = ensureTemplates(root.getId(), ['monthlyPlan']).ids.monthlyPlan;
  const problems = checkTemplate(readTemplateShape(templateId), DICTIONARIES.monthlyPlan);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  return generateOne(book, new Folders(root), 'monthlyPlan', templateId, month).url;
}
