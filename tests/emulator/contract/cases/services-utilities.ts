/** Utilities: gas-fakes test/testutilities.js (live Apps Script) and reference/utilities/utilities. */
import { gasFakes, group, ref } from '../kit';

const SRC = 'test/testutilities.js';

/** Digests recorded in live Apps Script by gas-fakes (signed bytes), per input, charset and algorithm. */
const DIGESTS: Record<string, Record<'UTF_8' | 'US_ASCII', Record<string, number[]>>> = {
  'input to hash': {
    UTF_8: {
      MD5: [-16, -20, -112, 64, -50, -47, -118, 102, -113, 70, -112, 94, -34, -49, 117, -103],
      SHA_1: [-94, -96, 117, 87, 84, -100, -66, 98, -21, -116, 87, 55, 93, -82, -11, -73, 79, 108, -115, 95],
      SHA_256: [54, -72, -70, -64, 23, 78, -86, 57, -77, -65, 45, 3, -95, 47, -122, 55, -91, 107, -91, 39, -55, 20, -87, -65, -17, 29, 111, 118, -120, -69, 93, -93],
      SHA_384: [85, -35, -41, -89, -113, 43, 117, -109, -90, 112, 2, -70, -89, -43, 117, 61, 62, 85, 17, 49, 65, 43, -108, -78, -8, 16, -71, -12, 64, 98, 42, 54, -16, 30, 18, -112, 58, 110, -7, -35, 40, 7, 103, -95, 94, -51, 11, -69],
      SHA_512: [11, 81, 116, 39, -41, -64, -61, 121, 84, 87, 85, 121, 55, -13, 80, 101, -103, 52, -5, -73, 62, 107, -33, 43, 26, -15, -93, 113, -116, 78, -58, 93, -40, 70, 65, -82, 117, 116, 95, -14, -12, -13, 21, 1, 104, 91, -96, 100, 22, 81, -104, -72, 2, -103, -10, -25, -62, -98, -68, -12, 57, 127, 43, 121],
    },
    US_ASCII: {},
  },
  '€🙂': {
    UTF_8: {
      MD5: [-71, 89, 42, -99, 35, -63, -51, -82, 83, 46, 87, -53, -35, -67, 116, -6],
      SHA_1: [-19, -37, -55, -43, 37, 16, -31, 77, 89, 112, 42, 90, -115, 10, -113, -31, 50, -76, 60, -125],
      SHA_256: [-88, 113, -56, 11, 33, 65, -120, -22, 68, -108, -12, 96, 79, 31, 50, 2, 75, 2, -11, -5, 66, 40, -63, 3, -102, 83, 87, -120, 26, 19, -18, -69],
      SHA_384: [-91, -38, -80, -12, -109, -108, -82, -64, 44, -110, -48, -77, 104, -66, 52, -124, -67, 44, 8, -88, -68, 17, -61, 45, -115, 65, -61, -83, -7, 119, -28, -104, -55, 52, -45, 102, -22, -124, 77, 103, 37, 48, 31, -55, 74, -16, 119, -41],
      SHA_512: [63, -102, -12, -120, 79, 25, 110, 21, 45, 2, -63, -126, 1, -52, 94, 105, 99, -38, 30, 123, 88, 63, -2, -38, -45, 92, -95, 123, 3, -122, -83, -112, -45, -9, -112, 121, -77, 73, 69, 30, 55, 115, -13, -121, -94, -118, 77, 54, -50, 95, -31, -46, -99, 49, -90, 43, 103, 60, 24, 73, -116, 111, -5, 94],
    },
    US_ASCII: {
      MD5: [-22, 3, -4, -72, -60, 120, 34, -68, -25, 114, -49, 108, 7, -48, -21, -69],
      SHA_1: [22, -56, -8, -84, 123, 87, -67, 91, 88, -76, 19, 39, 34, -114, 63, -94, 18, 1, -37, 104],
      SHA_256: [-30, 112, -82, -77, 71, -14, 22, 85, 116, -61, -91, -59, -65, 17, -48, 56, -68, -45, -84, -43, -85, -3, -75, -82, -118, 27, 82, -39, 28, -72, 66, -16],
      SHA_384: [86, 65, 19, -74, -67, 66, 74, 18, -37, -117, 31, -124, 102, -72, 96, 118, 33, -111, 37, 59, -104, -30, 102, 9, -98, 85, 38, -103, -5, -122, -35, 2, 17, 79, -59, -80, -48, -51, -96, -100, 81, 113, 22, -33, 122, 28, 31, 64],
      SHA_512: [-70, -99, 100, -111, 115, -41, -1, -55, -41, 84, -62, -97, 80, -40, -12, 93, 54, 24, 60, 2, -24, 124, -37, -111, 93, 78, -70, -99, 57, 114, -75, -14, 88, -77, -23, 34, 74, 26, 90, 72, -125, 78, -119, -22, -79, 109, 21, -62, 121, 38, -27, 87, -106, -110, 28, -93, -49, -44, 58, 124, -65, 71, -83, 92],
    },
  },
};
// ASCII text digests the same in both charsets (the suite lists them twice).
DIGESTS['input to hash']!.US_ASCII = DIGESTS['input to hash']!.UTF_8;

type Algorithm = GoogleAppsScript.Utilities.DigestAlgorithm;
type Charset = GoogleAppsScript.Utilities.Charset;

export default group('Utilities', (c) => {
  for (const [input, byCharset] of Object.entries(DIGESTS)) {
    for (const [charset, byAlgorithm] of Object.entries(byCharset)) {
      for (const [algorithm, expected] of Object.entries(byAlgorithm)) {
        c(`computeDigest(${algorithm}, ${JSON.stringify(input)}, ${charset})`, gasFakes(SRC, 333), 'Utilities.computeDigest', (s, _x, t) => {
          const u = s.Utilities;
          t.is(u.computeDigest((u.DigestAlgorithm as unknown as Record<string, Algorithm>)[algorithm]!, input, (u.Charset as unknown as Record<string, Charset>)[charset]!), expected);
        });
      }
      if (charset === 'US_ASCII') {
        c(`computeDigest(SHA_256, ${JSON.stringify(input)}) without a charset reads the text as US-ASCII`, gasFakes(SRC, 340), 'Utilities.computeDigest', (s, _x, t) => {
          t.is(s.Utilities.computeDigest(s.Utilities.DigestAlgorithm.SHA_256, input), byAlgorithm['SHA_256']);
        });
      }
    }
  }
  c('computeDigest with too many arguments is refused', gasFakes(SRC, 370), 'Utilities.computeDigest', (s, _x, t) => {
    const u = s.Utilities;
    t.throws(() => (u.computeDigest as unknown as (...a: unknown[]) => unknown)(u.DigestAlgorithm.MD5, 'x', u.Charset.US_ASCII, 4), /The parameters \(.*\) don't match/);
  });
  c('computeDigest of a string alone is refused', gasFakes(SRC, 374), 'Utilities.computeDigest', (s, _x, t) => {
    t.throws(() => (s.Utilities.computeDigest as unknown as (...a: unknown[]) => unknown)('input to hash'), /The parameters \(.*\) don't match/);
  });
  c('computeDigest with a made-up charset is refused', gasFakes(SRC, 382), 'Utilities.computeDigest', (s, _x, t) => {
    t.throws(() => (s.Utilities.computeDigest as unknown as (...a: unknown[]) => unknown)(s.Utilities.DigestAlgorithm.MD5, 'x', 'fake'), /The parameters \(.*\) don't match/);
  });
  c('computeDigest with a made-up algorithm is refused', gasFakes(SRC, 386), 'Utilities.computeDigest', (s, _x, t) => {
    t.throws(() => (s.Utilities.computeDigest as unknown as (...a: unknown[]) => unknown)('fake', 'x', s.Utilities.Charset.US_ASCII), /The parameters \(.*\) don't match/);
  });

  c('formatString with %s', gasFakes(SRC, 221), 'Utilities.formatString', (s, _x, t) => {
    t.is(s.Utilities.formatString('hello %s', 'world'), 'hello world');
  });
  c('formatString with %d', gasFakes(SRC, 222), 'Utilities.formatString', (s, _x, t) => {
    t.is(s.Utilities.formatString('%d + %d = %d', 1, 2, 3), '1 + 2 = 3');
  });
  c('parseCsv with a quoted comma', gasFakes(SRC, 227), 'Utilities.parseCsv', (s, _x, t) => {
    t.is(s.Utilities.parseCsv('a,b,"c,d"\ne,f,g'), [['a', 'b', 'c,d'], ['e', 'f', 'g']]);
  });
  c('parseCsv with doubled quotes', gasFakes(SRC, 231), 'Utilities.parseCsv', (s, _x, t) => {
    t.is(s.Utilities.parseCsv('a,"b ""quoted"" c",d'), [['a', 'b "quoted" c', 'd']]);
  });
  c('formatDate in GMT', gasFakes(SRC, 236), 'Utilities.formatDate', (s, _x, t) => {
    t.is(s.Utilities.formatDate(new Date(Date.UTC(2023, 0, 1, 12, 0, 0)), 'GMT', 'yyyy-MM-dd HH:mm:ss'), '2023-01-01 12:00:00');
  });
  c('getUuid gives a non-empty string', gasFakes(SRC, 80), 'Utilities.getUuid', (s, _x, t) => {
    const id = s.Utilities.getUuid();
    t.true(typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id), 'a UUID');
  });
  c('base64Encode of text', ref('utilities/utilities#base64encodedata'), 'Utilities.base64Encode', (s, _x, t) => {
    t.is(s.Utilities.base64Encode('A string here'), 'QSBzdHJpbmcgaGVyZQ==');
  });
  c('base64Decode back to bytes', ref('utilities/utilities#base64decodeencoded'), 'Utilities.base64Decode', (s, _x, t) => {
    t.is(s.Utilities.base64Decode('QSBzdHJpbmcgaGVyZQ=='), [65, 32, 115, 116, 114, 105, 110, 103, 32, 104, 101, 114, 101]);
  });
  c('base64EncodeWebSafe uses - and _', ref('utilities/utilities#base64encodewebsafedata'), 'Utilities.base64EncodeWebSafe', (s, _x, t) => {
    t.is(s.Utilities.base64EncodeWebSafe([0xfb, 0xff]), '-_8=');
  });
  // reference/utilities/utilities#formatdatedate,-timezone,-format: SimpleDateFormat patterns.
  const date = Date.UTC(2026, 8, 1, 6, 5, 9);
  const formats: Array<[string, string, string]> = [
    ['Europe/Moscow', 'dd.MM.yyyy', '01.09.2026'],
    ['Europe/Moscow', 'HH:mm', '09:05'],
    ['Europe/Moscow', "yyyy-MM-dd'T'HH:mm:ss", '2026-09-01T09:05:09'],
    ['UTC', 'EEE, d MMM yyyy', 'Tue, 1 Sep 2026'],
    ['UTC', 'EEEE', 'Tuesday'],
    ['UTC', 'MMMM', 'September'],
    ['UTC', 'h:mm a', '6:05 AM'],
    ['Asia/Yekaterinburg', 'HH', '11'],
  ];
  for (const [zone, pattern, expected] of formats) {
    c(`formatDate(…, ${zone}, "${pattern}") is "${expected}"`, 'https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html (the patterns reference/utilities/utilities#formatdate names)', 'Utilities.formatDate', (s, _x, t) => {
      t.is(s.Utilities.formatDate(new Date(date), zone, pattern), expected);
    });
  }
});
