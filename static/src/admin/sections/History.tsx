/** History: filtered, cursor-paged list of recorded changes, and the hash-chain check. */
import { useId, useState } from 'react';
import { EnumSelect } from '../../ui/EnumSelect';
import { TableWrap } from '../../ui/TableWrap';
import {
  HISTORY_FILTER_TYPES,
  HISTORY_ORIGINS,
  type AdminPayload,
  type ApiError,
  type HistoryOrigin,
  type HistoryFilterType,
  type VerifyData,
} from '../../../../src/shared/contract';
import { useT } from '../../i18n/admin';
import { Button } from '../../ui/Button';
import { formatDate, formatDateTime } from '../../ui/format';
import { useLanguage } from '../../ui/language';
import { ErrorPanel, Loading, Message } from '../../ui/Message';
import { callAdmin } from '../api';
import { useAdmin } from '../context';
import { describeRecord } from '../describe';
import { PagerControls, useCursorPager } from '../Pager';
import { Field, SectionHeader, useAppName, useWho } from '../parts';
import { useCall } from '../useCall';

const PAGE_SIZE = 50;

interface Filters {
  type: HistoryFilterType | '';
  actor: string;
  origin: HistoryOrigin | '';
  from: string;
  to: string;
}
const EMPTY: Filters = { type: '', actor: '', origin: '', from: '', to: '' };

function payloadOf(f: Filters, cursor: string | undefined): AdminPayload<'listHistory'> {
  const filter = {
    ...(f.type ? { type: f.type } : {}),
    ...(f.actor.trim() ? { actor: f.actor.trim() } : {}),
    ...(f.origin ? { origin: f.origin } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
  return { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}), ...(Object.keys(filter).length > 0 ? { filter } : {}) };
}

export default function History() {
  const t = useT();
  const uid = useId();
  const language = useLanguage();
  const appName = useAppName();
  const { accountId } = useAdmin();
  const who = useWho(accountId);
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const pager = useCursorPager();
  const { state, reload } = useCall('listHistory', payloadOf(filters, pager.cursor));
  const [verify, setVerify] = useState<{ busy: boolean; data: VerifyData | null; error: ApiError | null }>({ busy: false, data: null, error: null });

  async function runVerify() {
    setVerify({ busy: true, data: null, error: null });
    const result = await callAdmin('verifyHistory', {});
    setVerify(result.ok ? { busy: false, data: result.data, error: null } : { busy: false, data: null, error: result.error });
  }

  const date = (d: string) => formatDate(d, language);
  return (
    <div className="adm-section" data-section="history">
      <SectionHeader
        title={t.history.heading}
        intro={t.history.intro}
        actions={
          <Button onClick={() => void runVerify()} busy={verify.busy} data-testid="verify">
            {t.history.verify}
          </Button>
        }
      />
      <div aria-live="polite">
        {verify.data ? (
          <Message
            appearance={verify.data.intact ? 'success' : 'error'}
            title={
              verify.data.intact
                ? t.history.intact(verify.data.entries, verify.data.records)
                : t.history.broken(verify.data.firstBroken?.seq ?? 0, verify.data.firstBroken?.reason ?? '')
            }
            role="status"
          >
            {verify.data.headHash ? (
              <p className="ui-small">
                {t.history.headHash}:{' '}
                <span className="adm-hash" data-testid="head-hash">
                  {verify.data.headHash}
                </span>
              </p>
            ) : null}
          </Message>
        ) : null}
        {verify.data?.concerns && verify.data.concerns.mismatched.length > 0 ? (
          <Message appearance="error" title={t.history.concernsMismatched(verify.data.concerns.mismatched.length)} role="status">
            <ul className="ui-small" data-testid="concern-mismatches">
              {verify.data.concerns.mismatched.map((m) => (
                <li key={m.id}>
                  {m.id}: {m.reason}
                </li>
              ))}
            </ul>
          </Message>
        ) : null}
      </div>
      {verify.error ? <ErrorPanel error={verify.error} onRetry={() => void runVerify()} /> : null}

      <form
        className="adm-toolbar"
        aria-label={t.history.apply}
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
          pager.reset();
        }}
      >
        <Field id={`${uid}-type`} label={t.history.type}>
          <EnumSelect
            id={`${uid}-type`}
            value={draft.type}
            options={['', ...HISTORY_FILTER_TYPES] as const}
            label={(type) => (type === '' ? t.history.anyType : (t.history.types[type] ?? type))}
            onChange={(type) => setDraft({ ...draft, type })}
            data-testid="history-type"
          />
        </Field>
        <Field id={`${uid}-origin`} label={t.history.origin}>
          <EnumSelect
            id={`${uid}-origin`}
            value={draft.origin}
            options={['', ...HISTORY_ORIGINS] as const}
            label={(o) => (o === '' ? t.history.anyOrigin : t.history.origins[o])}
            onChange={(origin) => setDraft({ ...draft, origin })}
          />
        </Field>
        <Field id={`${uid}-actor`} label={t.history.actor}>
          <input
            id={`${uid}-actor`}
            className="ui-input"
            type="text"
            maxLength={128}
            value={draft.actor}
            onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
          />
        </Field>
        <Field id={`${uid}-from`} label={t.history.from}>
          <input id={`${uid}-from`} className="ui-input" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </Field>
        <Field id={`${uid}-to`} label={t.history.to}>
          <input id={`${uid}-to`} className="ui-input" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </Field>
        <Button type="submit">{t.history.apply}</Button>
      </form>

      {state.phase === 'loading' ? <Loading /> : null}
      {state.phase === 'error' ? <ErrorPanel error={state.error} onRetry={reload} /> : null}
      {state.phase === 'ok' ? (
        <>
          <TableWrap label={t.history.caption}>
            <table className="ui-table" data-testid="history-table">
              <caption className="ui-visually-hidden">{t.history.caption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="ui-num">
                    {t.history.seq}
                  </th>
                  <th scope="col">{t.history.when}</th>
                  <th scope="col">{t.history.who}</th>
                  <th scope="col">{t.history.origin}</th>
                  <th scope="col">{t.history.what}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.rows.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="ui-subtle">
                      {t.history.none}
                    </td>
                  </tr>
                ) : (
                  state.data.rows.map((row) => (
                    <tr key={`${row.seq}-${row.index}`} data-kind={row.record.kind}>
                      <td className="ui-num">
                        {row.seq}.{row.index + 1}
                      </td>
                      <td className="ui-nowrap">{formatDateTime(row.recordedAt, language)}</td>
                      <td className="ui-nowrap">{who(row.recordedBy)}</td>
                      <td className="ui-nowrap">{t.history.origins[row.origin]}</td>
                      <td>{describeRecord(row.record, t, date, appName)}</td>
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
