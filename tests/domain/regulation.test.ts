/**
 * The wording table: each item 001 and 002 word differently, answered for the chosen regulation in
 * that regulation's own words (checked against the seeds), and either wording read back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalizeLabel } from '../../src/domain/option-set';
import { DEFAULT_REGULATION, inRegulation, REGULATED, REGULATIONS, sameOptionLabel, wordingOf } from '../../src/domain/regulation';
import * as O from '../../src/domain/options';

const seed = (name: string) => normalizeLabel(fs.readFileSync(path.join(__dirname, `../../docs/regulations/${name}.txt`), 'utf8'));
const SEED = { '001': seed('001'), '002': seed('002') };

/** Names the missing words on failure (not the whole regulation). */
function expectIn(regulation: '001' | '002', words: string): void {
  const normal = normalizeLabel(words);
  expect(SEED[regulation].includes(normal) ? normal : `not in ${regulation}: ${words}`).toBe(normal);
}

describe('001 words its own items as its seed does', () => {
  test.each([
    ['conclusion: item 2', REGULATED.conclusionProblems, 'notResolved', 'не сняты (указываются проблемы)'],
    ['conclusion: further support', REGULATED.conclusionNeeds, 'furtherSupport', 'нуждается в дальнейшем полномасштабном сопровождении'],
    ['conclusion: training', REGULATED.conclusionNeeds, 'training', 'нуждается в повышении квалификации в системе постдипломного образования'],
    ['conclusion: another route', REGULATED.conclusionNeeds, 'anotherRoute', 'нуждается в разработке индивидуального образовательного маршрута'],
    ['checkpoint: interview', REGULATED.checkpointKinds, 'interview', 'собеседования с заместителем директора по научно-методической работе, методистами или с наставником индивидуального самообразования педагога'],
  ] as const)('%s', (_name, set, key, words) => {
    const label = (set as typeof REGULATED.conclusionNeeds).in('001').label(key as never);
    expect(label).toBe(words);
    expectIn('001', label);
  });

  test('the feedback loop names no deputy', () => {
    expect(REGULATED.helpForms.in('001').label('feedback')).toBe('обратная связь «учитель – наставник – методист»');
    expectIn('001', '"учитель – наставник – методист"');
    expectIn('002', '"учитель - наставник - методист/заместитель директора по УВР"');
  });

  test('the card’s attachments: the reviews of psychologists only, the rest as 002 and the seeds word them', () => {
    const kinds = REGULATED.attachmentKinds.in('001');
    expect(kinds.label('reviewPsychologists')).toBe('отзывы (данные собеседований): психологами');
    expectIn('001', `_ ${kinds.label('reviewPsychologists').replace(/^отзывы \(данные собеседований\): /, '')};`);
    for (const key of ['pupilsWorks', 'studentSurvey', 'reviewParents'] as const) expectIn('002', kinds.label(key).replace(/^отзывы \(данные собеседований\): /, ''));
    expect(kinds.fromLabel(REGULATED.attachmentKinds.label('reviewPsychologists'))).toBe('reviewPsychologists');
  });

  test('diagnosis by questionnaires names psychologists only', () => {
    const sources = REGULATED.diagnosticSources.in('001');
    for (const key of ['studentSurvey', 'studentSurveyWithPsychologists'] as const) expectIn('001', sources.label(key).replace(/^анкетирование/, 'анкетирования'));
  });

  test('the items outside option lists, with 001’s and 002’s own numbering', () => {
    expect(wordingOf('001').needsHeading).toBe('4. Сопровождаемый специалист:');
    // The seed's scan broke item 2 up («6.2. B ш езультате предварите льной …»), but it has no «Выявленные».
    expect(wordingOf('001').problemsHeading).toBe('2. В результате предварительной диагностики проблемы:');
    expect(SEED['001']).toMatch(/b\s+ш ?езультате предварите\s*льной диагностики г\s*роблемы:/);
    expect(SEED['001']).not.toContain('выявленные в результате');
    expectIn('002', wordingOf('002').problemsHeading.replace(/^2\. /, ''));
    expect(wordingOf('002').needsHeading).toBe('6. Сопровождаемый педагог:');
    expectIn('001', 'специалист:');
    expectIn('002', wordingOf('002').needsHeading.replace(/:$/, ''));
    expectIn('002', wordingOf('002').furtherWays);
    expect(wordingOf('002').furtherWaysIsOption).toBe(true);
    // The seed's scan reads «(указатъ):».
    expectIn('001', 'пути (способы) дальнейшего сопровождения (указат');
    expect(wordingOf('001').furtherWays).toMatch(/^5\. Наиболее эффективные пути \(способы\) дальнейшего сопровождения \(указать\):$/);
    expect(wordingOf('001').furtherWaysIsOption).toBe(false);
    expectIn('001', `_ ${wordingOf('001').cardPsychologists};`);
    expectIn('002', 'сотрудников мониторинговой группы школы или психологами');
  });
});

describe('002 is the default and unchanged', () => {
  test('the setting defaults to 002, and 002 reads as options.ts', () => {
    expect(DEFAULT_REGULATION).toBe('002');
    expect(REGULATIONS.fromLabel('001 — Положение о самообучающейся школе')).toBe('001');
    expect(REGULATIONS.fromLabel(' 001')).toBe('001');
    expect(REGULATIONS.fromLabel('1')).toBe('001');
    expect(REGULATIONS.fromLabel('002 (индивидуальное сопровождение)')).toBe('002');
    expect(REGULATIONS.fromLabel('0012')).toBeNull();
    expect(REGULATIONS.fromLabel('003')).toBeNull();
    for (const [set, base] of [
      [REGULATED.conclusionNeeds, O.CONCLUSION_NEEDS],
      [REGULATED.conclusionProblems, O.CONCLUSION_PROBLEMS],
      [REGULATED.checkpointKinds, O.CHECKPOINT_KINDS],
      [REGULATED.helpForms, O.HELP_FORMS],
      [REGULATED.diagnosticSources, O.DIAGNOSTIC_SOURCES],
      [REGULATED.attachmentKinds, O.ATTACHMENT_KINDS],
    ] as const) {
      expect(set.in('002').labels).toEqual(base.labels);
      expect(set.labels).toEqual(base.labels);
      expect(set.in('001').keys).toEqual(base.keys);
    }
  });

  test('a list no regulation words differently is the same in both', () => {
    expect(inRegulation(O.CONCLUSION_OUTCOMES, '001')).toBe(O.CONCLUSION_OUTCOMES);
  });
});

describe('a stored value reads whatever regulation wrote it', () => {
  test('either label gives the key, in either regulation’s list', () => {
    for (const set of [REGULATED.conclusionNeeds, REGULATED.conclusionNeeds.in('001'), REGULATED.conclusionNeeds.in('002')]) {
      expect(set.fromLabel('нуждается в дальнейшем сопровождении')).toBe('furtherSupport');
      expect(set.fromLabel('Нуждается в дальнейшем  полномасштабном сопровождении')).toBe('furtherSupport');
      expect(set.fromLabel('нуждается в сопровождении')).toBeNull();
    }
  });

  test('a template’s mark in one regulation’s words matches the other’s label', () => {
    expect(sameOptionLabel('не сняты (указываются проблемы)', 'не сняты (указать проблемы)')).toBe(true);
    expect(sameOptionLabel('не сняты (указываются проблемы)', 'сняты частично')).toBe(false);
    expect(sameOptionLabel('Сняты  частично', 'сняты частично')).toBe(true);
  });
});
