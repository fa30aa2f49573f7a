/**
 * Compiles the declared profile from the history: events in recorded order,
 * profile-info changes applied in order. When the same fact is recorded twice
 * for the same day, the later record wins (the engine itself does not look at
 * order within a day, so the earlier one is dropped here).
 */
import { PROFILE_SCHEMA_VERSION, type OrgProfile, type ProfileEvent } from '../policy/profile';
import type { Attestation, HistoryRecord, ProfileChange } from '../shared/contract';
import type { HistoryEntry, StoredHistoryRecord } from '../storage/documents';

/** Events that state the same fact for the same day. */
export function factKey(event: ProfileEvent): string {
  switch (event.type) {
    case 'plan':
    case 'removed':
      return `base|${event.product}|${event.on}`;
    case 'trial':
      return `trial|${event.product}|${event.on}`;
    case 'setting':
      return `setting|${event.setting}|${event.on}`;
    case 'scope':
      return `scope|${event.target.kind}|${event.target.key}|${event.on}`;
    case 'exclusion':
      return `exclusion|${event.reason}|${event.on}`;
    case 'terminated':
      return `terminated|${event.on}`;
  }
}

export interface Compiled {
  profile: OrgProfile;
  /** Events recorded, before dropping same-day repeats. */
  eventCount: number;
  lastRecordedAt: string | null;
  lastRecordedBy: string | null;
  lastAttestation: Attestation | null;
}

export function compileRecords(
  records: readonly StoredHistoryRecord[] | readonly HistoryRecord[],
): Omit<Compiled, 'lastRecordedAt' | 'lastRecordedBy' | 'lastAttestation'> {
  const events: ProfileEvent[] = [];
  let organization: string | undefined;
  let sector: OrgProfile['sector'];
  for (const record of records) {
    if (record.kind === 'event') events.push(record.event);
    else if (record.kind === 'profile-info') {
      if (record.organization !== undefined) organization = record.organization ?? undefined;
      if (record.sector !== undefined) sector = record.sector ?? undefined;
    }
  }
  const lastIndex = new Map<string, number>();
  events.forEach((e, i) => lastIndex.set(factKey(e), i));
  const kept = events.filter((e, i) => lastIndex.get(factKey(e)) === i);
  const profile: OrgProfile = {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    ...(organization !== undefined ? { organization } : {}),
    ...(sector !== undefined ? { sector } : {}),
    events: kept,
  };
  return { profile, eventCount: events.length };
}

export function compile(entries: readonly HistoryEntry[], extra: readonly HistoryRecord[] = []): Compiled {
  const records: (StoredHistoryRecord | HistoryRecord)[] = [];
  let lastRecordedAt: string | null = null;
  let lastRecordedBy: string | null = null;
  let lastAttestation: Attestation | null = null;
  for (const entry of entries) {
    records.push(...entry.records);
    if (entry.records.some((r) => r.kind !== 'transition')) {
      lastRecordedAt = entry.recordedAt;
      lastRecordedBy = entry.recordedBy;
    }
    for (const r of entry.records) {
      if (r.kind === 'attestation') lastAttestation = { at: entry.recordedAt, by: entry.recordedBy, seq: entry.seq, ...(r.note ? { note: r.note } : {}) };
    }
  }
  records.push(...extra);
  return { ...compileRecords(records), lastRecordedAt, lastRecordedBy, lastAttestation };
}

export function changeToRecord(change: ProfileChange): HistoryRecord {
  if (change.type === 'profile-info') {
    return {
      kind: 'profile-info',
      ...(change.organization !== undefined ? { organization: change.organization } : {}),
      ...(change.sector !== undefined ? { sector: change.sector } : {}),
    };
  }
  return { kind: 'event', event: change };
}
