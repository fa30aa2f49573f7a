/**
 * The checks the admin, space and daily-check functions (and Rovo) run, generated from the zod schemas
 * (generated/admin-validators.cjs, `npm run generate:validators`): every admin payload, the org profile and every
 * stored document. Zod-free, with ./validators' issue shape (`{ path, message }` as zod words them).
 */
import * as generated from '../../generated/admin-validators.cjs';
import type { AdminInput, AdminKey } from './contract';
import { checkWith, type Check, type Generated } from './validators';

const g = generated as unknown as Record<string, Generated>;
// Payloads are checked on a copy (defaults and trimming write into the value); documents as read.
const payload = <K extends AdminKey>(key: K) => checkWith<AdminInput<K>>(g[`payload_${key}`]!, { copy: true });
const doc = <T = Record<string, unknown>>(name: string): Check<T> => checkWith<T>(g[name]!, { copy: false });

export const adminValidators = {
  /** Admin resolver payloads, by operation key. */
  payloads: {
    getOverview: payload('getOverview'),
    previewEvents: payload('previewEvents'),
    recordEvents: payload('recordEvents'),
    simulate: payload('simulate'),
    listHistory: payload('listHistory'),
    verifyHistory: payload('verifyHistory'),
    exportEvidence: payload('exportEvidence'),
    attest: payload('attest'),
    getNoticeSettings: payload('getNoticeSettings'),
    saveNoticeSettings: payload('saveNoticeSettings'),
    listConcerns: payload('listConcerns'),
    answerConcern: payload('answerConcern'),
    resolveConcern: payload('resolveConcern'),
    listSpaces: payload('listSpaces'),
    repairDerived: payload('repairDerived'),
    checkAnchor: payload('checkAnchor'),
    importProfile: payload('importProfile'),
  } satisfies { [K in AdminKey]: Check<AdminInput<K>> },
  /** The declared profile (after its migrations, src/policy/profile.ts). */
  orgProfile: doc('orgProfile'),
  /** One profile event (parseProfile reports each bad event with it). */
  profileEvent: doc('profileEvent'),
  /** Stored documents (after their migrations, src/storage/versioned.ts), by the names src/storage/documents.ts uses. */
  documents: {
    historyEntry: doc<never>('doc_historyEntry'),
    head: doc<never>('doc_head'),
    status: doc<never>('doc_status'),
    noticeSettings: doc<never>('doc_noticeSettings'),
    concern: doc<never>('doc_concern'),
    bannerSync: doc<never>('doc_bannerSync'),
    profileCache: doc<never>('doc_profileCache'),
    profileCachePart: doc<never>('doc_profileCachePart'),
    cachedCompiled: doc<never>('doc_cachedCompiled'),
    people: doc<never>('doc_people'),
    privacyReport: doc<never>('doc_privacyReport'),
    request: doc<never>('doc_request'),
  },
};
