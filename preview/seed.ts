/**
 * Records the example org through the app's own resolvers, as an org admin
 * (and a space admin) would have over the months, so the history, its hash
 * chain and the precomputed status are the real thing. Steps dated after the
 * simulated day have not happened yet and are left out.
 */
import type { FrameConfig } from './frames';
import { EXAMPLE_ATTESTATION_AT, EXAMPLE_BATCHES, EXAMPLE_CONCERN, EXAMPLE_NOTICE_SETTINGS } from './example-org';

export interface SeedDeps {
  call(frame: FrameConfig, definitionKey: string, payload: unknown): Promise<unknown>;
  /** Pins the simulated clock while a step is recorded; null releases it. */
  setNow(instant: Date | null): void;
}

interface SeedStep {
  name: string;
  at: string;
  frame: FrameConfig;
  key: string;
  payload: unknown;
}

const adminFrame: FrameConfig = {
  frameId: 'seed',
  pageViewId: 'seed',
  surface: 'jira-admin',
  moduleType: 'jira:adminPage',
  identity: 'org-admin',
  theme: 'light',
  locale: 'en',
};

const spaceAdminFrame: FrameConfig = {
  ...adminFrame,
  surface: 'confluence-space',
  moduleType: 'confluence:spacePage',
  identity: `space-admin:${EXAMPLE_CONCERN.space}`,
  spaceKey: EXAMPLE_CONCERN.space,
};

const STEPS: SeedStep[] = [
  ...EXAMPLE_BATCHES.map((batch, index): SeedStep => ({
    name: `batch ${index + 1}`,
    at: batch.recordedAt,
    frame: adminFrame,
    key: 'recordEvents',
    payload: { changes: batch.changes },
  })),
  { name: 'notice settings', at: EXAMPLE_ATTESTATION_AT, frame: adminFrame, key: 'saveNoticeSettings', payload: { settings: EXAMPLE_NOTICE_SETTINGS } },
  {
    name: 'attestation',
    at: EXAMPLE_ATTESTATION_AT,
    frame: adminFrame,
    key: 'attest',
    payload: { note: 'Checked against admin.atlassian.com › Security › Data contribution.' },
  },
  { name: 'concern', at: EXAMPLE_CONCERN.at, frame: spaceAdminFrame, key: 'raiseConcern', payload: { message: EXAMPLE_CONCERN.message } },
];

function expectOk(step: string, answer: unknown): void {
  const envelope = answer as { ok?: boolean; error?: { code?: string; message?: string; issues?: unknown } };
  if (envelope?.ok !== true) {
    const issues = envelope?.error?.issues ? ` ${JSON.stringify(envelope.error.issues)}` : '';
    throw new Error(
      `seeding the example org failed at ${step}: ${envelope?.error?.code ?? '?'} ${envelope?.error?.message ?? JSON.stringify(answer)}${issues}`,
    );
  }
}

/** Records every example step dated on or before `today` (YYYY-MM-DD); returns how many. */
export async function seedExampleOrg(deps: SeedDeps, today: string): Promise<number> {
  const due = STEPS.filter((step) => step.at.slice(0, 10) <= today);
  try {
    for (const step of due) {
      deps.setNow(new Date(step.at));
      expectOk(step.name, await deps.call(step.frame, step.key, step.payload));
    }
  } finally {
    deps.setNow(null);
  }
  return due.length;
}
