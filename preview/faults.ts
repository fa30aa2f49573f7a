/**
 * Storage fault injection for the preview only (`POST /api/faults`): makes the
 * preview's storage fail the way @forge/kvs fails on Forge, after the real
 * adapter's mapping (src/platform/forge/kvs-adapter.ts): HTTP 429 arrives as
 * RateLimitedError, a 5xx as the platform's own ForgeKvsAPIError, a timeout as
 * a socket error. A failing call never touches the store, as on the platform
 * a refused request changes nothing. Off by default.
 */
import { ForgeKvsAPIError } from '@forge/kvs/out/errors';
import { z } from 'zod';
import { RateLimitedError, type KvsPort } from '../src/storage/port';

export const FAULT_KINDS = ['rate-limit', 'server', 'timeout'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** `{ kind: 'off' }` turns faults off; any other kind turns them on. */
export const faultRequestSchema = z
  .strictObject({
    kind: z.enum(['off', ...FAULT_KINDS]),
    /** Only the next n storage calls fail; without it (and without rate) every call fails until turned off. */
    failNext: z.int().min(1).max(100_000).optional(),
    /** Each call fails with this probability (0.1: one call in ten fails). */
    rate: z.number().gt(0).max(1).optional(),
    /** Only writes (transactions, conditional creates) fail: reads work, so a save gets as far as its commit. */
    writesOnly: z.boolean().optional(),
  })
  .refine((r) => r.failNext === undefined || r.rate === undefined, { error: 'give failNext or rate, not both', path: ['rate'] })
  .refine((r) => r.kind !== 'off' || (r.failNext === undefined && r.rate === undefined && r.writesOnly === undefined), {
    error: 'turning faults off takes no other field',
    path: ['kind'],
  });
export type FaultRequest = z.infer<typeof faultRequestSchema>;

export interface FaultState {
  kind: FaultKind;
  /** Calls left to fail; null when every call (or a share of them, see rate) fails. */
  remaining: number | null;
  rate: number | null;
  writesOnly: boolean;
  /** Calls failed since the switch was set. */
  failed: number;
}

type Operation = 'get' | 'getEntity' | 'createEntityIfAbsent' | 'transact' | 'queryEntity';
const WRITES: ReadonlySet<Operation> = new Set(['createEntityIfAbsent', 'transact']);

/** The error @forge/kvs (through the app's adapter) throws for each kind of fault. */
export function faultError(kind: FaultKind, operation: string): Error {
  switch (kind) {
    case 'rate-limit':
      return new RateLimitedError(`429 TOO_MANY_REQUESTS (simulated fault in ${operation})`);
    case 'server':
      return new ForgeKvsAPIError(
        {
          status: 500,
          statusText: 'Internal Server Error',
          traceId: 'preview-fault',
          httpMethod: 'POST',
          httpPath: `/kvs/${operation}`,
          responseBodyLength: 0,
        },
        { code: 'INTERNAL_SERVER_ERROR', message: `Internal server error (simulated fault in ${operation})` },
      );
    case 'timeout':
      return Object.assign(new Error(`connect ETIMEDOUT (simulated fault in ${operation})`), { code: 'ETIMEDOUT' });
  }
}

export class FaultSwitch {
  private state: FaultState | null = null;

  constructor(private readonly random: () => number = Math.random) {}

  set(request: FaultRequest): FaultState | null {
    this.state =
      request.kind === 'off'
        ? null
        : { kind: request.kind, remaining: request.failNext ?? null, rate: request.rate ?? null, writesOnly: request.writesOnly ?? false, failed: 0 };
    return this.snapshot();
  }

  snapshot(): FaultState | null {
    return this.state ? { ...this.state } : null;
  }

  /** Throws this call's fault when one is due. */
  check(operation: Operation): void {
    const state = this.state;
    if (!state) return;
    if (state.writesOnly && !WRITES.has(operation)) return;
    if (state.rate !== null && this.random() >= state.rate) return;
    if (state.remaining !== null) {
      if (state.remaining <= 0) return;
      state.remaining--;
    }
    state.failed++;
    throw faultError(state.kind, operation);
  }
}

/** Wraps the current store (reset replaces it): each call first asks the switch whether it fails. */
export function withFaults(current: () => KvsPort, faults: FaultSwitch): KvsPort {
  return {
    async get(key) {
      faults.check('get');
      return current().get(key);
    },
    async getEntity(entity, key) {
      faults.check('getEntity');
      return current().getEntity(entity, key);
    },
    async createEntityIfAbsent(entity, key, value) {
      faults.check('createEntityIfAbsent');
      return current().createEntityIfAbsent(entity, key, value);
    },
    async transact(ops) {
      faults.check('transact');
      return current().transact(ops);
    },
    async queryEntity(query) {
      faults.check('queryEntity');
      return current().queryEntity(query);
    },
  };
}
