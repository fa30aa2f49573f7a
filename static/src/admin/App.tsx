/** Admin page shell: language, overview, side navigation and lazily loaded sections. */
import { view } from '@forge/bridge';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type LazyExoticComponent } from 'react';
import type { ApiError, OverviewData, StatusView } from '../../../src/shared/contract';
import { AdminMessagesContext, loadAdminMessages, type AdminMessages, type SectionId } from '../i18n/admin';
import { LanguageProvider, languageOf, useLanguage, type Language } from '../ui/language';
import { ErrorPanel, Loading, Message } from '../ui/Message';
import { formatDate } from '../ui/format';
import { callAdmin } from './api';
import { AdminContext, type AdminContextValue } from './context';
import { hrefOf, SECTION_IDS, useSection } from './routes';
import { Overview } from './sections/Overview';
import { useT } from '../i18n/admin';
import { adminEn } from '../i18n/admin.en';

const LAZY_SECTIONS: Record<Exclude<SectionId, 'overview'>, LazyExoticComponent<ComponentType>> = {
  record: lazy(() => import('./sections/record/Record')),
  timeline: lazy(() => import('./sections/Timeline')),
  'what-if': lazy(() => import('./sections/WhatIf')),
  spaces: lazy(() => import('./sections/Spaces')),
  history: lazy(() => import('./sections/History')),
  evidence: lazy(() => import('./sections/Evidence')),
  notices: lazy(() => import('./sections/Notices')),
  concerns: lazy(() => import('./sections/Concerns')),
};

type OverviewState = { phase: 'loading' } | { phase: 'ok'; data: OverviewData } | { phase: 'error'; error: ApiError };

interface Viewer {
  language: Language;
  messages: AdminMessages;
  accountId: string | null;
}

export function AdminApp() {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [overview, setOverview] = useState<OverviewState>({ phase: 'loading' });

  /** quiet: keep showing the current overview while the new one loads (after a write). */
  const loadOverview = useCallback(async (quiet = false) => {
    if (!quiet) setOverview({ phase: 'loading' });
    const result = await callAdmin('getOverview', {});
    setOverview(result.ok ? { phase: 'ok', data: result.data } : { phase: 'error', error: result.error });
  }, []);

  useEffect(() => {
    // Context comes from the bridge (no function call); the overview is the page's only invocation on first load.
    view
      .getContext()
      .then(async (context) => {
        const { language, messages } = await loadAdminMessages(languageOf(context.locale));
        setViewer({ language, messages, accountId: context.accountId ?? null });
      })
      .catch(() => setViewer({ language: 'en', messages: adminEn, accountId: null }));
    void loadOverview();
  }, [loadOverview]);

  if (!viewer) return <Loading label="" />;
  const language = viewer.language;
  return (
    <LanguageProvider language={language}>
      <AdminMessagesContext.Provider value={viewer.messages}>
        <Shell viewer={viewer} overview={overview} setOverview={setOverview} loadOverview={loadOverview} />
      </AdminMessagesContext.Provider>
    </LanguageProvider>
  );
}

function Shell({
  viewer,
  overview,
  setOverview,
  loadOverview,
}: {
  viewer: Viewer;
  overview: OverviewState;
  setOverview: (state: OverviewState) => void;
  loadOverview: (quiet?: boolean) => Promise<void>;
}) {
  const t = useT();
  const language = useLanguage();
  const section = useSection();
  const [liveMessage, setLiveMessage] = useState('');
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  const announce = useCallback((message: string) => {
    // Clearing first makes screen readers repeat an identical message.
    setLiveMessage('');
    window.setTimeout(() => setLiveMessage(message), 50);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t.appTitle} – ${t.sections[section]}`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Move focus to the new section so keyboard and screen reader users land on it.
    mainRef.current?.focus();
  }, [section, language, t]);

  const contextValue = useMemo<AdminContextValue | null>(() => {
    if (overview.phase !== 'ok') return null;
    return {
      overview: overview.data,
      reloadOverview: () => loadOverview(true),
      applyStatus: (status: StatusView) =>
        setOverview({ phase: 'ok', data: { ...overview.data, status, alerts: status.alerts, profile: { ...overview.data.profile, headSeq: status.headSeq } } }),
      accountId: viewer.accountId,
      announce,
    };
  }, [overview, loadOverview, setOverview, viewer.accountId, announce]);

  let body;
  if (overview.phase === 'loading') body = <Loading />;
  else if (overview.phase === 'error' && overview.error.code === 'FORBIDDEN') {
    body = (
      <div data-testid="forbidden">
        <Message appearance="warning" title={t.forbiddenTitle} headingLevel={2}>
          <p>{t.forbiddenBody}</p>
        </Message>
      </div>
    );
  } else if (overview.phase === 'error') body = <ErrorPanel error={overview.error} onRetry={() => void loadOverview()} />;
  else if (section === 'overview') body = <Overview />;
  else {
    const Section = LAZY_SECTIONS[section];
    body = (
      <Suspense fallback={<Loading />}>
        <Section />
      </Suspense>
    );
  }

  const showNav = overview.phase !== 'error' || overview.error.code !== 'FORBIDDEN';
  return (
    <div className="adm">
      <header className="adm-header">
        <h1 className="ui-h1">{t.appTitle}</h1>
        <p className="ui-subtle adm-header__sub">
          {overview.phase === 'ok' && overview.data.profile.organization ? <strong>{overview.data.profile.organization}</strong> : null}
          {overview.phase === 'ok' && overview.data.profile.organization ? ' · ' : null}
          {overview.phase === 'ok' ? t.statusAsOf(formatDate(overview.data.status.day, language)) : t.appSubtitle}
        </p>
      </header>
      <div className={showNav ? 'adm-layout' : 'adm-layout adm-layout--single'}>
        {showNav ? (
          <nav className="adm-nav" aria-label={t.sectionsLabel}>
            <ul>
              {SECTION_IDS.map((id) => (
                <li key={id}>
                  <a href={hrefOf(id)} aria-current={id === section ? 'page' : undefined} className="adm-nav__link">
                    {t.sections[id]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <main className="adm-main" ref={mainRef} tabIndex={-1} aria-label={t.sections[section]}>
          {contextValue ? <AdminContext.Provider value={contextValue}>{body}</AdminContext.Provider> : body}
        </main>
      </div>
      <div className="ui-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
        {liveMessage}
      </div>
    </div>
  );
}
