/** Concerns raised by space admins: answer and resolve. */
import { useId, useState } from 'react';
import { CONCERN_STATES, LIMITS, type ApiError, type Concern, type ConcernState } from '../../../../src/shared/contract';
import { useT } from '../../i18n/admin';
import { EnumSelect } from '../../ui/EnumSelect';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { useLanguage } from '../../ui/language';
import { Lozenge, type LozengeAppearance } from '../../ui/Lozenge';
import { ErrorPanel, Loading, Message } from '../../ui/Message';
import { callAdmin } from '../api';
import { useAdmin } from '../context';
import { PagerControls, useCursorPager } from '../Pager';
import { Field, SectionHeader, useWho } from '../parts';
import { useCall } from '../useCall';

const STATE_APPEARANCE: Record<ConcernState, LozengeAppearance> = { open: 'moved', answered: 'inprogress', resolved: 'success' };

export default function Concerns() {
  const t = useT();
  const uid = useId();
  const [filter, setFilter] = useState<ConcernState | ''>('open');
  const pager = useCursorPager();
  const { state, reload, setState } = useCall('listConcerns', {
    limit: 20,
    ...(filter ? { state: filter } : {}),
    ...(pager.cursor ? { cursor: pager.cursor } : {}),
  });

  const replace = (updated: Concern) => {
    if (state.phase !== 'ok') return;
    setState({ phase: 'ok', data: { ...state.data, concerns: state.data.concerns.map((c) => (c.id === updated.id ? updated : c)) } });
  };

  return (
    <div className="adm-section" data-section="concerns">
      <SectionHeader title={t.concerns.heading} intro={t.concerns.intro} />
      <div className="adm-toolbar">
        <Field id={`${uid}-state`} label={t.concerns.state}>
          <EnumSelect
            id={`${uid}-state`}
            value={filter}
            options={['', ...CONCERN_STATES] as const}
            label={(s) => (s === '' ? t.concerns.anyState : t.concerns.states[s])}
            onChange={(state) => {
              setFilter(state);
              pager.reset();
            }}
            data-testid="concern-filter"
          />
        </Field>
      </div>
      {state.phase === 'loading' ? <Loading /> : null}
      {state.phase === 'error' ? <ErrorPanel error={state.error} onRetry={reload} /> : null}
      {state.phase === 'ok' ? (
        <>
          {state.data.concerns.length === 0 ? (
            <p className="ui-subtle">{t.concerns.none}</p>
          ) : (
            <ul className="adm-plain-list ui-stack adm-gap" data-testid="concerns">
              {state.data.concerns.map((concern) => (
                <li key={concern.id}>
                  <ConcernCard concern={concern} onChange={replace} />
                </li>
              ))}
            </ul>
          )}
          <PagerControls pager={pager} nextCursor={state.data.nextCursor} />
        </>
      ) : null}
    </div>
  );
}

function ConcernCard({ concern, onChange }: { concern: Concern; onChange: (c: Concern) => void }) {
  const t = useT();
  const uid = useId();
  const language = useLanguage();
  const { announce, accountId } = useAdmin();
  const who = useWho(accountId);
  const [answer, setAnswer] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'answer' | 'resolve' | null>(null);
  const [error, setError] = useState<{ action: 'answer' | 'resolve'; error: ApiError } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function sendAnswer() {
    setBusy('answer');
    setError(null);
    const result = await callAdmin('answerConcern', { id: concern.id, answer });
    setBusy(null);
    if (!result.ok) {
      setError({ action: 'answer', error: result.error });
      return;
    }
    setAnswer('');
    setDone(t.concerns.answerSaved);
    announce(t.concerns.answerSaved);
    onChange(result.data);
  }

  async function resolve() {
    setBusy('resolve');
    setError(null);
    const result = await callAdmin('resolveConcern', { id: concern.id, ...(note.trim() ? { note: note.trim() } : {}) });
    setBusy(null);
    if (!result.ok) {
      setError({ action: 'resolve', error: result.error });
      return;
    }
    setDone(t.concerns.resolvedSaved);
    announce(t.concerns.resolvedSaved);
    onChange(result.data);
  }

  return (
    <article className="ui-card adm-concern" aria-labelledby={`${uid}-h`} data-concern={concern.id} data-state={concern.state}>
      <div className="adm-status-card__head">
        <h3 className="ui-h4" id={`${uid}-h`}>
          {t.concerns.space}: <code className="ui-code">{concern.spaceKey}</code> · {t.common.products[concern.product]}
        </h3>
        <Lozenge appearance={STATE_APPEARANCE[concern.state]}>{t.concerns.states[concern.state]}</Lozenge>
        <Lozenge appearance={concern.kind === 'concern' ? 'default' : 'new'}>{t.concerns.kinds[concern.kind]}</Lozenge>
      </div>
      <p className="ui-small ui-subtle">{t.concerns.raised(who(concern.raisedBy), formatDateTime(concern.raisedAt, language))}</p>
      <blockquote className="adm-quote adm-pre">{concern.message}</blockquote>
      {concern.answer ? (
        <div className="ui-stack">
          <p className="ui-small ui-subtle">{t.concerns.answered(who(concern.answeredBy), formatDateTime(concern.answeredAt, language))}</p>
          <p className="adm-pre" data-testid="concern-answer">
            {concern.answer}
          </p>
        </div>
      ) : null}
      {concern.state === 'resolved' ? (
        <p className="ui-small ui-subtle">
          {t.concerns.resolved(who(concern.resolvedBy), formatDateTime(concern.resolvedAt, language))}
          {concern.resolutionNote ? ` — ${concern.resolutionNote}` : ''}
        </p>
      ) : null}
      {error ? <ErrorPanel error={error.error} onRetry={() => void (error.action === 'answer' ? sendAnswer() : resolve())} /> : null}
      {done ? (
        <Message appearance="success" title={done}>
          {null}
        </Message>
      ) : null}
      {concern.state !== 'resolved' ? (
        <div className="adm-grid-2">
          <form
            className="ui-stack"
            onSubmit={(e) => {
              e.preventDefault();
              if (answer.trim()) void sendAnswer();
            }}
          >
            <Field id={`${uid}-answer`} label={t.concerns.answer}>
              <textarea
                id={`${uid}-answer`}
                className="ui-textarea"
                maxLength={LIMITS.answerLength}
                value={answer}
                onChange={(e) => setAnswer(e.target.value)}
                data-testid="concern-answer-input"
              />
            </Field>
            <div>
              <Button type="submit" appearance="primary" busy={busy === 'answer'} disabled={!answer.trim()} data-testid="concern-send">
                {t.concerns.sendAnswer}
              </Button>
            </div>
          </form>
          <form
            className="ui-stack"
            onSubmit={(e) => {
              e.preventDefault();
              void resolve();
            }}
          >
            <Field id={`${uid}-note`} label={t.concerns.resolveNote}>
              <textarea id={`${uid}-note`} className="ui-textarea" maxLength={LIMITS.noteLength} value={note} onChange={(e) => setNote(e.target.value)} />
            </Field>
            <div>
              <Button type="submit" busy={busy === 'resolve'} data-testid="concern-resolve">
                {t.concerns.resolve}
              </Button>
            </div>
          </form>
        </div>
      ) : null}
    </article>
  );
}
