/**
 * The application core the resolvers call. Pure of Forge: storage, product,
 * clock and id source are injected, so the same code runs on Forge, in the
 * local preview and in tests. Authorization happens before these are called
 * (src/resolvers + src/auth); services trust the Caller they are given.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CalendarDate } from '../policy/dates';
import { POLICY_VERSION } from '../policy/constants';
import { evaluate } from '../policy/engine';
import { MAX_PROFILE_EVENTS, parseProfile, type OrgProfile } from '../policy/profile';
import type { Evaluation, TimelineKind } from '../policy/types';
import {
  LIMITS,
  type AdminKey,
  type AdminResult,
  type HistoryRecord,
  type HistoryRow,
  type NoticeMode,
  type NoticeSettings,
  type OverviewData,
  type ProfileChange,
  type SpaceRow,
  type StatusView,
  adminPayloads,
} from '../shared/contract';
import { DEFAULT_NOTICE_SETTINGS, type ConcernDoc, type HistoryEntry, type NoticeShard, type NoticeSummary, type SpaceEntry, type StatusDoc } from '../storage/documents';
import { canonicalJson, sha256Hex, verifyChain } from '../storage/hash-chain';
import type { KvsPort } from '../storage/port';
import { KEYS, Repository } from '../storage/repository';
import { NO_EXTERNAL_FACTS, type ExternalFacts } from './alerts';
import { changeToRecord, compile, compileRecords } from './compile';
import { BANNER_BUDGETS, syncBannerProperties, type BannerSyncResult } from './banner';
import { changedShards, deriveState, differences, spaceVerdict } from './derive';
import { AppError, invalid, notFound } from './errors';
import { concernView, createPublicOps, requireAccount, type PublicOperations } from './public';
import { emptyOrg } from './empty-org';
import { evidenceBundle, historyCsv, safeFileName, spacesCsv } from './evidence';
import type { Caller, Clock, ProductPort } from './ports';
import { buildEntries, commitCompiledWithRetry, commitWithRetry, dayOf, loadSnapshot, type Snapshot } from './writer';

export interface AppDeps {
  kvs: KvsPort;
  product: ProductPort;
  clock: Clock;
  /** Concern ids; random UUIDs unless a test needs them predictable. */
  newId?: () => string;
  /** Site id for evidence bundles (cloudId), when known. */
  siteId?: string | null;
}

type AdminIn<K extends AdminKey> = z.output<(typeof adminPayloads)[K]>;

export type AdminOperations = { [K in AdminKey]: (caller: Caller, payload: AdminIn<K>) => Promise<AdminResult<K>> };

export type { PublicOperations };

export interface DailyCheckResult {
  day: CalendarDate;
  /** false when today's status was already computed (a repeated or duplicate run). */
  changed: boolean;
  transitions: number;
  shardsWritten: number;
  /** The banner space-property pass of this run, when there was something to do. */
  banner?: BannerSyncResult;
}

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
const HISTORY_SCAN_PAGES = 20;

function statusView(status: StatusDoc): StatusView {
  return {
    day: status.day,
    computedAt: status.computedAt,
    headSeq: status.headSeq,
    evaluation: status.evaluation,
    timelineOmitted: status.timelineOmitted,
    alerts: status.alerts,
    exceptionCounts: status.exceptionCounts,
    lastAttestation: status.lastAttestation,
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

export function createApp(deps: AppDeps): App {
  const repo = new Repository(deps.kvs);
  const newId = deps.newId ?? randomUUID;
  const now = () => deps.clock.now();
  const today = () => dayOf(now());

  /** Status for today from a snapshot, without writing. */
  const liveState = (snapshot: Snapshot) =>
    deriveState({ compiled: snapshot.compiled, day: today(), now: now(), headSeq: snapshot.head.seq, settings: snapshot.settings, external: snapshot.external, transitionsThrough: snapshot.status?.transitionsThrough ?? null });

  /** Appends records (if any) and rewrites the derived documents, all in one transaction. */
  const record = async (caller: Caller, records: HistoryRecord[], origin: 'admin-page' | 'import', expectedHeadSeq?: number) =>
    commitCompiledWithRetry(repo, (snapshot) => {
      if (expectedHeadSeq !== undefined && snapshot.head.seq !== expectedHeadSeq) {
        throw new AppError('CONFLICT', `Someone recorded changes meanwhile (history is at ${snapshot.head.seq}, you previewed ${expectedHeadSeq}); review and try again.`);
      }
      const at = now();
      const { entries, newHead } = buildEntries(snapshot.head, records, { recordedAt: at.toISOString(), recordedBy: requireAccount(caller), origin });
      const compiled = snapshot.extend(entries);
      if (compiled.eventCount > MAX_PROFILE_EVENTS) throw invalid(`The profile would hold more than ${MAX_PROFILE_EVENTS} events.`);
      const derived = deriveState({ compiled, day: dayOf(at), now: at, headSeq: newHead.seq, settings: snapshot.settings, external: snapshot.external, transitionsThrough: snapshot.status?.transitionsThrough ?? null });
      return {
        plan: { head: snapshot.head, entries, newHead, status: derived.status, shards: changedShards(derived.shards, snapshot.shards) },
        result: { entries, newHead, status: derived.status, recorded: records.length },
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

  const readOrgAndSpaces = async (): Promise<{ org: NoticeSummary; spaces: Map<string, SpaceEntry> }> => {
    const shards = await repo.shards();
    const org = shards.find((s): s is NoticeShard => s !== undefined)?.org ?? emptyOrg(today());
    const spaces = new Map<string, SpaceEntry>();
    for (const shard of shards) for (const [key, entry] of Object.entries(shard?.spaces ?? {})) spaces.set(key, entry);
    return { org, spaces };
  };

  /** Keeps the banner's display-condition space properties in step (see ./banner); never fails the caller. */
  const syncBanner = async (mode: NoticeMode, trigger: 'settings' | 'daily'): Promise<BannerSyncResult | null> => {
    try {
      return await syncBannerProperties({ repo, product: deps.product, clock: deps.clock, readOrgAndSpaces }, mode, trigger, BANNER_BUDGETS[trigger]);
    } catch (error) {
      console.error(`banner sync (${trigger}) failed; the next run retries`, error);
      return null;
    }
  };

  const listSpaceRows = async (
    filter: AdminIn<'listSpaces'>,
    limit: number,
    scanPages: number,
  ): Promise<{ rows: SpaceRow[]; nextCursor: string | null }> => {
    const products = filter.product ? [filter.product] : await deps.product.products();
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
    async getOverview() {
      const stored = await repo.status();
      let status = stored;
      if (!status || status.day !== today() || status.policyVersion !== POLICY_VERSION) {
        status = liveState(await loadSnapshot(repo)).status;
      }
      const head = await repo.head();
      const data: OverviewData = {
        status: statusView(status),
        profile: {
          ...(status.profile.organization !== undefined ? { organization: status.profile.organization } : {}),
          ...(status.profile.sector !== undefined ? { sector: status.profile.sector } : {}),
          eventCount: status.profile.eventCount,
          headSeq: head.seq,
          lastRecordedAt: status.profile.lastRecordedAt,
          lastRecordedBy: status.profile.lastRecordedBy,
        },
        alerts: status.alerts,
        attestation: status.lastAttestation,
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
      const result = await record(caller, payload.changes.map(changeToRecord), 'admin-page', payload.expectedHeadSeq);
      return { headSeq: result.newHead.seq, recorded: result.recorded, entries: result.entries.length, status: statusView(result.status) };
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
      for (let scanned = 0; scanned < HISTORY_SCAN_PAGES; scanned++) {
        const page = await repo.entriesPage({
          sort: 'DESC',
          ...(filter.actor !== undefined ? { actor: filter.actor } : {}),
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
            rows.push({ seq: entry.seq, index, recordedAt: entry.recordedAt, recordedBy: entry.recordedBy, origin: entry.origin, record: rec });
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
      const { head, ...check } = await repo.verifyHistory();
      const seq = head?.seq ?? 0;
      return { ...check, headSeq: seq, headHash: head && seq > 0 ? head.hash : null };
    },

    async exportEvidence(caller, payload) {
      const day = today();
      if (payload.format === 'spaces-csv') {
        const { rows } = await listSpaceRows({}, Number.POSITIVE_INFINITY, 400);
        return exportFile(`contribution-lens-spaces-${day}.csv`, 'text/csv', spacesCsv(rows));
      }
      const head = await repo.head();
      const stored = await repo.rawEntries();
      const chain = verifyChain(stored, head, KEYS.entry);
      const entries = stored.flatMap((s) => (s.entry instanceof Error ? [] : [s.entry]));
      if (payload.format === 'history-csv') {
        return exportFile(`contribution-lens-history-${day}.csv`, 'text/csv', historyCsv(entries));
      }
      const compiled = compile(entries.filter((e) => e.seq <= head.seq));
      if (payload.format === 'profile-json') {
        return exportFile(`contribution-lens-profile-${day}.json`, 'application/json', `${JSON.stringify(compiled.profile, null, 2)}\n`);
      }
      const content = evidenceBundle({
        generatedAt: now().toISOString(),
        generatedBy: requireAccount(caller),
        siteId: deps.siteId ?? null,
        profile: compiled.profile,
        evaluation: evaluate(compiled.profile, { at: day }),
        entries,
        chain,
        headSeq: head.seq,
        headHash: head.hash,
      });
      return exportFile(`contribution-lens-evidence-${day}.json`, 'application/json', content);
    },

    async attest(caller, payload) {
      const rec: HistoryRecord = { kind: 'attestation', ...(payload.note ? { note: payload.note } : {}) };
      const result = await record(caller, [rec], 'admin-page');
      const attestation = result.status.lastAttestation;
      if (!attestation) throw new Error('attestation was recorded but is not in the status');
      return { attestation, status: statusView(result.status) };
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
        const derived = deriveState({ compiled: snapshot.compiled, day: dayOf(at), now: at, headSeq: snapshot.head.seq, settings, external: snapshot.external, transitionsThrough: snapshot.status?.transitionsThrough ?? null });
        const doc = { schemaVersion: 2 as const, settings, updatedAt: at.toISOString(), updatedBy: by };
        return {
          plan: { head: snapshot.head, status: derived.status, shards: changedShards(derived.shards, snapshot.shards), noticeSettings: doc },
          result: { settings, updatedAt: doc.updatedAt, updatedBy: by },
        };
      });
      // After the commit: the settings are saved even when the product is slow; the daily check finishes what this run could not.
      await syncBanner(saved.settings.banner, 'settings');
      return saved;
    },

    async listConcerns(_caller, payload) {
      const page = await repo.concernsPage({ by: { state: payload.state ?? 'open' }, limit: payload.limit ?? 50, ...(payload.cursor ? { cursor: payload.cursor } : {}) });
      return { concerns: page.concerns.map(concernView), nextCursor: page.nextCursor ?? null };
    },

    async answerConcern(caller, payload) {
      const by = requireAccount(caller);
      const doc = await repo.concern(payload.id);
      if (!doc) throw notFound(`No concern with id ${payload.id}.`);
      if (doc.state === 'resolved') throw new AppError('CONFLICT', 'This concern is already resolved.');
      const next: ConcernDoc = { ...doc, state: 'answered', details: { ...doc.details, answer: payload.answer, answeredBy: by, answeredAt: now().toISOString() } };
      await saveConcernOrConflict(next, doc.state);
      return concernView(next);
    },

    async resolveConcern(caller, payload) {
      const by = requireAccount(caller);
      const doc = await repo.concern(payload.id);
      if (!doc) throw notFound(`No concern with id ${payload.id}.`);
      if (doc.state === 'resolved') throw new AppError('CONFLICT', 'This concern is already resolved.');
      const next: ConcernDoc = {
        ...doc,
        state: 'resolved',
        details: { ...doc.details, resolvedBy: by, resolvedAt: now().toISOString(), ...(payload.note ? { resolutionNote: payload.note } : {}) },
      };
      await saveConcernOrConflict(next, doc.state);
      return concernView(next);
    },

    async listSpaces(_caller, payload) {
      const { rows, nextCursor } = await listSpaceRows(payload, payload.limit ?? 50, SPACE_SCAN_PAGES);
      return { spaces: rows, nextCursor };
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
        const { entries, newHead } = buildEntries(snapshot.head, p.records, { recordedAt: at.toISOString(), recordedBy: requireAccount(caller), origin: 'import' });
        const compiled = compile([...snapshot.entries, ...entries]);
        const derived = deriveState({ compiled, day: dayOf(at), now: at, headSeq: newHead.seq, settings: snapshot.settings, external: snapshot.external, transitionsThrough: snapshot.status?.transitionsThrough ?? null });
        return { plan: { head: snapshot.head, entries, newHead, status: derived.status, shards: changedShards(derived.shards, snapshot.shards) }, result: newHead.seq };
      });
      return { dryRun: false, newEvents: summary.fresh, alreadyDeclared: summary.already, profileInfoChanged: summary.infoChanged, headSeq: result ?? summary.head };
    },
  };

  async function saveConcernOrConflict(doc: ConcernDoc, expected: ConcernDoc['state']): Promise<void> {
    try {
      await repo.saveConcern(doc, expected);
    } catch (error) {
      if ((error as Error).name === 'ConditionFailedError') throw new AppError('CONFLICT', 'Someone else changed this concern meanwhile; reload it.');
      throw error;
    }
  }

  const publicOps: PublicOperations = createPublicOps({ repo, product: deps.product, clock: deps.clock, newId });

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
    const first = await repo.status();
    const upToDate = (s: StatusDoc | undefined) => !!s && s.day >= day && (s.transitionsThrough ?? '') >= day && s.policyVersion === policyVersion;
    if (upToDate(first)) return { day, changed: false, transitions: 0, shardsWritten: 0 };
    const external = await readExternal(first ? { ...first.external, accessUnchecked: first.external.accessUnchecked ?? [] } : NO_EXTERNAL_FACTS, day);
    let bannerMode: NoticeMode = DEFAULT_NOTICE_SETTINGS.banner;
    const result = await commitCompiledWithRetry<DailyCheckResult>(repo, (snapshot) => {
      bannerMode = snapshot.settings.banner;
      const status = snapshot.status;
      // A duplicate run that lost the race finds today's status already written.
      if (upToDate(status) && status?.headSeq === snapshot.head.seq) {
        return { plan: null, result: { day, changed: false, transitions: 0, shardsWritten: 0 } };
      }
      const at = now();
      const evaluation = evaluate(snapshot.compiled.profile, { at: day });
      const records: HistoryRecord[] = [];
      // Transitions since the last check; admin writes in between do not advance this day.
      const from = status?.transitionsThrough ?? null;
      if (from !== null && from < day) records.push(...transitionsBetween(snapshot.compiled.profile, from, day, evaluation));
      const { entries, newHead } =
        records.length > 0
          ? buildEntries(snapshot.head, records, { recordedAt: at.toISOString(), recordedBy: 'system', origin: 'daily-check' })
          : { entries: [] as HistoryEntry[], newHead: undefined };
      const compiled = snapshot.extend(entries);
      const derived = deriveState({ compiled, day, now: at, headSeq: newHead?.seq ?? snapshot.head.seq, settings: snapshot.settings, external, evaluation, transitionsThrough: day });
      const shards = changedShards(derived.shards, snapshot.shards);
      return {
        plan: { head: snapshot.head, entries, ...(newHead ? { newHead } : {}), status: derived.status, shards },
        result: { day, changed: true, transitions: records.length, shardsWritten: shards.length },
      };
    });
    if (!result.changed) return result;
    // Statuses move with the days and spaces come and go: the banner's space properties follow once a day.
    const banner = await syncBanner(bannerMode, 'daily');
    return banner ? { ...result, banner } : result;
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

