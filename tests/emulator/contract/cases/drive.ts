/** DriveApp: gas-fakes test/testdrive.js, testdrivenew.js (live Apps Script) and reference/drive. */
import { gasFakes, group, ref } from '../kit';

const SRC = 'test/testdrive.js';
const NEW = 'test/testdrivenew.js';
const TEXT = 'text/plain';

export default group('DriveApp', (c) => {
  c('the root folder is "My Drive"', gasFakes(SRC, 24), ['DriveApp.getRootFolder', 'Folder.toString'], (s, _x, t) => {
    t.is(String(s.DriveApp.getRootFolder()), 'My Drive');
  });
  c('getFolderById finds a new folder; an empty folder has size 0', gasFakes(SRC, 31), ['DriveApp.createFolder', 'DriveApp.getFolderById', 'Folder.getSize'], (s, x, t) => {
    const folder = x.folder.createFolder('contract sub');
    t.is(s.DriveApp.getFolderById(folder.getId()).getId(), folder.getId(), 'found');
    t.is(s.DriveApp.getFolderById(folder.getId()).getSize(), 0, 'size');
  });
  c('createFile(name, content, type) in a folder', gasFakes(SRC, 87), ['Folder.createFile', 'File.getBlob'], (_s, x, t) => {
    const file = x.folder.createFile('contract.txt', 'hello', TEXT);
    t.is(file.getParents().next().getId(), x.folder.getId(), 'parent');
    t.is([file.getMimeType(), file.getBlob().getDataAsString(), file.getName()], [TEXT, 'hello', 'contract.txt'], 'file');
  });
  c('getFileById gives the same bytes back', gasFakes(SRC, 93), ['DriveApp.getFileById', 'Blob.getBytes'], (s, x, t) => {
    const file = x.folder.createFile('bytes.txt', 'abc', TEXT);
    t.is(s.DriveApp.getFileById(file.getId()).getBlob().getBytes(), file.getBlob().getBytes());
  });
  c('makeCopy() keeps the name and the folder', gasFakes(SRC, 57), ['File.makeCopy'], (_s, x, t) => {
    const file = x.folder.createFile('original.txt', 'content', TEXT);
    const copy = file.makeCopy();
    t.is(copy.getName(), 'original.txt', 'name');
    t.true(copy.getId() !== file.getId(), 'a new file');
    t.is(copy.getBlob().getDataAsString(), 'content', 'content');
    t.is(copy.getParents().next().getId(), x.folder.getId(), 'beside the original');
  });
  c('makeCopy(name) renames the copy', gasFakes(SRC, 66), ['File.makeCopy'], (_s, x, t) => {
    const copy = x.folder.createFile('o.txt', 'c', TEXT).makeCopy('renamed.txt');
    t.is(copy.getName(), 'renamed.txt');
  });
  c('makeCopy(folder) keeps the name in the other folder', gasFakes(SRC, 74), ['File.makeCopy'], (_s, x, t) => {
    const other = x.folder.createFolder('other');
    const copy = x.folder.createFile('keep.txt', 'c', TEXT).makeCopy(other);
    t.is([copy.getName(), copy.getParents().next().getId()], ['keep.txt', other.getId()]);
  });
  c('makeCopy(name, folder)', gasFakes(SRC, 79), ['File.makeCopy'], (_s, x, t) => {
    const other = x.folder.createFolder('other2');
    const copy = x.folder.createFile('k.txt', 'c', TEXT).makeCopy('n.txt', other);
    t.is([copy.getName(), copy.getParents().next().getId()], ['n.txt', other.getId()]);
  });
  c('makeCopy(folder, name) is refused by signature', gasFakes(SRC, 147), ['File.makeCopy'], (_s, x, t) => {
    const file = x.folder.createFile('sig.txt', 'c', TEXT);
    t.throws(() => (file.makeCopy as unknown as (...a: unknown[]) => unknown)(x.folder, 'xx'), /The parameters \(DriveApp.Folder,String\) don't match/);
  });
  c('makeCopy(name, name) is refused by signature', gasFakes(SRC, 148), ['File.makeCopy'], (_s, x, t) => {
    const file = x.folder.createFile('sig2.txt', 'c', TEXT);
    t.throws(() => (file.makeCopy as unknown as (...a: unknown[]) => unknown)('yy', 'xx'), /The parameters \(String,String\) don't match/);
  });
  c('createFile() with nothing is refused by signature', gasFakes(SRC, 139), ['DriveApp.createFile'], (s, _x, t) => {
    t.throws(() => (s.DriveApp.createFile as unknown as () => unknown)(), /The parameters \(\) don't match/);
  });
  c('createFile(name) without content is refused by signature', gasFakes(SRC, 140), ['DriveApp.createFile'], (s, _x, t) => {
    t.throws(() => (s.DriveApp.createFile as unknown as (a: string) => unknown)(''), /The parameters \(String\)/);
  });
  c('a shortcut is named after its target and points at it', gasFakes(NEW, 31), ['Folder.createShortcut', 'File.getTargetId'], (_s, x, t) => {
    const target = x.folder.createFile('target-for-shortcut.txt', 'target content', TEXT);
    const shortcut = x.folder.createShortcut(target.getId());
    t.is([shortcut.getName(), shortcut.getMimeType(), shortcut.getTargetId()], ['target-for-shortcut.txt', 'application/vnd.google-apps.shortcut', target.getId()]);
  });
  c('a shortcut to a folder from DriveApp', gasFakes(NEW, 38), ['DriveApp.createShortcut'], (s, x, t) => {
    const folder = x.folder.createFolder('folder-for-shortcut');
    const shortcut = s.DriveApp.createShortcut(folder.getId());
    t.is([shortcut.getName(), shortcut.getTargetId()], ['folder-for-shortcut', folder.getId()]);
    shortcut.setTrashed(true);
  });
  c('getTargetId of an ordinary file is null', ref('drive/file#gettargetid'), 'File.getTargetId', (_s, x, t) => {
    t.is(x.folder.createFile('plain.txt', 'x', TEXT).getTargetId(), null);
  });
  c('an unknown id is refused', ref('drive/drive-app#getfilebyidid'), 'DriveApp.getFileById', (s, _x, t) => {
    t.throws(() => s.DriveApp.getFileById('1-no-such-file-id-anywhere-xxxxxx'));
  });
  c('DriveApp opens a spreadsheet as a file of the spreadsheet type', ref('drive/drive-app#getfilebyidid'), ['DriveApp.getFileById', 'File.getMimeType'], (s, x, t) => {
    const file = s.DriveApp.getFileById(x.spreadsheet.getId());
    t.is([file.getMimeType(), file.getName()], ['application/vnd.google-apps.spreadsheet', x.spreadsheet.getName()]);
  });
  c('DriveApp opens a document as a file of the document type', ref('drive/drive-app#getfilebyidid'), ['DriveApp.getFileById', 'File.getMimeType'], (s, x, t) => {
    t.is(s.DriveApp.getFileById(x.document().getId()).getMimeType(), 'application/vnd.google-apps.document');
  });
  c('setTrashed and isTrashed', ref('drive/file#settrashedtrashed'), ['File.setTrashed', 'File.isTrashed'], (_s, x, t) => {
    const file = x.folder.createFile('trash.txt', 'x', TEXT);
    file.setTrashed(true);
    t.is(file.isTrashed(), true);
  });
  c('getFilesByName finds by exact name', ref('drive/folder#getfilesbynamename'), 'Folder.getFilesByName', (_s, x, t) => {
    x.folder.createFile('findme.txt', 'x', TEXT);
    const found = x.folder.getFilesByName('findme.txt');
    t.is([found.hasNext(), found.next().getName()], [true, 'findme.txt']);
  });
  c('an exhausted iterator refuses next()', ref('drive/file-iterator#next'), 'FileIterator.next', (_s, x, t) => {
    const it = x.folder.getFilesByName('none-such-name.txt');
    t.is(it.hasNext(), false, 'empty');
    t.throws(() => it.next());
  });
  c('setName renames a file', ref('drive/file#setnamename'), 'File.setName', (_s, x, t) => {
    const file = x.folder.createFile('a.txt', 'x', TEXT);
    t.is(file.setName('b.txt').getName(), 'b.txt');
  });
  c('setDescription and getDescription', ref('drive/file#setdescriptiondescription'), ['File.setDescription', 'File.getDescription'], (_s, x, t) => {
    const file = x.folder.createFile('d.txt', 'x', TEXT);
    t.is(file.setDescription('about').getDescription(), 'about');
  });
  c('setContent replaces a text file\'s content', ref('drive/file#setcontentcontent'), 'File.setContent', (_s, x, t) => {
    const file = x.folder.createFile('c.txt', 'old', TEXT);
    file.setContent('new');
    t.is(file.getBlob().getDataAsString(), 'new');
  });
  c('a new file is private', ref('drive/file#getsharingaccess'), ['File.getSharingAccess', 'File.getSharingPermission'], (s, x, t) => {
    const file = x.folder.createFile('p.txt', 'x', TEXT);
    t.is([String(file.getSharingAccess()), String(file.getSharingPermission())], [String(s.DriveApp.Access.PRIVATE), String(s.DriveApp.Permission.NONE)]);
  });
  c('moveTo puts a file in another folder', ref('drive/file#movetodestination'), 'File.moveTo', (_s, x, t) => {
    const other = x.folder.createFolder('dest');
    const file = x.folder.createFile('m.txt', 'x', TEXT);
    file.moveTo(other);
    t.is(file.getParents().next().getId(), other.getId());
  });
  c('a Google Doc exports as PDF named .pdf', ref('drive/file#getascontenttype'), 'File.getAs', (s, x, t) => {
    const doc = x.document();
    const id = doc.getId();
    doc.saveAndClose();
    const blob = s.DriveApp.getFileById(id).getAs('application/pdf');
    t.is([blob.getContentType(), blob.getName()!.endsWith('.pdf')], ['application/pdf', true]);
  });
});
