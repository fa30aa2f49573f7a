/**
 * Spaces: server-paginated list (cursor), filters, and bulk include/exclude
 * recorded as scope events. Only one page is ever held in the browser.
 */
import { useId, useState } from 'react';
import { EnumSelect } from '../../ui/EnumSelect';
import { TableWrap } from '../../ui/TableWrap';
import { SPACE_PRODUCTS, type AdminPayload, type ApiError, type SpaceProduct, type SpaceRow } from '../../../../src/shared/contract';
import type { Status } from '../../../../src/policy/types';
import { useT } from '../../i18n/admin';
import { Button } from '../../ui/Button';
import { StatusLozenge } from '../../ui/Lozenge';
import { ErrorPanel, Loading, Message } from '../../ui/Message';
import { useUiStrings } from '../../ui/strings';
import { callAdmin } from '../api';
import { useAdmin } from '../context';
import { PagerControls, useCursorPager } from '../Pager';
import { Field, SectionHeader } from '../parts';
import { useCall } from '../useCall';

const PAGE_SIZE = 50;
type Mode = SpaceRow['mode'];

interface Filters {
  search: string;
  product: SpaceProduct | '';
  status: Status | '';
  mode: Mode | '';
  hasConcern: boolean;
}

const EMPTY_FILTERS: Filters = { search: '', product: '', status: '', mode: '', hasConcern: false };

function payloadOf(filters: Filters, cursor: string | undefined): AdminPayload<'listSpaces'> {
  return {
    limit: PAGE_SIZE,
    ...(cursor ? { cursor } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.product ? { product: filters.product } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.mode ? { mode: filters.mode } : {}),
    ...(filters.hasConcern ? { hasConcern: true } : {}),
  };
}

const rowId = (row: SpaceRow) => `${row.product}:${row.key}`;

export default function Spaces() {
  const t = useT();
  const ui = useUiStrings();
  const uid = useId();
  const { overview, announce, reloadOverview } = useAdmin();
  const [draft, setDraft] = useState<Filters>(EMPTY_FILTERS);
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  const pager = useCursorPager();
  const { state, reload } = useCall('listSpaces', payloadOf(filters, pager.cursor));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<Mode | null>(null);
  const [writeError, setWriteError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const rows = state.phase === 'ok' ? state.data.spaces : [];
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(rowId(r)));

  function toggle(id: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function bulk(mode: Mode) {
    // Scope entries are per space key (R19: one list for Confluence and Jira spaces).
    const keys = [...new Set([...selected].map((id) => id.slice(id.indexOf(':') + 1)))];
    if (keys.length === 0) return;
    setBusy(mode);
    setWriteError(null);
    setDone(null);
    const result = await callAdmin('recordEvents', {
      changes: keys.map((key) => ({ type: 'scope' as const, on: overview.status.day, target: { kind: 'space' as const, key }, mode })),
      expectedHeadSeq: overview.profile.headSeq,
    });
    setBusy(null);
    if (!result.ok) {
      setWriteError(result.error);
      return;
    }
    const message = t.spaces.bulkDone(result.data.recorded);
    setDone(message);
    announce(message);
    setSelected(new Set());
    reload();
    await reloadOverview();
  }

  return (
    <div className="adm-section" data-section="spaces">
      <SectionHeader title={t.spaces.heading} intro={t.spaces.intro} />
      <form
        className="adm-toolbar"
        role="search"
        aria-label={t.spaces.search}
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
          setSelected(new Set());
          pager.reset();
        }}
      >
        <div className="ui-field ui-field--grow">
          <label className="ui-label" htmlFor={`${uid}-search`}>
            {t.spaces.search}
          </label>
          <input
            id={`${uid}-search`}
            className="ui-input"
            type="search"
            maxLength={100}
            value={draft.search}
            onChange={(e) => setDraft({ ...draft, search: e.target.value })}
            data-testid="space-search"
          />
        </div>
        <Field id={`${uid}-product`} label={t.spaces.product}>
          <EnumSelect
            id={`${uid}-product`}
            value={draft.product}
            options={['', ...SPACE_PRODUCTS] as const}
            label={(p) => (p === '' ? t.spaces.anyProduct : t.common.products[p])}
            onChange={(product) => setDraft({ ...draft, product })}
          />
        </Field>
        <Field id={`${uid}-status`} label={t.spaces.status}>
          <EnumSelect
            id={`${uid}-status`}
            value={draft.status}
            options={['', 'contributing', 'not-contributing', 'pending'] as const}
            label={(s) => (s === '' ? t.spaces.anyStatus : ui.status[s])}
            onChange={(status) => setDraft({ ...draft, status })}
          />
        </Field>
        <Field id={`${uid}-mode`} label={t.spaces.mode}>
          <EnumSelect
            id={`${uid}-mode`}
            value={draft.mode}
            options={['', 'include', 'exclude', 'default'] as const}
            label={(m) => (m === '' ? t.spaces.anyMode : t.spaces.modes[m])}
            onChange={(mode) => setDraft({ ...draft, mode })}
            data-testid="space-mode-filter"
          />
        </Field>
        <label className="ui-checkbox adm-toolbar__check">
          <input type="checkbox" checked={draft.hasConcern} onChange={(e) => setDraft({ ...draft, hasConcern: e.target.checked })} />
          {t.spaces.hasConcern}
        </label>
        <Button type="submit">{t.spaces.apply}</Button>
      </form>

      <div className="adm-actions" role="group" aria-label={t.spaces.selected(selected.size)}>
        <span className="ui-subtle" aria-live="polite">
          {t.spaces.selected(selected.size)}
        </span>
        <Button onClick={() => void bulk('exclude')} disabled={selected.size === 0} busy={busy === 'exclude'} data-testid="bulk-exclude">
          {t.spaces.bulkExclude}
        </Button>
        <Button onClick={() => void bulk('include')} disabled={selected.size === 0} busy={busy === 'include'} data-testid="bulk-include">
          {t.spaces.bulkInclude}
        </Button>
        <Button appearance="subtle" onClick={() => void bulk('default')} disabled={selected.size === 0} busy={busy === 'default'}>
          {t.spaces.bulkDefault}
        </Button>
      </div>
      {writeError ? (
        <ErrorPanel error={writeError} onRetry={writeError.code === 'CONFLICT' ? () => void reloadOverview().then(() => setWriteError(null)) : undefined} />
      ) : null}
      {done ? (
        <Message appearance="success" role="status" title={done}>
          {null}
        </Message>
      ) : null}

      {state.phase === 'loading' ? <Loading /> : null}
      {state.phase === 'error' ? <ErrorPanel error={state.error} onRetry={reload} /> : null}
      {state.phase === 'ok' ? (
        <>
          <TableWrap label={t.spaces.caption}>
            <table className="ui-table" data-testid="spaces-table">
              <caption className="ui-visually-hidden">{t.spaces.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <label className="ui-checkbox">
                      <input
                        type="checkbox"
                        checked={allOnPage}
                        onChange={(e) => rows.forEach((r) => toggle(rowId(r), e.target.checked))}
                        disabled={rows.length === 0}
                      />
                      <span className="ui-visually-hidden">{t.spaces.selectAll}</span>
                    </label>
                  </th>
                  <th scope="col">{t.spaces.key}</th>
                  <th scope="col">{t.spaces.name}</th>
                  <th scope="col">{t.spaces.product}</th>
                  <th scope="col">{t.spaces.status}</th>
                  <th scope="col">{t.spaces.mode}</th>
                  <th scope="col" className="ui-num">
                    {t.spaces.concerns}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td colSpan={7} className="ui-subtle">
                      {t.spaces.none}
                    </td>
                  </tr>
                ) : (
                  rows.map((row) => (
                    <tr key={rowId(row)} data-space={rowId(row)} data-mode={row.mode} data-status={row.status}>
                      <td>
                        <label className="ui-checkbox">
                          <input type="checkbox" checked={selected.has(rowId(row))} onChange={(e) => toggle(rowId(row), e.target.checked)} />
                          <span className="ui-visually-hidden">{t.spaces.selectRow(`${row.key} (${t.common.products[row.product]})`)}</span>
                        </label>
                      </td>
                      <td>
                        <code className="ui-code">{row.key}</code>
                      </td>
                      <th scope="row" className="adm-row-head">
                        {row.name}
                      </th>
                      <td>{t.common.products[row.product]}</td>
                      <td>
                        <StatusLozenge status={row.status} />
                        {row.projected ? <span className="ui-small ui-subtlest adm-block">→ {ui.status[row.projected]}</span> : null}
                      </td>
                      <td>{t.spaces.modes[row.mode]}</td>
                      <td className="ui-num">{row.openConcerns}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </TableWrap>
          <PagerControls pager={pager} nextCursor={state.data.nextCursor} />
        </>
      ) : null}
    </div>
  );
}
