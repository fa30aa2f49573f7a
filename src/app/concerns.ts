/** Concerns: raised on a space page, answered and resolved by admins, each step chained into the history. */
import { CONCERN_STATES, type Concern } from '../shared/contract';
import type { ConcernDoc, HistoryEntry } from '../storage/documents';
import type { Repository } from '../storage/repository';
import { appendRecords, requireAccount, type AppContext } from './context';
import { AppError, notFound } from './errors';
import { concernDigest } from './integrity';
import { ERASED } from './people';
import type { Caller } from './ports';
import { requireSpace, type PublicOperations } from './public';
import type { AdminOperations } from './service';
import { requireVisible, visibleProducts } from './spaces';
import { commitCompiledWithRetry, dayOf } from './writer';

const MAX_OPEN_CONCERNS_PER_PERSON = 20;
const MAX_OPEN_CONCERNS_PER_SPACE = 20;

type ConcernCode = 'CONCERN_RAISED' | 'CONCERN_ANSWERED' | 'CONCERN_RESOLVED';
const CONCERN_VERB = { CONCERN_RAISED: 'raised', CONCERN_ANSWERED: 'answered', CONCERN_RESOLVED: 'resolved' } as const satisfies Record<ConcernCode, string>;

export function concernView(doc: ConcernDoc): Concern {
  return {
    id: doc.id,
    product: doc.product,
    spaceKey: doc.spaceKey,
    raisedBy: doc.raisedBy,
    raisedAt: doc.raisedAt,
    kind: doc.details.kind,
    message: doc.details.message,
    state: doc.state,
    ...(doc.details.answer !== undefined ? { answer: doc.details.answer } : {}),
    ...(doc.details.answeredBy !== undefined ? { answeredBy: doc.details.answeredBy } : {}),
    ...(doc.details.answeredAt !== undefined ? { answeredAt: doc.details.answeredAt } : {}),
    ...(doc.details.resolvedBy !== undefined ? { resolvedBy: doc.details.resolvedBy } : {}),
    ...(doc.details.resolvedAt !== undefined ? { resolvedAt: doc.details.resolvedAt } : {}),
    ...(doc.details.resolutionNote !== undefined ? { resolutionNote: doc.details.resolutionNote } : {}),
  };
}

/** Every concern, in all states (the personal data report and the history check need them all). */
export async function allConcerns(repo: Repository): Promise<ConcernDoc[]> {
  const out: ConcernDoc[] = [];
  for (const state of CONCERN_STATES) {
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const res = await repo.concernsPage({ by: { state }, limit: 100, ...(cursor ? { cursor } : {}) });
      out.push(...res.concerns);
      cursor = res.nextCursor;
      if (!cursor) break;
    }
  }
  return out;
}

const CHAINED_CONCERN = /^Concern (\S+) (?:raised|answered|resolved); content SHA-256 ([0-9a-f]{64})$/;

/**
 * Each stored concern against the latest digest the history chained for it. A concern
 * whose account IDs were erased (personal data) differs on purpose and is not a mismatch.
 */
export function concernCheck(
  entries: readonly HistoryEntry[],
  concerns: readonly ConcernDoc[],
): { checked: number; unchained: number; mismatched: { id: string; reason: string }[] } {
  const chained = new Map<string, string>();
  for (const entry of entries) {
    for (const r of entry.records) {
      if (r.kind !== 'transition' || !r.code.startsWith('CONCERN_')) continue;
      const m = CHAINED_CONCERN.exec(r.text);
      if (m) chained.set(m[1] as string, m[2] as string);
    }
  }
  const stored = new Map(concerns.map((c) => [c.id, c]));
  const mismatched: { id: string; reason: string }[] = [];
  for (const [id, digest] of chained) {
    const doc = stored.get(id);
    if (!doc) mismatched.push({ id, reason: 'the concern the history recorded is missing' });
    else if (concernDigest(doc) !== digest && ![doc.raisedBy, doc.details.answeredBy, doc.details.resolvedBy].includes(ERASED)) {
      mismatched.push({ id, reason: 'the stored concern differs from what the history recorded' });
    }
  }
  const unchained = concerns.filter((c) => !chained.has(c.id)).length;
  return { checked: chained.size, unchained, mismatched };
}

type ConcernAdminOperations = Pick<AdminOperations, 'listConcerns' | 'answerConcern' | 'resolveConcern'>;
type ConcernPublicOperations = Pick<PublicOperations, 'getMyConcerns' | 'raiseConcern'>;

export function createConcernOps(ctx: AppContext): { admin: ConcernAdminOperations; public: ConcernPublicOperations } {
  const { repo } = ctx;

  /**
   * Writes a concern together with a history entry that chains its digest (concerns are
   * part of the tamper-evident record), guarded by the head like every write, so
   * concurrent raisers serialise and `check` sees every concern before it.
   * The entry names only the concern id and digest: no text, no space key.
   */
  const chainConcern = async (
    caller: Caller,
    origin: 'admin-page' | 'space-page',
    code: ConcernCode,
    build: (at: Date) => Promise<{ doc: ConcernDoc; expectedState?: ConcernDoc['state'] }>,
  ): Promise<ConcernDoc> => {
    const by = requireAccount(caller);
    return commitCompiledWithRetry(repo, async (snapshot) => {
      const at = ctx.now();
      const { doc, expectedState } = await build(at);
      const text = `Concern ${doc.id} ${CONCERN_VERB[code]}; content SHA-256 ${concernDigest(doc)}`;
      const { plan } = appendRecords(snapshot, [{ kind: 'transition', code, text, on: dayOf(at) }], { at, accountId: by, origin, compile: snapshot.extend });
      return { plan: { ...plan, concerns: [{ doc, ...(expectedState ? { expectedState } : {}) }] }, result: doc };
    });
  };

  /** Open concerns by raiser or by space (up to 500: the caps are 20). */
  const openConcerns = async (by: { raisedBy: string } | { spaceKey: string }): Promise<ConcernDoc[]> => {
    const out: ConcernDoc[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = await repo.concernsPage({ by, limit: 100, ...(cursor ? { cursor } : {}) });
      out.push(...res.concerns.filter((c) => c.state === 'open'));
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    return out;
  };

  /** An admin's answer or resolution: the concern must exist, be visible to them and not be resolved yet. */
  const advance = async (
    caller: Caller,
    id: string,
    code: 'CONCERN_ANSWERED' | 'CONCERN_RESOLVED',
    next: (current: ConcernDoc, by: string, at: Date) => ConcernDoc,
  ): Promise<Concern> => {
    const by = requireAccount(caller);
    const doc = await repo.concern(id);
    if (!doc) throw notFound(`No concern with id ${id}.`);
    await requireVisible(ctx, caller, doc.product);
    if (doc.state === 'resolved') throw new AppError('CONFLICT', 'This concern is already resolved.');
    const written = await chainConcern(caller, 'admin-page', code, async (at) => {
      const current = await repo.concern(id);
      if (!current || current.state === 'resolved') throw new AppError('CONFLICT', 'This concern is already resolved.');
      return { doc: next(current, by, at), expectedState: current.state };
    });
    return concernView(written);
  };

  return {
    admin: {
      async listConcerns(caller, payload) {
        const [page, visible] = await Promise.all([
          repo.concernsPage({ by: { state: payload.state ?? 'open' }, limit: payload.limit ?? 50, ...(payload.cursor ? { cursor: payload.cursor } : {}) }),
          visibleProducts(ctx, caller),
        ]);
        // Concerns about spaces of a product the caller does not administer stay out of the list.
        return { concerns: page.concerns.filter((c) => visible.includes(c.product)).map(concernView), nextCursor: page.nextCursor ?? null };
      },

      answerConcern: (caller, payload) =>
        advance(caller, payload.id, 'CONCERN_ANSWERED', (current, by, at) => ({
          ...current,
          state: 'answered',
          details: { ...current.details, answer: payload.answer, answeredBy: by, answeredAt: at.toISOString() },
        })),

      resolveConcern: (caller, payload) =>
        advance(caller, payload.id, 'CONCERN_RESOLVED', (current, by, at) => ({
          ...current,
          state: 'resolved',
          details: { ...current.details, resolvedBy: by, resolvedAt: at.toISOString(), ...(payload.note ? { resolutionNote: payload.note } : {}) },
        })),
    },

    public: {
      async getMyConcerns(caller) {
        const by = requireAccount(caller);
        const space = requireSpace(caller);
        const page = await repo.concernsPage({ by: { raisedBy: by }, limit: 100 });
        return { concerns: page.concerns.filter((c) => c.spaceKey === space.key && c.product === caller.product).map(concernView) };
      },

      async raiseConcern(caller, payload) {
        const by = requireAccount(caller);
        const space = requireSpace(caller);
        // The idempotency key is the concern's id: a retry after a lost answer finds its concern.
        const id = payload.requestId ? `r-${payload.requestId}` : ctx.newId();
        if (payload.requestId) {
          const existing = await repo.concern(id);
          if (existing) {
            if (existing.raisedBy !== by) throw new AppError('CONFLICT', 'This request id was used for another concern.');
            return concernView(existing);
          }
        }
        const doc = await chainConcern(caller, 'space-page', 'CONCERN_RAISED', async (at) => {
          // Counted inside the guarded commit: concurrent raisers serialise on the head, so the caps hold.
          const [mine, here] = await Promise.all([openConcerns({ raisedBy: by }), openConcerns({ spaceKey: space.key })]);
          if (mine.length >= MAX_OPEN_CONCERNS_PER_PERSON) {
            throw new AppError('RATE_LIMITED', `You have ${MAX_OPEN_CONCERNS_PER_PERSON} open concerns; wait for an answer before raising more.`);
          }
          if (here.filter((c) => c.product === caller.product).length >= MAX_OPEN_CONCERNS_PER_SPACE) {
            throw new AppError('RATE_LIMITED', `This space has ${MAX_OPEN_CONCERNS_PER_SPACE} open concerns; wait for an answer before raising more.`);
          }
          if (payload.requestId && (await repo.concern(id))) throw new AppError('CONFLICT', 'This concern was just raised; reload the page.');
          return {
            doc: {
              schemaVersion: 2,
              id,
              product: caller.product,
              spaceKey: space.key,
              raisedBy: by,
              raisedAt: at.toISOString(),
              state: 'open',
              details: { kind: payload.kind, message: payload.message },
            },
          };
        });
        return concernView(doc);
      },
    },
  };
}
