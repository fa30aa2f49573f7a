/** The evidence operations: exports (CSV, profile, signed bundle) and checking a kept anchor line. */
import { evaluate } from '../policy/engine';
import { extendsAnchor, parseAnchor } from '../storage/anchor';
import { sha256Hex, verifyChain } from '../storage/hash-chain';
import { KEYS } from '../storage/repository';
import { compile } from './compile';
import { requireAccount, type AppContext } from './context';
import { invalid } from './errors';
import { evidenceBundle, historyCsv, safeFileName, spacesCsv } from './evidence';
import { resolver } from './people';
import type { AdminOperations } from './service';
import { allSpaceRows } from './spaces';

/** Forge caps a resolver response at 5 MB; stay clear of it with the envelope around the file. */
const MAX_EXPORT_BYTES = 4_500_000;

function exportFile(fileName: string, mimeType: 'application/json' | 'text/csv', content: string) {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_EXPORT_BYTES) {
    throw invalid(`The export is ${bytes} bytes, more than one download can carry (${MAX_EXPORT_BYTES}); export the history as CSV instead.`);
  }
  return { fileName: safeFileName(fileName), mimeType, content, sha256: sha256Hex(content) };
}

export function createEvidenceOps(ctx: AppContext): Pick<AdminOperations, 'exportEvidence' | 'checkAnchor'> {
  const { repo } = ctx;
  return {
    async exportEvidence(caller, payload) {
      const day = ctx.today();
      if (payload.format === 'spaces-csv') {
        return exportFile(`contribution-lens-spaces-${day}.csv`, 'text/csv', spacesCsv(await allSpaceRows(ctx, caller)));
      }
      const [head, people] = await Promise.all([repo.head(), repo.people()]);
      const stored = await repo.rawEntries();
      const chain = verifyChain(stored, head, KEYS.entry);
      const entries = stored.flatMap((s) => (s.entry instanceof Error ? [] : [s.entry]));
      if (payload.format === 'history-csv') {
        return exportFile(`contribution-lens-history-${day}.csv`, 'text/csv', historyCsv(entries, resolver(people)));
      }
      const compiled = compile(entries.filter((e) => e.seq <= head.seq));
      if (payload.format === 'profile-json') {
        return exportFile(`contribution-lens-profile-${day}.json`, 'application/json', `${JSON.stringify(compiled.profile, null, 2)}\n`);
      }
      const content = evidenceBundle({
        generatedAt: ctx.now().toISOString(),
        generatedBy: requireAccount(caller),
        siteId: caller.siteId ?? ctx.siteId,
        profile: compiled.profile,
        evaluation: evaluate(compiled.profile, { at: day }),
        entries,
        chain,
        headSeq: head.seq,
        headHash: head.hash,
        actors: Object.fromEntries((people?.people ?? []).map((p) => [p.pseudonym, p.accountId])),
      });
      return exportFile(`contribution-lens-evidence-${day}.json`, 'application/json', content);
    },

    async checkAnchor(caller, payload) {
      const anchor = parseAnchor(payload.anchor);
      if (!anchor)
        throw invalid('This is not an anchor line from an evidence bundle.', [
          { path: 'anchor', message: 'must be a line such as "contribution-lens-anchor v1 site=… entry=12 head=<64 hex digits>"' },
        ]);
      const site = caller.siteId ?? ctx.siteId;
      const verdict = await repo.verifyHistory();
      const base = { headSeq: verdict.head?.seq ?? 0, anchorSeq: anchor.seq, intact: verdict.intact };
      if (anchor.site !== null && site !== null && anchor.site !== site) {
        return { ...base, extends: false, reason: `The anchor was kept for site ${anchor.site}; this is site ${site}.` };
      }
      if (!verdict.intact) {
        return { ...base, extends: false, reason: `The history does not verify: ${verdict.firstBroken?.reason ?? 'broken'}.` };
      }
      const entry = anchor.seq === 0 ? undefined : await repo.entry(anchor.seq);
      const reason =
        anchor.seq === 0
          ? extendsAnchor([], anchor)
          : !entry
            ? `The history ends at entry ${base.headSeq}, before the kept entry ${anchor.seq}: entries were removed since the anchor was kept.`
            : entry.hash === anchor.hash
              ? null
              : `Entry ${anchor.seq} has another hash than the kept one: the history was rewritten since the anchor was kept.`;
      return { ...base, extends: reason === null, reason };
    },
  };
}
