/**
 * What the notice and the space page read when nothing has been stored yet: the empty profile's notice summary
 * on `day`. The policy engine computed it ahead (src/shared/generated/empty-org.ts, `npm run generate:validators`),
 * so the page-view function carries no engine; a test holds it equal to the engine's answer for any day.
 */
import type { CalendarDate } from '../policy/dates';
import { EMPTY_ORG_SEGMENTS } from '../shared/generated/empty-org';
import type { NoticeSummary } from '../storage/documents';

export function emptyOrg(day: CalendarDate): NoticeSummary {
  let segment = EMPTY_ORG_SEGMENTS[0];
  for (const s of EMPTY_ORG_SEGMENTS) if (s.from <= day) segment = s;
  if (!segment) throw new Error('no empty-profile summary was generated');
  return { day, ...structuredClone(segment.summary) };
}
