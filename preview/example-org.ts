/**
 * The example org the preview starts with: a Standard org with Jira Service
 * Management, a Jira Premium trial across the effective date, Confluence
 * spaces excluded before it, and an in-app opt-out after it. Recorded in
 * dated batches so the history reads like a real one.
 */
import type { NoticeSettings, ProfileChange } from '../src/shared/contract';

export interface SeedBatch {
  /** When the admin recorded the batch (simulated clock, UTC). */
  recordedAt: string;
  changes: ProfileChange[];
}

export const EXAMPLE_BATCHES: SeedBatch[] = [
  {
    recordedAt: '2026-06-02T09:14:00Z',
    changes: [
      { type: 'profile-info', organization: 'Northwind Analytics', sector: 'other' },
      { type: 'plan', on: '2024-03-01', product: 'jira', plan: 'standard' },
      { type: 'plan', on: '2024-03-01', product: 'confluence', plan: 'standard' },
      { type: 'plan', on: '2025-01-10', product: 'jira-service-management', plan: 'standard' },
      { type: 'plan', on: '2025-05-20', product: 'loom', plan: 'free' },
    ],
  },
  {
    recordedAt: '2026-08-03T15:40:00Z',
    changes: [
      { type: 'trial', on: '2026-08-01', product: 'jira', plan: 'premium', endsOn: '2026-08-31', then: 'standard' },
      { type: 'scope', on: '2026-08-10', target: { kind: 'space', key: 'HR' }, mode: 'exclude' },
      { type: 'scope', on: '2026-08-10', target: { kind: 'space', key: 'LEGAL' }, mode: 'exclude' },
      { type: 'scope', on: '2026-08-10', target: { kind: 'space', key: 'FIN' }, mode: 'exclude' },
    ],
  },
  {
    recordedAt: '2026-09-15T11:05:00Z',
    changes: [
      { type: 'setting', on: '2026-09-15', setting: 'inAppData', value: 'off' },
      { type: 'scope', on: '2026-09-15', target: { kind: 'space', key: 'DOCS' }, mode: 'include' },
      { type: 'scope', on: '2026-09-15', target: { kind: 'space', key: 'API' }, mode: 'include' },
    ],
  },
];

export const EXAMPLE_NOTICE_SETTINGS: NoticeSettings = {
  notice: 'everywhere',
  banner: 'everywhere',
  text: {
    default: 'Questions about AI and your content? Ask in #ai-governance.',
    'de-DE': 'Fragen zu KI und Ihren Inhalten? Schreiben Sie in #ai-governance.',
  },
};

export const EXAMPLE_ATTESTATION_AT = '2026-09-15T11:20:00Z';
export const EXAMPLE_CONCERN = {
  at: '2026-10-02T08:30:00Z',
  space: 'ENG',
  message: 'Our architecture decision records mention customer names. Can ENG be excluded from in-app data?',
};
