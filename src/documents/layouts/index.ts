/** The default template of every document kind: what set-up writes into a new Google Doc. */
import type { TemplateShape } from '../dictionary';
import type { DocumentKind } from '../fields';
import { ANNUAL_REPORT_LAYOUT } from './annual-report';
import { CARD_LAYOUT } from './card';
import { CONCLUSION_LAYOUT } from './conclusion';
import { MONTHLY_PLAN_LAYOUT } from './monthly-plan';
import { PASSPORT_LAYOUT } from './passport';
import { POST_RELEASE_LAYOUT } from './post-release';
import { PROTOCOL_LAYOUT } from './protocol';

export const DEFAULT_LAYOUTS: Record<DocumentKind, TemplateShape> = {
  passport: PASSPORT_LAYOUT,
  card: CARD_LAYOUT,
  conclusion: CONCLUSION_LAYOUT,
  protocol: PROTOCOL_LAYOUT,
  monthlyPlan: MONTHLY_PLAN_LAYOUT,
  annualReport: ANNUAL_REPORT_LAYOUT,
  postRelease: POST_RELEASE_LAYOUT,
};
