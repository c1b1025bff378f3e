/**
 * «Приложения к карте» on the programme's page (001 §6.3, 002 §5.2): the programme's attached
 * files listed with their links, a form adding one (uploaded from the computer into the teacher's
 * folder, or a Drive file by its link) and a button taking one off the card. Shown once the
 * programme is saved: its attachments hang on its id.
 */
import { newRequestKey } from '../../lib/request-key';
import { call, type ResponseOf } from '../../lib/server';
import { busy, el } from '../../lib/dom';
import { outcome, showFieldErrors } from '../../lib/form';
import { attachOther, joinOther, otherTextOf, withOther } from '../../lib/other';
import { ATTACHMENTS as A } from '../../../src/text/attachments';
import { field, select, textarea, textInput, valueOf } from './fields';

type Page = ResponseOf<'getAttachments'>;
type Item = Page['items'][number];

export class AttachmentsSection {
  private programmeId: string | null = null;
  private page: Page | null = null;
  /** Names the attachment being added: a retried add never makes a second row or file. */
  private requestKey = newRequestKey();

  constructor(private readonly host: HTMLElement) {}

  /** Shows the section for a saved programme (a new one has nothing to hang attachments on). */
  async open(programmeId: string | null): Promise<void> {
    if (programmeId === this.programmeId && this.page) return;
    this.programmeId = programmeId;
    this.page = null;
    this.host.hidden = false;
    if (!programmeId) {
      this.host.replaceChildren(el('h2', {}, A.heading), el('p', { className: 'help' }, A.saveFirst));
      return;
    }
    const result = await call('getAttachments', { programmeId });
    if (result.status === 'error') {
      this.host.replaceChildren(el('h2', {}, A.heading), el('p', { className: 'status error', role: 'alert' }, result.message));
      return;
    }
    this.page = result.response;
    this.render();
  }

  private render(): void {
    const page = this.page!;
    const list = page.items.length ? el('ul', { id: 'attachments-list' }, ...page.items.map((i) => this.itemView(i))) : el('p', { id: 'attachments-list', className: 'help' }, A.none);
    this.host.replaceChildren(el('h2', {}, A.heading), el('p', { className: 'help' }, A.intro), list, this.form(page));
    this.showFields();
  }

  private itemView(item: Item): HTMLElement {
    const detail = [item.stageLabel, item.surveyedByLabel ? `анкетирование проведено ${item.surveyedByLabel}` : '', item.date.split('-').reverse().join('.'), item.note].filter(Boolean).join('; ');
    const button = el('button', { type: 'button', id: `remove-${item.id}` }, A.remove);
    button.addEventListener('click', () => void busy(button, () => this.remove(item, button)));
    return el(
      'li',
      { 'data-id': item.id },
      el('div', {}, item.kindLabel),
      el('div', { className: 'help' }, detail),
      el('a', { href: item.fileUrl, target: '_blank', rel: 'noopener' }, item.fileName || A.open),
      el('div', { className: 'buttons' }, button),
    );
  }

  private form(page: Page): HTMLFormElement {
    const kind = select('a-kind', 'kind', page.kinds, '', A.choose);
    kind.addEventListener('change', () => this.showFields());
    const surveyors = select('a-surveyedBy', 'surveyedBy', withOther(page.surveyors), '', A.choose);
    const file = el('input', { type: 'file', id: 'a-file', name: 'file' });
    const upload = el('input', { type: 'radio', id: 'a-source-upload', name: 'sourceType', value: 'upload', checked: true });
    const link = el('input', { type: 'radio', id: 'a-source-link', name: 'sourceType', value: 'link' });
    for (const r of [upload, link]) r.addEventListener('change', () => this.showFields());
    const add = el('button', { type: 'submit', id: 'a-add', className: 'action' }, A.add);
    const form = el(
      'form',
      { id: 'attachment-form', novalidate: true },
      field('a-kind', 'kind', A.kind, kind),
      el('div', { id: 'a-stage-field' }, field('a-stage', 'stage', A.stage, select('a-stage', 'stage', page.stages, '', A.choose))),
      el('div', { id: 'a-surveyor-field' }, field('a-surveyedBy', 'surveyedBy', A.surveyedBy, surveyors)),
      field('a-date', 'date', A.date, textInput('a-date', 'date', 'date', page.today)),
      field('a-note', 'note', A.note, textarea('a-note', 'note', '', true)),
      el(
        'fieldset',
        {},
        el('legend', {}, A.source),
        el('div', { className: 'choice' }, upload, el('label', { htmlFor: 'a-source-upload', className: 'choice-label' }, A.upload)),
        el('div', { className: 'choice' }, link, el('label', { htmlFor: 'a-source-link', className: 'choice-label' }, A.link)),
      ),
      el('div', { id: 'a-file-field' }, field('a-file', 'file', A.file, file)),
      el('div', { id: 'a-link-field' }, field('a-link', 'link', A.link, textInput('a-link', 'link', 'text', ''))),
      el('div', { className: 'buttons' }, add),
    );
    // Its «другое» text field goes after the select, which must stand in the form first.
    attachOther(surveyors, 'a-surveyedBy-other', '', A.surveyedBy);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void busy(add, () => this.add(form, add));
    });
    return form;
  }

  /** Only the fields the chosen kind and source need. */
  private showFields(): void {
    const page = this.page;
    if (!page) return;
    const kind = valueOf(this.host, 'kind');
    const byLink = this.host.querySelector<HTMLInputElement>('#a-source-link')?.checked ?? false;
    const hide = (id: string, hidden: boolean) => {
      const e = this.host.querySelector<HTMLElement>(`#${id}`);
      if (e) e.hidden = hidden;
    };
    hide('a-stage-field', !page.withStage.includes(kind));
    hide('a-surveyor-field', !page.withSurveyor.includes(kind));
    hide('a-file-field', byLink);
    hide('a-link-field', !byLink);
  }

  private async source(form: HTMLFormElement): Promise<{ type: 'upload'; name: string; mimeType: string; base64: string } | { type: 'link'; link: string } | string> {
    if (form.querySelector<HTMLInputElement>('#a-source-link')!.checked) return { type: 'link', link: valueOf(form, 'link') };
    const file = form.querySelector<HTMLInputElement>('#a-file')!.files?.[0];
    if (!file) return A.pickFile;
    // Refused before it is read: a large file would be read, encoded and sent only to be refused.
    if (file.size > this.page!.maxBytes) return A.tooLarge(`${Math.round(this.page!.maxBytes / (1024 * 1024))} МБ`);
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    return { type: 'upload', name: file.name, mimeType: file.type, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
  }

  private async add(form: HTMLFormElement, button: HTMLButtonElement): Promise<void> {
    const page = this.page!;
    const kind = valueOf(form, 'kind');
    let source: Awaited<ReturnType<AttachmentsSection['source']>>;
    try {
      source = await this.source(form);
    } catch {
      source = A.badFile;
    }
    if (typeof source === 'string') {
      showFieldErrors(form, { file: source });
      return outcome(button, source, 'error', { markSaved: false });
    }
    outcome(button, A.adding, 'info');
    const result = await call('addAttachment', {
      programmeId: this.programmeId!,
      requestKey: this.requestKey,
      kind,
      stage: page.withStage.includes(kind) ? valueOf(form, 'stage') : '',
      surveyedBy: page.withSurveyor.includes(kind) ? joinOther(valueOf(form, 'surveyedBy'), otherTextOf('a-surveyedBy-other')) : '',
      date: valueOf(form, 'date'),
      note: valueOf(form, 'note'),
      source,
    });
    if (result.status === 'error') {
      showFieldErrors(form, result.fields ?? {});
      return outcome(button, result.message, 'error');
    }
    this.requestKey = newRequestKey();
    page.items = [...page.items.filter((i) => i.id !== result.response.item.id), result.response.item];
    this.render();
    const again = this.host.querySelector<HTMLButtonElement>('#a-add')!;
    outcome(again, A.added(result.response.item.fileName), 'ok', { markSaved: false });
  }

  private async remove(item: Item, button: HTMLButtonElement): Promise<void> {
    const result = await call('removeAttachment', { programmeId: this.programmeId!, attachmentId: item.id });
    if (result.status === 'error') return outcome(button, result.message, 'error');
    this.page!.items = this.page!.items.filter((i) => i.id !== item.id);
    this.render();
    outcome(this.host.querySelector<HTMLButtonElement>('#a-add')!, A.removed, 'ok', { markSaved: false });
  }
}
