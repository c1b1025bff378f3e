/**
 * Filling the copies of one template for a batch. The template is read once per execution. Its
 * repeating rows depend only on how many items a document has (docs-io.ts layOutRows), so once a
 * count comes round again the template is copied and laid out for that count once, into «Шаблоны»
 * under a service title, and each document with that count is a copy of that layout filled by one
 * Docs API call: no DocumentApp open and save per document. A template with no repeating rows is
 * copied and filled directly. The laid-out copies are trashed when the execution ends; one an
 * execution cut by the time limit (or failed) left is trashed by the next (`sweepPrepared`).
 */
import { RU } from '../text/ru';
import type { Dictionary, FieldValues } from './dictionary';
import { collectionItems } from './fill-values';
import { fillDocument, layOutRows, readLayout, sendValues, textShape, type RowTexts } from './docs-io';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

interface Source {
  file: File;
  texts: string[];
}

export class BatchFiller {
  private layout: { texts: string[]; rows: RowTexts[] } | null = null;
  private readonly prepared = new Map<string, Source>();
  /** Counts met once: the second document with a count gets it laid out. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly template: File,
    private readonly templateId: string,
    private readonly dictionary: Dictionary,
    /** Where laid-out copies go (the templates' folder), opened only when one is made. */
    private readonly workFolder: () => Folder,
    /** The execution has one document to make. */
    private readonly single = false,
  ) {}

  /** A filled copy of the template named `title` in `folder`, and its id. */
  fill(title: string, folder: Folder, values: FieldValues): { file: File; fileId: string } {
    // A batch of one is laid out on its own copy, as generateOne does: no read of the template's rows.
    if (this.single) return this.direct(title, folder, values);
    const layout = (this.layout ??= readLayout(this.templateId, this.dictionary));
    const copyTexts = { templateTexts: layout.texts, shape: textShape(layout.texts), rows: layout.rows };
    if (layout.rows.length === 0) return this.copyAndSend(this.template, title, folder, () => ({ ...copyTexts, texts: layout.texts }), values);
    const counts = new Map(layout.rows.map((r) => [r.collection.name, collectionItems(values[r.collection.name]).length]));
    const key = JSON.stringify([...counts].sort());
    let source = this.prepared.get(key);
    if (!source && !this.seen.has(key)) {
      // A count met for the first time: laid out on its own copy; the next with it gets a layout.
      this.seen.add(key);
      return this.direct(title, folder, values);
    }
    source ??= this.prepare(key, counts);
    return this.copyAndSend(source.file, title, folder, () => ({ ...copyTexts, texts: source.texts }), values);
  }

  private direct(title: string, folder: Folder, values: FieldValues): { file: File; fileId: string } {
    const file = this.template.makeCopy(title, folder);
    const fileId = file.getId();
    fillDocument(fileId, this.dictionary, values);
    return { file, fileId };
  }

  private copyAndSend(from: File, title: string, folder: Folder, texts: () => Parameters<typeof sendValues>[2], values: FieldValues): { file: File; fileId: string } {
    const file = from.makeCopy(title, folder);
    const fileId = file.getId();
    sendValues(fileId, this.dictionary, texts(), values);
    return { file, fileId };
  }

  private prepare(key: string, counts: ReadonlyMap<string, number>): Source {
    const file = this.template.makeCopy(RU.documentsIo.preparedTemplate, this.workFolder());
    const doc = DocumentApp.openById(file.getId());
    const laid = layOutRows(doc, this.dictionary, (name) => counts.get(name) ?? 0);
    doc.saveAndClose();
    const source = { file, texts: laid.texts };
    this.prepared.set(key, source);
    return source;
  }

  /**
   * Trashes this execution's laid-out copies. `quietly` (the run failed already): a copy that does
   * not go is left to the next run's sweep; otherwise its failure is thrown, before the job is saved.
   */
  dispose(quietly: boolean): void {
    for (const [key, { file }] of this.prepared) {
      try {
        file.setTrashed(true);
        this.prepared.delete(key);
      } catch (e) {
        if (!quietly) throw e;
        console.warn(e instanceof Error ? e.message : String(e));
      }
    }
  }
}

/** Trashes laid-out copies an execution cut by the time limit left in `folder`. */
export function sweepPrepared(folder: Folder): void {
  const found = folder.getFilesByName(RU.documentsIo.preparedTemplate);
  while (found.hasNext()) found.next().setTrashed(true);
}
