/** The default template of every document kind: what set-up writes into a new Google Doc. */
import type { TemplateShape } from '../dictionary';
import type { DocumentKind } from '../fields';
import type { Regulation } from '../../domain/regulation';
import { ANNUAL_REPORT_LAYOUT } from './annual-report';
import { CARD_LAYOUT, cardLayout } from './card';
import { CONCLUSION_LAYOUT, conclusionLayout } from './conclusion';
import { MONTHLY_PLAN_LAYOUT } from './monthly-plan';
import { PASSPORT_LAYOUT, passportLayout } from './passport';
import { POST_RELEASE_LAYOUT } from './post-release';
import { PROTOCOL_LAYOUT } from './protocol';
import { COMMUNITY_PLAN_LAYOUT } from './community-plan';
import { LEADERS_ORDER_LAYOUT, PLAN_ORDER_LAYOUT } from './order';
import { COACHING_SCHEDULE_LAYOUT } from './coaching-schedule';

export const DEFAULT_LAYOUTS: Record<DocumentKind, TemplateShape> = {
  passport: PASSPORT_LAYOUT,
  card: CARD_LAYOUT,
  conclusion: CONCLUSION_LAYOUT,
  protocol: PROTOCOL_LAYOUT,
  monthlyPlan: MONTHLY_PLAN_LAYOUT,
  annualReport: ANNUAL_REPORT_LAYOUT,
  postRelease: POST_RELEASE_LAYOUT,
  communityPlan: COMMUNITY_PLAN_LAYOUT,
  leadersOrder: LEADERS_ORDER_LAYOUT,
  planOrder: PLAN_ORDER_LAYOUT,
  coachingSchedule: COACHING_SCHEDULE_LAYOUT,
};

/** The kinds whose default layout is worded by the school's regulation (domain/regulation.ts). */
const BY_REGULATION: Partial<Record<DocumentKind, (regulation: Regulation) => TemplateShape>> = {
  passport: passportLayout,
  card: cardLayout,
  conclusion: conclusionLayout,
};

export function defaultLayout(kind: DocumentKind, regulation: Regulation): TemplateShape {
  return BY_REGULATION[kind]?.(regulation) ?? DEFAULT_LAYOUTS[kind];
}

/** Whether a kind's template differs between the regulations (each then has its own template). */
export function wordedByRegulation(kind: DocumentKind): boolean {
  return kind in BY_REGULATION;
}
