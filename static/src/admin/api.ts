/**
 * Typed calls to the admin resolver. Payloads are checked against the shared
 * contract before they leave the browser, and every failure, including a
 * rejected invoke, comes back as an error envelope: callers never see a throw.
 */
import { makeInvoke } from '@forge/bridge';
import { type AdminDefs, type AdminKey, type AdminPayload, type AdminResult, type Envelope } from '../../../src/shared/contract';
import { adminPayloads } from '../../../src/shared/schemas';
import { issuesFromZod } from '../../../src/policy/profile-schema';

const invokeAdmin = makeInvoke<AdminDefs>();

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } | null };
  if (v.ok === true) return 'data' in v;
  return v.ok === false && typeof v.error === 'object' && v.error !== null && typeof v.error.message === 'string';
}

export async function callAdmin<K extends AdminKey>(key: K, payload: AdminPayload<K>): Promise<Envelope<AdminResult<K>>> {
  const checked = adminPayloads[key].safeParse(payload);
  if (!checked.success) {
    // No message: the error panel shows its own localized sentence, then the field issues.
    return { ok: false, error: { code: 'INVALID', message: '', issues: issuesFromZod(checked.error) } };
  }
  try {
    const invokeWith = invokeAdmin as unknown as (call: K, body: AdminPayload<K>) => Promise<unknown>;
    const response = await invokeWith(key, payload);
    if (!isEnvelope(response)) {
      return { ok: false, error: { code: 'INTERNAL', message: `The app answered "${key}" in an unexpected format.` } };
    }
    return response as Envelope<AdminResult<K>>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `The app could not be reached (${key}): ${message}` } };
  }
}
