import type { ReactNode } from 'react';
import type { ApiError } from '../../../src/shared/contract';
import { Button } from './Button';
import { focusOnMount } from './focus';
import { useLanguage } from './language';
import { useUiStrings } from './strings';

export type MessageAppearance = 'information' | 'warning' | 'error' | 'success' | 'discovery';

const ICON_PATHS: Record<MessageAppearance, string> = {
  information: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z',
  discovery: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z',
  warning: 'M13.3 3.5a1.5 1.5 0 0 0-2.6 0L2.2 18.5A1.5 1.5 0 0 0 3.5 21h17a1.5 1.5 0 0 0 1.3-2.5L13.3 3.5ZM13 17h-2v-2h2v2Zm0-4h-2V8h2v5Z',
  error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z',
  success: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.5 14.5L6 12l1.4-1.4 3.1 3.1 6.1-6.1L18 9l-7.5 7.5Z',
};

export function MessageIcon({ appearance }: { appearance: MessageAppearance }) {
  return (
    <svg className="ui-message__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={ICON_PATHS[appearance]} />
    </svg>
  );
}

/** Section message; `role` is left to the caller so only real news is announced. */
export function Message({
  appearance = 'information',
  title,
  children,
  actions,
  role,
  headingLevel = 3,
  takeFocus = false,
}: {
  appearance?: MessageAppearance;
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  role?: 'alert' | 'status';
  headingLevel?: 2 | 3 | 4;
  /** Moves focus to the message when it appears: the outcome of what the user just did. */
  takeFocus?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={`ui-message ui-message--${appearance}`} role={role} tabIndex={takeFocus ? -1 : undefined} ref={takeFocus ? focusOnMount : undefined}>
      <MessageIcon appearance={appearance} />
      <div className="ui-message__body">
        {title ? <Heading className="ui-message__title">{title}</Heading> : null}
        {children}
        {actions ? <div className="ui-row">{actions}</div> : null}
      </div>
    </section>
  );
}

/** A failed call: the server's message, its field issues, and a way to try again. */
export function ErrorPanel({ error, onRetry, title, extraActions }: { error: ApiError; onRetry?: () => void; title?: ReactNode; extraActions?: ReactNode }) {
  const strings = useUiStrings();
  const language = useLanguage();
  return (
    <Message
      appearance="error"
      role="alert"
      takeFocus
      title={title ?? strings.errorTitle}
      actions={
        onRetry || extraActions ? (
          <>
            {onRetry ? <Button onClick={onRetry}>{strings.retry}</Button> : null}
            {extraActions}
          </>
        ) : undefined
      }
    >
      {/* The server speaks English: other languages get the translated meaning first and its words as detail. */}
      {language === 'en' ? (
        <p>{error.message || strings.errorCodes[error.code]}</p>
      ) : (
        <>
          <p>{strings.errorCodes[error.code]}</p>
          {error.message ? (
            <p className="ui-small ui-subtle" lang="en">
              {error.message}
            </p>
          ) : null}
        </>
      )}
      {error.issues && error.issues.length > 0 ? (
        <div>
          <p className="ui-small ui-subtle">{strings.fieldIssues}</p>
          <ul>
            {error.issues.map((issue, i) => (
              <li key={`${issue.path}-${i}`}>
                <code className="ui-code">{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Message>
  );
}

export function Loading({ label }: { label?: string }) {
  const strings = useUiStrings();
  return (
    <div className="ui-loading" role="status" aria-live="polite">
      <span className="ui-spinner" aria-hidden="true" />
      <span>{label ?? strings.loading}</span>
    </div>
  );
}
