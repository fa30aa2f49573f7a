/**
 * Pseudonyms for history authors, so the hashed history holds no personal data. It
 * names `p-` + 24 hex digits of SHA-256(salt ‖ accountId) with a random salt per
 * account; the map (./documents PEOPLE) lives outside the chain and is what an
 * erasure removes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PeopleDoc, Person } from '../storage/documents';

export const ERASED = 'erased-account';
const EMPTY: PeopleDoc = { schemaVersion: 1, people: [] };

export function pseudonymOf(accountId: string, salt: string): string {
  return `p-${createHash('sha256').update(`${salt}\u0000${accountId}`, 'utf8').digest('hex').slice(0, 24)}`;
}

/** The caller's pseudonym, and the map to write back when the caller is new to it. */
export function pseudonymFor(
  doc: PeopleDoc | undefined,
  accountId: string,
  at: string,
  salt = randomBytes(16).toString('hex'),
): { pseudonym: string; people?: PeopleDoc } {
  const found = doc?.people.find((p) => p.accountId === accountId);
  if (found) return { pseudonym: found.pseudonym };
  const person: Person = { pseudonym: pseudonymOf(accountId, salt), accountId, salt, since: at, updatedAt: at };
  return { pseudonym: person.pseudonym, people: { ...(doc ?? EMPTY), people: [...(doc ?? EMPTY).people, person] } };
}

/** Resolves stored authors for display: pseudonyms to account IDs; erased pseudonyms to ERASED; anything else unchanged. */
export function resolver(doc: PeopleDoc | undefined): (by: string) => string {
  const map = new Map((doc?.people ?? []).map((p) => [p.pseudonym, p.accountId]));
  return (by) => (/^p-[0-9a-f]{24}$/.test(by) ? (map.get(by) ?? ERASED) : by);
}

/** The pseudonym of an account (for filtering the history by author), or null when the account has none. */
export function pseudonymOfAccount(doc: PeopleDoc | undefined, accountId: string): string | null {
  return doc?.people.find((p) => p.accountId === accountId)?.pseudonym ?? null;
}
