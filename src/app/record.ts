/** Declaring the profile: preview, record, simulate, attest and import. */
import type { CalendarDate } from '../policy/dates';
import { evaluate } from '../policy/engine';
import { MAX_PROFILE_EVENTS, parseProfile, type OrgProfile } from '../policy/profile';
import { LIMITS, type HistoryRecord, type ProfileChange } from '../shared/contract';
import type { HistoryEntry, PeopleDoc, RequestDoc, StatusDoc } from '../storage/documents';
import { canonicalJson } from '../storage/hash-chain';
import { changeToRecord, compile, compileRecords } from './compile';
import { appendRecords, fieldForDay, rejectUnsafeText, requireAccount, statusView, type AppContext, type FieldOfDay } from './context';
import { differenceMessages, differences } from './derive';
import { AppError, invalid } from './errors';
import { resolver } from './people';
import type { Caller } from './ports';
import type { AdminOperations } from './service';
import { commitCompiledWithRetry, commitWithRetry, loadSnapshot, type Snapshot } from './writer';

type RecordOperations = Pick<AdminOperations, 'previewEvents' | 'recordEvents' | 'simulate' | 'attest' | 'importProfile'>;

interface Recorded {
  newHead: { seq: number };
  status: StatusDoc;
  recorded: number;
  entryCount: number;
  people: PeopleDoc | undefined;
}

export function createRecordOps(ctx: AppContext): RecordOperations {
  const { repo } = ctx;
  const now = () => ctx.now();

  /** The idempotency record of `requestId` when its entry is in the history. */
  const landedRequest = async (requestId: string): Promise<RequestDoc | undefined> => {
    const doc = await repo.request(requestId);
    if (!doc) return undefined;
    return (await repo.entry(doc.seq))?.hash === doc.hash ? doc : undefined;
  };

  /** Appends records (if any) and rewrites the derived documents, all in one transaction. */
  const record = async (
    caller: Caller,
    records: HistoryRecord[],
    expectedHeadSeq?: number,
    fieldOfDay: FieldOfDay = () => 'changes',
    requestId?: string,
  ): Promise<Recorded> =>
    commitCompiledWithRetry(repo, async (snapshot) => {
      // A retry of a write that landed (its answer was lost): answer it again, record nothing.
      const done = requestId ? await landedRequest(requestId) : undefined;
      if (done && snapshot.status) {
        return {
          plan: null,
          result: { newHead: { seq: done.seq }, status: snapshot.status, recorded: done.recorded, entryCount: done.entries, people: snapshot.people },
        };
      }
      if (expectedHeadSeq !== undefined && snapshot.head.seq !== expectedHeadSeq) {
        throw new AppError(
          'CONFLICT',
          `Someone recorded changes meanwhile (history is at ${snapshot.head.seq}, you previewed ${expectedHeadSeq}); review and try again.`,
        );
      }
      const at = now();
      const { entries, newHead, derived, people, plan } = appendRecords(snapshot, records, {
        at,
        accountId: requireAccount(caller),
        origin: 'admin-page',
        compile: (more) => {
          const compiled = snapshot.extend(more);
          if (compiled.eventCount > MAX_PROFILE_EVENTS) throw invalid(`The profile would hold more than ${MAX_PROFILE_EVENTS} events.`);
          return compiled;
        },
        fieldOfDay,
        // An attestation changes no date: only declarations can overflow a later day.
        checkAhead: records.some((r) => r.kind === 'event'),
      });
      const request = requestId
        ? {
            request: {
              id: requestId,
              doc: { schemaVersion: 1 as const, seq: newHead.seq, hash: newHead.hash, at: at.toISOString(), recorded: records.length, entries: entries.length },
            },
          }
        : {};
      return {
        plan: { ...plan, ...request },
        result: { newHead, status: derived.status, recorded: records.length, entryCount: entries.length, people: people ?? snapshot.people },
      };
    });

  /** The profile's records now plus `extra`, compiled. */
  const withExtra = (snapshot: Snapshot, extra: HistoryRecord[]) =>
    compileRecords([...snapshot.entries.flatMap((e) => e.records), ...extra] as HistoryRecord[]).profile;

  return {
    async previewEvents(_caller, payload) {
      const snapshot = await loadSnapshot(repo);
      const day = ctx.today();
      const before = evaluate(snapshot.compiled.profile, { at: day });
      const records = payload.changes.map(changeToRecord);
      const after = evaluate(withExtra(snapshot, records), { at: day });
      const existing = new Set(
        snapshot.entries
          .flatMap((e) => e.records)
          .filter((r) => r.kind === 'event')
          .map((r) => canonicalJson(r)),
      );
      return {
        headSeq: snapshot.head.seq,
        before,
        after,
        differences: differences(before, after),
        changes: differenceMessages(before, after),
        redundant: records.filter((r) => r.kind === 'event' && existing.has(canonicalJson(r))).length,
      };
    },

    async recordEvents(caller, payload) {
      rejectUnsafeText(payload.changes, 'changes');
      const result = await record(
        caller,
        payload.changes.map(changeToRecord),
        payload.expectedHeadSeq,
        (day) => fieldForDay('changes', payload.changes, day),
        payload.requestId,
      );
      return { headSeq: result.newHead.seq, recorded: result.recorded, entries: result.entryCount, status: statusView(result.status, resolver(result.people)) };
    },

    async simulate(_caller, payload) {
      const snapshot = await loadSnapshot(repo);
      const at = payload.at ?? ctx.today();
      const current = evaluate(snapshot.compiled.profile, { at });
      const simulated = evaluate(withExtra(snapshot, (payload.changes as ProfileChange[]).map(changeToRecord)), { at });
      return { at, current, simulated, differences: differences(current, simulated), changes: differenceMessages(current, simulated) };
    },

    async attest(caller, payload) {
      const rec: HistoryRecord = { kind: 'attestation', ...(payload.note ? { note: payload.note } : {}) };
      const result = await record(caller, [rec], undefined, undefined, payload.requestId);
      const view = statusView(result.status, resolver(result.people));
      if (!view.lastAttestation) throw new Error('attestation was recorded but is not in the status');
      return { attestation: view.lastAttestation, status: view };
    },

    async importProfile(caller, payload) {
      const bytes = Buffer.byteLength(JSON.stringify(payload.profile ?? null), 'utf8');
      if (bytes > LIMITS.importBytes)
        throw invalid(`The profile file is ${bytes} bytes; at most ${LIMITS.importBytes} can be imported at once.`, [
          { path: 'profile', message: 'is too large' },
        ]);
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
        const known = new Set(
          snapshot.entries
            .flatMap((e) => e.records)
            .filter((r) => r.kind === 'event')
            .map((r) => canonicalJson(r.event)),
        );
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
        if (p.records.length > LIMITS.changesPerBatch)
          throw invalid(`The file adds ${p.records.length} changes; import at most ${LIMITS.changesPerBatch} at once.`);
        const appended = appendRecords(snapshot, p.records, {
          at: now(),
          accountId: requireAccount(caller),
          origin: 'import',
          compile: (more: readonly HistoryEntry[]) => compile([...snapshot.entries, ...more]),
          fieldOfDay: (day: CalendarDate) => fieldForDay('profile.events', incoming.events, day),
          checkAhead: true,
        });
        return { plan: appended.plan, result: appended.newHead.seq };
      });
      return {
        dryRun: false,
        newEvents: summary.fresh,
        alreadyDeclared: summary.already,
        profileInfoChanged: summary.infoChanged,
        headSeq: result ?? summary.head,
      };
    },
  };
}
