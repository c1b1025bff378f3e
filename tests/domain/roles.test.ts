/** Who may administer the workbook: the rule alone, without Google. */
import { administratorAddresses, approvedFrom, handEdits, parseAddressList, refusalFor, sameSetting, settingChanges, withApproved } from '../../src/domain/roles';

const admins = { owner: 'Director@School.example', listed: 'zam2@school.example; zam3@school.example', deputyEmail: 'orlova@school.example' };

test('addresses are split by commas, semicolons, spaces and line breaks; the rest named', () => {
  expect(parseAddressList(' A@x.ru,b@x.ru;\nc@x.ru  a@X.ru ')).toEqual({ addresses: ['a@x.ru', 'b@x.ru', 'c@x.ru'], bad: [] });
  expect(parseAddressList('a@x.ru, Иванова, b@')).toEqual({ addresses: ['a@x.ru'], bad: ['Иванова', 'b@'] });
  expect(parseAddressList(null)).toEqual({ addresses: [], bad: [] });
});

test('the owner, the listed deputies and the deputy named in the settings administer; anyone else does not', () => {
  expect(administratorAddresses(admins)).toEqual(['director@school.example', 'zam2@school.example', 'zam3@school.example', 'orlova@school.example']);
  expect(refusalFor('director@school.example', admins)).toBeNull();
  expect(refusalFor(' ZAM3@school.example ', admins)).toBeNull();
  expect(refusalFor('orlova@school.example', admins)).toBeNull();
  expect(refusalFor('ivanova@school.example', admins)).toBe('not-administrator');
});

test('an address Google withholds is never an administrator, even with no one listed', () => {
  expect(refusalFor('', admins)).toBe('unknown-identity');
  expect(refusalFor('', { owner: null, listed: null, deputyEmail: null })).toBe('unknown-identity');
});

test('a book in a shared drive (no owner) has only the deputies it lists', () => {
  const shared = { owner: null, listed: null, deputyEmail: 'orlova@school.example' };
  expect(administratorAddresses(shared)).toEqual(['orlova@school.example']);
  expect(refusalFor('director@school.example', shared)).toBe('not-administrator');
});

test('a change is each setting whose shown value differs, before → after', () => {
  const before = [{ key: 'deputyEmail', label: 'Почта', value: 'a@x.ru' }, { key: 'schoolName', label: 'Школа', value: 'СОШ' }];
  const after = [{ key: 'deputyEmail', label: 'Почта', value: 'b@x.ru' }, { key: 'schoolName', label: 'Школа', value: 'СОШ' }, { key: 'holidays', label: 'Каникулы', value: '' }];
  expect(settingChanges(before, after)).toEqual([{ key: 'deputyEmail', label: 'Почта', before: 'a@x.ru', after: 'b@x.ru' }]);
});

describe('protected settings typed on the tab by hand', () => {
  const approved = { deputyEmail: 'deputy@school.example', administrators: 'a@s.ru, b@s.ru', driveFolder: 'FOLDER123456', regionalCentreEmail: null, regionalFolder: null };

  test('the same setting despite case, spaces, list order and a folder given by its link', () => {
    expect(sameSetting('deputyEmail', ' Deputy@School.example ', 'deputy@school.example')).toBe(true);
    expect(sameSetting('administrators', 'b@s.ru; a@s.ru', 'a@s.ru, b@s.ru')).toBe(true);
    expect(sameSetting('driveFolder', 'https://drive.google.com/drive/folders/FOLDER123456', 'FOLDER123456')).toBe(true);
    expect(sameSetting('regionalFolder', '', null)).toBe(true);
    expect(sameSetting('administrators', 'a@s.ru, b@s.ru, c@s.ru', 'a@s.ru, b@s.ru')).toBe(false);
  });

  test('an edit is what differs from the approved values; the approved values are obeyed', () => {
    const typed = { ...approved, deputyEmail: 'teacher@school.example', administrators: 'b@s.ru, a@s.ru' };
    expect(handEdits(typed, approved)).toEqual([{ key: 'deputyEmail', typed: 'teacher@school.example', approved: 'deputy@school.example' }]);
    expect(withApproved(typed, approved).deputyEmail).toBe('deputy@school.example');
    // A cleared approved value is obeyed as cleared.
    expect(withApproved({ ...approved, regionalCentreEmail: 'x@y.ru' }, approved).regionalCentreEmail).toBeNull();
  });

  test('a book with no approved record, or a key it never approved, obeys the tab', () => {
    expect(handEdits({ deputyEmail: 'teacher@school.example' }, null)).toEqual([]);
    expect(handEdits({ deputyEmail: 'teacher@school.example', driveFolder: 'F' }, { driveFolder: 'F' })).toEqual([]);
  });

  test('the record after a save holds every protected key, blanks as null', () => {
    expect(approvedFrom({ deputyEmail: ' d@s.ru ', driveFolder: '' })).toEqual({ deputyEmail: 'd@s.ru', administrators: null, regionalCentreEmail: null, driveFolder: null, regionalFolder: null });
  });
});
