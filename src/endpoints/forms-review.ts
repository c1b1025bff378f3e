/**
 * «Анкеты → Проверить ответы» (administrators only, src/index.ts): the answers waiting for the
 * deputy, ten at a time in a prompt; each decision is saved at once, then the list is shown again.
 */
import { decideReview, parseDecision, reviewItems } from '../forms/review';
import { activeEmail } from '../platform/identity';
import { RU } from '../text/ru';

const T = RU.formsReview;
const SHOWN = 10;

export function reviewFormResponses(): void {
  const ui = SpreadsheetApp.getUi();
  const by = activeEmail();
  let note = '';
  for (let round = 0; ; round++) {
    const items = reviewItems();
    if (items.length === 0) {
      ui.alert(T.title, [note, round ? T.allDone : T.none].filter(Boolean).join('\n'), ui.ButtonSet.OK);
      return;
    }
    const shown = items.slice(0, SHOWN);
    const lines = shown.map((it, i) => T.line(i + 1, RU.formsPage.kinds[it.kind], it.date, it.fullName, it.email, it.hint ? `${it.hint.fullName} (${it.hint.id})` : null));
    const answer = ui.prompt(T.title, [note, T.intro(items.length), ...lines, '', T.how].filter((l, i) => i > 0 || l).join('\n'), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const decision = parseDecision(answer.getResponseText(), shown);
    if ('error' in decision) {
      note = decision.error;
      continue;
    }
    const item = shown.find((it) => it.key === decision.key)!;
    const outcome = decideReview(decision, by);
    if (outcome === 'gone') note = T.gone;
    else if (outcome === 'noTeacher') note = T.noTeacher(decision.teacherId ?? '');
    else note = outcome === 'recorded' ? T.recorded(item.fullName, item.hint?.id === decision.teacherId ? item.hint.fullName : (decision.teacherId ?? '')) : T.rejected(item.fullName);
  }
}
