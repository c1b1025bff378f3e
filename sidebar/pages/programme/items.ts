/**
 * The plan's items, added, removed and reordered in place. The list is the model: before each
 * change what the deputy typed is read back from the page, then the list is drawn again with
 * names `items.<i>.<field>` that follow the order (so server errors land on the right item), and
 * focus goes back to the button the keyboard was on.
 */
import type { ResponseOf } from '../../lib/server';
import { byId, el } from '../../lib/dom';
import * as RU from '../../../src/text/ru';
import { field, select, textarea, textInput, valueOf, type Choice } from './fields';
import { attachOther, joinOther, otherTextOf, splitOther, withOther } from '../../lib/other';

export type Item = ResponseOf<'getProgrammePage'>['form']['items'][number];
type Focus = { index: number; control: 'up' | 'down' | 'remove' | 'content' };

const T = RU.programmePage;
const TEXTS = ['content', 'supportedActivity', 'supporterActivity', 'jointActivity'] as const;

export class ItemList {
  private items: Item[] = [];
  /** Saved items removed on the page since it was loaded or saved: the server deletes only these. */
  private removedIds: string[] = [];

  constructor(
    private readonly host: HTMLElement,
    private readonly checkpoints: readonly Choice[],
    private readonly announce: (text: string) => void,
    private readonly addButtonId: string,
  ) {}

  set(items: readonly Item[]): void {
    this.items = items.map((i) => ({ ...i }));
    this.removedIds = [];
    this.render();
  }

  removed(): string[] {
    return [...this.removedIds];
  }

  /** After a reload: saved items the deputy had removed stay removed. */
  keepRemoved(ids: readonly string[]): void {
    this.removedIds = [...ids];
  }

  /** The items as typed, in page order. */
  read(): Item[] {
    this.items = this.items.map((item, i) => {
      const checkpoint = joinOther(valueOf(this.host, `items.${i}.checkpoint`), otherTextOf(`i${i}-checkpoint-other`));
      const next = { ...item, deadline: valueOf(this.host, `items.${i}.deadline`), checkpoint };
      for (const key of TEXTS) next[key] = valueOf(this.host, `items.${i}.${key}`);
      return next;
    });
    return this.items.map((i) => ({ ...i }));
  }

  /** After a save, new items get the ids the server gave them (a second save updates them). */
  setIds(ids: readonly string[]): void {
    this.items = this.read().map((item, i) => ({ ...item, id: ids[i] ?? item.id }));
    this.removedIds = [];
  }

  add(): void {
    this.read();
    this.items.push({ id: null, content: '', deadline: '', supportedActivity: '', supporterActivity: '', jointActivity: '', checkpoint: '', statusLabel: '' });
    this.render({ index: this.items.length - 1, control: 'content' });
  }

  private move(index: number, delta: -1 | 1): void {
    const target = index + delta;
    if (target < 0 || target >= this.items.length) return;
    this.read();
    [this.items[index], this.items[target]] = [this.items[target]!, this.items[index]!];
    this.render({ index: target, control: delta < 0 ? 'up' : 'down' });
    this.announce(T.moved(target + 1));
  }

  private remove(index: number): void {
    this.read();
    const [gone] = this.items.splice(index, 1);
    if (gone?.id) this.removedIds.push(gone.id);
    this.render(this.items.length > 0 ? { index: Math.min(index, this.items.length - 1), control: 'remove' } : undefined);
    if (this.items.length === 0) byId(this.addButtonId).focus();
    this.announce(T.removed(index + 1));
  }

  private render(focus?: Focus): void {
    const last = this.items.length - 1;
    this.host.replaceChildren(
      ...(this.items.length === 0 ? [el('p', { className: 'muted' }, T.noItems)] : this.items.map((item, i) => this.itemView(item, i, last))),
    );
    if (!focus) return;
    const id = (control: Focus['control']) => `i${focus.index}-${control}`;
    let target = byId<HTMLButtonElement>(id(focus.control));
    // An item moved to an end: its button in that direction is now disabled, so take the other.
    if (target.disabled) target = byId<HTMLButtonElement>(id(focus.control === 'up' ? 'down' : 'up'));
    target.focus();
  }

  private itemView(item: Item, i: number, last: number): HTMLElement {
    const id = `i${i}`;
    const name = (key: string) => `items.${i}.${key}`;
    const n = i + 1;
    // 001 §4.1 / 002 §3.2 end «и др.»: «другое» reveals a field for the deputy's own checkpoint.
    const stored = splitOther(item.checkpoint);
    const checkpoint = select(`${id}-checkpoint`, name('checkpoint'), withOther(this.checkpoints), stored.choice, '—');
    const checkpointField = field(`${id}-checkpoint`, name('checkpoint'), T.checkpoint, checkpoint);
    attachOther(checkpoint, `${id}-checkpoint-other`, stored.text, T.checkpoint);
    return el(
      'fieldset',
      { className: 'row', id: `item-${i}` },
      el('legend', {}, item.statusLabel ? `${T.item(n)} · ${item.statusLabel}` : T.item(n)),
      field(`${id}-content`, name('content'), T.content, textarea(`${id}-content`, name('content'), item.content, true)),
      field(`${id}-deadline`, name('deadline'), T.deadline, textInput(`${id}-deadline`, name('deadline'), 'date', item.deadline)),
      field(`${id}-supportedActivity`, name('supportedActivity'), T.supported, textarea(`${id}-supportedActivity`, name('supportedActivity'), item.supportedActivity, true)),
      field(`${id}-supporterActivity`, name('supporterActivity'), T.supporter, textarea(`${id}-supporterActivity`, name('supporterActivity'), item.supporterActivity, true)),
      field(`${id}-jointActivity`, name('jointActivity'), T.joint, textarea(`${id}-jointActivity`, name('jointActivity'), item.jointActivity, true)),
      checkpointField,
      el(
        'div',
        { className: 'buttons' },
        el('button', { type: 'button', id: `${id}-up`, className: 'small', disabled: i === 0, 'aria-label': T.upLabel(n), onclick: () => this.move(i, -1) }, T.up),
        el('button', { type: 'button', id: `${id}-down`, className: 'small', disabled: i === last, 'aria-label': T.downLabel(n), onclick: () => this.move(i, 1) }, T.down),
        el('button', { type: 'button', id: `${id}-remove`, className: 'small', 'aria-label': T.removeLabel(n), onclick: () => this.remove(i) }, T.remove),
      ),
    );
  }
}
