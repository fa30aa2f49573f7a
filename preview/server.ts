/**
 * Local preview: serves the packaged Custom UI resources, with Forge's CSP, inside
 * host pages that imitate Jira and Confluence, and runs the app's resolvers behind
 * a simulated platform. `npm start`, or `tsx preview/server.ts`; PORT overrides 4400.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { invokeAllowed } from './origin';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { calendarDate } from '../src/policy/profile-schema';
import { FileKvs } from '../src/storage/file';
import type { KvsPort } from '../src/storage/port';
import { RetryingKvs } from '../src/storage/retry';
import { createBackend, type PreviewBackend } from './backend';
import { FaultSwitch, faultRequestSchema, withFaults } from './faults';
import { CSP_REPORT_PATH, buildIfNeeded, hostedPage, packagedRoot, readCsp } from './hosting';
import { LOCALES, decodeFrame, installContextOf, viewContext, type FrameConfig } from './frames';
import { readManifest, type PreviewManifest } from './manifest';
import { Meter, meteredKvs } from './metering';
import { escapeHtml, hostPage, newPageViewId, startPage } from './pages';
import { PreviewProduct, SpacePropertyStore } from './product';
import { seedExampleOrg } from './seed';
import { readRovoAgent, ROVO_PLACES, rovoContext, rovoInvocationContext, rovoPage, rovoRequestSchema, type RovoPlace } from './rovo';
import { readViewSettings, surfaceById } from './surfaces';
import { identity, type IdentityId } from './world';

export interface PreviewOptions {
  port: number;
  /** Git-ignored directory for the simulated storage and settings. */
  dataDir: string;
  repoRoot: string;
  /** Build and package static/ first (npm run build) when the packaged pages are missing or older than their sources. */
  buildIfNeeded?: boolean;
}

export interface RunningPreview {
  url: string;
  server: Server;
  meter: Meter;
  close(): Promise<void>;
}

const siteSettingsSchema = z.strictObject({
  today: calendarDate,
  jiraPlan: z.enum(['FREE', 'PAID']),
});
type SiteSettings = z.infer<typeof siteSettingsSchema>;

const invokeSchema = z.strictObject({
  frame: z.string().min(1).max(4000),
  functionKey: z.string().min(1).max(100),
  payload: z.unknown(),
});

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Atlassian design token themes, injected into frames on view.theme.enable() as the products do. */
function tokensCss(): string {
  const themes = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'];
  return themes
    .map((name) => {
      const css = (require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}.js`) as { default: string }).default;
      return `/* ${name} */\n${css}`;
    })
    .join('\n');
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), 'application/json');
}

function sendFile(res: ServerResponse, root: string, relative: string): void {
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    send(res, 404, 'not found');
    return;
  }
  res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
}

const MAX_BODY_BYTES = 600_000;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as unknown);
}

export async function startPreviewServer(options: PreviewOptions): Promise<RunningPreview> {
  const { repoRoot, dataDir } = options;
  const manifest = readManifest(repoRoot);
  // What the host shows of the manifest (titles, tooltip, labels) follows the viewer's language.
  const manifestIn = Object.fromEntries(Object.entries(LOCALES).map(([choice, locale]) => [choice, readManifest(repoRoot, locale)])) as Record<
    keyof typeof LOCALES,
    PreviewManifest
  >;
  if (options.buildIfNeeded !== false) buildIfNeeded(repoRoot, manifest);
  const cspByResource = readCsp(repoRoot);
  const cspReports: unknown[] = [];

  mkdirSync(dataDir, { recursive: true });
  const storeFile = path.join(dataDir, 'store.json');
  const settingsFile = path.join(dataDir, 'site-settings.json');

  const defaultSettings = (): SiteSettings => ({ today: new Date().toISOString().slice(0, 10), jiraPlan: 'PAID' });
  let site: SiteSettings = defaultSettings();
  if (existsSync(settingsFile)) {
    const parsed = siteSettingsSchema.safeParse(JSON.parse(readFileSync(settingsFile, 'utf8')));
    if (parsed.success) site = parsed.data;
    else console.warn(`preview: ignoring ${settingsFile}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const saveSite = () => writeFileSync(settingsFile, JSON.stringify(site, null, 2));

  /** Simulated clock: the chosen day at the real time of day, or a fixed instant while seeding. */
  let fixedNow: Date | null = null;
  const clock = {
    now: () => fixedNow ?? new Date(`${site.today}T${new Date().toISOString().slice(11)}`),
  };

  const meter = new Meter();
  let store: KvsPort = new FileKvs(storeFile);
  // Off unless switched on through /api/faults; a failed attempt is still a request, so the meter counts it.
  const faults = new FaultSwitch();
  const faultyStore = withFaults(() => store, faults);
  // Retried as src/index.ts retries the Forge adapter, so injected faults meet the same retries.
  const kvs = new RetryingKvs(meteredKvs(() => faultyStore, meter));
  const product = new PreviewProduct(() => site.jiraPlan, new SpacePropertyStore(path.join(dataDir, 'space-properties.json')));
  const backend: PreviewBackend = createBackend({ kvs, product, clock });

  let siteUrl = '';
  const tokens = tokensCss();
  const clientDir = path.join(repoRoot, 'preview', 'client');

  /** Calls a resolver exactly as Forge does: the module's context in the first argument, the caller in the second. */
  async function callResolver(frame: FrameConfig, definitionKey: string, payload: unknown): Promise<unknown> {
    const module = manifest.modules[frame.moduleType];
    if (!module) throw new Error(`the manifest declares no ${frame.moduleType} module`);
    if (!module.functionKey) throw new Error(`module ${module.key} has no resolver function`);
    const handler = backend.functions[module.functionKey];
    if (!handler) throw new Error(`the backend exports no handler for function "${module.functionKey}"`);
    const who = identity(frame.identity as IdentityId);
    // The browser-only parts stay out; accountId reaches the resolver only through the principal, as on Forge.
    const { accountId: _accountId, theme: _theme, siteUrl: _siteUrl, ...serverContext } = viewContext(frame, module, siteUrl);
    return handler(
      { call: { functionKey: definitionKey, payload }, context: { ...serverContext, accountType: who.accountType } },
      { principal: who.accountId ? { accountId: who.accountId } : undefined, installContext: installContextOf(frame) },
    );
  }

  async function seed(): Promise<void> {
    await seedExampleOrg(
      {
        call: (frame, key, payload) => callResolver(frame, key, payload),
        setNow: (instant) => {
          fixedNow = instant;
        },
      },
      site.today,
    );
    // The scheduled trigger would already have run today.
    await backend.dailyCheck();
  }

  /** Starts the example org over, as it stood on `today` (default: the real date). */
  async function reset(today?: string): Promise<void> {
    faults.set({ kind: 'off' });
    rmSync(storeFile, { force: true });
    store = new FileKvs(storeFile);
    product.propertyStore.clear();
    site = { ...site, today: today ?? defaultSettings().today };
    saveSite();
    await seed();
    meter.reset();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', siteUrl);
    const route = url.pathname;

    if (req.method === 'GET' && route === '/') {
      const settings = readViewSettings(url.searchParams);
      send(res, 200, startPage({ settings, today: site.today, jiraPlan: site.jiraPlan }), MIME['.html']);
      return;
    }
    if (req.method === 'GET' && route === '/rovo') {
      const settings = readViewSettings(new URLSearchParams([...url.searchParams].filter(([k]) => k !== 'place')));
      const placeParam = url.searchParams.get('place') ?? 'confluence-page';
      if (!(ROVO_PLACES as readonly string[]).includes(placeParam)) return send(res, 400, `place must be one of ${ROVO_PLACES.join(', ')}`);
      const pageViewId = newPageViewId();
      meter.pageView(pageViewId, 'rovo');
      send(res, 200, rovoPage({ agent: readRovoAgent(repoRoot), settings, place: placeParam as RovoPlace, pageViewId }), MIME['.html']);
      return;
    }
    if (req.method === 'POST' && route === '/api/rovo') {
      const parsed = rovoRequestSchema.safeParse(await readJson(req));
      if (!parsed.success) return sendJson(res, 400, { message: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ') });
      const { place, action, inputs, pageViewId } = parsed.data;
      const settings = readViewSettings(new URLSearchParams(parsed.data.settings));
      const declared = readRovoAgent(repoRoot).actions.find((a) => a.key === action);
      if (!declared) return sendJson(res, 400, { message: `action: the agent has no action "${action}"` });
      const handler = backend.rovo[declared.handler];
      if (!handler) return sendJson(res, 400, { message: `action: the backend exports no handler "${declared.handler}"` });
      // As Rovo calls an action: the inputs and Rovo's product context in the payload, the person in the invocation context.
      const payload = { ...inputs, context: rovoContext(place, settings, siteUrl, action) };
      const before = meter.snapshot().pageViews.find((v) => v.pageViewId === pageViewId)?.storage.reads ?? 0;
      const result = await meter.invocation(pageViewId, 'rovo', declared.functionKey, () => handler(payload, rovoInvocationContext(settings)));
      const after = meter.snapshot().pageViews.find((v) => v.pageViewId === pageViewId)?.storage.reads ?? 0;
      return sendJson(res, 200, { action, functionKey: declared.functionKey, payload, result, storageReads: after - before });
    }
    const hostMatch = /^\/host\/([a-z-]+)$/.exec(route);
    if (req.method === 'GET' && hostMatch) {
      const surface = surfaceById(hostMatch[1]!);
      if (!surface) return send(res, 404, 'no such surface');
      const pageViewId = newPageViewId();
      meter.pageView(pageViewId, surface.id);
      const spaceProperty = (spaceId: string, key: string) => product.propertyStore.get(spaceId, key);
      const settings = readViewSettings(url.searchParams);
      send(res, 200, hostPage({ surface, settings, manifest: manifestIn[settings.locale], pageViewId, spaceProperty }), MIME['.html']);
      return;
    }
    // /app/<resource key>/<file>: a packaged resource, as Forge hosts it (own directory, own CSP).
    const appMatch = /^\/app\/([a-z0-9-]+)\/(.+)$/.exec(route);
    if (req.method === 'GET' && appMatch) {
      const [, resourceKey, file] = appMatch as unknown as [string, string, string];
      const csp = cspByResource[resourceKey];
      if (!csp) return send(res, 404, `no packaged resource "${resourceKey}"`);
      if (file.endsWith('.html')) {
        const frame = decodeFrame(url.searchParams.get('f') ?? '');
        const module = manifest.modules[frame.moduleType];
        if (!module || module.resourceKey !== resourceKey || module.entryFile !== file) return send(res, 404, 'this frame does not render that page');
        const config = { frameToken: url.searchParams.get('f'), frameId: frame.frameId, theme: frame.theme, context: viewContext(frame, module, siteUrl) };
        const html = hostedPage(readFileSync(path.join(packagedRoot(repoRoot), resourceKey, file), 'utf8'), `${resourceKey}/${file}`, config);
        res.writeHead(200, { 'content-type': MIME['.html']!, 'cache-control': 'no-store', 'content-security-policy': csp });
        res.end(html);
        return;
      }
      return sendFile(res, path.join(packagedRoot(repoRoot), resourceKey), file);
    }
    if (req.method === 'POST' && route === CSP_REPORT_PATH) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (cspReports.length < 1000) cspReports.push(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      return send(res, 204, '');
    }
    if (req.method === 'GET' && route === '/api/csp-reports') return sendJson(res, 200, { reports: cspReports });
    if (req.method === 'GET' && route === '/favicon.ico') return send(res, 204, '');
    if (req.method === 'GET' && route === '/preview/tokens.css') return send(res, 200, tokens, MIME['.css']);
    if (req.method === 'GET' && route.startsWith('/preview/client/')) return sendFile(res, clientDir, route.slice('/preview/client/'.length));

    if (req.method === 'POST' && route === '/api/invoke') {
      const allowed = invokeAllowed(req.headers, new URL(siteUrl).origin);
      if (!allowed.ok) return sendJson(res, 403, { message: `cross-origin invoke refused: ${allowed.reason}` });
      const parsed = invokeSchema.safeParse(await readJson(req));
      if (!parsed.success) return sendJson(res, 400, { message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const frame = decodeFrame(parsed.data.frame);
      try {
        const result = await meter.invocation(frame.pageViewId, frame.surface, parsed.data.functionKey, () =>
          callResolver(frame, parsed.data.functionKey, parsed.data.payload),
        );
        return sendJson(res, 200, { result });
      } catch (error) {
        return sendJson(res, 500, { message: (error as Error).message });
      }
    }
    if (req.method === 'GET' && route === '/api/metrics') return sendJson(res, 200, meter.snapshot());
    if (req.method === 'POST' && route === '/api/metrics/reset') {
      meter.reset();
      return sendJson(res, 200, meter.snapshot());
    }
    if (req.method === 'GET' && route === '/api/state') return sendJson(res, 200, site);
    if (req.method === 'POST' && route === '/api/settings') {
      const parsed = siteSettingsSchema
        .partial()
        .strict()
        .safeParse(await readJson(req));
      if (!parsed.success) return sendJson(res, 400, { message: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ') });
      if (parsed.data.today !== undefined && parsed.data.today < site.today) {
        return sendJson(res, 400, {
          message: `today: the simulated day only moves forward, as time does for the app (it is ${site.today}). Reset the example org to start over on an earlier day.`,
        });
      }
      const dayChanged = parsed.data.today !== undefined && parsed.data.today !== site.today;
      site = { ...site, ...parsed.data };
      saveSite();
      // On Forge the daily trigger runs on every new day; moving the simulated day runs it once.
      const dailyCheck = dayChanged ? await backend.dailyCheck() : null;
      return sendJson(res, 200, { ...site, dailyCheck });
    }
    if (req.method === 'POST' && route === '/api/daily-check') {
      return sendJson(res, 200, await backend.dailyCheck());
    }
    if (req.method === 'GET' && route === '/api/faults') return sendJson(res, 200, { faults: faults.snapshot() });
    if (req.method === 'POST' && route === '/api/faults') {
      const parsed = faultRequestSchema.safeParse(await readJson(req));
      if (!parsed.success) return sendJson(res, 400, { message: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ') });
      return sendJson(res, 200, { faults: faults.set(parsed.data) });
    }
    if (req.method === 'POST' && route === '/api/reset') {
      const parsed = z.strictObject({ today: calendarDate.optional() }).safeParse(await readJson(req));
      if (!parsed.success) return sendJson(res, 400, { message: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ') });
      await reset(parsed.data.today);
      return sendJson(res, 200, site);
    }
    send(res, 404, `not found: ${escapeHtml(route)}`);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('preview:', error);
      if (!res.headersSent) sendJson(res, 400, { message: (error as Error).message });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  siteUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  if (!existsSync(storeFile)) await seed();
  meter.reset();

  return {
    url: siteUrl,
    server,
    meter,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

if (require.main === module) {
  const repoRoot = path.resolve(__dirname, '..');
  const port = process.env.PORT === undefined ? 4400 : Number.parseInt(process.env.PORT, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, got "${process.env.PORT}"`);
    process.exit(1);
  }
  startPreviewServer({ port, dataDir: path.join(repoRoot, '.preview-data'), repoRoot }).then(
    (preview) => console.log(`Contribution Lens preview: ${preview.url}/`),
    (error: unknown) => {
      console.error(`preview failed to start: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
