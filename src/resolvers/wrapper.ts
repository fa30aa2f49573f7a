/**
 * The one resolver wrapper: context → caller, payload validation (a Check: the
 * validators generated from the zod schemas, src/shared/validators.ts and
 * admin-validators.ts), authorization, service call, typed envelope. Expected failures come back as
 * error envelopes; nothing is thrown to the bridge. Unexpected errors are
 * logged and returned as INTERNAL without internals.
 */
import type { Request } from '@forge/resolver';
import { AppError } from '../app/errors';
import { ProductUnavailableError } from '../app/product-errors';
import type { Caller, PermissionPort } from '../app/ports';
import { callerFromContext } from '../auth/context';
import { isAllowed, type Requirement } from '../auth/policy';
import { LIMITS, type Envelope } from '../shared/contract';
import { tooDeepAt } from '../shared/depth';
import { formatPath } from '../shared/path';
import type { Check } from '../shared/validators';
import { RateLimitedError, StorageLimitError, StoredDataError } from '../storage/port';
import { isTransientStorageError } from '../storage/retry';

export interface OperationSpec<I, R> {
  /** The payload check; its issues become the INVALID envelope. */
  check: Check<I>;
  requirement: Requirement;
  run: (caller: Caller, payload: I) => Promise<R>;
}

const fail = (
  code: 'INVALID' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL',
  message: string,
  issues?: { path: string; message: string }[],
) => ({ ok: false, error: { code, message, ...(issues && issues.length > 0 ? { issues } : {}) } }) as const;

/** The answer to a resolver key this function does not define (never the context, never a stack). */
export function unknownOperation(key: unknown): Envelope<never> {
  const shown = typeof key === 'string' ? JSON.stringify(key.slice(0, 60)) : 'without a name';
  return fail('NOT_FOUND', `There is no operation ${shown} here.`);
}

export function toEnvelopeError(error: unknown, key: string): Envelope<never> {
  if (error instanceof AppError) return fail(error.code, error.message, error.issues);
  if (error instanceof RateLimitedError) return fail('RATE_LIMITED', 'Storage is busy; try again in a moment.');
  if (error instanceof StorageLimitError) {
    console.error(`resolver ${key}: storage limit`, error);
    return fail('INVALID', `This is more than the app can store at once: ${error.message}`);
  }
  if (error instanceof StoredDataError) {
    console.error(`resolver ${key}: stored data`, error);
    return fail('INTERNAL', error.message);
  }
  if (error instanceof ProductUnavailableError) {
    console.error(`resolver ${key}: product did not answer`, error);
    return fail('INTERNAL', 'Jira or Confluence did not answer; nothing was saved. Try again in a moment.');
  }
  if (isTransientStorageError(error)) {
    // Retries are exhausted; every write is one transaction, so nothing was half-saved.
    console.error(`resolver ${key}: storage did not answer`, error);
    return fail('INTERNAL', 'Storage did not answer; nothing was saved. Try again in a moment.');
  }
  console.error(`resolver ${key} failed`, error);
  return fail('INTERNAL', 'Something went wrong; the error was logged.');
}

export function wrap<I, R>(
  key: string,
  spec: OperationSpec<I, R>,
  options: { product: PermissionPort; moduleTypes: ReadonlySet<string> },
): (request: Request) => Promise<Envelope<R>> {
  return async (request) => {
    try {
      const caller = callerFromContext(request.context);
      if (!caller || !options.moduleTypes.has(caller.moduleType)) {
        return fail('FORBIDDEN', 'This operation is not available here.');
      }
      const payload: unknown = request.payload ?? {};
      const deep = tooDeepAt(payload, LIMITS.payloadDepth);
      if (deep) {
        const issue = { path: formatPath(deep), message: `is nested more than ${LIMITS.payloadDepth} levels deep` };
        return fail('INVALID', `Invalid request: ${issue.path} ${issue.message}`, [issue]);
      }
      const parsed = spec.check(payload);
      if (!parsed.ok) {
        const issues = parsed.issues;
        return fail('INVALID', `Invalid request: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
      }
      if (!(await isAllowed(spec.requirement, caller, options.product))) {
        return fail(
          'FORBIDDEN',
          spec.requirement === 'org-admin' ? 'Only Jira or Confluence administrators can do this.' : 'You do not have permission to do this.',
        );
      }
      return { ok: true, data: await spec.run(caller, parsed.value) };
    } catch (error) {
      return toEnvelopeError(error, key);
    }
  };
}
