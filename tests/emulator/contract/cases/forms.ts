/** FormApp: gas-fakes test/testform.js (live Apps Script), issuetracker 442747794 and reference/forms. */
import { gasFakes, group, ref, type Services } from '../kit';

const SRC = 'test/testform.js';

/** A form of its own for a case that counts items, trashed at once after. */
function withForm(s: Services, title: string, work: (form: GoogleAppsScript.Forms.Form) => void): void {
  const form = s.FormApp.create(title);
  try {
    work(form);
  } finally {
    s.DriveApp.getFileById(form.getId()).setTrashed(true);
  }
}

export default group('FormApp', (c) => {
  c('create(title) names the Drive file but leaves the form title empty', gasFakes(SRC, 70), ['FormApp.create', 'Form.getTitle'], (s, _x, t) => {
    withForm(s, 'contract form title', (form) => {
      t.is(s.DriveApp.getFileById(form.getId()).getName(), 'contract form title', 'file name');
      t.is(form.getTitle(), '', 'form title');
      t.is(s.FormApp.openById(form.getId()).getTitle(), '', 'reopened');
    });
  });
  c('setTitle changes the form title, not the file name', gasFakes(SRC, 101), ['Form.setTitle', 'Form.setDescription'], (s, _x, t) => {
    withForm(s, 'contract form rename', (form) => {
      form.setTitle('Анкета').setDescription('Описание');
      t.is(s.FormApp.openById(form.getId()).getTitle(), 'Анкета', 'title');
      t.is(s.DriveApp.getFileById(form.getId()).getName(), 'contract form rename', 'file name');
      t.is(form.getDescription(), 'Описание', 'description');
    });
  });
  c('String(form) is "Form"', gasFakes(SRC, 58), 'Form.toString', (_s, x, t) => {
    t.is(String(x.form), 'Form');
  });
  c('openById and openByUrl find the form', gasFakes(SRC, 78), ['FormApp.openById', 'FormApp.openByUrl'], (s, x, t) => {
    t.is(s.FormApp.openById(x.form.getId()).getId(), x.form.getId(), 'by id');
    t.is(s.FormApp.openByUrl(x.form.getEditUrl()).getId(), x.form.getId(), 'by edit URL');
  });
  c('the ItemType enum names its values', gasFakes(SRC, 106), 'FormApp.ItemType', (s, _x, t) => {
    t.is(String(s.FormApp.ItemType.CHECKBOX), 'CHECKBOX');
  });
  c('a new checkbox item has one empty choice', gasFakes(SRC, 220), ['Form.addCheckboxItem', 'CheckboxItem.getChoices'], (s, _x, t) => {
    withForm(s, 'contract checkbox', (form) => {
      const item = form.addCheckboxItem();
      t.is(String(item), 'CheckboxItem', 'class');
      t.is(item.getIndex(), 0, 'index');
      t.is(item.getChoices().map((ch) => ch.getValue()), [''], 'choices');
    });
  });
  c('a new multiple-choice item has one empty choice', gasFakes(SRC, 253), ['Form.addMultipleChoiceItem', 'MultipleChoiceItem.getChoices'], (s, _x, t) => {
    withForm(s, 'contract mc', (form) => {
      const item = form.addMultipleChoiceItem();
      t.is(String(item), 'MultipleChoiceItem', 'class');
      t.is(item.getChoices().map((ch) => ch.getValue()), [''], 'choices');
    });
  });
  c('setChoiceValues replaces the choices', gasFakes(SRC, 238), ['CheckboxItem.setChoiceValues'], (_s, x, t) => {
    const item = x.form.addCheckboxItem().setTitle('What are your favorite colors?').setChoiceValues(['Red', 'Green', 'Blue']);
    t.is(item.getTitle(), 'What are your favorite colors?', 'title');
    t.is(item.getChoices().map((ch) => ch.getValue()), ['Red', 'Green', 'Blue'], 'choices');
  });
  c('a grid item keeps rows and columns', gasFakes(SRC, 297), ['Form.addGridItem', 'GridItem.setRows', 'GridItem.setColumns'], (s, x, t) => {
    const item = x.form.addGridItem().setRows(['r1', 'r2']).setColumns(['c1', 'c2', 'c3']);
    t.is(String(item.getType()), String(s.FormApp.ItemType.GRID), 'type');
    t.is([item.getRows(), item.getColumns()], [['r1', 'r2'], ['c1', 'c2', 'c3']], 'rows and columns');
  });
  c('a section header starts with an empty title', gasFakes(SRC, 344), ['Form.addSectionHeaderItem'], (_s, x, t) => {
    const item = x.form.addSectionHeaderItem();
    t.is(item.getTitle(), '', 'empty');
    item.setTitle('New Section Title').setHelpText('Some help text');
    t.is([item.getTitle(), item.getHelpText()], ['New Section Title', 'Some help text'], 'set');
  });
  c('a scale item runs 1 to 5 by default; bounds and labels read back', gasFakes(SRC, 365), ['Form.addScaleItem', 'ScaleItem.setBounds', 'ScaleItem.setLabels'], (_s, x, t) => {
    const item = x.form.addScaleItem();
    t.is([item.getLowerBound(), item.getUpperBound()], [1, 5], 'default');
    item.setBounds(0, 10).setLabels('Bad', 'Good');
    t.is([item.getLowerBound(), item.getUpperBound(), item.getLeftLabel(), item.getRightLabel()], [0, 10, 'Bad', 'Good'], 'set');
  });
  c('moveItem moves an item and shifts the others', gasFakes(SRC, 396), ['Form.moveItem', 'Item.getIndex'], (s, _x, t) => {
    withForm(s, 'contract move', (form) => {
      const a = form.addCheckboxItem().setTitle('A');
      const b = form.addSectionHeaderItem().setTitle('B');
      const cItem = form.addScaleItem().setTitle('C');
      t.is([a.getIndex(), b.getIndex(), cItem.getIndex()], [0, 1, 2], 'before');
      form.moveItem(2, 0);
      t.is([cItem.getIndex(), a.getIndex(), b.getIndex()], [0, 1, 2], 'after');
    });
  });
  c('getItems lists items in order with their titles', gasFakes(SRC, 188), ['Form.getItems'], (s, _x, t) => {
    withForm(s, 'contract items', (form) => {
      form.addTextItem().setTitle('First Question');
      form.addTextItem().setTitle('Second Question');
      const items = form.getItems();
      t.is(items.map((i) => i.getTitle()), ['First Question', 'Second Question'], 'titles');
      t.is(String(items[0]), 'TextItem', 'class');
    });
  });
  c('getItemById finds an item; an unknown id gives null', gasFakes(SRC, 203), ['Form.getItemById'], (_s, x, t) => {
    const item = x.form.addTextItem().setTitle('Find me');
    t.is(x.form.getItemById(item.getId())!.getTitle(), 'Find me', 'found');
    t.is(x.form.getItemById(123), null, 'unknown');
  });
  c('item ids are numbers', gasFakes(SRC, 345), 'Item.getId', (_s, x, t) => {
    t.is(typeof x.form.addTextItem().getId(), 'number');
  });
  c('a text item is not required until set so', ref('forms/text-item#isrequired'), ['TextItem.isRequired', 'TextItem.setRequired'], (_s, x, t) => {
    const item = x.form.addTextItem();
    t.is(item.isRequired(), false, 'default');
    t.is(item.setRequired(true).isRequired(), true, 'set');
  });
  c('asTextItem of a generic item from getItems', ref('forms/item#astextitem'), ['Item.asTextItem'], (s, _x, t) => {
    withForm(s, 'contract as', (form) => {
      form.addTextItem().setTitle('q');
      t.is(form.getItems()[0]!.asTextItem().getTitle(), 'q');
    });
  });
  c('converting an item to the wrong type is refused', ref('forms/item#ascheckboxitem'), ['Item.asCheckboxItem'], (s, _x, t) => {
    withForm(s, 'contract wrong as', (form) => {
      form.addTextItem();
      t.throws(() => form.getItems()[0]!.asCheckboxItem(), /Invalid conversion for item type: TEXT/);
    });
  });
  c('a new form has no responses', ref('forms/form#getresponses'), 'Form.getResponses', (s, _x, t) => {
    withForm(s, 'contract responses', (form) => t.is(form.getResponses().length, 0));
  });
  c('collecting e-mails reads back', ref('forms/form#setcollectemailcollect'), ['Form.setCollectEmail', 'Form.collectsEmail'], (_s, x, t) => {
    x.form.setCollectEmail(true);
    t.is(x.form.collectsEmail(), true);
    x.form.setCollectEmail(false);
  });
  c('every new form supports publish settings', 'https://developers.google.com/workspace/forms/api/guides/publish-form ("All newly created forms now support publishing")', 'Form.supportsAdvancedResponderPermissions', (_s, x, t) => {
    t.is((x.form as unknown as { supportsAdvancedResponderPermissions(): boolean }).supportsAdvancedResponderPermissions(), true);
  });
  c('setPublished(true) publishes; isPublished reads it', 'https://developers.google.com/workspace/forms/api/guides/publish-form (Apps Script sample)', ['Form.setPublished', 'Form.isPublished'], (_s, x, t) => {
    const form = x.form as unknown as { setPublished(p: boolean): unknown; isPublished(): boolean };
    form.setPublished(true);
    t.is(form.isPublished(), true);
  });
  c('a form linked to a spreadsheet names it as destination', ref('forms/form#setdestinationtype,-id'), ['Form.setDestination', 'Form.getDestinationId'], (s, _x, t) => {
    withForm(s, 'contract destination', (form) => {
      const book = s.SpreadsheetApp.create('contract destination book');
      form.setDestination(s.FormApp.DestinationType.SPREADSHEET, book.getId());
      t.is(form.getDestinationId(), book.getId(), 'id');
      t.is(String(form.getDestinationType()), 'SPREADSHEET', 'type');
      form.removeDestination();
      s.DriveApp.getFileById(book.getId()).setTrashed(true);
    });
  });
  c('DriveApp opens a form as a file of the form type', ref('drive/drive-app#getfilebyidid'), ['DriveApp.getFileById', 'File.getMimeType'], (s, x, t) => {
    t.is(s.DriveApp.getFileById(x.form.getId()).getMimeType(), 'application/vnd.google-apps.form');
  });
});
