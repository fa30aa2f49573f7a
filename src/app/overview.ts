/** The admin page's overview and the rebuild of the derived documents from the whole history. */
import { POLICY_VERSION } from '../policy/constants';
import type { HistoryRecord, OverviewData } from '../shared/contract';
import type { StatusDoc } from '../storage/documents';
import { SHARD_COUNT } from '../storage/repository';
import { compile } from './compile';
import { appendRecords, deriveAt, requireAccount, statusView, type AppContext } from './context';
import { AppError } from './errors';
import { REBUILT_CODE, rebuiltText, shardFindings, statusFindings, tolerantRead, usable } from './integrity';
import { resolver } from './people';
import type { AdminOperations } from './service';
import { commitWithRetry, dayOf, loadWriteSnapshot } from './writer';

/**
 * Rebuilds the status document, every notice shard and the profile cache from the
 * whole history (not the cache) and records that it did, in one transaction.
 */
export function rebuildDerived(
  ctx: AppContext,
  findings: readonly string[],
  trigger: string,
  accountId: string | null,
  origin: 'admin-page' | 'daily-check',
): Promise<{ status: StatusDoc; headSeq: number }> {
  return commitWithRetry(ctx.repo, (snapshot) => {
    const at = ctx.now();
    const rec: HistoryRecord = { kind: 'transition', code: REBUILT_CODE, text: rebuiltText(findings, trigger), on: dayOf(at) };
    // Every shard, changed or not: a shard edited in storage may look unchanged to changedShards' content check only if its digest matches.
    const { plan, derived, newHead } = appendRecords(snapshot, [rec], {
      at,
      accountId,
      origin,
      compile: (entries) => compile([...snapshot.entries, ...entries]),
      allShards: true,
    });
    return { plan, result: { status: derived.status, headSeq: newHead.seq } };
  });
}

export function createOverviewOps(ctx: AppContext): Pick<AdminOperations, 'getOverview' | 'repairDerived'> {
  const { repo } = ctx;
  return {
    async getOverview(caller) {
      const today = ctx.today();
      const [read, head, people] = await Promise.all([tolerantRead(() => repo.status()), repo.head(), repo.people()]);
      let status = usable(read);
      // A status document that does not match the head (edited, left behind, a day in the future) is rebuilt and the rebuild recorded.
      const findings = statusFindings(read, head, today);
      if (findings.length > 0) {
        console.warn(`getOverview: ${findings.join('; ')}; rebuilding`);
        status = (await rebuildDerived(ctx, findings, 'admin page', requireAccount(caller), 'admin-page')).status;
      } else if (!status || status.day !== today || status.policyVersion !== POLICY_VERSION) {
        // The profile cache, not the whole history: the daily check has not run yet today; nothing is written.
        const snapshot = await loadWriteSnapshot(repo);
        status = deriveAt(snapshot, snapshot.compiled, snapshot.head, ctx.now()).status;
      }
      const by = resolver(people);
      const data: OverviewData = {
        status: statusView(status, by),
        profile: {
          ...(status.profile.organization !== undefined ? { organization: status.profile.organization } : {}),
          ...(status.profile.sector !== undefined ? { sector: status.profile.sector } : {}),
          eventCount: status.profile.eventCount,
          headSeq: findings.length > 0 ? status.headSeq : head.seq,
          lastRecordedAt: status.profile.lastRecordedAt,
          lastRecordedBy: status.profile.lastRecordedBy === null ? null : by(status.profile.lastRecordedBy),
        },
        alerts: status.alerts,
        attestation: status.lastAttestation ? { ...status.lastAttestation, by: by(status.lastAttestation.by) } : null,
        license: status.external.license,
      };
      return data;
    },

    async repairDerived(caller) {
      const by = requireAccount(caller);
      // Only from a history that verifies: rebuilding from a broken one would launder the damage.
      const check = await repo.verifyHistory();
      if (!check.intact) {
        const where = check.firstBroken ? ` at entry ${check.firstBroken.seq}: ${check.firstBroken.reason}` : '';
        throw new AppError('CONFLICT', `The history does not verify${where}. Nothing was rebuilt; export the evidence and compare it with a kept head hash.`);
      }
      const today = ctx.today();
      const [read, head] = await Promise.all([tolerantRead(() => repo.status()), repo.head()]);
      const shards = await Promise.all(Array.from({ length: SHARD_COUNT }, (_, i) => tolerantRead(() => repo.shard(i))));
      const findings = [...statusFindings(read, head, today), ...shardFindings(shards, usable(read), head, today)];
      const rebuilt = await rebuildDerived(ctx, findings, 'repair by an admin', by, 'admin-page');
      return { headSeq: rebuilt.headSeq, findings };
    },
  };
}
