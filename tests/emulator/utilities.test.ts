/**
 * Utilities: reference/utilities/utilities. formatDate follows java.text.SimpleDateFormat in US
 * English (docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html).
 */
import vm from 'node:vm';
import { Emulator } from '../../emulator/core/emulator';
import { createUtilities, MAX_SLEEP_MS } from '../../emulator/services/utilities';

function setup() {
  const emulator = new Emulator({ clock: '2026-09-01T06:00:00Z' });
  const Utilities = createUtilities(emulator);
  const run = <T>(fn: () => T) => emulator.run({ authMode: 'FULL' }, fn);
  return { emulator, Utilities, run };
}

const at = (iso: string) => new Date(iso);

describe('Utilities.formatDate', () => {
  const { Utilities } = setup();
  const f = (iso: string, zone: string, pattern: string) => Utilities.formatDate(at(iso), zone, pattern);

  test('numeric fields in the given zone', () => {
    expect(f('2026-09-01T06:00:00.007Z', 'Europe/Moscow', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2026-09-01 09:00:00.007');
    expect(f('2026-09-01T06:05:03Z', 'Europe/Moscow', 'yy M d H m s')).toBe('26 9 1 9 5 3');
    expect(f('2026-12-31T21:30:00Z', 'Europe/Moscow', 'dd.MM.yyyy')).toBe('01.01.2027');
    expect(f('2026-09-01T06:00:00Z', 'UTC', 'D')).toBe('244');
  });

  test('English month and day names', () => {
    expect(f('2026-09-01T06:00:00Z', 'Europe/Moscow', 'EEE, d MMM yyyy')).toBe('Tue, 1 Sep 2026');
    expect(f('2026-09-01T06:00:00Z', 'Europe/Moscow', 'EEEE, MMMM d')).toBe('Tuesday, September 1');
  });

  test('12-hour clock and AM/PM', () => {
    expect(f('2026-09-01T06:00:00Z', 'Europe/Moscow', 'h:mm a')).toBe('9:00 AM');
    expect(f('2026-09-01T09:00:00Z', 'Europe/Moscow', 'hh:mm a')).toBe('12:00 PM');
    expect(f('2026-09-01T21:00:00Z', 'Europe/Moscow', 'h a, K, k')).toBe('12 AM, 0, 24');
  });

  test('zone letters: z, Z, X, XX, XXX', () => {
    expect(f('2026-09-01T06:00:00Z', 'Europe/Moscow', 'z Z X XX XXX')).toBe('MSK +0300 +03 +0300 +03:00');
    expect(f('2026-09-01T06:00:00Z', 'UTC', 'X XXX Z')).toBe('Z Z +0000');
    expect(f('2026-01-15T12:00:00Z', 'America/New_York', 'z Z')).toBe('EST -0500');
    expect(f('2026-09-01T06:00:00Z', 'Europe/Moscow', 'zzzz')).toBe('Moscow Standard Time');
  });

  test('daylight saving time is applied from the zone database', () => {
    // 2027-03-28: Europe/Berlin moves from CET (+1) to CEST (+2) at 01:00 UTC.
    expect(f('2027-03-28T00:30:00Z', 'Europe/Berlin', 'HH:mm z')).toBe('01:30 CET');
    expect(f('2027-03-28T01:30:00Z', 'Europe/Berlin', 'HH:mm z')).toBe('03:30 CEST');
  });

  test('custom GMT offsets; an unknown zone falls back to GMT as java.util.TimeZone does', () => {
    expect(f('2026-09-01T06:00:00Z', 'GMT+3', 'HH:mm')).toBe('09:00');
    expect(f('2026-09-01T06:00:00Z', 'GMT-05:30', 'HH:mm XXX')).toBe('00:30 -05:30');
    expect(f('2026-09-01T06:00:00Z', 'Nowhere/City', 'HH:mm z')).toBe('06:00 GMT');
  });

  test("quoted literals and '' for a quote", () => {
    expect(f('2026-09-01T06:00:00Z', 'Europe/Moscow', "'at' HH 'o''clock' ''")).toBe("at 09 o'clock '");
    expect(f('2026-09-01T06:00:00Z', 'Europe/Moscow', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2026-09-01T09:00:00');
  });

  test('an unknown pattern letter is refused', () => {
    expect(() => f('2026-09-01T06:00:00Z', 'UTC', 'yyyy q')).toThrow("Illegal pattern character 'q'");
  });

  test('a Date from another realm is accepted; a non-date does not match the signature', () => {
    const foreign = vm.runInNewContext('new Date("2026-09-01T06:00:00Z")') as Date;
    expect(Utilities.formatDate(foreign, 'UTC', 'HH')).toBe('06');
    expect(() => Utilities.formatDate('2026-09-01' as unknown as Date, 'UTC', 'HH')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('other Utilities', () => {
  // utilities#formatstringtemplate,-args
  test('formatString is sprintf-like', () => {
    const { Utilities } = setup();
    expect(Utilities.formatString('%s has %d rows (%.1f%%)', 'Sheet1', 12, 37.55)).toBe('Sheet1 has 12 rows (37.6%)');
    expect(Utilities.formatString('%05d|%-4s|%4s', 42, 'ab', 'cd')).toBe('00042|ab  |  cd');
  });

  // utilities#getuuid: a UUID string; here repeatable across runs.
  test('getUuid is v4-shaped, unique, and repeatable from the same state', () => {
    const a = setup();
    const b = setup();
    const ids = [a.Utilities.getUuid(), a.Utilities.getUuid()];
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(b.Utilities.getUuid()).toBe(ids[0]);
  });

  // utilities#sleepmilliseconds: "The maximum allowed value is 300000".
  test('sleep moves the emulator clock; more than 300000 ms is refused', () => {
    const { emulator, Utilities, run } = setup();
    const start = emulator.now();
    run(() => Utilities.sleep(1500));
    expect(emulator.now()).toBe(start + 1500);
    expect(() => run(() => Utilities.sleep(MAX_SLEEP_MS + 1))).toThrow('Argument too large');
  });

  test('sleeping past the six-minute limit ends the execution', () => {
    const { emulator, Utilities } = setup();
    expect(() =>
      emulator.run({ authMode: 'FULL' }, () => {
        Utilities.sleep(MAX_SLEEP_MS);
        Utilities.sleep(MAX_SLEEP_MS);
      }),
    ).toThrow('Exceeded maximum execution time');
  });

  // utilities#base64encodedata, #base64decodeencoded (returns Byte[])
  test('base64 of UTF-8 text; decoding gives signed bytes', () => {
    const { Utilities } = setup();
    expect(Utilities.base64Encode('Привет')).toBe('0J/RgNC40LLQtdGC');
    const bytes = Utilities.base64Decode('0J/RgNC40LLQtdGC');
    expect(bytes.slice(0, 2)).toEqual([-48, -97]);
    expect(Buffer.from(bytes.map((b) => b & 0xff)).toString('utf8')).toBe('Привет');
    expect(Utilities.base64EncodeWebSafe('??>')).toBe('Pz8-');
    expect(Utilities.base64Encode([72, 105])).toBe('SGk=');
  });

  // utilities#computedigestalgorithm,-value: Byte[] (Java's signed bytes).
  test('computeDigest returns signed bytes', () => {
    const { Utilities } = setup();
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc');
    expect(Buffer.from(md5.map((b) => b & 0xff)).toString('hex')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5[0]).toBe(-112);
    const sha = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(sha).toHaveLength(32);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_1, 'abc')).toHaveLength(20);
  });

  // utilities#parsecsvcsv
  test('parseCsv handles quotes, escaped quotes, embedded commas and newlines', () => {
    const { Utilities } = setup();
    expect(Utilities.parseCsv('a,b\n"c, d","say ""hi""\nthere"\r\ne,')).toEqual([
      ['a', 'b'],
      ['c, d', 'say "hi"\nthere'],
      ['e', ''],
    ]);
    expect(Utilities.parseCsv('a;b', ';')).toEqual([['a', 'b']]);
  });

  test('works in AuthMode.NONE; zip is not emulated', () => {
    const { emulator, Utilities } = setup();
    expect(emulator.run({ authMode: 'NONE' }, () => Utilities.formatString('%s', 'x'))).toBe('x');
    expect(() => Utilities.zip([])).toThrow('Utilities.zip is not emulated');
  });
});

describe('Utilities.newBlob', () => {
  test('wraps signed bytes (as base64Decode returns them) with the type and name given', () => {
    const { Utilities, run } = setup();
    const blob = run(() => Utilities.newBlob(Utilities.base64Decode(Buffer.from('Привет').toString('base64')), 'text/plain', 'a.txt'));
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['Привет', 'text/plain', 'a.txt']);
  });

  test('a string is UTF-8; no type or name given reads as null', () => {
    const { Utilities, run } = setup();
    const blob = run(() => Utilities.newBlob('ё'));
    expect([blob.getBytes(), blob.getContentType(), blob.getName()]).toEqual([[-47, -111], null, null]);
  });

  test('refuses what is no Byte[] or String, and a name without a type', () => {
    const { Utilities, run } = setup();
    expect(() => run(() => Utilities.newBlob([200] as never))).toThrow(/newBlob/);
    expect(() => run(() => Utilities.newBlob([1.5] as never))).toThrow(/newBlob/);
    expect(() => run(() => Utilities.newBlob(5 as never))).toThrow(/newBlob/);
    expect(() => run(() => (Utilities.newBlob as (...a: unknown[]) => unknown)('x', undefined, 'a.txt'))).toThrow(/newBlob/);
  });

  test('refuses a blob larger than 50 MB', () => {
    const { Utilities, run } = setup();
    expect(() => run(() => Utilities.newBlob('x'.repeat(50 * 1024 * 1024 + 1)))).toThrow('Blob is too large');
  });
});
