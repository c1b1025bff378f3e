/** Who may administer the workbook: the rule alone, without Google. */
import { administratorAddresses, parseAddressList, refusalFor, settingChanges } from '../../src/domain/roles';

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
