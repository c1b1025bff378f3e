/**
 * DriveApp: reference/drive/drive-app, folder, file, access, permission, user;
 * guides/services/quotas (documents created a day). Errors as Apps Script words them where known.
 */
import vm from 'node:vm';
import { Emulator } from '../../emulator/core/emulator';
import type { WorkspaceOptions } from '../../emulator/core/state';
import { createDocumentApp } from '../../emulator/docs';
import { createDriveApp, listDriveFiles, pdfText, setExternalSharingRestricted } from '../../emulator/drive';

const DRIVE = 'https://www.googleapis.com/auth/drive';
const READONLY = 'https://www.googleapis.com/auth/drive.readonly';
const NO_ITEM = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

// The owner's domain decides who is "outside" it: the cases name their users in school.example.
function setup(options: WorkspaceOptions = {}) {
  const emulator = new Emulator({ user: 'deputy@school.example', ...options });
  const DriveApp = createDriveApp(emulator);
  const DocumentApp = createDocumentApp(emulator);
  const run = <T>(fn: () => T, user?: string) => emulator.run({ authMode: 'FULL', ...(user ? { user } : {}) }, fn);
  return { emulator, DriveApp, DocumentApp, run };
}

function names(it: GoogleAppsScript.Drive.FolderIterator | GoogleAppsScript.Drive.FileIterator): string[] {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
}

describe('folders and files', () => {
  // reference/drive/folder#createfoldername, #getfoldersbynamename, #getparents
  test('a folder tree under the root, found by name, with parents and URLs', () => {
    const { emulator, DriveApp, run } = setup();
    const ids = run(() => {
      const school = DriveApp.createFolder('Школа');
      const teacher = school.createFolder('Иванов И. И.');
      school.createFolder('Сообщества');
      expect(names(school.getFolders())).toEqual(['Иванов И. И.', 'Сообщества']);
      expect(names(school.getFoldersByName('Сообщества'))).toEqual(['Сообщества']);
      expect(teacher.getParents().next().getId()).toBe(school.getId());
      expect(school.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
      expect(teacher.getUrl()).toBe(`https://drive.google.com/drive/folders/${teacher.getId()}`);
      const file = teacher.createFile('заметка.txt', 'текст');
      expect(names(teacher.getFilesByName('заметка.txt'))).toEqual(['заметка.txt']);
      expect(names(teacher.getFilesByType('text/plain'))).toEqual(['заметка.txt']);
      return { teacher: teacher.getId(), file: file.getId() };
    });
    expect(run(() => DriveApp.getFolderById(ids.teacher).getName())).toBe('Иванов И. И.');
    expect(listDriveFiles(emulator)).toEqual([expect.objectContaining({ id: ids.file, name: 'заметка.txt', path: 'My Drive/Школа/Иванов И. И.' })]);
  });

  // reference/drive/file-iterator#next: past the end it throws.
  test('an iterator past its end throws', () => {
    const { DriveApp, run } = setup();
    run(() => {
      const it = DriveApp.createFolder('Пусто').getFiles();
      expect(it.hasNext()).toBe(false);
      expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
    });
  });

  // Observed wording (github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112).
  test('unknown ids, and a folder id asked for as a file, are "No item with the given ID"', () => {
    const { DriveApp, DocumentApp, run } = setup();
    run(() => {
      const folder = DriveApp.createFolder('Папка');
      expect(() => DriveApp.getFileById('nope')).toThrow(NO_ITEM);
      expect(() => DriveApp.getFolderById('nope')).toThrow(NO_ITEM);
      expect(() => DriveApp.getFileById(folder.getId())).toThrow(NO_ITEM);
      expect(() => DocumentApp.openById('nope')).toThrow("Document nope is missing (perhaps it was deleted, or you don't have read access?)");
    });
  });

  test('a signature mismatch is refused as Apps Script words it', () => {
    const { DriveApp, run } = setup();
    expect(() => run(() => DriveApp.createFolder(5 as unknown as string))).toThrow(
      "The parameters (number) don't match the method signature for DriveApp.createFolder.",
    );
  });

  // reference/drive/file#getdatecreated: Dates, here of the add-on's realm on the emulator's clock.
  test('dates are add-on realm Dates on the simulated clock; setName updates getLastUpdated', () => {
    const { emulator, DriveApp, run } = setup({ clock: '2026-09-01T06:00:00Z' });
    emulator.realm = vm.runInContext('({ Date, Error, Array, Object, Function })', vm.createContext({}));
    const id = run(() => DriveApp.createFile('a.txt', 'x').getId());
    emulator.advance(60_000);
    run(() => {
      const file = DriveApp.getFileById(id);
      file.setName('b.txt');
      expect(file.getDateCreated()).toBeInstanceOf(emulator.realm.Date);
      expect(file.getDateCreated().toISOString()).toBe('2026-09-01T06:00:00.000Z');
      expect(file.getLastUpdated().toISOString()).toBe('2026-09-01T06:01:00.000Z');
      expect(file.getOwner().getEmail()).toBe('deputy@school.example');
    });
  });

  // reference/drive/folder#createfileblob, reference/base/blob
  test('createFile(blob) keeps bytes, name and type; getBlob reads them back', () => {
    const { DriveApp, run } = setup();
    run(() => {
      const source = DriveApp.createFile('исходник.txt', 'Привет');
      const blob = source.getBlob();
      blob.setName('копия.txt');
      const copy = DriveApp.getRootFolder().createFile(blob);
      expect(copy.getName()).toBe('копия.txt');
      expect(copy.getMimeType()).toBe('text/plain');
      expect(copy.getBlob().getDataAsString()).toBe('Привет');
      expect(copy.getBlob().getBytes()[0]).toBe(-48); // 0xD0 as a signed Java byte
    });
  });

  // reference/drive/file#movetodestination, #settrashedtrashed
  test('moveTo, trash, and trashed items leave the iterators', () => {
    const { DriveApp, run } = setup();
    run(() => {
      const a = DriveApp.createFolder('A');
      const b = DriveApp.createFolder('B');
      const file = a.createFile('f.txt', '1');
      file.moveTo(b);
      expect(names(a.getFiles())).toEqual([]);
      expect(names(b.getFiles())).toEqual(['f.txt']);
      file.setTrashed(true);
      expect(file.isTrashed()).toBe(true);
      expect(names(b.getFiles())).toEqual([]);
      expect(names(DriveApp.getTrashedFiles())).toEqual(['f.txt']);
      b.setTrashed(true);
      const other = DriveApp.createFolder('C').createFile('g.txt', '2');
      other.moveTo(b);
      expect(other.isTrashed()).toBe(true); // inside a trashed folder
    });
  });
});

describe('makeCopy and exports', () => {
  // reference/drive/file#makecopyname,-destination: copying a Google Doc copies its content.
  test('makeCopy of a Doc copies the saved document into the folder', () => {
    const { DriveApp, DocumentApp, run } = setup();
    run(() => {
      const doc = DocumentApp.create('Шаблон');
      doc.getBody().appendParagraph('Привет, {{Имя}}');
      const id = doc.getId();
      doc.saveAndClose();
      const folder = DriveApp.createFolder('Выход');
      const copy = DriveApp.getFileById(id).makeCopy('Паспорт', folder);
      expect(copy.getMimeType()).toBe('application/vnd.google-apps.document');
      expect(copy.getParents().next().getName()).toBe('Выход');
      expect(DocumentApp.openById(copy.getId()).getBody().getText()).toBe('\nПривет, {{Имя}}');
      // gas-fakes test/testdrive.js (live Apps Script): a copy without a name keeps the name.
      expect(DriveApp.getFileById(id).makeCopy().getName()).toBe('Шаблон');
    });
  });

  // reference/drive/file#getascontenttype: PDF, and the name's last extension replaced.
  test('getAs PDF names the blob after the file with .pdf', () => {
    const { DriveApp, DocumentApp, run } = setup();
    run(() => {
      const doc = DocumentApp.create('Протокол.2026.09');
      doc.getBody().appendParagraph('Заседание');
      const id = doc.getId();
      doc.saveAndClose();
      const pdf = DriveApp.getFileById(id).getAs('application/pdf');
      expect(pdf.getName()).toBe('Протокол.2026.pdf');
      expect(pdf.getContentType()).toBe('application/pdf');
      expect(pdfText(pdf.getBytes())).toBe('\nЗаседание');
      expect(() => DriveApp.getFileById(id).getAs('image/png')).toThrow('is not supported');
    });
  });

  // guides/services/quotas: documents created a day, consumer 250 / Workspace 1,500.
  test('the daily quota of documents created: create and makeCopy count, the 251st fails (consumer)', () => {
    const { emulator, DriveApp, DocumentApp, run } = setup({ accountType: 'consumer' });
    const id = run(() => DocumentApp.create('Шаблон').getId());
    emulator.setQuotaUsed('documents created', 249);
    run(() => DriveApp.getFileById(id).makeCopy('ok'));
    expect(() => run(() => DriveApp.getFileById(id).makeCopy('too many'))).toThrow('Service invoked too many times for one day: documents created.');
    expect(() => run(() => DocumentApp.create('too many'))).toThrow('Service invoked too many times for one day: documents created.');
    // A plain file copy does not count.
    run(() => DriveApp.createFile('a.txt', 'x').makeCopy());
    // The quota resets the next (UTC) day.
    emulator.advance(24 * 3600 * 1000);
    run(() => DocumentApp.create('next day'));
  });
});

describe('sharing', () => {
  // reference/drive/access, reference/drive/permission; files start private.
  test('setSharing with the enums, read back; private files report NONE', () => {
    const { DriveApp, run } = setup();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
      expect(file.getSharingPermission()).toBe(DriveApp.Permission.NONE);
      file.setSharing(DriveApp.Access.DOMAIN_WITH_LINK, DriveApp.Permission.VIEW);
      expect(file.getSharingAccess()).toBe('DOMAIN_WITH_LINK');
      expect(file.getSharingPermission()).toBe('VIEW');
      // reference/drive/permission: OWNER "can be returned, but passing it to setSharing throws".
      expect(() => file.setSharing(DriveApp.Access.ANYONE, DriveApp.Permission.OWNER)).toThrow();
    });
  });

  // reference/drive/access: "Domain administrators can prohibit this setting ... throws an exception".
  test("the domain admin's policy: link sharing and outside people fail with Access denied", () => {
    const { emulator, DriveApp, run } = setup();
    setExternalSharingRestricted(emulator, true);
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(() => file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW)).toThrow('Access denied: DriveApp.');
      expect(() => file.addViewer('someone@gmail.com')).toThrow('Access denied: DriveApp.');
      file.addViewer('teacher@school.example');
      file.setSharing(DriveApp.Access.DOMAIN, DriveApp.Permission.VIEW);
      expect(file.getViewers().map((u) => u.getEmail())).toEqual(['teacher@school.example']);
    });
  });

  // reference/drive/access: DOMAIN values exist only for Workspace accounts.
  test('a consumer account cannot share with a domain', () => {
    const { DriveApp, run } = setup({ accountType: 'consumer', user: 'someone@gmail.com' });
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(() => file.setSharing(DriveApp.Access.DOMAIN, DriveApp.Permission.VIEW)).toThrow('Access denied: DriveApp.');
    });
  });

  // reference/drive/file#addeditoremailaddress, #addvieweremailaddress, #getviewers
  test('viewers and editors decide who may see a file', () => {
    const { DriveApp, run } = setup();
    const id = run(() => DriveApp.createFile('a.txt', 'x').getId());
    expect(() => run(() => DriveApp.getFileById(id), 'teacher@school.example')).toThrow(NO_ITEM);
    run(() => {
      const file = DriveApp.getFileById(id);
      file.addViewer('teacher@school.example');
      file.addEditors(['head@school.example']);
      file.addViewer('head@school.example'); // no effect on an editor
      expect(file.getEditors().map((u) => u.getEmail())).toEqual(['head@school.example']);
      expect(file.getViewers().map((u) => u.getEmail())).toEqual(['teacher@school.example']);
      expect(() => file.addViewer('not an email')).toThrow('Invalid email: not an email');
    });
    expect(run(() => DriveApp.getFileById(id).getName(), 'teacher@school.example')).toBe('a.txt');
    // A viewer may not change it, nor trash it.
    expect(() => run(() => DriveApp.getFileById(id).setName('b'), 'teacher@school.example')).toThrow('Access denied: DriveApp.');
    run(() => DriveApp.getFileById(id).removeViewer('teacher@school.example'));
    expect(() => run(() => DriveApp.getFileById(id), 'teacher@school.example')).toThrow(NO_ITEM);
  });
});

describe('authorization', () => {
  // docs/platform.md: makeCopy and setSharing list only the full drive scope; getters accept drive.readonly.
  test('drive.readonly reads but cannot copy or share', () => {
    const { emulator, DriveApp, run } = setup();
    const id = run(() => DriveApp.createFile('a.txt', 'x').getId());
    emulator.state.scopes = [READONLY];
    expect(run(() => DriveApp.getFileById(id).getName())).toBe('a.txt');
    expect(() => run(() => DriveApp.getFileById(id).makeCopy())).toThrow(
      `You do not have permission to call DriveApp.File.makeCopy. Required permissions: ${DRIVE}`,
    );
    expect(() => run(() => DriveApp.getFileById(id).setSharing(DriveApp.Access.ANYONE, DriveApp.Permission.VIEW))).toThrow(`Required permissions: ${DRIVE}`);
    emulator.state.scopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
    expect(() => run(() => DriveApp.getFileById(id))).toThrow(`Required permissions: ${READONLY} || ${DRIVE}`);
  });

  test('DriveApp needs FULL authorization', () => {
    const { emulator, DriveApp } = setup();
    expect(() => emulator.run({ authMode: 'LIMITED' }, () => DriveApp.getRootFolder())).toThrow('Authorization is required to perform that action.');
  });

  test('methods outside the emulated set say so', () => {
    const { DriveApp, run } = setup();
    expect(() => run(() => (DriveApp as unknown as { searchFiles(q: string): unknown }).searchFiles('x'))).toThrow('DriveApp.searchFiles is not emulated');
  });
});
