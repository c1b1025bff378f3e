/**
 * The placeholders of every document kind as one Markdown table: what the deputy may write in a
 * template (docs/placeholders.md is generated from this and checked by a test).
 */
import type { Dictionary, FieldSpec } from './dictionary';

const KIND_WORDS: Record<FieldSpec['kind'], string> = {
  text: 'текст',
  date: 'дата (дд.мм.гггг)',
  number: 'число',
  option: 'один вариант из списка',
  options: 'несколько вариантов из списка',
  collection: 'строка таблицы, повторяется',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function placeholderTable(dictionaries: readonly Dictionary[]): string {
  const lines = [
    '# Поля шаблонов документов',
    '',
    'Шаблоны лежат в папке «Шаблоны» на Google Диске школы; их можно править. Поле пишется в шаблоне как `{{Имя_поля}}`.',
    'Поле строки таблицы — `{{Коллекция.Поле}}` в одной строке таблицы: строка повторяется для каждого элемента.',
    'Отметка выбранного варианта — `{{?Поле=вариант}}`: ☑ для выбранного, ☐ для остальных, как в бумажной форме.',
    'Обязательные поля должны быть в шаблоне: без них документ не создаётся, а шаблон получает понятное сообщение.',
    'Пустое значение печатается одинаково: линией «________», чтобы дописать от руки.',
    'Варианты ниже даны словами Положения 002. Школа, выбравшая в «Настройках» Положение 001, получает его формулировки (например, «нуждается в дальнейшем полномасштабном сопровождении»); отметка `{{?Поле=вариант}}` понимает вариант в словах любого из двух Положений. У паспорта, карты и заключения для каждого Положения свой шаблон.',
    'Списки, которые положения оставляют открытыми («и др.», «и т. д.»), принимают свой вариант как «другое: <текст>»: так он хранится в ячейке таблицы и так печатается в документе.',
    'Гриф «УТВЕРЖДАЮ» (директор, дата документа) есть только в плане работы на месяц; его можно добавить в любой шаблон или убрать — документ создаётся и без него.',
    'Номера страниц Google Документы не дают вставить программно: один раз в каждом шаблоне выберите «Вставка → Номера страниц», и все документы из него будут с номерами.',
    '',
    '| документ | поле | что это | вид | обязательное |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const dictionary of dictionaries) {
    for (const field of dictionary.fields) {
      const other = field.open ? ' или «другое: <свой вариант>»' : '';
      const options = field.options?.length ? ` (${field.options.map((o) => `«${o}»`).join(', ')}${other})` : '';
      lines.push(`| ${cell(dictionary.title)} | \`{{${field.name}}}\` | ${cell(field.description)}${cell(options)} | ${KIND_WORDS[field.kind]} | ${field.required ? 'да' : 'нет'} |`);
      for (const item of field.fields ?? []) {
        lines.push(`| ${cell(dictionary.title)} | \`{{${field.name}.${item.name}}}\` | ${cell(item.description)} | ${KIND_WORDS[item.kind]}, в строке таблицы | ${item.required ? 'да' : 'нет'} |`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
