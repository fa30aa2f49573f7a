/** Small building blocks used by several admin sections. */
import type { ReactNode } from 'react';
import { useT } from '../i18n/admin';
import { useLanguage } from '../ui/language';
import { formatDate } from '../ui/format';

export function SectionHeader({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <div className="adm-section-header">
      <div className="ui-stack">
        <h2 className="ui-h2">{title}</h2>
        {intro ? <p className="ui-subtle adm-intro">{intro}</p> : null}
      </div>
      {actions ? <div className="ui-row">{actions}</div> : null}
    </div>
  );
}

export function DateText({ date }: { date: string | null | undefined }) {
  const language = useLanguage();
  if (!date) return null;
  return <time dateTime={date}>{formatDate(date, language)}</time>;
}

/** Display name for an app key; unknown apps are shown by their key. */
export function useAppName(): (app: string) => string {
  const t = useT();
  return (app) => t.apps[app] ?? app;
}

/** An account id as people read it: "you" for the viewer, the id otherwise. */
export function useWho(accountId: string | null): (id: string | null | undefined) => string {
  const t = useT();
  return (id) => (!id ? '—' : id === accountId ? t.overview.you : id);
}

/** Field wrapper: label, control, help and error, wired with ids for screen readers. */
export function Field({ id, label, help, error, children }: { id: string; label: ReactNode; help?: ReactNode; error?: string | null; children: ReactNode }) {
  return (
    <div className="ui-field">
      <label className="ui-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {help ? (
        <span className="ui-help" id={`${id}-help`}>
          {help}
        </span>
      ) : null}
      {error ? (
        <span className="ui-field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
