/**
 * Forge entry of the Rovo actions (manifest `action` modules, functions `rovo-*`): the same composition
 * as src/index.ts (Forge KVS with retries, the Forge product port, the real clock). The read-only
 * actions read one stored document each; the what-if action runs the admin side's simulate.
 */
import { kvs } from '@forge/kvs';
import { createApp } from './app/service';
import { ForgeKvsAdapter } from './platform/forge/kvs-adapter';
import { ForgeProductPort } from './platform/forge/product';
import { createRovoActions } from './rovo/actions';
import { createRovoWhatIf } from './rovo/what-if';
import { RetryingKvs } from './storage/retry';

const product = new ForgeProductPort();
const clock = { now: () => new Date() };
const app = createApp({ kvs: new RetryingKvs(new ForgeKvsAdapter(kvs)), product, clock });
const read = createRovoActions({ public: app.public, status: { read: () => app.repository.status() }, clock });
const admin = createRovoWhatIf({
  admin: app.admin,
  lastAttestedAt: async () => (await app.repository.status())?.lastAttestation?.at ?? null,
  product,
  clock,
});

/** manifest function `rovo-status-here` (action contribution-lens-status-here) */
export const statusHere = read.statusHere;
/** manifest function `rovo-org-status` (action contribution-lens-org-status) */
export const orgStatus = read.orgStatus;
/** manifest function `rovo-timeline` (action contribution-lens-timeline) */
export const timeline = read.timeline;
/** manifest function `rovo-what-if` (action contribution-lens-what-if), Jira administrators only */
export const whatIf = admin.whatIf;
