/**
 * The statements of the pupils' questionnaire (001 §5): the form asks them, and the pupils' tab
 * has one score column for each, so both the form and the tab schema read them from here.
 */
export const STUDENT_STATEMENTS = [
  'На уроке мне понятно, что объясняет учитель',
  'На уроке мне интересно',
  'Учитель помогает, если у меня что-то не получается',
  'Я понимаю, за что получаю отметки',
  'На уроке я могу высказать своё мнение',
] as const;
