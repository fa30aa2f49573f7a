/**
 * A local stand-in for the Forge runtime, so the real `@forge/kvs`,
 * `@forge/api` and `@forge/resolver` code runs in plain Node, whether imported
 * from source or from the bundles `@forge/bundler` writes.
 *
 * The SDKs reach the platform only through globals the runtime sets:
 * - `__forge_fetch__(options, path, init)`: every storage and product request.
 *   `@forge/kvs` passes `{ type: 'kvs' }` plus Authorization/Host headers when
 *   `__forge_runtime__.kvs` is set, else `{ type: 'kvs', provider: 'app', remote: 'kvs' }`
 *   (decided once, when `@forge/kvs` is first loaded). `@forge/api` passes
 *   `{ type: 'fpp', provider: 'user' | 'app' | 'none', remote: 'jira' | 'confluence' | 'stargate', accountId? }`
 *   and turns a `forge-proxy-error` response header into NeedsAuthenticationError / ProxyRequestError.
 * - `__forge_runtime__`: `aaid` (the invoking user, read by `authorize()`), `appContext`
 *   and `lambdaContext` (`getAppContext()`), `metrics` (counters and timers around some calls),
 *   `container.appCodeDir` (i18n), `kvs`/`proxy`/`tracing` (direct storage access), `externalAuth`.
 * - `__forge_undici_error__`: the class of network errors (timeouts), which `@forge/api`'s metrics count as failures.
 * - `__forge_tunnel__`: only read to word an i18n error message; left unset (not tunnelling).
 *
 * Install before the app's modules load (`install()`), remove with `uninstall()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KvsService, entitiesFromManifest, type KvsServiceOptions } from './kvs-endpoint';
import { ProductSite, type ProductAnswer, type SiteConfig } from './product-endpoints';
import { seededRandom } from '../../fixtures/random';

export const REPO_ROOT = join(__dirname, '..', '..');

/** The class of network-level failures, as undici's errors are on Forge. */
export class RuntimeNetworkError extends Error {
  constructor(
    message: string,
    readonly code: string,
    name: string,
  ) {
    super(message);
    this.name = name;
  }
}

/** `timeout`: no answer in time; `reset`: the connection dropped mid-request (both reject, as undici does). */
export type FaultKind = 'rate-limit' | 'server' | 'timeout' | 'reset';

export interface FaultRule {
  kind: FaultKind;
  /** Fail this many matching requests, then stop. */
  failNext?: number;
  /** Or fail each matching request with this probability (seeded, reproducible). */
  rate?: number;
  /** Only requests that change data (storage writes, product POST/PUT/DELETE). */
  writesOnly?: boolean;
  /** Which requests: storage (default), product calls, or both. */
  target?: 'kvs' | 'product' | 'all';
  /** Only requests to these paths (e.g. `/api/v1/transaction`). */
  paths?: string[];
  /** For `server`, `timeout` and `reset` on writes: apply the write, then lose the answer. */
  afterCommit?: boolean;
}

export interface RequestRecord {
  seq: number;
  /** The invocation that made it; null outside `invoke`/`trigger`. */
  invocation: number | null;
  type: 'kvs' | 'fpp';
  product: 'kvs' | 'jira' | 'confluence' | 'stargate';
  /** app, or the user the request ran as. */
  as: 'app' | 'user';
  accountId: string | null;
  method: string;
  path: string;
  /** Storage requests: read or write. Product requests: GET is a read. */
  kind: 'read' | 'write';
  /** 'timeout': no HTTP answer (timed out or connection dropped). */
  status: number | 'timeout';
  fault?: FaultKind;
  /** The error code of a failed storage request (the body's `code`). */
  code?: string;
  /** The parsed request body, to check request shapes. */
  body?: unknown;
}

export interface ModuleContextInput {
  /** null or omitted: an anonymous visitor. */
  accountId?: string | null;
  moduleType: string;
  /** Confluence space key or Jira project key the module renders in. */
  space?: string;
  /** Confluence content id (byline, banner). */
  contentId?: string;
  /** Jira work item (issue context). */
  issueKey?: string;
  locale?: string;
  /** Extra fields the browser puts in the context; the platform's own fields win. */
  client?: Record<string, unknown>;
}

export interface InvokeOptions {
  functionKey: string;
  payload?: unknown;
  context: ModuleContextInput;
}

export interface Invocation<T> {
  result: T;
  requests: RequestRecord[];
  durationMs: number;
}

export interface RuntimeOptions {
  site?: Partial<SiteConfig>;
  manifestPath?: string;
  /** 'direct': `__forge_runtime__.kvs` is set (bearer token, Host header); 'proxy': the older proxied form. */
  kvsTransport?: 'direct' | 'proxy';
  kvs?: KvsServiceOptions;
  /** Seed of the fault-rate generator. */
  seed?: number;
  /** Forge's limit for a resolver invocation. */
  invocationLimitMs?: number;
}

export type Handler = (event: unknown, context?: unknown) => Promise<unknown>;

interface InvocationState {
  id: number;
  accountId: string | null;
  moduleKey: string;
  startedAt: number;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const DEFAULT_SITE: SiteConfig = {
  cloudId: 'a436116f-02ce-4520-8fbb-7301462a1674',
  siteUrl: 'https://northwind.atlassian.net',
  accounts: [
    { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Olga Admin', jiraAdmin: true, confluenceAdmin: true },
    { accountId: '5b10a2844c20165700ede21g', displayName: 'Sam Spaceadmin', spaceAdminOf: ['ENG', 'DOCS'], projectAdminOf: ['ENG'] },
    { accountId: '5b109f2e9729b51b54dc274d', displayName: 'Pat Plain' },
  ],
  projects: [
    { id: '10000', key: 'ENG', name: 'Engineering', projectTypeKey: 'software' },
    { id: '10001', key: 'HELP', name: 'Help desk', projectTypeKey: 'service_desk' },
    { id: '10002', key: 'OPS', name: 'Operations', projectTypeKey: 'business' },
  ],
  spaces: [
    { id: '65538', key: 'DOCS', name: 'Documentation' },
    { id: '65539', key: 'ENG', name: 'Engineering' },
    { id: '65540', key: 'HR', name: 'People' },
    { id: '65541', key: 'LEGAL', name: 'Legal' },
    { id: '65542', key: 'API', name: 'API reference' },
  ],
  license: [
    { id: 'jira-software', plan: 'PAID' },
    { id: 'jira-servicedesk', plan: 'PAID' },
  ],
  confluence: true,
  blocked: { jira: false, confluence: false },
};

/** The accounts of the default site by role. */
export const ACCOUNTS = {
  orgAdmin: '5b10ac8d82e05b22cc7d4ef5',
  spaceAdmin: '5b10a2844c20165700ede21g',
  plain: '5b109f2e9729b51b54dc274d',
} as const;

const GLOBALS = ['__forge_fetch__', '__forge_runtime__', '__forge_undici_error__'] as const;

type ForgeGlobal = Record<(typeof GLOBALS)[number], unknown>;

export class ForgeRuntime {
  readonly kvs: KvsService;
  readonly site: ProductSite;
  readonly manifest: Record<string, unknown>;
  /** Every request any SDK sent, in order. */
  readonly log: RequestRecord[] = [];

  private readonly transport: 'direct' | 'proxy';
  private readonly invocation = new AsyncLocalStorage<InvocationState>();
  // One token per process: @forge/kvs captures the runtime's token when it is first loaded.
  private readonly token = `forge-runtime-${process.pid}`;
  private readonly invocationLimitMs: number;
  private random: () => number;
  private fault: (FaultRule & { remaining: number }) | null = null;
  private invocations = 0;
  private saved: Partial<ForgeGlobal> | null = null;
  private hooks: { path: string; run: () => Promise<void> }[] = [];

  constructor(options: RuntimeOptions = {}) {
    this.manifest = parse(readFileSync(options.manifestPath ?? join(REPO_ROOT, 'manifest.yml'), 'utf8')) as Record<string, unknown>;
    this.kvs = new KvsService(entitiesFromManifest(this.manifest), options.kvs);
    this.site = new ProductSite({ ...DEFAULT_SITE, ...options.site });
    this.transport = options.kvsTransport ?? 'direct';
    this.random = seededRandom(options.seed ?? 1);
    this.invocationLimitMs = options.invocationLimitMs ?? 25_000;
  }

  // ------------------------------------------------------------ globals

  install(): this {
    if (this.saved) return this;
    const g = globalThis as unknown as ForgeGlobal;
    this.saved = {};
    for (const name of GLOBALS) if (name in g) this.saved[name] = g[name];
    g.__forge_fetch__ = (options: unknown, path: unknown, init: unknown) => this.fetch(options, path, init);
    g.__forge_runtime__ = this.runtimeObject();
    g.__forge_undici_error__ = RuntimeNetworkError;
    return this;
  }

  uninstall(): void {
    if (!this.saved) return;
    const g = globalThis as unknown as Partial<ForgeGlobal>;
    for (const name of GLOBALS) {
      if (name in this.saved) g[name] = this.saved[name];
      else delete g[name];
    }
    this.saved = null;
  }

  private runtimeObject(): Record<string, unknown> {
    const self = this;
    const appId = String((this.manifest.app as { id?: string } | undefined)?.id ?? 'ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000')
      .split('/')
      .pop();
    const noop = { incr() {}, decr() {} };
    const metrics = { counter: () => noop, gauge: () => ({ set() {} }), timing: () => ({ measure: () => ({ stop() {} }) }) };
    return {
      // The invoking user, per invocation (parallel invocations each see their own).
      get aaid() {
        return self.invocation.getStore()?.accountId ?? undefined;
      },
      get appContext() {
        const current = self.invocation.getStore();
        return {
          appId,
          appVersion: '1.0.0',
          environmentId: 'b6a3e6c5-0000-4000-8000-000000000001',
          environmentType: 'DEVELOPMENT',
          invocationId: current ? `invocation-${current.id}` : undefined,
          installationId: 'b6a3e6c5-0000-4000-8000-000000000002',
          moduleKey: current?.moduleKey,
          license: undefined,
          installation: undefined,
          permissions: { scopes: self.scopes(), external: {} },
        };
      },
      lambdaContext: {
        getRemainingTimeInMillis: () => {
          const current = self.invocation.getStore();
          return current ? Math.max(0, self.invocationLimitMs - (Date.now() - current.startedAt)) : self.invocationLimitMs;
        },
      },
      metrics,
      container: { appCodeDir: REPO_ROOT },
      externalAuth: [],
      tracing: { traceId: '463ac35c9f6413ad', spanId: 'a2fb4a1d1a96d312' },
      proxy: { token: this.token, url: 'https://proxy.forge.invalid' },
      ...(this.transport === 'direct' ? { kvs: { url: 'https://kvs.forge.invalid', host: 'kvs.forge.invalid' } } : {}),
    };
  }

  private scopes(): string[] {
    return ((this.manifest.permissions as { scopes?: string[] } | undefined)?.scopes ?? []).map(String);
  }

  // ------------------------------------------------------------- faults

  /** Makes matching requests fail as the platform does under load; null turns faults off. */
  faults(rule: FaultRule | null): void {
    this.fault = rule ? { ...rule, remaining: rule.failNext ?? Number.POSITIVE_INFINITY } : null;
  }

  /** Runs `run` once, just before the next request to `path` is served (e.g. a competing writer). */
  beforeNext(path: string, run: () => Promise<void>): void {
    this.hooks.push({ path, run });
  }

  private pickFault(target: 'kvs' | 'product', path: string, write: boolean): FaultRule | null {
    const rule = this.fault;
    if (!rule || rule.remaining <= 0) return null;
    const where = rule.target ?? 'kvs';
    if (where !== 'all' && where !== target) return null;
    if (rule.writesOnly && !write) return null;
    if (rule.paths && !rule.paths.includes(path)) return null;
    if (rule.failNext === undefined && this.random() >= (rule.rate ?? 1)) return null;
    rule.remaining--;
    return rule;
  }

  // -------------------------------------------------------------- fetch

  private async fetch(rawOptions: unknown, rawPath: unknown, rawInit: unknown): Promise<Response> {
    const options = (rawOptions ?? {}) as { type?: string; provider?: string; remote?: string; accountId?: string };
    const init = (rawInit ?? {}) as { method?: string; body?: unknown; headers?: Record<string, string> };
    const path = String(rawPath);
    const method = String(init.method ?? 'GET').toUpperCase();
    const current = this.invocation.getStore();
    let body: unknown;
    let malformed = false;
    try {
      body = typeof init.body === 'string' && init.body.length > 0 ? JSON.parse(init.body) : undefined;
    } catch {
      malformed = true;
    }

    const hookIndex = this.hooks.findIndex((h) => h.path === path);
    if (hookIndex >= 0) {
      const [hook] = this.hooks.splice(hookIndex, 1);
      await hook?.run();
    }

    if (options.type === 'kvs') {
      const write = KvsService.isWrite(path);
      const record = this.record({
        invocation: current?.id ?? null,
        type: 'kvs',
        product: 'kvs',
        as: 'app',
        accountId: null,
        method,
        path,
        kind: write ? 'write' : 'read',
        body,
      });
      if (this.transport === 'direct') {
        const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
        if (headers.authorization !== `Bearer ${this.token}`)
          return this.answer(record, { status: 401, body: { code: 'UNAUTHORIZED', message: 'Missing or invalid token' } });
      } else if (options.provider !== 'app' || options.remote !== 'kvs') {
        return this.answer(record, { status: 400, body: { code: 'BAD_REQUEST', message: 'Unknown storage route' } });
      }
      const fault = this.pickFault('kvs', path, write);
      if (fault?.kind === 'rate-limit')
        return this.answer(
          record,
          { status: 429, body: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded' }, headers: { 'retry-after': '1' } },
          fault.kind,
        );
      if (fault && !(fault.afterCommit && write)) return this.failAfter(record, fault.kind);
      if (malformed) return this.answer(record, { status: 400, body: { code: 'BAD_REQUEST', message: 'Provided request body is invalid' } });
      const answer = this.kvs.handle(path, body);
      if (fault) return this.failAfter(record, fault.kind);
      return this.answer(record, answer);
    }

    if (options.type === 'fpp') {
      const product = options.remote === 'jira' || options.remote === 'confluence' || options.remote === 'stargate' ? options.remote : null;
      const asUser = options.provider === 'user';
      // asUser() with no id runs as the invoking user.
      const accountId = asUser ? (options.accountId ?? current?.accountId ?? null) : null;
      const write = method !== 'GET';
      const record = this.record({
        invocation: current?.id ?? null,
        type: 'fpp',
        product: product ?? 'jira',
        as: asUser ? 'user' : 'app',
        accountId,
        method,
        path,
        kind: write ? 'write' : 'read',
        body,
      });
      if (!product || (options.provider !== 'app' && options.provider !== 'user')) {
        return this.answer(record, { status: 400, headers: { 'forge-proxy-error': 'INVALID_REQUEST' } });
      }
      // A user request needs a user: anonymous visitors have no token to act with.
      if (asUser && accountId === null) return this.answer(record, { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
      const fault = this.pickFault('product', path, write);
      if (fault?.kind === 'rate-limit')
        return this.answer(record, { status: 429, body: { message: 'Rate limit exceeded' }, headers: { 'retry-after': '1' } }, fault.kind);
      if (fault && !(fault.afterCommit && write)) return this.failAfter(record, fault.kind, 503);
      if (malformed) return this.answer(record, { status: 400, body: { message: 'Invalid JSON' } });
      const answer = this.site.handle({ product, accountId, method, path, body });
      if (fault) return this.failAfter(record, fault.kind, 503);
      return this.answer(record, answer);
    }

    const record = this.record({ invocation: current?.id ?? null, type: 'fpp', product: 'jira', as: 'app', accountId: null, method, path, kind: 'read' });
    return this.answer(record, { status: 400, headers: { 'forge-proxy-error': 'INVALID_REMOTE' } });
  }

  private record(partial: Omit<RequestRecord, 'seq' | 'status'>): RequestRecord {
    const record: RequestRecord = { seq: this.log.length + 1, status: 0, ...partial };
    this.log.push(record);
    return record;
  }

  private failAfter(record: RequestRecord, kind: FaultKind, serverStatus = 500): Promise<Response> {
    if (kind === 'timeout' || kind === 'reset') {
      record.status = 'timeout';
      record.fault = kind;
      return Promise.reject(
        kind === 'timeout'
          ? new RuntimeNetworkError('Headers Timeout Error', 'UND_ERR_HEADERS_TIMEOUT', 'HeadersTimeoutError')
          : new RuntimeNetworkError('other side closed', 'UND_ERR_SOCKET', 'SocketError'),
      );
    }
    const body =
      serverStatus === 500
        ? { code: 'INTERNAL_SERVER_ERROR', message: 'An internal server error has occurred' }
        : { code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable' };
    return Promise.resolve(this.answer(record, { status: serverStatus, body }, kind));
  }

  private answer(record: RequestRecord, answer: ProductAnswer, fault?: FaultKind): Response {
    record.status = answer.status;
    if (fault) record.fault = fault;
    const code = (answer.body as { code?: unknown } | undefined)?.code;
    if (answer.status >= 400 && typeof code === 'string') record.code = code;
    const empty = answer.status === 204 || answer.body === undefined;
    return new Response(empty ? null : JSON.stringify(answer.body), {
      status: answer.status,
      statusText: STATUS_TEXT[answer.status] ?? '',
      headers: { ...(empty ? {} : { 'content-type': 'application/json' }), 'x-b3-traceid': '463ac35c9f6413ad', ...answer.headers },
    });
  }

  // ---------------------------------------------------------- invocations

  /** The manifest's key of the first module of a type (e.g. `confluence:contentBylineItem`). */
  moduleKey(moduleType: string): string {
    const modules = (this.manifest.modules ?? {}) as Record<string, { key: string }[]>;
    const key = modules[moduleType]?.[0]?.key;
    if (!key) throw new Error(`manifest.yml has no ${moduleType} module`);
    return key;
  }

  private installContext(product: 'jira' | 'confluence'): string {
    return `ari:cloud:${product}::site/${this.site.config.cloudId}`;
  }

  /** The context Forge sends with a Custom UI `invoke` from a module of the given type. */
  moduleContext(input: ModuleContextInput): Record<string, unknown> {
    const [product] = input.moduleType.split(':') as ['jira' | 'confluence'];
    const config = this.site.config;
    const extension: Record<string, unknown> = { type: input.moduleType };
    if (input.space) {
      if (product === 'jira') {
        const project = config.projects.find((p) => p.key === input.space);
        if (!project) throw new Error(`no Jira project ${input.space} on the site`);
        extension.project = { id: project.id, key: project.key, type: project.projectTypeKey };
      } else {
        const space = config.spaces.find((s) => s.key === input.space);
        if (!space) throw new Error(`no Confluence space ${input.space} on the site`);
        extension.space = { id: space.id, key: space.key };
      }
    }
    if (input.contentId) extension.content = { id: input.contentId, type: 'page' };
    if (input.issueKey) extension.issue = { key: input.issueKey, id: '10100', type: 'Task', typeId: '10001' };
    const localId = `${this.moduleKey(input.moduleType)}-${input.space ?? 'site'}`;
    return {
      ...input.client,
      cloudId: config.cloudId,
      workspaceId: config.cloudId,
      siteUrl: config.siteUrl,
      localId,
      moduleKey: this.moduleKey(input.moduleType),
      environmentId: 'b6a3e6c5-0000-4000-8000-000000000001',
      environmentType: 'DEVELOPMENT',
      accountType: input.accountId ? 'licensed' : 'anonymous',
      locale: input.locale ?? 'en-US',
      timezone: 'Europe/Berlin',
      extension,
    };
  }

  /**
   * Invokes a resolver function as Forge does for a Custom UI `invoke`:
   * `handler({ call: { functionKey, payload }, context }, { principal, installContext, installation, license })`.
   * The result crosses the wire as JSON.
   */
  async invoke<T = unknown>(handler: Handler, options: InvokeOptions): Promise<Invocation<T>> {
    const accountId = options.context.accountId ?? null;
    const context = this.moduleContext(options.context);
    const [product] = options.context.moduleType.split(':') as ['jira' | 'confluence'];
    const event = { call: { functionKey: options.functionKey, payload: options.payload ?? {} }, context };
    const platform = {
      ...(accountId ? { principal: { accountId } } : {}),
      installContext: this.installContext(product),
      installation: {
        ari: `ari:cloud:ecosystem::installation/b6a3e6c5-0000-4000-8000-000000000002`,
        contexts: [this.installContext('jira'), ...(this.site.config.confluence ? [this.installContext('confluence')] : [])],
      },
      license: undefined,
    };
    return this.run(String(context.moduleKey), accountId, () => handler(event, platform));
  }

  /** Runs a scheduled trigger's function as Forge does (no user, no payload). */
  async trigger<T = unknown>(handler: Handler, moduleType = 'scheduledTrigger'): Promise<Invocation<T>> {
    const moduleKey = this.moduleKey(moduleType);
    const event = { context: { cloudId: this.site.config.cloudId, moduleKey } };
    return this.run(moduleKey, null, () => handler(event, { installContext: this.installContext('jira') }));
  }

  /** Runs `fn` as if inside an invocation by `accountId` (null: no user), for calling SDK code directly. */
  async within<T>(accountId: string | null, fn: () => Promise<T>, moduleKey = 'test'): Promise<Invocation<T>> {
    return this.run(moduleKey, accountId, fn, false);
  }

  private async run<T>(moduleKey: string, accountId: string | null, call: () => Promise<unknown>, wire = true): Promise<Invocation<T>> {
    const state: InvocationState = { id: ++this.invocations, accountId, moduleKey, startedAt: Date.now() };
    const raw = await this.invocation.run(state, call);
    const durationMs = Date.now() - state.startedAt;
    if (durationMs > this.invocationLimitMs) throw new Error(`invocation ${state.id} ran ${durationMs} ms, over Forge's ${this.invocationLimitMs} ms limit`);
    const result = (!wire || raw === undefined ? raw : JSON.parse(JSON.stringify(raw))) as T;
    return { result, requests: this.log.filter((r) => r.invocation === state.id), durationMs };
  }

  /** Clears storage, the site's space properties, the log and faults (the configuration stays). */
  reset(): void {
    this.kvs.clear();
    this.site.clear();
    this.log.length = 0;
    this.fault = null;
    this.hooks = [];
  }
}

/** Storage reads among requests (what a page view costs). */
export const storageReads = (requests: readonly RequestRecord[]): RequestRecord[] => requests.filter((r) => r.type === 'kvs' && r.kind === 'read');
export const storageWrites = (requests: readonly RequestRecord[]): RequestRecord[] => requests.filter((r) => r.type === 'kvs' && r.kind === 'write');
