/** Every document kind's field dictionary, by the kind key of the document register. */
import type { DOCUMENT_KINDS } from '../../domain/options';
import type { Dictionary } from '../dictionary';
import { ANNUAL_REPORT } from './annual-report';
import { CARD } from './card';
import { CONCLUSION } from './conclusion';
import { MONTHLY_PLAN } from './monthly-plan';
import { PASSPORT } from './passport';
import { POST_RELEASE } from './post-release';
import { PROTOCOL } from './protocol';
import { COMMUNITY_PLAN } from './community-plan';
import { LEADERS_ORDER, PLAN_ORDER } from './order';
import { COACHING_SCHEDULE_FIELDS } from './coaching-schedule';

export type DocumentKind = (typeof DOCUMENT_KINDS.keys)[number];

export const DICTIONARIES: Record<DocumentKind, Dictionary> = {
  passport: PASSPORT,
  card: CARD,
  conclusion: CONCLUSION,
  protocol: PROTOCOL,
  monthlyPlan: MONTHLY_PLAN,
  annualReport: ANNUAL_REPORT,
  postRelease: POST_RELEASE,
  communityPlan: COMMUNITY_PLAN,
  leadersOrder: LEADERS_ORDER,
  planOrder: PLAN_ORDER,
  coachingSchedule: COACHING_SCHEDULE_FIELDS,
};
