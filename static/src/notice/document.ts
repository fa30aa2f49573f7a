/**
 * Reads the `getNotice` answer. The notice must stay tiny (no zod in this
 * bundle), so this checks just the fields it renders and turns anything else
 * into a clear error instead of a half-drawn notice.
 */
import type { Envelope, NoticeData } from '../../../src/shared/contract';
import type { Status } from '../../../src/policy/types';

export type NoticeStatus = Status;

const STATUSES: readonly NoticeStatus[] = ['contributing', 'not-contributing', 'pending'];
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type NoticeReadResult = { ok: true; notice: NoticeData } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isStatus = (value: unknown): value is NoticeStatus => STATUSES.includes(value as NoticeStatus);
const isDateOrNull = (value: unknown): boolean => value === null || (typeof value === 'string' && CALENDAR_DATE.test(value));

export function readNoticeAnswer(answer: unknown): NoticeReadResult {
  if (!isRecord(answer) || typeof answer.ok !== 'boolean') return { ok: false, reason: 'answer is not an envelope' };
  const envelope = answer as Envelope<unknown>;
  if (!envelope.ok) {
    const message = isRecord(envelope.error) && typeof envelope.error.message === 'string' ? envelope.error.message : 'unknown error';
    return { ok: false, reason: message };
  }
  const data = envelope.data;
  if (!isRecord(data)) return { ok: false, reason: 'data: must be an object' };
  if (typeof data.show !== 'boolean') return { ok: false, reason: 'data.show: must be a boolean' };
  if (data.product !== 'jira' && data.product !== 'confluence') return { ok: false, reason: 'data.product: must be jira or confluence' };
  if (!isStatus(data.inAppData)) return { ok: false, reason: 'data.inAppData: must be a status' };
  if (data.projected !== undefined && (data.projected === 'pending' || !isStatus(data.projected)))
    return { ok: false, reason: 'data.projected: must be a settled status' };
  if (!isStatus(data.metadata)) return { ok: false, reason: 'data.metadata: must be a status' };
  if (!isDateOrNull(data.since)) return { ok: false, reason: 'data.since: must be a date or null' };
  if (!isDateOrNull(data.inAppRemovalBy)) return { ok: false, reason: 'data.inAppRemovalBy: must be a date or null' };
  if (data.text !== null && typeof data.text !== 'string') return { ok: false, reason: 'data.text: must be text or null' };
  if (typeof data.day !== 'string' || !CALENDAR_DATE.test(data.day)) return { ok: false, reason: 'data.day: must be a date' };
  return { ok: true, notice: data as unknown as NoticeData };
}
