/**
 * The headers (and number limits) of the teachers' and classes' tabs: the tab schema builds its
 * columns from them, and the teacher card in the browser labels its fields with them without
 * carrying the whole schema.
 */
export const TEACHER_COLUMNS = {
  fullName: { header: 'ФИО' },
  email: { header: 'Эл. почта' },
  subject: { header: 'Преподаваемый предмет' },
  position: { header: 'Должность' },
  role: { header: 'Роль' },
  coachBasis: { header: 'Может быть коуч-консультантом' },
  totalExperience: { header: 'Общий педагогический стаж, лет', min: 0, max: 60 },
  schoolExperience: { header: 'Стаж работы в ОУ, лет', min: 0, max: 60 },
  load: { header: 'Нагрузка в учебном году, ч/нед', min: 0, max: 60 },
  totalLoad: { header: 'Всего учебной нагрузки, ч/нед', min: 0, max: 80 },
  category: { header: 'Квалификационная категория' },
  attestationDate: { header: 'Дата аттестации' },
  mentorName: { header: 'Наставник' },
  note: { header: 'Примечание' },
} as const;

export const CLASS_COLUMNS = {
  teacherName: { header: 'Педагог' },
  schoolYear: { header: 'Учебный год' },
  className: { header: 'Класс' },
  programme: { header: 'Программа' },
  planning: { header: 'Планирование' },
  textbooks: { header: 'Учебный комплекс' },
} as const;
