/**
 * The option lists must carry the regulations' own words: documents print them verbatim and a
 * paper form's reader must recognise them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeLabel } from '../../src/domain/option-set';
import * as options from '../../src/domain/options';

const regulation002 = normalizeLabel(fs.readFileSync(path.join(__dirname, '../../docs/regulations/002.txt'), 'utf8'));

/** Names only the missing words on failure (not the whole regulation). */
function expectInRegulation(words: string): void {
  expect(regulation002.includes(words) ? words : `not in 002: ${words}`).toBe(words);
}

describe('option lists worded as in regulation 002', () => {
  test.each([
    ['conclusion: support was (§5.4.1)', options.CONCLUSION_OUTCOMES],
    ['conclusion: problems (§5.4.2)', options.CONCLUSION_PROBLEMS],
    ['conclusion: the teacher (§5.4)', options.CONCLUSION_NEEDS],
  ])('%s', (_name, set) => {
    for (const label of set.labels) expectInRegulation(normalizeLabel(label));
  });
});

test('difficulty categories are §4.1\'s, named in the nominative', () => {
  // The regulation lists them in the instrumental case: «могут быть: общепедагогическими; …».
  for (const label of options.DIFFICULTY_CATEGORIES.labels) expectInRegulation(label.replace(/([иы])е$/, '$1ми'));
});

describe('OptionSet', () => {
  const set = options.CONCLUSION_OUTCOMES;

  test('maps labels to keys, forgiving case, ё and spacing', () => {
    expect(set.fromLabel('Успешным,  эффективным')).toBe('successful');
    expect(set.fromLabel(' НЕ ВПОЛНЕ УСПЕШНЫМ, недостаточно эффективным ')).toBe('partlySuccessful');
    expect(options.ACHIEVEMENT_RESULTS.fromLabel('призер')).toBe('prizeWinner');
    expect(set.fromLabel('удачным')).toBeNull();
  });

  test('every list has unique keys and labels', () => {
    for (const value of Object.values(options)) {
      expect(new Set(value.keys).size).toBe(value.keys.length);
      expect(new Set(value.labels.map(normalizeLabel)).size).toBe(value.labels.length);
    }
  });
});
