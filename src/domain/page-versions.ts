/**
 * The fields each save page compares to refuse a stale save: the ones it shows and writes. A
 * field the page neither shows nor writes (a document link, a name label) changing meanwhile is
 * no reason to refuse.
 */
import type { VersionSpec } from './version';

export const PROGRAMME_PAGE: VersionSpec = {
  programme: ['teacherId', 'leadId', 'participantsIds', 'categories', 'sources', 'problems', 'decisionDate', 'helpForms', 'emphasis', 'place', 'start', 'end', 'status'],
  item: ['order', 'content', 'deadline', 'supportedActivity', 'supporterActivity', 'jointActivity', 'checkpoint', 'status'],
};

export const COMPLETION_PAGE: VersionSpec = {
  programme: ['status', 'outcome', 'problemsResult', 'unresolvedProblems', 'reasons', 'needs', 'anotherRouteReason', 'furtherWays', 'conclusionDate'],
  outcome: ['problem', 'before', 'after', 'method', 'conclusions'],
};

export const TEACHER_PAGE: VersionSpec = {
  teacher: ['fullName', 'email', 'subject', 'position', 'role', 'totalExperience', 'schoolExperience', 'load', 'totalLoad', 'category', 'attestationDate', 'mentorId', 'mentorName', 'note'],
  class: ['schoolYear', 'className', 'programme', 'planning', 'textbooks'],
};

/** The sessions list as the mark form shows a session: marking it after someone moved or marked it is refused. */
export const SESSION_MARK_PAGE: VersionSpec = {
  session: ['date', 'startTime', 'kind', 'topic', 'leaderId', 'participantsIds', 'communityId', 'status'],
};


/**
 * The protocol page as it shows a meeting: the meeting (its label, date and kind) and the
 * community it prefills the chair, the secretary and those expected from.
 */
export const PROTOCOL_PAGE: VersionSpec = {
  meeting: ['date', 'kind', 'topic', 'communityId', 'status'],
  community: ['name', 'leaderId', 'secretaryId'],
};

/** The settings form: every setting's value as the form shows it (a setting absent from the tab is blank). */
export const SETTINGS_PAGE: VersionSpec = {
  setting: ['value'],
};
