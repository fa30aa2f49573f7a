/**
 * For space admins: ask the org admins something about this space, and read
 * their answers. The server decides who may; this panel is only rendered when
 * the status answer says `canRaiseConcern`, and any refusal is shown as sent.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Concern, ConcernKind as RequestKind, LIMITS } from '../../../src/shared/contract';
import type { Status } from '../../../src/policy/types';
import type { ConcernKind, ConcernStateName } from '../i18n/space.en';
import { Button } from '../ui/Button';
import { Lozenge, type LozengeAppearance } from '../ui/Lozenge';
import type { Answer, Failure } from './answers';
import { useI18n } from './i18n';

/**
 * The server's limit on a concern message. Typed from the contract (a type-only
 * import) so a changed limit fails the build; a value import would pull the
 * full zod build into this page.
 */
const CONCERN_MAX_LENGTH: (typeof LIMITS)['concernLength'] = 2_000;

const STATE_LOOK: Record<ConcernStateName, LozengeAppearance> = { open: 'moved', answered: 'inprogress', resolved: 'success' };

/** The kinds worth asking for: no "exclude" when nothing is contributed, no "include" when it already is or cannot be. */
export function concernKindsFor(status: { inAppData: Status; projected?: Exclude<Status, 'pending'>; orgExcluded: boolean }): ConcernKind[] {
  const effective = status.inAppData === 'pending' ? status.projected : status.inAppData;
  const kinds: ConcernKind[] = ['concern'];
  if (effective !== 'not-contributing') kinds.push('exclude');
  if (effective !== 'contributing' && !status.orgExcluded) kinds.push('include');
  return kinds;
}

const REQUEST_KIND: Record<ConcernKind, RequestKind> = { concern: 'concern', exclude: 'exclude-request', include: 'include-request' };
const FORM_KIND: Record<RequestKind, ConcernKind> = { concern: 'concern', 'exclude-request': 'exclude', 'include-request': 'include' };

/** What the org admins receive: the kind of request as its own field, and the admin's own words. */
export function concernPayload(kind: ConcernKind, message: string): { kind: RequestKind; message: string } {
  return { kind: REQUEST_KIND[kind], message: message.trim() };
}

type Sending = { phase: 'idle' } | { phase: 'sending' } | { phase: 'sent' } | { phase: 'failed'; failure: Failure };

export function ConcernForm({
  kinds,
  onRaise,
}: {
  kinds: ConcernKind[];
  onRaise: (payload: { kind: RequestKind; message: string }) => Promise<Answer<Concern>>;
}) {
  const { m } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<ConcernKind>(kinds[0] ?? 'concern');
  const [message, setMessage] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [sending, setSending] = useState<Sending>({ phase: 'idle' });
  const resultRef = useRef<HTMLParagraphElement>(null);

  const max = CONCERN_MAX_LENGTH;
  const left = max - message.trim().length;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.phase === 'sending') return;
    const text = message.trim();
    const problem = text.length === 0 ? m.concernMessageRequired : text.length > max ? m.concernMessageTooLong(max) : null;
    setFieldError(problem);
    if (problem) {
      document.getElementById(`${id}-message`)?.focus();
      return;
    }
    setSending({ phase: 'sending' });
    const answer = await onRaise(concernPayload(kind, text));
    if (answer.ok) {
      setMessage('');
      setSending({ phase: 'sent' });
    } else {
      setSending({ phase: 'failed', failure: answer.error });
    }
    // The send button was disabled while sending, which drops focus: put it on the outcome, which is also announced.
    resultRef.current?.focus();
  };

  const result =
    sending.phase === 'sent'
      ? m.concernSent
      : sending.phase === 'failed'
        ? sending.failure.code === 'FORBIDDEN'
          ? m.concernFailed(m.concernForbidden)
          : sending.failure.code === 'RATE_LIMITED'
            ? m.concernFailed(m.concernRateLimited)
            : m.concernFailed(sending.failure.message)
        : '';
  const describedBy = [`${id}-help`, `${id}-count`, fieldError ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <form className="cl-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="concern-heading">
      <fieldset className="cl-form__choices">
        <legend className="ui-label">{m.concernKindLegend}</legend>
        {kinds.map((option) => (
          <label key={option} className="cl-radio">
            <input type="radio" name={`${id}-kind`} value={option} checked={kind === option} onChange={() => setKind(option)} />
            <span>{m.concernKind[option]}</span>
          </label>
        ))}
      </fieldset>
      <div className="ui-field">
        <label className="ui-label" htmlFor={`${id}-message`}>
          {m.concernMessageLabel}
          <span className="cl-form__required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <textarea
          id={`${id}-message`}
          className="ui-textarea"
          name="message"
          rows={5}
          required
          aria-required="true"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy}
          value={message}
          onChange={(event) => {
            setMessage(event.target.value);
            if (fieldError) setFieldError(null);
          }}
        />
        <div className="cl-form__hints">
          <span id={`${id}-help`} className="ui-help">
            {m.concernMessageHelp}
          </span>
          <span id={`${id}-count`} className={left < 0 ? 'cl-form__count cl-form__count--over' : 'cl-form__count'}>
            {m.concernCharactersLeft(left)}
          </span>
        </div>
        {fieldError ? (
          <p id={`${id}-error`} className="ui-field-error">
            {fieldError}
          </p>
        ) : null}
      </div>
      <div className="cl-form__actions">
        <Button type="submit" appearance="primary" busy={sending.phase === 'sending'}>
          {sending.phase === 'sending' ? m.concernSending : m.concernSubmit}
        </Button>
      </div>
      <p
        ref={resultRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className={sending.phase === 'failed' ? 'cl-form__result cl-form__result--error' : 'cl-form__result'}
        data-testid="concern-result"
      >
        {result}
      </p>
    </form>
  );
}

export function ConcernList({ concerns }: { concerns: Concern[] }) {
  const { m, dateTime } = useI18n();
  if (concerns.length === 0) return <p className="ui-subtle">{m.myConcernsEmpty}</p>;
  return (
    <ul className="cl-concerns">
      {concerns.map((concern) => (
        <li key={concern.id} className="cl-concern" data-testid="my-concern">
          <div className="cl-concern__head">
            <Lozenge appearance={STATE_LOOK[concern.state]}>{m.concernState[concern.state]}</Lozenge>
            <span className="cl-concern__kind" data-kind={concern.kind}>
              {m.concernKindLabel[FORM_KIND[concern.kind]]}
            </span>
            <span className="ui-subtle">{m.concernRaisedAt(dateTime(concern.raisedAt))}</span>
          </div>
          <p className="cl-concern__message">{concern.message}</p>
          {concern.answer ? (
            <div className="cl-concern__answer">
              <h4 className="cl-concern__answer-title">{m.concernAnswer}</h4>
              <p className="cl-concern__message">{concern.answer}</p>
              {concern.answeredAt ? <p className="ui-subtle">{m.concernAnsweredAt(dateTime(concern.answeredAt))}</p> : null}
            </div>
          ) : null}
          {concern.state === 'resolved' ? (
            <div className="cl-concern__answer">
              {concern.resolutionNote ? (
                <>
                  <h4 className="cl-concern__answer-title">{m.concernResolution}</h4>
                  <p className="cl-concern__message">{concern.resolutionNote}</p>
                </>
              ) : null}
              {concern.resolvedAt ? <p className="ui-subtle">{m.concernResolvedAt(dateTime(concern.resolvedAt))}</p> : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
