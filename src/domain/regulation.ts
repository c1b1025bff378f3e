/**
 * A school follows one of two regulations of individual support: 001 («Положение о
 * самообучающейся школе») or 002 («Положение об индивидуальном сопровождении педагога»). They
 * word the same forms differently, and a document must carry its school's own words. This is the
 * one place that answers, for the regulation chosen in «Настройки», every item worded differently;
 * options.ts holds 002's words (the default, so a book made before the choice is unchanged).
 *
 * A cell keeps the label it was written with: either regulation's label reads as the same key, so
 * a book whose setting changes still reads what it stored.
 */
import { defineOpenOptions, defineOptions, normalizeLabel, type OptionSet } from './option-set';
import * as O from './options';

export type Regulation = '001' | '002';
const NAMED = defineOptions<Regulation>({
  '002': '002 — Положение об индивидуальном сопровождении педагога',
  '001': '001 — Положение о самообучающейся школе',
});
/** The setting's drop-down; a value typed as the bare number reads too («001», or 1 as Sheets keeps it). */
export const REGULATIONS: OptionSet<Regulation> = {
  ...NAMED,
  fromLabel: (text) => {
    const typed = /^\s*0{0,2}([12])(?![\d.,])/.exec(text);
    return NAMED.fromLabel(text) ?? (typed ? (`00${typed[1]}` as Regulation) : null);
  },
};
export const DEFAULT_REGULATION: Regulation = '002';

/** An option list whose labels depend on the regulation: as an OptionSet it is 002's. */
export interface RegulatedOptions<K extends string> extends OptionSet<K> {
  /** The list in `regulation`'s words (reading either regulation's label). */
  in(regulation: Regulation): OptionSet<K>;
}

/** 001's own label for each key it words differently; every other key keeps 002's label. */
function regulated<K extends string>(base: OptionSet<K>, own001: Partial<Record<K, string>>): RegulatedOptions<K> {
  const wordedIn = (regulation: Regulation): Record<K, string> =>
    Object.fromEntries(base.keys.map((k) => [k, (regulation === '001' && own001[k]) || base.label(k)])) as Record<K, string>;
  // An open list («и др.») stays open in either wording: «другое: …» is its own label.
  const define = (entries: Record<K, string>): OptionSet<K> => (base.open ? (defineOpenOptions(entries) as OptionSet<K>) : defineOptions(entries));
  const sets = { '002': define(wordedIn('002')), '001': define(wordedIn('001')) };
  const fromLabel = (text: string): K | null => sets['002'].fromLabel(text) ?? sets['001'].fromLabel(text);
  const bothWays = (set: OptionSet<K>): OptionSet<K> => ({ ...set, fromLabel });
  const read = { '002': bothWays(sets['002']), '001': bothWays(sets['001']) };
  return { ...read['002'], in: (regulation) => read[regulation] };
}

/** The lists whose labels differ between 001 and 002 (checked against both seeds by a test). */
export const REGULATED = {
  /** 001 §6.4 item 2, 002 §5.4 item 2. */
  conclusionProblems: regulated(O.CONCLUSION_PROBLEMS, { notResolved: 'не сняты (указываются проблемы)' }),
  /** 001 §6.4 «Сопровождаемый специалист», 002 §5.4 «6. Сопровождаемый педагог». */
  conclusionNeeds: regulated(O.CONCLUSION_NEEDS, {
    furtherSupport: 'нуждается в дальнейшем полномасштабном сопровождении',
    training: 'нуждается в повышении квалификации в системе постдипломного образования',
    anotherRoute: 'нуждается в разработке индивидуального образовательного маршрута',
  }),
  /** 001 §4.1, 002 §3.2: the route's checkpoints. */
  checkpointKinds: regulated(O.CHECKPOINT_KINDS, {
    interview: 'собеседования с заместителем директора по научно-методической работе, методистами или с наставником индивидуального самообразования педагога',
  }),
  /** 001 §4.5, 002 §3.5: the feedback loop. */
  helpForms: regulated(O.HELP_FORMS, { feedback: 'обратная связь «учитель – наставник – методист»' }),
  /** 001 §5.2, 002 §4.2: 001 names psychologists only. */
  diagnosticSources: regulated(O.DIAGNOSTIC_SOURCES, {
    studentSurvey: 'анкетирование учащихся (без участия психологов)',
    studentSurveyWithPsychologists: 'анкетирование учащихся совместно с психологами',
  }),
  /** 001 §6.3, 002 §5.2: the card's attachments; 001 names psychologists only. */
  attachmentKinds: regulated(O.ATTACHMENT_KINDS, { reviewPsychologists: 'отзывы (данные собеседований): психологами' }),
};

/** The conclusion's and the card's words outside option lists. */
export interface Wording {
  /** The conclusion's item on the problems the diagnosis found. */
  problemsHeading: string;
  /** The conclusion's item on the teacher's further needs, with its number. */
  needsHeading: string;
  /** The most effective ways of further support: 002 words it as an option of item 6, 001 as item 5. */
  furtherWays: string;
  furtherWaysIsOption: boolean;
  /** The card's feedback «(данные собеседований)» of psychologists (001 §6.3; 002 §5.2 adds the monitoring group). */
  cardPsychologists: string;
}

const WORDING: Record<Regulation, Wording> = {
  '002': {
    problemsHeading: '2. Выявленные в результате предварительной диагностики проблемы:',
    needsHeading: '6. Сопровождаемый педагог:',
    furtherWays: 'наиболее эффективные пути (способы) дальнейшего сопровождения (указать)',
    furtherWaysIsOption: true,
    cardPsychologists: 'сотрудников мониторинговой группы школы или психологов',
  },
  '001': {
    // The seed's scan prefixes the form's items with the section («6.2.», «6.5.») and lost item 4's
    // number: they run 1–5.
    problemsHeading: '2. В результате предварительной диагностики проблемы:',
    needsHeading: '4. Сопровождаемый специалист:',
    furtherWays: '5. Наиболее эффективные пути (способы) дальнейшего сопровождения (указать):',
    furtherWaysIsOption: false,
    cardPsychologists: 'психологами',
  },
};

export function wordingOf(regulation: Regulation): Wording {
  return WORDING[regulation];
}

/** A list in the regulation's words when it is one of the regulated ones, else as it is. */
export function inRegulation<K extends string>(set: OptionSet<K>, regulation: Regulation): OptionSet<K> {
  return 'in' in set && typeof (set as RegulatedOptions<K>).in === 'function' ? (set as RegulatedOptions<K>).in(regulation) : set;
}

/** Whether a set's labels depend on the regulation (asking for the regulation costs a read). */
export function isRegulated(set: OptionSet<string>): boolean {
  return 'in' in set;
}

const TO_002 = new Map<string, string>();
for (const set of Object.values(REGULATED) as Array<RegulatedOptions<string>>) {
  for (const key of set.keys) TO_002.set(normalizeLabel(set.in('001').label(key)), normalizeLabel(set.label(key)));
}

/**
 * A label compared whatever regulation it is worded in: a template made under 002 marks the
 * option a 001 book chose, and the reverse.
 */
export function sameOptionLabel(a: string, b: string): boolean {
  const norm = (l: string) => TO_002.get(normalizeLabel(l)) ?? normalizeLabel(l);
  return norm(a) === norm(b);
}
