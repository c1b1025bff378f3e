/**
 * The four questionnaires of the support work (001 §4.5, §5; 002 §3.5, §4) as data: the menu item
 * «Анкеты → Создать анкеты» builds Google Forms from them, and the form-submit handler reads the
 * responses tabs by the question titles given here.
 */
import { z } from 'zod';
import { DIFFICULTY_CATEGORIES } from '../domain/options';
import { storedValue } from '../platform/stored-value';
import { STUDENT_STATEMENTS } from '../domain/student-statements';

export type DifficultyKey = (typeof DIFFICULTY_CATEGORIES.keys)[number];

export const FORM_KINDS = ['selfDiagnosis', 'feedback', 'request', 'students'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export type QuestionType = 'scale' | 'choice' | 'checkbox' | 'text' | 'paragraph' | 'list';

export interface QuestionDef {
  /** Stable English key used in code; the form shows `title`. */
  readonly key: string;
  readonly title: string;
  readonly type: QuestionType;
  readonly required: boolean;
  /** For choice, checkbox and list. */
  readonly choices?: readonly string[];
  /** For scale: lower and upper bound (1–5 everywhere here). */
  readonly bounds?: readonly [number, number];
  /** Scale labels of the bounds. */
  readonly boundLabels?: readonly [string, string];
  /** selfDiagnosis: the difficulty category the statement measures. */
  readonly category?: DifficultyKey;
}

export interface FormDef {
  readonly kind: FormKind;
  readonly title: string;
  readonly description: string;
  /** The name the add-on gives the destination (responses) sheet. */
  readonly sheetName: string;
  readonly collectEmails: boolean;
  readonly questions: readonly QuestionDef[];
}

/** Key in the workbook's store (platform/store.ts) of a created form. */
export function formPropertyKey(kind: FormKind): string {
  return `form.${kind}`;
}

/**
 * `complete` is false from the moment a new form's id is remembered until every step of its
 * making is done (values kept by older versions were complete).
 */
const STORED_FORM = z.object({ formId: z.string(), url: z.string(), sheetName: z.string(), complete: z.boolean().default(true) });
export type StoredForm = z.output<typeof STORED_FORM>;

/** A created form as the workbook keeps it: its id, its published address, its responses tab. */
export const storedFormValue = (kind: FormKind) => storedValue(formPropertyKey(kind), STORED_FORM);

/**
 * Kept before a form is created and dropped once its id is remembered: a run cut in between
 * leaves it, and the retry looks for the form made then (create.ts) instead of making another.
 */
export const formIntentValue = (kind: FormKind) => storedValue(`formIntent.${kind}`, z.object({ startedAt: z.string() }));


/** Title of the timestamp column Google writes first in every responses sheet. */
export const TIMESTAMP_TITLES = ['Отметка времени', 'Timestamp'] as const;
export const EMAIL_TITLES = ['Адрес электронной почты', 'Email Address'] as const;

const SCALE: Pick<QuestionDef, 'type' | 'bounds' | 'boundLabels'> = {
  type: 'scale',
  bounds: [1, 5],
  boundLabels: ['совсем не согласен', 'полностью согласен'],
};

const FULL_NAME: QuestionDef = { key: 'fullName', title: 'ФИО', type: 'text', required: true };

/** Three statements per difficulty category (002 §4.1), answered 1–5 («совсем не согласен» … «полностью согласен»). */
export const SELF_DIAGNOSIS_STATEMENTS: Record<DifficultyKey, readonly string[]> = {
  generalPedagogical: [
    'Мне трудно ставить цели урока и добиваться их достижения',
    'Мне трудно поддерживать дисциплину и организовывать работу класса',
    'Мне трудно выстраивать взаимодействие с родителями учащихся',
  ],
  psychoPedagogical: [
    'Мне трудно учитывать возрастные и индивидуальные особенности учащихся',
    'Мне трудно мотивировать учащихся к учебной деятельности',
    'Мне трудно работать с учащимися с особыми образовательными потребностями',
  ],
  methodical: [
    'Мне трудно выбирать методы и приёмы обучения под задачи урока',
    'Мне трудно разрабатывать рабочую программу и поурочное планирование',
    'Мне трудно организовывать контроль и оценивание результатов обучения',
  ],
  scientificTheoretical: [
    'Мне трудно следить за новыми исследованиями по моему предмету и педагогике',
    'Мне трудно объяснять учащимся сложные теоретические вопросы предмета',
    'Мне трудно применять требования ФГОС при проектировании уроков',
  ],
  organisational: [
    'Мне трудно вести школьную документацию в установленные сроки',
    'Мне трудно распределять рабочее время между уроками и другими обязанностями',
    'Мне трудно организовывать внеурочную деятельность и мероприятия',
  ],
};

export const HELP_KIND_CHOICES = [
  'консультация',
  'посещение урока',
  'коучинг-сессия',
  'подготовка к конкурсу',
  'другое',
] as const;

export const STUDENT_PHASES = ['до начала сопровождения', 'после завершения сопровождения'] as const;

export { STUDENT_STATEMENTS };

function selfDiagnosisQuestions(): QuestionDef[] {
  const out: QuestionDef[] = [{ ...FULL_NAME, title: 'ФИО учителя' }];
  for (const category of DIFFICULTY_CATEGORIES.keys) {
    SELF_DIAGNOSIS_STATEMENTS[category].forEach((title, i) => {
      out.push({ key: `${category}.${i + 1}`, title, required: true, category, ...SCALE });
    });
  }
  return out;
}

export const FORM_DEFINITIONS: Record<FormKind, FormDef> = {
  selfDiagnosis: {
    kind: 'selfDiagnosis',
    title: 'Самодиагностика профессиональных затруднений педагога',
    description:
      'Оцените каждое утверждение от 1 («совсем не согласен») до 5 («полностью согласен»). ' +
      'Ответы помогут определить характер затруднений (общепедагогические, психолого-педагогические, ' +
      'методические, научно-теоретические, организационные) и составить программу сопровождения.',
    sheetName: 'Ответы: самодиагностика',
    collectEmails: true,
    questions: selfDiagnosisQuestions(),
  },
  feedback: {
    kind: 'feedback',
    title: 'Обратная связь по мероприятию сопровождения',
    description:
      'Обратная связь «учитель – наставник – методист/заместитель директора по УВР»: ' +
      'расскажите, насколько полезным было мероприятие и что изменилось в вашей работе.',
    sheetName: 'Ответы: обратная связь',
    collectEmails: true,
    questions: [
      { ...FULL_NAME, title: 'ФИО учителя' },
      { key: 'session', title: 'Мероприятие (дата и тема)', type: 'text', required: true },
      { key: 'usefulness', title: 'Насколько полезным было мероприятие?', required: true, ...SCALE, boundLabels: ['бесполезно', 'очень полезно'] },
      { key: 'changed', title: 'Что изменилось в вашей работе после мероприятия?', type: 'paragraph', required: false },
      { key: 'next', title: 'Что вы хотели бы сделать или получить дальше?', type: 'paragraph', required: false },
    ],
  },
  request: {
    kind: 'request',
    title: 'Запрос на методическую помощь',
    description: 'Опишите затруднение, с которым вам нужна помощь, и выберите удобную форму поддержки.',
    sheetName: 'Ответы: запросы',
    collectEmails: true,
    questions: [
      { ...FULL_NAME, title: 'ФИО учителя' },
      { key: 'problem', title: 'Опишите затруднение', type: 'paragraph', required: true },
      { key: 'category', title: 'Характер затруднения', type: 'choice', required: true, choices: DIFFICULTY_CATEGORIES.labels },
      { key: 'helpKind', title: 'Какая помощь нужна', type: 'choice', required: true, choices: HELP_KIND_CHOICES },
    ],
  },
  students: {
    kind: 'students',
    title: 'Анкета для учащихся',
    description:
      'Анкета анонимная. Оцените каждое утверждение от 1 («совсем не согласен») до 5 («полностью согласен»).',
    sheetName: 'Ответы: ученики',
    collectEmails: false,
    questions: [
      { key: 'teacher', title: 'ФИО учителя', type: 'text', required: true },
      { key: 'phase', title: 'Этап', type: 'choice', required: true, choices: STUDENT_PHASES },
      { key: 'class', title: 'Класс', type: 'text', required: true },
      ...STUDENT_STATEMENTS.map((title, i): QuestionDef => ({ key: `statement.${i + 1}`, title, required: true, ...SCALE })),
    ],
  },
};

/** The question of `kind` with `key` (throws on a typo: a programming error). */
export function question(kind: FormKind, key: string): QuestionDef {
  const q = FORM_DEFINITIONS[kind].questions.find((x) => x.key === key);
  if (!q) throw new Error(`No question ${key} in form ${kind}`);
  return q;
}
