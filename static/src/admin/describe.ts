/** Words for history records, in the reader's language. */
import type { HistoryRecord } from '../../../src/shared/contract';
import type { AdminMessages } from '../i18n/admin';

export function describeRecord(record: HistoryRecord, t: AdminMessages, date: (d: string) => string, appName: (a: string) => string): string {
  const d = t.history.describe;
  switch (record.kind) {
    case 'profile-info':
      return [
        d.profileInfo,
        record.organization !== undefined ? `${t.overview.organization}: ${record.organization ?? '—'}` : '',
        record.sector !== undefined ? `${t.overview.sector}: ${record.sector ? t.sectors[record.sector] : '—'}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
    case 'attestation':
      return record.note ? `${d.attestation}: ${record.note}` : d.attestation;
    case 'transition':
      return record.text;
    case 'event': {
      const e = record.event;
      switch (e.type) {
        case 'plan':
          return d.plan(appName(e.product), t.plans[e.plan], date(e.on));
        case 'trial':
          return d.trial(appName(e.product), t.plans[e.plan], date(e.on), date(e.endsOn));
        case 'removed':
          return d.removed(appName(e.product), date(e.on));
        case 'setting':
          return d.setting(t.dataTypes[e.setting], e.value === 'on' ? t.history.on : t.history.off, date(e.on));
        case 'scope':
          return d.scope(t.record.scopeKind[e.target.kind], e.target.key, t.record.scopeMode[e.mode], date(e.on));
        case 'exclusion':
          return d.exclusion(t.exclusions[e.reason], e.active, date(e.on));
        case 'terminated':
          return d.terminated(date(e.on));
      }
    }
  }
}
