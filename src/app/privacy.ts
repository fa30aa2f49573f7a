/** Atlassian's personal data reporting for every account ID the app stores. */
import type { Repository } from '../storage/repository';
import { allConcerns } from './concerns';
import type { AppContext } from './context';
import { ERASED } from './people';
import { commitCompiledWithRetry } from './writer';

export interface PersonalDataResult {
  reportedAt: string;
  accounts: number;
  closed: number;
  updated: number;
}

/** Atlassian's personal data reporting: at most 90 accounts per request, once per 7-day cycle. */
const PERSONAL_DATA_BATCH = 90;
const PERSONAL_DATA_CYCLE_MS = 7 * 24 * 60 * 60 * 1000;

/** Every stored account ID (the pseudonym map, notice settings, concerns) with when it was last stored or refreshed. */
async function storedAccounts(repo: Repository) {
  const latest = new Map<string, string>();
  const note = (accountId: string | undefined, when: string | undefined) => {
    if (!accountId || accountId === 'system' || accountId === ERASED || !when) return;
    if ((latest.get(accountId) ?? '') < when) latest.set(accountId, when);
  };
  const [people, settings] = await Promise.all([repo.people(), repo.noticeSettings()]);
  for (const p of people?.people ?? []) note(p.accountId, p.updatedAt);
  note(settings?.updatedBy, settings?.updatedAt);
  const concerns = await allConcerns(repo);
  for (const c of concerns) {
    note(c.raisedBy, c.raisedAt);
    note(c.details.answeredBy, c.details.answeredAt);
    note(c.details.resolvedBy, c.details.resolvedAt);
  }
  return { accounts: [...latest].map(([accountId, updatedAt]) => ({ accountId, updatedAt })), concerns };
}

/**
 * At most once per 7-day cycle: every stored account ID in batches of 90. Closed accounts
 * are erased everywhere they are stored (history entries name pseudonyms, so the chain
 * still verifies); updated ones get a fresh `updatedAt` (the app keeps no other profile data).
 */
async function reportPersonalData(ctx: AppContext): Promise<PersonalDataResult | null> {
  const { repo } = ctx;
  const at = ctx.now();
  const last = await repo.privacyReport();
  if (last && at.getTime() - Date.parse(last.reportedAt) < PERSONAL_DATA_CYCLE_MS) return null;
  const { accounts, concerns } = await storedAccounts(repo);
  const closed = new Set<string>();
  const updated = new Set<string>();
  for (let i = 0; i < accounts.length; i += PERSONAL_DATA_BATCH) {
    for (const u of await ctx.product.reportPersonalData(accounts.slice(i, i + PERSONAL_DATA_BATCH)))
      (u.status === 'closed' ? closed : updated).add(u.accountId);
  }
  if (closed.size > 0 || updated.size > 0) {
    const stamp = at.toISOString();
    await commitCompiledWithRetry(repo, (snapshot) => {
      const nextPeople = snapshot.people
        ? {
            ...snapshot.people,
            people: snapshot.people.people.filter((p) => !closed.has(p.accountId)).map((p) => (updated.has(p.accountId) ? { ...p, updatedAt: stamp } : p)),
          }
        : undefined;
      const doc = snapshot.settingsDoc && closed.has(snapshot.settingsDoc.updatedBy) ? { ...snapshot.settingsDoc, updatedBy: ERASED } : undefined;
      return { plan: { head: snapshot.head, ...(nextPeople ? { people: nextPeople } : {}), ...(doc ? { noticeSettings: doc } : {}) }, result: null };
    });
    const erase = (id: string | undefined) => (id !== undefined && closed.has(id) ? ERASED : id);
    for (const c of concerns) {
      if (![c.raisedBy, c.details.answeredBy, c.details.resolvedBy].some((id) => id !== undefined && closed.has(id))) continue;
      const details = { ...c.details };
      if (details.answeredBy !== undefined) details.answeredBy = erase(details.answeredBy);
      if (details.resolvedBy !== undefined) details.resolvedBy = erase(details.resolvedBy);
      await repo.saveConcernUnconditionally({ ...c, raisedBy: erase(c.raisedBy) as string, details });
    }
  }
  const result = { reportedAt: at.toISOString(), accounts: accounts.length, closed: closed.size, updated: updated.size };
  await repo.savePrivacyReport({ schemaVersion: 1, ...result });
  return result;
}

/** The report never fails the daily check: a failed cycle is retried the next day. */
export async function reportPersonalDataSafely(ctx: AppContext): Promise<PersonalDataResult | null> {
  try {
    return await reportPersonalData(ctx);
  } catch (error) {
    console.error('personal data report failed; the next daily check retries', error);
    return null;
  }
}
