/** The card's attachments as plain rules: sides, surveys, Drive links, upload sizes. */
import { base64Bytes, driveIdOf, MAX_UPLOAD_BASE64, MAX_UPLOAD_BYTES, needsStage, needsSurveyor, uploadName } from '../../src/domain/attachments';
import { ATTACHMENT_KINDS } from '../../src/domain/options';
import { printedLink } from '../../src/documents/fields/attachments';

test('the three comparisons take a side, the survey its author, the reviews neither', () => {
  expect(ATTACHMENT_KINDS.keys.filter(needsStage)).toEqual(['pupilsWorks', 'tests', 'teacherMaterials']);
  expect(ATTACHMENT_KINDS.keys.filter(needsSurveyor)).toEqual(['studentSurvey']);
});

test('a Drive file is named by its link or id; a folder, a search or words are not', () => {
  const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
  expect(driveIdOf(`https://drive.google.com/file/d/${id}/view?usp=sharing`)).toBe(id);
  expect(driveIdOf(`https://docs.google.com/document/d/${id}/edit`)).toBe(id);
  expect(driveIdOf(`https://drive.google.com/open?id=${id}`)).toBe(id);
  expect(driveIdOf(`  ${id} `)).toBe(id);
  expect(driveIdOf(`https://drive.google.com/drive/folders/${id}`)).toBeNull();
  expect(driveIdOf('https://drive.google.com/drive/search?q=x')).toBeNull();
  expect(driveIdOf('отзыв родителей')).toBeNull();
});

test('base64 sizes: the limit in bytes is the limit of the text', () => {
  expect(base64Bytes(Buffer.from('abcd').toString('base64'))).toBe(4);
  expect(base64Bytes(Buffer.from('abcde').toString('base64'))).toBe(5);
  expect(base64Bytes(Buffer.alloc(MAX_UPLOAD_BYTES).toString('base64')).valueOf()).toBe(MAX_UPLOAD_BYTES);
  expect(Buffer.alloc(MAX_UPLOAD_BYTES).toString('base64').length).toBeLessThanOrEqual(MAX_UPLOAD_BASE64);
});

test('an uploaded file is named by its record first, its path separators dropped', () => {
  expect(uploadName('W00001', 'работы/до.pdf')).toBe('W00001 — работы до.pdf');
  expect(uploadName('W00001', '  ')).toBe('W00001 — файл');
});

test('a Drive link is printed in its short form; any other link as it is', () => {
  const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
  expect(printedLink(`https://drive.google.com/file/d/${id}/view?usp=drivesdk`)).toBe(`https://drive.google.com/open?id=${id}`);
  expect(printedLink(`https://docs.google.com/document/d/${id}/edit`)).toBe(`https://drive.google.com/open?id=${id}`);
  expect(printedLink('https://example.org/otzyv.pdf')).toBe('https://example.org/otzyv.pdf');
});
