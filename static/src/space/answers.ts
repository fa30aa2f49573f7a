/**
 * Reads resolver answers for the space page. Uses zod's mini build (a few KB)
 * so the page stays inside its bundle budget; the full contract schemas stay
 * on the server. Anything unexpected becomes an error naming the field.
 */
import { z } from '../../../src/shared/zod-mini';
import type { ApiError, Concern, MyConcernsData, SpaceStatusData } from '../../../src/shared/contract';

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));
const status = z.enum(['contributing', 'not-contributing', 'pending']);
const product = z.enum(['jira', 'confluence']);

const spaceStatus = z.object({
  product,
  space: z.object({ key: z.string() }),
  inAppData: status,
  projected: z.optional(z.enum(['contributing', 'not-contributing'])),
  code: z.string(),
  metadata: status,
  mode: z.enum(['include', 'exclude', 'default']),
  orgExcluded: z.boolean(),
  since: z.nullable(day),
  inAppRemovalBy: z.nullable(day),
  modelsRetrainedBy: z.nullable(day),
  appAccessBlocked: z.nullable(z.boolean()),
  day,
  canRaiseConcern: z.boolean(),
});

const concern = z.object({
  id: z.string(),
  product,
  spaceKey: z.string(),
  raisedBy: z.string(),
  raisedAt: z.string(),
  kind: z.enum(['concern', 'exclude-request', 'include-request']),
  message: z.string(),
  state: z.enum(['open', 'answered', 'resolved']),
  answer: z.optional(z.string()),
  answeredBy: z.optional(z.string()),
  answeredAt: z.optional(z.string()),
  resolvedBy: z.optional(z.string()),
  resolvedAt: z.optional(z.string()),
  resolutionNote: z.optional(z.string()),
});

const myConcerns = z.object({ concerns: z.array(concern) });

const apiError = z.object({
  code: z.enum(['INVALID', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL']),
  message: z.string(),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

const envelope = z.union([z.object({ ok: z.literal(true), data: z.unknown() }), z.object({ ok: z.literal(false), error: apiError })]);

export type SpaceStatusView = SpaceStatusData;

/** A failed call: the server's error, or `UNREADABLE` when the answer itself was malformed or the call threw. */
export type Failure = { code: ApiError['code'] | 'UNREADABLE'; message: string };
export type Answer<T> = { ok: true; data: T } | { ok: false; error: Failure };

function describe(error: z.core.$ZodError, prefix: string): string {
  return error.issues.map((issue) => `${[prefix, ...issue.path.map(String)].join('.')}: ${issue.message}`).join('; ');
}

function read<T>(raw: unknown, schema: z.ZodMiniType): Answer<T> {
  const outer = envelope.safeParse(raw);
  if (!outer.success)
    return { ok: false, error: { code: 'UNREADABLE', message: `the answer is not a resolver envelope (${describe(outer.error, 'answer')})` } };
  if (!outer.data.ok) return { ok: false, error: { code: outer.data.error.code, message: outer.data.error.message } };
  const inner = schema.safeParse(outer.data.data);
  if (!inner.success) return { ok: false, error: { code: 'UNREADABLE', message: describe(inner.error, 'data') } };
  return { ok: true, data: inner.data as T };
}

export const readSpaceStatus = (raw: unknown): Answer<SpaceStatusView> => read<SpaceStatusView>(raw, spaceStatus);
export const readMyConcerns = (raw: unknown): Answer<MyConcernsData> => read<MyConcernsData>(raw, myConcerns);
export const readConcern = (raw: unknown): Answer<Concern> => read<Concern>(raw, concern);

/** Runs a bridge call and reads its answer; a thrown invoke (network, function crash) becomes a Failure. */
export async function call<T>(run: () => Promise<unknown>, reader: (raw: unknown) => Answer<T>): Promise<Answer<T>> {
  try {
    return reader(await run());
  } catch (error) {
    return { ok: false, error: { code: 'UNREADABLE', message: error instanceof Error ? error.message : String(error) } };
  }
}
