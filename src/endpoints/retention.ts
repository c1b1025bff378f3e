/**
 * «Сроки хранения документов»: documents of the register past «Хранить до», for the deputy to open,
 * keep longer, or mark «можно уничтожить». Decisions are written on the register row; no file is
 * ever trashed or deleted by the add-on.
 */
import { z } from 'zod';
import { formatRu } from '../domain/local-date';
import { DOCUMENT_KINDS } from '../domain/options';
import { keptUntil, MAX_EXTRA_YEARS, pastKeepUntil } from '../domain/retention';
import { typedNumber } from '../domain/sane-values';
import { withDocumentLock } from '../platform/lock';
import { showSidebar } from '../platform/ui';
import { defineEndpoint } from '../shared/endpoint';
import { adminEndpoint, readOnlyNote } from './access';
import { failure, success, type Result } from '../shared/result';
import { RU } from '../text/ru';
import { loadTab, updateRecords } from '../workbook/repo';
import { openWorkbook } from '../workbook/sheets';

const R = RU.overview.retention;

export function showRetention(): void {
  showSidebar('retention', R.title);
}

export type RetentionPage = {
  today: string;
  maxYears: number;
  documents: Array<{ id: string; kind: string; title: string; url: string; created: string; keepUntil: string; destroyable: boolean; decidedOn: string }>;
  /** Set when the caller is not an administrator: the page only shows. */
  readOnly: string | null;
};

export const getRetentionPage = defineEndpoint(z.object({}).strict(), (): Result<RetentionPage> => {
  const workbook = openWorkbook();
  const today = workbook.zone.dayOf(new Date());
  const entries = loadTab(workbook, 'documents').records.map((r) => r.value);
  return success({
    today,
    maxYears: MAX_EXTRA_YEARS,
    documents: pastKeepUntil(entries, today).map(({ entry, destroyable }) => ({
      id: entry.id,
      kind: DOCUMENT_KINDS.label(entry.kind),
      title: entry.title,
      url: entry.url,
      created: entry.created,
      keepUntil: entry.keepUntil,
      destroyable,
      decidedOn: entry.retentionDate ?? '',
    })),
    readOnly: readOnlyNote(workbook),
  });
});

const Decision = z.discriminatedUnion('decision', [
  z.object({ documentId: z.string().max(20), decision: z.literal('keep'), years: typedNumber(R.years(MAX_EXTRA_YEARS)).pipe(z.number().int(R.years(MAX_EXTRA_YEARS)).min(1, R.years(MAX_EXTRA_YEARS)).max(MAX_EXTRA_YEARS, R.years(MAX_EXTRA_YEARS))) }).strict(),
  z.object({ documentId: z.string().max(20), decision: z.literal('destroyable') }).strict(),
]);

export const decideRetention = adminEndpoint(Decision, (input): Result<{ message: string }> =>
  withDocumentLock(() => {
    const workbook = openWorkbook();
    const today = workbook.zone.dayOf(new Date());
    const tab = loadTab(workbook, 'documents');
    const found = tab.byId.get(input.documentId);
    if (!found) return failure('not-found', R.notFound);
    const title = found.value.title;
    if (input.decision === 'destroyable') {
      updateRecords(workbook, tab, [{ row: found.row, values: { retention: 'destroyable', retentionDate: today } }]);
      return success({ message: R.destroyable(title) });
    }
    const until = keptUntil(today, input.years);
    updateRecords(workbook, tab, [{ row: found.row, values: { retention: 'kept', retentionDate: today, keepUntil: until } }]);
    return success({ message: R.kept(title, formatRu(until)) });
  }),
);
