/** The Russian words of the communities' year plans and orders (003 §7, 004 §5.1). */
const MONTHS_PREPOSITIONAL = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

/** «в октябре 2026» for «2026-10». */
export function inMonth(month: string): string {
  return `в ${MONTHS_PREPOSITIONAL[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export const COMMUNITY_PLANS = {
  ordersFolder: 'Приказы',
  fillTitle: 'Планы работы сообществ',
  fillNone: (year: string) => `В планах работы сообществ на ${year} учебный год уже есть все запланированные встречи сообществ: добавлять нечего.`,
  fillDone: (year: string, lines: string[]) => `В «План работы сообществ» на ${year} учебный год добавлены встречи:\n${lines.join('\n')}\nПроверьте строки и допишите то, что встречами не запланировано.`,
  fillLine: (community: string, count: number) => `• ${community}: ${count}`,
  planEmptyMonth: (community: string, year: string, month: string) =>
    `План работы «${community}» на ${year} учебный год ничего не назначает ${inMonth(month)}: заседания — не реже одного раза в месяц (Положение о ПОС, п. 5.2; о SkillsClub, п. 4.2).`,
  planNotHeld: (community: string, year: string, month: string) =>
    `По плану работы «${community}» на ${year} учебный год ${inMonth(month)} намечено заседание, но ни одна встреча сообщества в этом месяце не отмечена проведённой.`,
  planNoRows: (community: string, year: string) => `В «План работы сообществ» нет строк «${community}» на ${year} учебный год: заполните план из встреч или впишите его строки.`,
  orderNoCommunities: 'В приказе не названо сообщество, а в «Сообществах» нет ни одного ПОС.',
  orderNoPlan: (community: string, year: string) => `В «План работы сообществ» нет строк «${community}» на ${year} учебный год: утверждать нечего.`,
} as const;
