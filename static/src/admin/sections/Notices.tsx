/**
 * Notices: where the notice and banner show, an extra plain-text message per
 * locale, and a live preview drawn by the notice's own renderer (text only, never HTML).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS, NOTICE_MODES, type ApiError, type NoticeData, type NoticeMode, type NoticeSettings } from '../../../../src/shared/contract';
import { localeTag } from '../../../../src/shared/schemas';
import { renderNotice } from '../../notice/render';
import { loadNoticeText } from '../../notice/strings';
import { useT } from '../../i18n/admin';
import { EnumSelect } from '../../ui/EnumSelect';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../../ui/format';
import { intlLocale, LANGUAGE_NAMES, LANGUAGES, useLanguage, type Language } from '../../ui/language';
import { ErrorPanel, Loading, Message } from '../../ui/Message';
import { callAdmin } from '../api';
import { useAdmin } from '../context';
import { Field, SectionHeader, useWho } from '../parts';
import { useCall } from '../useCall';

interface TextRow {
  id: number;
  locale: string;
  text: string;
}

const rowsOf = (text: Record<string, string>): TextRow[] => {
  const entries = Object.entries(text);
  if (!entries.some(([locale]) => locale === 'default')) entries.unshift(['default', '']);
  return entries.map(([locale, value], i) => ({ id: i + 1, locale, text: value }));
};

export default function Notices() {
  const t = useT();
  const { state, reload } = useCall('getNoticeSettings', {});
  return (
    <div className="adm-section" data-section="notices">
      <SectionHeader title={t.notices.heading} intro={t.notices.intro} />
      {state.phase === 'loading' ? <Loading /> : null}
      {state.phase === 'error' ? <ErrorPanel error={state.error} onRetry={reload} /> : null}
      {state.phase === 'ok' ? (
        <NoticeForm key={state.data.updatedAt ?? 'never'} initial={state.data.settings} updatedAt={state.data.updatedAt} updatedBy={state.data.updatedBy} />
      ) : null}
    </div>
  );
}

function NoticeForm({ initial, updatedAt, updatedBy }: { initial: NoticeSettings; updatedAt: string | null; updatedBy: string | null }) {
  const t = useT();
  const uid = useId();
  const language = useLanguage();
  const { announce, accountId } = useAdmin();
  const who = useWho(accountId);
  const [notice, setNotice] = useState<NoticeMode>(initial.notice);
  const [banner, setBanner] = useState<NoticeMode>(initial.banner);
  const [rows, setRows] = useState<TextRow[]>(() => rowsOf(initial.text));
  const [nextId, setNextId] = useState(rows.length + 1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<{ at: string | null; by: string | null } | null>(null);
  const [previewLanguage, setPreviewLanguage] = useState<Language>(language);

  const localeErrors = new Map<number, string>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!localeTag.safeParse(row.locale).success) localeErrors.set(row.id, t.notices.invalidLocale);
    else if (seen.has(row.locale)) localeErrors.set(row.id, t.notices.duplicateLocale);
    seen.add(row.locale);
  }

  const settings: NoticeSettings = {
    notice,
    banner,
    text: Object.fromEntries(rows.filter((r) => r.text.trim() !== '').map((r) => [r.locale, r.text])),
  };

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(null);
    const result = await callAdmin('saveNoticeSettings', { settings });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSaved({ at: result.data.updatedAt, by: result.data.updatedBy });
    announce(t.notices.saved);
  }

  const modeGroup = (name: 'notice' | 'banner', value: NoticeMode, set: (m: NoticeMode) => void, legend: string, help: string) => (
    <fieldset className="adm-fieldset" aria-describedby={`${uid}-${name}-help`}>
      <legend className="ui-h4">{legend}</legend>
      <span className="ui-help" id={`${uid}-${name}-help`}>
        {help}
      </span>
      <div className="adm-radio-group">
        {NOTICE_MODES.map((mode) => (
          <label key={mode} className="ui-checkbox">
            <input type="radio" name={`${uid}-${name}`} value={mode} checked={value === mode} onChange={() => set(mode)} data-testid={`${name}-${mode}`} />
            {t.notices.modes[mode]}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div className="adm-grid-2">
      <form
        className="ui-card adm-form"
        aria-label={t.notices.heading}
        onSubmit={(e) => {
          e.preventDefault();
          if (localeErrors.size === 0) void save();
        }}
      >
        {modeGroup('notice', notice, setNotice, t.notices.noticeMode, t.notices.noticeHelp)}
        {modeGroup('banner', banner, setBanner, t.notices.bannerMode, t.notices.bannerHelp)}
        <fieldset className="adm-fieldset">
          <legend className="ui-h4">{t.notices.textHeading}</legend>
          <span className="ui-help">{t.notices.textHelp}</span>
          {rows.map((row) => (
            <div key={row.id} className="ui-stack adm-text-row" data-locale={row.locale}>
              <div className="adm-form-row">
                <Field id={`${uid}-loc-${row.id}`} label={t.notices.locale} error={localeErrors.get(row.id) ?? null}>
                  <input
                    id={`${uid}-loc-${row.id}`}
                    className="ui-input"
                    value={row.locale}
                    readOnly={row.locale === 'default' && row.id === rows[0]?.id}
                    aria-invalid={localeErrors.has(row.id) || undefined}
                    onChange={(e) => setRows(rows.map((r) => (r.id === row.id ? { ...r, locale: e.target.value.trim() } : r)))}
                  />
                </Field>
                {row.id !== rows[0]?.id ? (
                  <Button appearance="subtle" onClick={() => setRows(rows.filter((r) => r.id !== row.id))}>
                    {t.notices.removeLocale}
                  </Button>
                ) : null}
              </div>
              <Field
                id={`${uid}-text-${row.id}`}
                label={row.locale === 'default' ? t.notices.localeDefault : row.locale}
                help={t.notices.charsLeft(LIMITS.noticeTextLength - row.text.length)}
              >
                <textarea
                  id={`${uid}-text-${row.id}`}
                  className="ui-textarea"
                  maxLength={LIMITS.noticeTextLength}
                  value={row.text}
                  aria-describedby={`${uid}-text-${row.id}-help`}
                  onChange={(e) => setRows(rows.map((r) => (r.id === row.id ? { ...r, text: e.target.value } : r)))}
                  data-testid={`notice-text-${row.locale}`}
                />
              </Field>
            </div>
          ))}
          {rows.length < LIMITS.noticeLocales ? (
            <div>
              <Button
                onClick={() => {
                  setRows([...rows, { id: nextId, locale: intlLocale(language), text: '' }]);
                  setNextId(nextId + 1);
                }}
              >
                {t.notices.addLocale}
              </Button>
            </div>
          ) : null}
        </fieldset>
        {error ? <ErrorPanel error={error} onRetry={() => void save()} /> : null}
        {saved ? (
          <Message appearance="success" role="status" title={t.notices.saved}>
            {null}
          </Message>
        ) : null}
        {updatedAt && !saved ? <p className="ui-small ui-subtle">{t.notices.lastSaved(who(updatedBy), formatDateTime(updatedAt, language))}</p> : null}
        <div className="adm-actions">
          <Button type="submit" appearance="primary" busy={busy} disabled={localeErrors.size > 0} data-testid="save-notices">
            {t.notices.save}
          </Button>
        </div>
      </form>
      <section className="ui-card" aria-labelledby={`${uid}-preview`}>
        <div className="adm-section-header">
          <h3 className="ui-h3" id={`${uid}-preview`}>
            {t.notices.previewHeading}
          </h3>
          <Field id={`${uid}-plang`} label={t.notices.previewLanguage}>
            <EnumSelect id={`${uid}-plang`} value={previewLanguage} options={LANGUAGES} label={(l) => LANGUAGE_NAMES[l]} onChange={setPreviewLanguage} />
          </Field>
        </div>
        <NoticePreview settings={settings} language={previewLanguage} />
      </section>
    </div>
  );
}

/** The text a reader in `language` would get: their locale's text, else the default. */
function textFor(settings: NoticeSettings, language: Language): string | null {
  const exact = Object.entries(settings.text).find(([locale]) => locale.toLowerCase().split('-')[0] === language);
  return exact?.[1] ?? settings.text.default ?? null;
}

function NoticePreview({ settings, language }: { settings: NoticeSettings; language: Language }) {
  const t = useT();
  const { overview } = useAdmin();
  const ref = useRef<HTMLDivElement>(null);
  const evaluation = overview.status.evaluation;
  const data: NoticeData = {
    show: true,
    product: 'confluence',
    spaceKey: null,
    inAppData: evaluation.inAppData.status,
    ...(evaluation.inAppData.projected ? { projected: evaluation.inAppData.projected } : {}),
    code: evaluation.inAppData.reasons[0]?.code ?? '',
    metadata: evaluation.metadata.status,
    since: evaluation.inAppData.since,
    inAppRemovalBy: evaluation.deadlines.inAppRemovalBy,
    text: textFor(settings, language),
    day: overview.status.day,
  };
  const hidden = settings.notice === 'off' || (settings.notice === 'contributed-only' && data.inAppData === 'not-contributing');
  const dataKey = JSON.stringify(data);
  useEffect(() => {
    if (hidden) return;
    let live = true;
    // The notice's catalogues are lazy chunks; the preview renders once the chosen one has loaded.
    void loadNoticeText(language).then((text) => {
      if (live && ref.current) renderNotice(ref.current, 'byline', JSON.parse(dataKey) as NoticeData, text, {});
    });
    return () => {
      live = false;
    };
  }, [dataKey, language, hidden]);
  return (
    <div className="adm-notice-preview" data-testid="notice-preview" lang={language}>
      {hidden ? <p className="ui-subtle">{t.notices.modes[settings.notice]}</p> : <div ref={ref} />}
    </div>
  );
}
