/** Plain-text rendering of an evaluation for the terminal. */
import type { OrgProfile } from '../policy/profile';
import type { DataTypeStatus, Evaluation, Reason } from '../policy/types';

const CONFIDENCE_TAG = { documented: 'documented', reported: 'reported (press)', interpreted: 'interpreted' } as const;

function statusWords(s: DataTypeStatus): string {
  const base = s.status === 'pending' ? `pending — from 2026-08-17: ${s.projected}` : s.status;
  const since = s.since ? ` since ${s.since}` : '';
  return `${base}${since}${s.locked ? ' [locked on this plan]' : ' [changeable]'}`;
}

function reasonLines(reasons: Reason[], indent = '    '): string[] {
  return reasons.flatMap((r) => [`${indent}- ${r.text}`, `${indent}  ${r.rule}, ${CONFIDENCE_TAG[r.confidence]}${r.source ? ` — ${r.source}` : ''}`]);
}

export function renderReport(e: Evaluation, profile: OrgProfile): string {
  const lines: string[] = [];
  lines.push(`Contribution Lens — ${profile.organization ?? 'organization'} at ${e.at} (policy ${e.policyVersion})`);
  lines.push(`Highest active plan: ${e.highestPlan ?? 'none'}${e.excluded ? `; EXCLUDED (${e.exclusionReasons.join(', ')})` : ''}`);
  lines.push('');
  lines.push(`Metadata:     ${statusWords(e.metadata)}`);
  lines.push(...reasonLines(e.metadata.reasons));
  lines.push(`In-app data:  ${statusWords(e.inAppData)}`);
  lines.push(...reasonLines(e.inAppData.reasons));
  if (e.inAppData.exceptions.length) {
    lines.push(`  Exceptions in effect (${e.inAppData.exceptions.length}):`);
    for (const x of e.inAppData.exceptions.slice(0, 20)) lines.push(`    ${x.mode} ${x.kind} ${x.key}`);
    if (e.inAppData.exceptions.length > 20) lines.push(`    … and ${e.inAppData.exceptions.length - 20} more (use --json)`);
  }
  if (e.space) {
    lines.push(`Space ${e.space.key}: in-app data ${e.space.inAppData}${e.space.projected ? ` (from 2026-08-17: ${e.space.projected})` : ''}`);
    lines.push(...reasonLines(e.space.reasons));
  }
  lines.push('');
  lines.push('Apps:');
  for (const a of e.apps) {
    lines.push(
      `  ${a.app.padEnd(24)} metadata ${a.metadata.padEnd(17)} in-app ${a.inAppData}${a.hasSettings ? '' : '  (no data contribution settings)'}${a.active ? '' : '  (not active)'}`,
    );
  }
  lines.push('');
  lines.push('Deadlines:');
  lines.push(`  In-app data removed by:   ${e.deadlines.inAppRemovalBy ?? '—'}  (reported, R40)`);
  lines.push(`  Models retrained by:      ${e.deadlines.modelsRetrainedBy ?? '—'}  (reported, R40)`);
  lines.push(`  Review window ends on:    ${e.deadlines.reviewWindowEndsOn ?? '—'}  (R34)`);
  lines.push('');
  lines.push(renderTimeline(e));
  if (e.notes.length) {
    lines.push('');
    lines.push('Notes:');
    lines.push(...reasonLines(e.notes, '  '));
  }
  return lines.join('\n');
}

export function renderTimeline(e: Evaluation): string {
  const lines = ['Timeline:'];
  for (const t of e.timeline) {
    const marker = t.on > e.at ? '  (upcoming)' : '';
    lines.push(`  ${t.on}  ${t.kind.padEnd(24)} ${t.text} [${CONFIDENCE_TAG[t.confidence]}]${marker}`);
  }
  return lines.join('\n');
}
