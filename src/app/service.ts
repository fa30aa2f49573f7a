/**
 * The application core the resolvers call. Pure of Forge: storage, product,
 * clock and id source are injected, so the same code runs on Forge, in the
 * local preview and in tests. Authorization happens before these are called
 * (src/resolvers + src/auth); services trust the Caller they are given.
 */
import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '../policy/dates';
import { POLICY_VERSION } from '../policy/constants';
import { evaluate } from '../policy/engine';
import { MAX_PROFILE_EVENTS, parseProfile, type OrgProfile } from '../policy/profile';
import type { Evaluation, TimelineKind } from '../policy/types';
import {
  CONCERN_STATES,
  LIMITS,
  type AdminKey,
  type Concern,
  type AdminResult,
  type HistoryRecord,
  type HistoryRow,
  type NoticeMode,
  type NoticeSettings,
  type OverviewData,
  type ProfileChange,
  type SpaceRow,
  type SpaceProduct,
  type StatusView,
  type AdminInput,
  unsafeTextPaths,
} from '../shared/contract';
import { DEFAULT_NOTICE_SETTINGS, type RequestDoc, type ConcernDoc, type HistoryEntry, type NoticeShard, type NoticeSummary, type SpaceEntry, type StatusDoc } from '../storage/documents';
import { canonicalJson, sha256Hex, verifyChain } from '../storage/hash-chain';
import type { KvsPort } from '../storage/port';
import { extendsAnchor, parseAnchor } from '../storage/anchor';
import { serialisedBytes } from '../storage/limits';
import { KEYS, Repository, SHARD_COUNT } from '../storage/repository';
import { spaceKeyHash, unpackByHash } from '../storage/space-index';
import { NO_EXTERNAL_FACTS, type ExternalFacts } from './alerts';
import { changeToRecord, compile, compileRecords } from './compile';
import { BANNER_BUDGETS, syncBannerProperties, type BannerSyncResult } from './banner';
import { DerivedTooLarge, changedShards, deriveState, differences, spaceVerdict } from './derive';
import type { SpaceLookup } from './banner';
import { AppError, forbidden, invalid, notFound } from './errors';
import { taggedProduct } from './product-errors';
import { futureOverflow, type FutureLimitInput } from './future-limits';
import { ERASED, pseudonymFor, pseudonymOfAccount, resolver } from './people';
import { REBUILT_CODE, concernDigest, rebuiltText, shardFindings, statusFindings, tolerantRead, trustedThrough, usable } from './integrity';
import { evidenceBundle, historyCsv, safeFileName, spacesCsv } from './evidence';
import { emptyOrg } from './empty-org';
import { createPublicOps, requireSpace, type PublicOperations } from './public';
import type { Caller, Clock, ProductPort } from './ports';
import { buildEntries, commitCompiledWithRetry, commitWithRetry, dayOf, loadSnapshot, loadWriteSnapshot, type Snapshot, type WriteSnapshot } from './writer';

export interface AppDeps {
  kvs: KvsPort;
  product: ProductPort;
  clock: Clock;
  /** Concern ids; random UUIDs unless a test needs them predictable. */
  newId?: () => string;
  /** Site id for evidence bundles (cloudId), when known. */
  siteId?: string | null;
}

type AdminIn<K extends AdminKey> = AdminInput<K>;

export type AdminOperations = { [K in AdminKey]: (caller: Caller, payload: AdminIn<K>) => Promise<AdminResult<K>> };
export type { PublicOperations } from './public';

export interface DailyCheckResult {
  day: CalendarDate;
  /** false when today's status was already computed (a repeated or duplicate run). */
  changed: boolean;
  transitions: number;
  shardsWritten: number;
  /** The banner space-property pass of this run, when there was something to do. */
  banner?: BannerSyncResult;
  /** What was wrong with the derived documents when this run rebuilt them from the history. */
  rebuilt?: string[];
  /** The personal data report, when this run's 7-day cycle was due. */
  personalData?: PersonalDataResult;
}

export interface PersonalDataResult {
  reportedAt: string;
  accounts: number;
  closed: number;
  updated: number;
}

/** Atlassian's personal data reporting: at most 90 accounts per request, once per 7-day cycle. */
export const PERSONAL_DATA_BATCH = 90;
export const PERSONAL_DATA_CYCLE_MS = 7 * 24 * 60 * 60 * 1000;

export interface App {
  admin: AdminOperations;
  public: PublicOperations;
  dailyCheck(): Promise<DailyCheckResult>;
  repository: Repository;
}

/** Timeline kinds the daily check records when their day arrives (declared changes are already in the history). */
const TRANSITION_KINDS: ReadonlySet<TimelineKind> = new Set<TimelineKind>([
  'settings-available',
  'effective',
  'trial-ended',
  'review-window-ends',
  'collection-stopped',
  'in-app-removal-deadline',
  'model-retrain-deadline',
  'retention-ends',
]);

const MAX_OPEN_CONCERNS_PER_PERSON = 20;
const MAX_OPEN_CONCERNS_PER_SPACE = 20;
/** Forge caps a resolver response at 5 MB; stay clear of it with the envelope around the file. */
const MAX_EXPORT_BYTES = 4_500_000;

function exportFile(fileName: string, mimeType: 'application/json' | 'text/csv', content: string) {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_EXPORT_BYTES) {
    throw invalid(`The export is ${bytes} bytes, more than one download can carry (${MAX_EXPORT_BYTES}); export the history as CSV instead.`);
  }
  return { fileName: safeFileName(fileName), mimeType, content, sha256: sha256Hex(content) };
}
const SPACE_SCAN_PAGES = 20;
/** The largest page each product's space list serves (Jira project search 100, Confluence v2 spaces 250). */
const EXPORT_PAGE_SIZE = { jira: 100, confluence: 250 } as const satisfies Record<SpaceProduct, number>;
/** Pages per product for the CSV export: 20,000 Jira spaces or 50,000 Confluence spaces. */
const EXPORT_SCAN_PAGES = 200;
const HISTORY_SCAN_PAGES = 20;

/** The stored status for the admin page; `by` resolves history pseudonyms to account IDs. */
function statusView(status: StatusDoc, by: (id: string) => string = (id) => id): StatusView {
  return {
    day: status.day,
    computedAt: status.computedAt,
    headSeq: status.headSeq,
    evaluation: status.evaluation,
    timelineOmitted: status.timelineOmitted,
    alerts: status.alerts,
    exceptionCounts: status.exceptionCounts,
    lastAttestation: status.lastAttestation ? { ...status.lastAttestation, by: by(status.lastAttestation.by) } : null,
  };
}


function recordMatches(record: HistoryRecord, type: string | undefined): boolean {
  if (!type) return true;
  return record.kind === type || (record.kind === 'event' && record.event.type === type);
}

function parseRowCursor(cursor: string | undefined): { seq: number; index: number } | null {
  if (!cursor) return null;
  const m = /^(\d{1,10})\.(\d{1,4})$/.exec(cursor);
  if (!m) throw invalid('cursor is not a history cursor', [{ path: 'cursor', message: 'is not a history cursor' }]);
  return { seq: Number(m[1]), index: Number(m[2]) };
}

interface SpaceCursor {
  product: number;
  inner?: string;
}

function encodeSpaceCursor(c: SpaceCursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

function decodeSpaceCursor(cursor: string | undefined): SpaceCursor {
  if (!cursor) return { product: 0 };
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const c = parsed as SpaceCursor;
    if (typeof c === 'object' && c !== null && Number.isInteger(c.product) && c.product >= 0 && (c.inner === undefined || typeof c.inner === 'string')) return c;
  } catch {
    // fall through
  }
  throw invalid('cursor is not a space list cursor', [{ path: 'cursor', message: 'is not a space list cursor' }]);
}

function rejectUnsafeText(value: unknown, path: string): void {
  const paths = unsafeTextPaths(value, path);
  if (paths.length > 0) {
    throw invalid(
      `Text must not contain control, bidirectional-override or invisible characters (${paths.slice(0, 5).join(', ')}).`,
      paths.slice(0, 20).map((p) => ({ path: p, message: 'must not contain control, bidirectional-override or invisible characters' })),
    );
  }
}

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

function requireAccount(caller: Caller): string {
  if (!caller.accountId) throw forbidden('Sign in to do this.');
  return caller.accountId;
};

export function createApp(rawDeps: AppDeps): App {
  // Product failures are told apart from storage failures in the answer (see ./product-errors).
  const deps: AppDeps = { ...rawDeps, product: taggedProduct(rawDeps.product) };
  const repo = new Repository(deps.kvs);
  const newId = deps.newId ?? randomUUID;
  const now = () => deps.clock.now();
  const today = () => dayOf(now());



  /** Status for today from a snapshot, without writing. */
  const liveState = (snapshot: Snapshot | WriteSnapshot) =>
    deriveState({ compiled: snapshot.compiled, day: today(), now: now(), head: snapshot.head, settings: snapshot.settings, external: snapshot.external, transitionsThrough: trustedThrough(snapshot.status, today()) });

  /** Appends records (if any) and rewrites the derived documents, all in one transaction. */
  const record = async (
    caller: Caller,
    records: HistoryRecord[],
    origin: 'admin-page' | 'import',
    expectedHeadSeq?: number,
    fieldOfDay: (day: CalendarDate) => string = () => 'changes',
    requestId?: string,
  ) =>
    commitCompiledWithRetry(repo, async (snapshot) => {
      // A retry of a write that landed (its answer was lost): answer it again, record nothing.
      const done = requestId ? await landedRequest(requestId) : undefined;
      if (done && snapshot.status) {
        return { plan: null, result: { entries: [] as HistoryEntry[], newHead: { ...snapshot.head, seq: done.seq, hash: done.hash }, status: snapshot.status, recorded: done.recorded, entryCount: done.entries, people: snapshot.people } };
      }
      if (expectedHeadSeq !== undefined && snapshot.head.seq !== expectedHeadSeq) {
        throw new AppError('CONFLICT', `Someone recorded changes meanwhile (history is at ${snapshot.head.seq}, you previewed ${expectedHeadSeq}); review and try again.`);
      }
      const at = now();
      // The history names a pseudonym; the account ID stays in the erasable map (./people).
      const author = pseudonymFor(snapshot.people, requireAccount(caller), at.toISOString());
      const { entries, newHead } = buildEntries(snapshot.head, records, { recordedAt: at.toISOString(), recordedBy: author.pseudonym, origin });
      const compiled = snapshot.extend(entries);
      if (compiled.eventCount > MAX_PROFILE_EVENTS) throw invalid(`The profile would hold more than ${MAX_PROFILE_EVENTS} events.`);
      const derived = fitsOrRefuse(fieldOfDay, () =>
        deriveState({ compiled, day: dayOf(at), now: at, head: newHead, settings: snapshot.settings, external: snapshot.external, transitionsThrough: trustedThrough(snapshot.status, dayOf(at)) }),
      );
      // An attestation changes no date: only declarations can overflow a later day.
      if (records.some((r) => r.kind === 'event')) fitsAhead(fieldOfDay, { compiled, today: dayOf(at), settings: snapshot.settings, external: snapshot.external, head: newHead, now: at, statusBytesToday: serialisedBytes(derived.status) });
      return {
        plan: {
          head: snapshot.head,
          entries,
          newHead,
          status: derived.status,
          shards: changedShards(derived.shards, snapshot.shards),
          ...(author.people ? { people: author.people } : {}),
          ...(requestId ? { request: { id: requestId, doc: { schemaVersion: 1 as const, seq: newHead.seq, hash: newHead.hash, at: at.toISOString(), recorded: records.length, entries: entries.length } } } : {}),
        },
        result: { entries, newHead, status: derived.status, recorded: records.length, entryCount: entries.length, people: author.people ?? snapshot.people },
      };
    });

  /** The idempotency record of `requestId` when its entry is in the history. */
  const landedRequest = async (requestId: string): Promise<RequestDoc | undefined> => {
    const doc = await repo.request(requestId);
    if (!doc) return undefined;
    return (await repo.entry(doc.seq))?.hash === doc.hash ? doc : undefined;
  };

  /** Derives, turning a document that would not fit into INVALID naming the field and the day. */
  const fitsOrRefuse = <T>(fieldOfDay: (day: CalendarDate) => string, derive: () => T): T => {
    try {
      return derive();
    } catch (error) {
      if (error instanceof DerivedTooLarge) throw tooLarge(error, fieldOfDay);
      throw error;
    }
  };
  /** Refuses a write after which a derived document would overflow on a future day (issue 13). */
  const fitsAhead = (fieldOfDay: (day: CalendarDate) => string, input: FutureLimitInput): void => {
    const overflow = futureOverflow(input);
    if (overflow) throw tooLarge(overflow, fieldOfDay);
  };

  /**
   * Rebuilds the status document, every notice shard and the profile cache from the
   * whole history (not the cache) and records that it did, in one transaction.
   */
  const rebuildDerived = async (findings: readonly string[], trigger: string, accountId: string | null, origin: 'admin-page' | 'daily-check') =>
    commitWithRetry(repo, (snapshot) => {
      const at = now();
      const day = dayOf(at);
      const rec: HistoryRecord = { kind: 'transition', code: REBUILT_CODE, text: rebuiltText(findings, trigger), on: day };
      const author = accountId ? pseudonymFor(snapshot.people, accountId, at.toISOString()) : { pseudonym: 'system' };
      const { entries, newHead } = buildEntries(snapshot.head, [rec], { recordedAt: at.toISOString(), recordedBy: author.pseudonym, origin });
      const compiled = compile([...snapshot.entries, ...entries]);
      const derived = deriveState({ compiled, day, now: at, head: newHead, settings: snapshot.settings, external: snapshot.external, transitionsThrough: trustedThrough(snapshot.status, day) });
      // Every shard, changed or not: a shard edited in storage may look unchanged to changedShards' content check only if its digest matches.
      return {
        plan: { head: snapshot.head, entries, newHead, status: derived.status, shards: derived.shards, ...('people' in author && author.people ? { people: author.people } : {}) },
        result: { status: derived.status, headSeq: newHead.seq },
      };
    });

  const openConcernCounts = async (): Promise<Map<string, number>> => {
    const counts = new Map<string, number>();
    let cursor: string | undefined;
    for (let page = 0; page < 50; page++) {
      const res = await repo.concernsPage({ by: { state: 'open' }, limit: 100, ...(cursor ? { cursor } : {}) });
      for (const c of res.concerns) counts.set(`${c.product}|${c.spaceKey}`, (counts.get(`${c.product}|${c.spaceKey}`) ?? 0) + 1);
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    return counts;
  };

  /** A shard that claims a day after today was not written by the app: left out, as on the notice path (./public). */
  const current = (shard: NoticeShard | undefined): NoticeShard | undefined => (shard && shard.org.day > today() ? undefined : shard);

  const readOrgAndSpaces = async (): Promise<{ org: NoticeSummary; spaces: SpaceLookup }> => {
    const shards = (await repo.shards()).map(current);
    const org = shards.find((s): s is NoticeShard => s !== undefined)?.org ?? emptyOrg(today());
    // Shards hold key hashes, not keys: look each listed space up by its hash.
    const byHash = new Map<string, SpaceEntry>();
    for (const shard of shards) if (shard) unpackByHash(shard.entries, byHash);
    return { org, spaces: { get: (key: string) => byHash.get(spaceKeyHash(key)) } };
  };

  /** The banner mode as saved now (never a snapshot's: the admin may have changed it meanwhile). */
  const currentBannerMode = async (): Promise<NoticeMode> => (await repo.noticeSettings())?.settings.banner ?? DEFAULT_NOTICE_SETTINGS.banner;

  /**
   * Keeps the banner's display-condition space properties in step (see ./banner); never fails the caller.
   * The mode is read when the pass starts and re-read on every page, so a run never applies a mode
   * the admin has replaced meanwhile; when it changed during the run, one more pass applies the new one.
   */
  const syncBanner = async (trigger: 'settings' | 'daily'): Promise<BannerSyncResult | null> => {
    try {
      let result: BannerSyncResult | null = null;
      for (let pass = 0; pass < 2; pass++) {
        const mode = await currentBannerMode();
        result = await syncBannerProperties({ repo, product: deps.product, clock: deps.clock, readOrgAndSpaces, currentMode: currentBannerMode }, mode, trigger, BANNER_BUDGETS[trigger]);
        if ((await currentBannerMode()) === mode) break;
      }
      return result;
    } catch (error) {
      console.error(`banner sync (${trigger}) failed; the next run retries`, error);
      return null;
    }
  };

  /**
   * The products whose spaces and concerns the caller may see: the product of the admin module
   * they called from (the resolver checked that they administer it), and any other installed
   * product only when they administer that one too, checked as the user. Fails closed.
   */
  const visibleProducts = async (caller: Caller): Promise<SpaceProduct[]> => {
    const installed = await deps.product.products();
    const allowed = await Promise.all(
      installed.map(async (p) => {
        if (p === caller.product) return true;
        try {
          return (await deps.product.isProductAdmin(caller, p)) === true;
        } catch (error) {
          console.error(`admin check for ${p} failed; not listing its spaces`, error);
          return false;
        }
      }),
    );
    return installed.filter((_, i) => allowed[i]);
  };
  const requireVisible = async (caller: Caller, product: SpaceProduct) => {
    if (!(await visibleProducts(caller)).includes(product)) {
      throw forbidden(product === 'confluence' ? 'Only Confluence administrators can see Confluence spaces and their concerns.' : 'Only Jira administrators can see Jira spaces and their concerns.');
    }
  };

  /**
   * Every visible space for the CSV export: each product walked with the largest page it
   * serves, the products side by side (at most two product calls in flight), instead of
   * up to 400 sequential pages of 50.
   */
  const allSpaceRows = async (caller: Caller): Promise<SpaceRow[]> => {
    const [products, { org, spaces }, concerns] = await Promise.all([visibleProducts(caller), readOrgAndSpaces(), openConcernCounts()]);
    const perProduct = await Promise.all(
      products.map(async (product) => {
        const rows: SpaceRow[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < EXPORT_SCAN_PAGES; page++) {
          const result = await deps.product.listSpaces(product, { limit: EXPORT_PAGE_SIZE[product], ...(cursor ? { cursor } : {}) });
          for (const space of result.spaces) {
            const entry = spaces.get(space.key);
            const verdict = spaceVerdict(org, { key: space.key, app: space.app }, entry);
            rows.push({
              product,
              key: space.key,
              name: space.name,
              app: space.app,
              status: verdict.status,
              ...(verdict.projected ? { projected: verdict.projected } : {}),
              mode: entry?.mode ?? 'default',
              openConcerns: concerns.get(`${product}|${space.key}`) ?? 0,
            });
          }
          cursor = result.nextCursor;
          if (!cursor) break;
        }
        return rows;
      }),
    );
    return perProduct.flat();
  };

  const listSpaceRows = async (
    caller: Caller,
    filter: AdminIn<'listSpaces'>,
    limit: number,
    scanPages: number,
  ): Promise<{ rows: SpaceRow[]; nextCursor: string | null }> => {
    if (filter.product) await requireVisible(caller, filter.product);
    const products = filter.product ? [filter.product] : await visibleProducts(caller);
    const [{ org, spaces }, concerns] = await Promise.all([readOrgAndSpaces(), openConcernCounts()]);
    const search = filter.search?.toLowerCase();
    const rows: SpaceRow[] = [];
    let cursor = decodeSpaceCursor(filter.cursor);
    for (let scanned = 0; scanned < scanPages; scanned++) {
      const product = products[cursor.product];
      if (!product) return { rows, nextCursor: null };
      // Ask only for as many as still fit, so a page never overshoots `limit` and the cursor never skips rows.
      const want = Math.max(1, Math.min(50, Number.isFinite(limit) ? limit - rows.length : 50));
      const page = await deps.product.listSpaces(product, { limit: want, ...(cursor.inner ? { cursor: cursor.inner } : {}), ...(search ? { search } : {}) });
      for (const space of page.spaces) {
        if (search && !space.key.toLowerCase().includes(search) && !space.name.toLowerCase().includes(search)) continue;
        const entry = spaces.get(space.key);
        const verdict = spaceVerdict(org, { key: space.key, app: space.app }, entry);
        const row: SpaceRow = {
          product,
          key: space.key,
          name: space.name,
          app: space.app,
          status: verdict.status,
          ...(verdict.projected ? { projected: verdict.projected } : {}),
          mode: entry?.mode ?? 'default',
          openConcerns: concerns.get(`${product}|${space.key}`) ?? 0,
        };
        if (filter.status && row.status !== filter.status && row.projected !== filter.status) continue;
        if (filter.mode && row.mode !== filter.mode) continue;
        if (filter.hasConcern !== undefined && row.openConcerns > 0 !== filter.hasConcern) continue;
        rows.push(row);
      }
      cursor = page.nextCursor ? { product: cursor.product, inner: page.nextCursor } : { product: cursor.product + 1 };
      if (rows.length >= limit) break;
    }
    return { rows, nextCursor: products[cursor.product] ? encodeSpaceCursor(cursor) : null };
  };

  const admin: AdminOperations = {
    async getOverview(caller) {
      const [read, head, people] = await Promise.all([tolerantRead(() => repo.status()), repo.head(), repo.people()]);
      let status = usable(read);
      // A status document that does not match the head (edited, left behind, a day in the future) is rebuilt and the rebuild recorded.
      const findings = statusFindings(read, head, today());
      if (findings.length > 0) {
        console.warn(`getOverview: ${findings.join('; ')}; rebuilding`);
        status = (await rebuildDerived(findings, 'admin page', requireAccount(caller), 'admin-page')).status;
      } else if (!status || status.day !== today() || status.policyVersion !== POLICY_VERSION) {
        // The profile cache, not the whole history: the daily check has not run yet today.
        status = liveState(await loadWriteSnapshot(repo)).status;
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

    async previewEvents(_caller, payload) {
      const snapshot = await loadSnapshot(repo);
      const day = today();
      const before = evaluate(snapshot.compiled.profile, { at: day });
      const records = payload.changes.map(changeToRecord);
      const after = evaluate(compileRecords([...snapshot.entries.flatMap((e) => e.records), ...records] as HistoryRecord[]).profile, { at: day });
      const existing = new Set(snapshot.entries.flatMap((e) => e.records).filter((r) => r.kind === 'event').map((r) => canonicalJson(r)));
      return {
        headSeq: snapshot.head.seq,
        before,
        after,
        differences: differences(before, after),
        redundant: records.filter((r) => r.kind === 'event' && existing.has(canonicalJson(r))).length,
      };
    },

    async recordEvents(caller, payload) {
      rejectUnsafeText(payload.changes, 'changes');
      const result = await record(caller, payload.changes.map(changeToRecord), 'admin-page', payload.expectedHeadSeq, (day) => fieldForDay('changes', payload.changes, day), payload.requestId);
      return { headSeq: result.newHead.seq, recorded: result.recorded, entries: result.entryCount, status: statusView(result.status, resolver(result.people)) };
    },

    async simulate(_caller, payload) {
      const snapshot = await loadSnapshot(repo);
      const at = payload.at ?? today();
      const current = evaluate(snapshot.compiled.profile, { at });
      const extra = (payload.changes as ProfileChange[]).map(changeToRecord);
      const simulated = evaluate(compileRecords([...snapshot.entries.flatMap((e) => e.records), ...extra] as HistoryRecord[]).profile, { at });
      return { at, current, simulated, differences: differences(current, simulated) };
    },

    async listHistory(_caller, payload) {
      const limit = payload.limit ?? 50;
      const filter = payload.filter ?? {};
      const position = parseRowCursor(payload.cursor);
      const rows: HistoryRow[] = [];
      let inner: string | undefined;
      let lastSeq: number | null = null;
      const people = await repo.people();
      const by = resolver(people);
      // Entries name pseudonyms: filter by the account's pseudonym (entries from before pseudonyms name the account ID).
      const actor = filter.actor !== undefined ? (pseudonymOfAccount(people, filter.actor) ?? filter.actor) : undefined;
      for (let scanned = 0; scanned < HISTORY_SCAN_PAGES; scanned++) {
        const page = await repo.entriesPage({
          sort: 'DESC',
          ...(actor !== undefined ? { actor } : {}),
          ...(filter.origin !== undefined ? { origin: filter.origin } : {}),
          ...(position ? { seqRange: { condition: 'LESS_THAN_EQUAL_TO', values: [position.seq] } } : {}),
          ...(inner ? { cursor: inner } : {}),
        });
        for (const entry of page.entries) {
          const day = entry.recordedAt.slice(0, 10);
          // Newest first: once before `from`, everything after is older still.
          if (filter.from && day < filter.from) return { rows, nextCursor: null };
          lastSeq = entry.seq;
          if (filter.to && day > filter.to) continue;
          for (let index = entry.records.length - 1; index >= 0; index--) {
            if (position && entry.seq === position.seq && index >= position.index) continue;
            const rec = entry.records[index] as HistoryRecord;
            if (!recordMatches(rec, filter.type)) continue;
            rows.push({ seq: entry.seq, index, recordedAt: entry.recordedAt, recordedBy: by(entry.recordedBy), origin: entry.origin, record: rec });
            if (rows.length >= limit) return { rows, nextCursor: `${entry.seq}.${index}` };
          }
        }
        inner = page.nextCursor;
        if (!inner) return { rows, nextCursor: null };
      }
      // Scan budget used up on a selective filter: continue before the last entry scanned.
      return { rows, nextCursor: lastSeq !== null && lastSeq > 1 ? `${lastSeq}.0` : null };
    },

    async verifyHistory() {
      // Reads in a safe order and repeats when a commit lands meanwhile (no false alarm while others write).
      let entries: HistoryEntry[] = [];
      const { head, ...check } = await repo.verifyHistory((read) => (entries = read));
      const seq = head?.seq ?? 0;
      // Concerns against the digests the history chained for them.
      const concerns = concernCheck(entries, await allConcerns());
      return { ...check, headSeq: seq, headHash: head && seq > 0 ? head.hash : null, concerns };
    },

    async exportEvidence(caller, payload) {
      const day = today();
      if (payload.format === 'spaces-csv') {
        return exportFile(`contribution-lens-spaces-${day}.csv`, 'text/csv', spacesCsv(await allSpaceRows(caller)));
      }
      const [head, people] = await Promise.all([repo.head(), repo.people()]);
      const stored = await repo.rawEntries();
      const chain = verifyChain(stored, head, KEYS.entry);
      const entries = stored.flatMap((s) => (s.entry instanceof Error ? [] : [s.entry]));
      if (payload.format === 'history-csv') {
        return exportFile(`contribution-lens-history-${day}.csv`, 'text/csv', historyCsv(entries, resolver(people)));
      }
      const compiled = compile(entries.filter((e) => e.seq <= head.seq));
      if (payload.format === 'profile-json') {
        return exportFile(`contribution-lens-profile-${day}.json`, 'application/json', `${JSON.stringify(compiled.profile, null, 2)}\n`);
      }
      const content = evidenceBundle({
        generatedAt: now().toISOString(),
        generatedBy: requireAccount(caller),
        siteId: caller.siteId ?? deps.siteId ?? null,
        profile: compiled.profile,
        evaluation: evaluate(compiled.profile, { at: day }),
        entries,
        chain,
        headSeq: head.seq,
        headHash: head.hash,
        actors: Object.fromEntries((people?.people ?? []).map((p) => [p.pseudonym, p.accountId])),
      });
      return exportFile(`contribution-lens-evidence-${day}.json`, 'application/json', content);
    },

    async attest(caller, payload) {
      const rec: HistoryRecord = { kind: 'attestation', ...(payload.note ? { note: payload.note } : {}) };
      const result = await record(caller, [rec], 'admin-page', undefined, undefined, payload.requestId);
      const view = statusView(result.status, resolver(result.people));
      if (!view.lastAttestation) throw new Error('attestation was recorded but is not in the status');
      return { attestation: view.lastAttestation, status: view };
    },

    async getNoticeSettings() {
      const doc = await repo.noticeSettings();
      return { settings: doc?.settings ?? structuredClone(DEFAULT_NOTICE_SETTINGS), updatedAt: doc?.updatedAt ?? null, updatedBy: doc?.updatedBy ?? null };
    },

    async saveNoticeSettings(caller, payload) {
      const by = requireAccount(caller);
      const saved = await commitCompiledWithRetry(repo, (snapshot) => {
        const at = now();
        const settings: NoticeSettings = payload.settings;
        const derived = fitsOrRefuse(
          () => 'settings.text',
          () => deriveState({ compiled: snapshot.compiled, day: dayOf(at), now: at, head: snapshot.head, settings, external: snapshot.external, transitionsThrough: trustedThrough(snapshot.status, dayOf(at)) }),
        );
        // Longer texts make every shard longer, on every later day too.
        fitsAhead(() => 'settings.text', { compiled: snapshot.compiled, today: dayOf(at), settings, external: snapshot.external, head: snapshot.head, now: at, statusBytesToday: serialisedBytes(derived.status) });
        const doc = { schemaVersion: 2 as const, settings, updatedAt: at.toISOString(), updatedBy: by };
        return {
          plan: { head: snapshot.head, status: derived.status, shards: changedShards(derived.shards, snapshot.shards), noticeSettings: doc },
          result: { settings, updatedAt: doc.updatedAt, updatedBy: by },
        };
      });
      // After the commit: the settings are saved even when the product is slow; the daily check finishes what this run could not.
      await syncBanner('settings');
      return saved;
    },

    async listConcerns(caller, payload) {
      const [page, visible] = await Promise.all([
        repo.concernsPage({ by: { state: payload.state ?? 'open' }, limit: payload.limit ?? 50, ...(payload.cursor ? { cursor: payload.cursor } : {}) }),
        visibleProducts(caller),
      ]);
      // Concerns about spaces of a product the caller does not administer stay out of the list.
      return { concerns: page.concerns.filter((c) => visible.includes(c.product)).map(concernView), nextCursor: page.nextCursor ?? null };
    },

    async answerConcern(caller, payload) {
      const by = requireAccount(caller);
      const doc = await repo.concern(payload.id);
      if (!doc) throw notFound(`No concern with id ${payload.id}.`);
      await requireVisible(caller, doc.product);
      if (doc.state === 'resolved') throw new AppError('CONFLICT', 'This concern is already resolved.');
      const next = await chainConcern(caller, 'admin-page', 'CONCERN_ANSWERED', async (at) => {
        const current = await repo.concern(payload.id);
        if (!current || current.state === 'resolved') throw new AppError('CONFLICT', 'This concern is already resolved.');
        return { doc: { ...current, state: 'answered', details: { ...current.details, answer: payload.answer, answeredBy: by, answeredAt: at.toISOString() } }, expectedState: current.state };
      });
      return concernView(next);
    },

    async resolveConcern(caller, payload) {
      const by = requireAccount(caller);
      const doc = await repo.concern(payload.id);
      if (!doc) throw notFound(`No concern with id ${payload.id}.`);
      await requireVisible(caller, doc.product);
      if (doc.state === 'resolved') throw new AppError('CONFLICT', 'This concern is already resolved.');
      const next = await chainConcern(caller, 'admin-page', 'CONCERN_RESOLVED', async (at) => {
        const current = await repo.concern(payload.id);
        if (!current || current.state === 'resolved') throw new AppError('CONFLICT', 'This concern is already resolved.');
        return {
          doc: { ...current, state: 'resolved', details: { ...current.details, resolvedBy: by, resolvedAt: at.toISOString(), ...(payload.note ? { resolutionNote: payload.note } : {}) } },
          expectedState: current.state,
        };
      });
      return concernView(next);
    },

    async listSpaces(caller, payload) {
      const { rows, nextCursor } = await listSpaceRows(caller, payload, payload.limit ?? 50, SPACE_SCAN_PAGES);
      return { spaces: rows, nextCursor };
    },

    async checkAnchor(caller, payload) {
      const anchor = parseAnchor(payload.anchor);
      if (!anchor) throw invalid('This is not an anchor line from an evidence bundle.', [{ path: 'anchor', message: 'must be a line such as "contribution-lens-anchor v1 site=… entry=12 head=<64 hex digits>"' }]);
      const site = caller.siteId ?? deps.siteId ?? null;
      const verdict = await repo.verifyHistory();
      const base = { headSeq: verdict.head?.seq ?? 0, anchorSeq: anchor.seq, intact: verdict.intact };
      if (anchor.site !== null && site !== null && anchor.site !== site) {
        return { ...base, extends: false, reason: `The anchor was kept for site ${anchor.site}; this is site ${site}.` };
      }
      if (!verdict.intact) {
        return { ...base, extends: false, reason: `The history does not verify: ${verdict.firstBroken?.reason ?? 'broken'}.` };
      }
      const entry = anchor.seq === 0 ? undefined : await repo.entry(anchor.seq);
      const reason = anchor.seq === 0 ? extendsAnchor([], anchor) : !entry ? `The history ends at entry ${base.headSeq}, before the kept entry ${anchor.seq}: entries were removed since the anchor was kept.` : entry.hash === anchor.hash ? null : `Entry ${anchor.seq} has another hash than the kept one: the history was rewritten since the anchor was kept.`;
      return { ...base, extends: reason === null, reason };
    },

    async repairDerived(caller) {
      const by = requireAccount(caller);
      // Only from a history that verifies: rebuilding from a broken one would launder the damage.
      const check = await repo.verifyHistory();
      if (!check.intact) {
        const where = check.firstBroken ? ` at entry ${check.firstBroken.seq}: ${check.firstBroken.reason}` : '';
        throw new AppError('CONFLICT', `The history does not verify${where}. Nothing was rebuilt; export the evidence and compare it with a kept head hash.`);
      }
      const [read, head] = await Promise.all([tolerantRead(() => repo.status()), repo.head()]);
      const shards = await Promise.all(Array.from({ length: SHARD_COUNT }, (_, i) => tolerantRead(() => repo.shard(i))));
      const findings = [...statusFindings(read, head, today()), ...shardFindings(shards, usable(read), head, today())];
      const rebuilt = await rebuildDerived(findings, 'repair by an admin', by, 'admin-page');
      return { headSeq: rebuilt.headSeq, findings };
    },

    async importProfile(caller, payload) {
      const bytes = Buffer.byteLength(JSON.stringify(payload.profile ?? null), 'utf8');
      if (bytes > LIMITS.importBytes) throw invalid(`The profile file is ${bytes} bytes; at most ${LIMITS.importBytes} can be imported at once.`, [{ path: 'profile', message: 'is too large' }]);
      const parsed = parseProfile(payload.profile);
      if (!parsed.ok) {
        throw invalid(
          'The profile file is not valid.',
          parsed.issues.map((i) => ({ path: i.path === '(root)' ? 'profile' : `profile.${i.path}`, message: i.message })),
        );
      }
      const incoming: OrgProfile = parsed.value;
      // The same plain-text rule as every form field: an imported file is outside input too.
      rejectUnsafeText(incoming, 'profile');
      const plan = (snapshot: Snapshot) => {
        const known = new Set(snapshot.entries.flatMap((e) => e.records).filter((r) => r.kind === 'event').map((r) => canonicalJson(r.event)));
        const fresh = incoming.events.filter((e) => {
          const key = canonicalJson(e);
          if (known.has(key)) return false;
          known.add(key);
          return true;
        });
        const current = snapshot.compiled.profile;
        const info: HistoryRecord | null =
          (incoming.organization ?? null) !== (current.organization ?? null) || (incoming.sector ?? null) !== (current.sector ?? null)
            ? { kind: 'profile-info', organization: incoming.organization ?? null, sector: incoming.sector ?? null }
            : null;
        const records: HistoryRecord[] = [...(info ? [info] : []), ...fresh.map((event) => ({ kind: 'event' as const, event }))];
        return { records, fresh: fresh.length, already: incoming.events.length - fresh.length, infoChanged: info !== null, head: snapshot.head.seq };
      };
      if (payload.dryRun) {
        const p = plan(await loadSnapshot(repo));
        return { dryRun: true, newEvents: p.fresh, alreadyDeclared: p.already, profileInfoChanged: p.infoChanged, headSeq: p.head };
      }
      let summary = { fresh: 0, already: 0, infoChanged: false, head: 0 };
      const result = await commitWithRetry(repo, (snapshot) => {
        const p = plan(snapshot);
        summary = { fresh: p.fresh, already: p.already, infoChanged: p.infoChanged, head: snapshot.head.seq };
        if (p.records.length === 0) return { plan: null, result: null };
        if (p.records.length > LIMITS.changesPerBatch) throw invalid(`The file adds ${p.records.length} changes; import at most ${LIMITS.changesPerBatch} at once.`);
        const at = now();
        const author = pseudonymFor(snapshot.people, requireAccount(caller), at.toISOString());
        const { entries, newHead } = buildEntries(snapshot.head, p.records, { recordedAt: at.toISOString(), recordedBy: author.pseudonym, origin: 'import' });
        const compiled = compile([...snapshot.entries, ...entries]);
        const field = (day: CalendarDate) => fieldForDay('profile.events', incoming.events, day);
        const derived = fitsOrRefuse(field, () =>
          deriveState({ compiled, day: dayOf(at), now: at, head: newHead, settings: snapshot.settings, external: snapshot.external, transitionsThrough: trustedThrough(snapshot.status, dayOf(at)) }),
        );
        fitsAhead(field, { compiled, today: dayOf(at), settings: snapshot.settings, external: snapshot.external, head: newHead, now: at, statusBytesToday: serialisedBytes(derived.status) });
        return { plan: { head: snapshot.head, entries, newHead, status: derived.status, shards: changedShards(derived.shards, snapshot.shards), ...(author.people ? { people: author.people } : {}) }, result: newHead.seq };
      });
      return { dryRun: false, newEvents: summary.fresh, alreadyDeclared: summary.already, profileInfoChanged: summary.infoChanged, headSeq: result ?? summary.head };
    },
  };

  /**
   * Writes a concern together with a history entry that chains its digest (issue 13:
   * concerns are part of the tamper-evident record), guarded by the head like every
   * write, so concurrent raisers serialise and `check` sees every concern before it.
   * The entry names only the concern id and digest: no text, no space key.
   */
  async function chainConcern(
    caller: Caller,
    origin: 'admin-page' | 'space-page',
    code: 'CONCERN_RAISED' | 'CONCERN_ANSWERED' | 'CONCERN_RESOLVED',
    build: (at: Date) => Promise<{ doc: ConcernDoc; expectedState?: ConcernDoc['state'] }>,
  ): Promise<ConcernDoc> {
    const by = requireAccount(caller);
    return commitCompiledWithRetry(repo, async (snapshot) => {
      const at = now();
      const day = dayOf(at);
      const { doc, expectedState } = await build(at);
      const author = pseudonymFor(snapshot.people, by, at.toISOString());
      const rec: HistoryRecord = { kind: 'transition', code, text: `Concern ${doc.id} ${code === 'CONCERN_RAISED' ? 'raised' : code === 'CONCERN_ANSWERED' ? 'answered' : 'resolved'}; content SHA-256 ${concernDigest(doc)}`, on: day };
      const { entries, newHead } = buildEntries(snapshot.head, [rec], { recordedAt: at.toISOString(), recordedBy: author.pseudonym, origin });
      const compiled = snapshot.extend(entries);
      const derived = deriveState({ compiled, day, now: at, head: newHead, settings: snapshot.settings, external: snapshot.external, transitionsThrough: trustedThrough(snapshot.status, day) });
      return {
        plan: {
          head: snapshot.head,
          entries,
          newHead,
          status: derived.status,
          shards: changedShards(derived.shards, snapshot.shards),
          ...(author.people ? { people: author.people } : {}),
          concerns: [{ doc, ...(expectedState ? { expectedState } : {}) }],
        },
        result: doc,
      };
    });
  }



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


  // The reads are the page-view function's own (./public); raising a concern appends to the chain, so it is here.
  const publicOps: PublicOperations = {
    ...createPublicOps({ repo, product: deps.product, clock: deps.clock }),

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
      const id = payload.requestId ? `r-${payload.requestId}` : newId();
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
          doc: { schemaVersion: 2, id, product: caller.product, spaceKey: space.key, raisedBy: by, raisedAt: at.toISOString(), state: 'open', details: { kind: payload.kind, message: payload.message } },
        };
      });
      return concernView(doc);
    },

  };

  /**
   * Atlassian's personal data reporting, at most once per 7-day cycle: every stored
   * account ID (the pseudonym map, notice settings, concerns) with when it was last
   * stored or refreshed, in batches of 90. Closed accounts are erased everywhere
   * they are stored (history entries name pseudonyms, so the chain still verifies);
   * updated ones get a fresh `updatedAt` (the app keeps no other profile data).
   */
  async function reportPersonalData(): Promise<PersonalDataResult | null> {
    const at = now();
    const last = await repo.privacyReport();
    if (last && at.getTime() - Date.parse(last.reportedAt) < PERSONAL_DATA_CYCLE_MS) return null;
    const latest = new Map<string, string>();
    const note = (accountId: string | undefined, when: string | undefined) => {
      if (!accountId || accountId === 'system' || accountId === ERASED || !when) return;
      if ((latest.get(accountId) ?? '') < when) latest.set(accountId, when);
    };
    const [people, settings] = await Promise.all([repo.people(), repo.noticeSettings()]);
    for (const p of people?.people ?? []) note(p.accountId, p.updatedAt);
    note(settings?.updatedBy, settings?.updatedAt);
    const concerns = await allConcerns();
    for (const c of concerns) {
      note(c.raisedBy, c.raisedAt);
      note(c.details.answeredBy, c.details.answeredAt);
      note(c.details.resolvedBy, c.details.resolvedAt);
    }
    const accounts = [...latest].map(([accountId, updatedAt]) => ({ accountId, updatedAt }));
    const closed = new Set<string>();
    const updated = new Set<string>();
    for (let i = 0; i < accounts.length; i += PERSONAL_DATA_BATCH) {
      for (const u of await deps.product.reportPersonalData(accounts.slice(i, i + PERSONAL_DATA_BATCH))) (u.status === 'closed' ? closed : updated).add(u.accountId);
    }
    if (closed.size > 0 || updated.size > 0) {
      const stamp = at.toISOString();
      await commitCompiledWithRetry(repo, (snapshot) => {
        const nextPeople = snapshot.people
          ? { ...snapshot.people, people: snapshot.people.people.filter((p) => !closed.has(p.accountId)).map((p) => (updated.has(p.accountId) ? { ...p, updatedAt: stamp } : p)) }
          : undefined;
        const doc = snapshot.settingsDoc && closed.has(snapshot.settingsDoc.updatedBy) ? { ...snapshot.settingsDoc, updatedBy: ERASED } : undefined;
        return { plan: { head: snapshot.head, ...(nextPeople ? { people: nextPeople } : {}), ...(doc ? { noticeSettings: doc } : {}) }, result: null };
      });
      const erase = (id: string | undefined) => (id !== undefined && closed.has(id) ? ERASED : id);
      for (const c of concerns) {
        if (![c.raisedBy, c.details.answeredBy, c.details.resolvedBy].some((id) => id !== undefined && closed.has(id))) continue;
        const details = { ...c.details };
        if (details.answeredBy !== undefined) details.answeredBy = erase(details.answeredBy) as string;
        if (details.resolvedBy !== undefined) details.resolvedBy = erase(details.resolvedBy) as string;
        await repo.saveConcernUnconditionally({ ...c, raisedBy: erase(c.raisedBy) as string, details });
      }
    }
    const result = { reportedAt: at.toISOString(), accounts: accounts.length, closed: closed.size, updated: updated.size };
    await repo.savePrivacyReport({ schemaVersion: 1, ...result });
    return result;
  }

  /** Every concern, in all states (the personal data report needs their account IDs). */
  async function allConcerns(): Promise<ConcernDoc[]> {
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

  /** The report never fails the daily check: a failed cycle is retried the next day. */
  async function reportPersonalDataSafely(): Promise<PersonalDataResult | null> {
    try {
      return await reportPersonalData();
    } catch (error) {
      console.error('personal data report failed; the next daily check retries', error);
      return null;
    }
  }

  async function readExternal(previous: ExternalFacts, day: CalendarDate): Promise<ExternalFacts> {
    const safely = async <T>(fn: () => Promise<T>): Promise<T | null> => {
      try {
        return await fn();
      } catch (error) {
        console.error('daily check: product call failed', error);
        return null;
      }
    };
    const [license, access] = await Promise.all([safely(() => deps.product.jiraLicense()), safely(() => deps.product.accessBlocked())]);
    // A product whose check failed keeps no "blocked" verdict: it is reported as unchecked, never as not blocked.
    return {
      license: license ?? previous.license,
      accessBlocked: access ? access.blocked : previous.accessBlocked,
      accessUnchecked: access ? access.unchecked : [{ product: 'jira', reason: 'the product calls failed' }],
      checkedOn: day,
    };
  }

  async function dailyCheck(): Promise<DailyCheckResult> {
    const day = today();
    const policyVersion = POLICY_VERSION;
    // Exactly today (a day in the future is no reason to skip) and computed from the head as it is now.
    const upToDate = (s: StatusDoc | undefined, head: { seq: number; hash: string }) =>
      !!s && s.day === day && s.transitionsThrough === day && s.policyVersion === policyVersion && s.headSeq === head.seq && (s.headHash === undefined || s.headHash === head.hash);
    const [firstRead, firstHead] = await Promise.all([tolerantRead(() => repo.status()), repo.head()]);
    const first = usable(firstRead);
    if (upToDate(first, firstHead)) {
      const personalData = await reportPersonalDataSafely();
      return { day, changed: false, transitions: 0, shardsWritten: 0, ...(personalData ? { personalData } : {}) };
    }
    // Before computing the day: are the status and every shard still what the app wrote from this head?
    const probe = await loadWriteSnapshot(repo);
    const findings = [...statusFindings(probe.read.status, probe.head, day), ...shardFindings(probe.read.shards, probe.status, probe.head, day)];
    let rebuilt = false;
    if (findings.length > 0) {
      console.warn(`daily check: ${findings.join('; ')}; rebuilding from the history`);
      await rebuildDerived(findings, 'daily check', null, 'daily-check');
      rebuilt = true;
    }
    const external = await readExternal(first ? { ...first.external, accessUnchecked: first.external.accessUnchecked ?? [] } : NO_EXTERNAL_FACTS, day);
    const result = await commitCompiledWithRetry<DailyCheckResult>(repo, (snapshot) => {
      const status = snapshot.status;
      // A duplicate run that lost the race finds today's status already written.
      if (upToDate(status, snapshot.head)) {
        return { plan: null, result: { day, changed: false, transitions: 0, shardsWritten: 0 } };
      }
      const at = now();
      const evaluation = evaluate(snapshot.compiled.profile, { at: day });
      const records: HistoryRecord[] = [];
      // Transitions since the last check; admin writes in between do not advance this day.
      const from = trustedThrough(status, day);
      if (from !== null && from < day) records.push(...transitionsBetween(snapshot.compiled.profile, from, day, evaluation));
      const { entries, newHead } =
        records.length > 0
          ? buildEntries(snapshot.head, records, { recordedAt: at.toISOString(), recordedBy: 'system', origin: 'daily-check' })
          : { entries: [] as HistoryEntry[], newHead: undefined };
      const compiled = snapshot.extend(entries);
      const derived = deriveState({ compiled, day, now: at, head: newHead ?? snapshot.head, settings: snapshot.settings, external, evaluation, transitionsThrough: day });
      const shards = changedShards(derived.shards, snapshot.shards);
      return {
        plan: { head: snapshot.head, entries, ...(newHead ? { newHead } : {}), status: derived.status, shards },
        result: { day, changed: true, transitions: records.length, shardsWritten: shards.length, ...(rebuilt ? { rebuilt: findings } : {}) },
      };
    });
    const personalData = await reportPersonalDataSafely();
    const withPd = personalData ? { ...result, personalData } : result;
    if (!result.changed) return withPd;
    // Statuses move with the days and spaces come and go: the banner's space properties follow once a day.
    const banner = await syncBanner('daily');
    return banner ? { ...withPd, banner } : withPd;
  }

  return { admin, public: publicOps, dailyCheck, repository: repo };
}

/** What changed between two days with no new declarations: status changes and dated milestones. */
export function transitionsBetween(profile: OrgProfile, fromDay: CalendarDate, toDay: CalendarDate, evaluationToday?: Evaluation): HistoryRecord[] {
  const before = evaluate(profile, { at: fromDay });
  const after = evaluationToday ?? evaluate(profile, { at: toDay });
  const records: HistoryRecord[] = differences(before, after).map((text) => ({ kind: 'transition', code: 'STATUS_CHANGED', text, on: toDay }));
  const seen = new Set<string>();
  for (const entry of [...before.timeline, ...after.timeline]) {
    if (!TRANSITION_KINDS.has(entry.kind) || entry.on <= fromDay || entry.on > toDay) continue;
    const id = `${entry.kind}|${entry.on}`;
    if (seen.has(id)) continue;
    seen.add(id);
    records.push({ kind: 'transition', code: entry.kind.toUpperCase().replace(/-/g, '_'), text: entry.text.slice(0, 1_000), on: entry.on });
  }
  return records;
}


/** The field to name when a document overflows on `day`: the change dated that day, else the list. */
function fieldForDay(list: string, changes: readonly object[], day: CalendarDate): string {
  const index = changes.findIndex((c) => (c as { on?: unknown }).on === day);
  return index >= 0 ? `${list}[${index}].on` : list;
}

function tooLarge(error: DerivedTooLarge, fieldOfDay: (day: CalendarDate) => string): AppError {
  const path = fieldOfDay(error.day);
  return invalid(`Refused: ${error.message} Record fewer include/exclude entries or shorter notice texts.`, [{ path, message: `from ${error.day} ${error.document} would need ${error.bytes} bytes` }]);
}

const CHAINED_CONCERN = /^Concern (\S+) (?:raised|answered|resolved); content SHA-256 ([0-9a-f]{64})$/;

/**
 * Each stored concern against the latest digest the history chained for it. A concern
 * whose account IDs were erased (personal data) differs on purpose and is not a mismatch.
 */
export function concernCheck(entries: readonly HistoryEntry[], concerns: readonly ConcernDoc[]): { checked: number; unchained: number; mismatched: { id: string; reason: string }[] } {
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
