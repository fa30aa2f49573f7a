/**
 * Loads the status (one invoke) and, for space admins only, their earlier
 * requests (a second invoke). Everything else comes from the view context.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Concern, ConcernKind } from '../../../src/shared/contract';
import type { SpaceText } from './i18n';
import { ErrorPanel, Loading as LoadingIndicator } from '../ui/Message';
import type { Answer, Failure, SpaceStatusView } from './answers';
import { loadMyConcerns, loadSpaceStatus, raiseConcern } from './api';
import type { SpaceIdentity } from './context';
import { I18nProvider, makeI18n, useI18n } from './i18n';
import { SpacePage, type ConcernsState } from './SpacePage';

type Loaded = { phase: 'loading' } | { phase: 'failed'; failure: Failure } | { phase: 'ready'; status: SpaceStatusView };

function Loading() {
  const { m } = useI18n();
  return (
    <main className="cl-page" aria-busy="true">
      <h1 className="cl-header__title">{m.appTitle}</h1>
      <LoadingIndicator label={m.loading} />
    </main>
  );
}

function Failed({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  const { m } = useI18n();
  return (
    <main className="cl-page">
      <h1 className="cl-header__title">{m.appTitle}</h1>
      <ErrorPanel
        title={m.loadFailed}
        // A malformed answer is the app's fault, like a crash: shown as INTERNAL with what was wrong.
        error={{ code: failure.code === 'UNREADABLE' ? 'INTERNAL' : failure.code, message: m.loadFailedDetail(failure.message) }}
        onRetry={onRetry}
      />
    </main>
  );
}

export function Unsupported({ text }: { text: SpaceText }) {
  const i18n = makeI18n(text.locale, 'confluence', text.messages, text.dateLocale);
  return (
    <main className="cl-page">
      <h1 className="cl-header__title">{i18n.m.appTitle}</h1>
      <p>{i18n.m.unsupportedSurface}</p>
    </main>
  );
}

export function App({ space, text, firstLoad }: { space: SpaceIdentity; text: SpaceText; firstLoad: Promise<Answer<SpaceStatusView>> }) {
  const [loaded, setLoaded] = useState<Loaded>({ phase: 'loading' });
  const [concerns, setConcerns] = useState<ConcernsState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    // The first status call started before React mounted; a retry makes a new one.
    const pending = attempt === 0 ? firstLoad : loadSpaceStatus();
    setLoaded({ phase: 'loading' });
    void pending.then(async (answer) => {
      if (!live) return;
      if (!answer.ok) {
        setLoaded({ phase: 'failed', failure: answer.error });
        return;
      }
      setLoaded({ phase: 'ready', status: answer.data });
      if (!answer.data.canRaiseConcern) return;
      const mine = await loadMyConcerns();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the cleanup may have run while it was pending
      if (!live) return;
      setConcerns(mine.ok ? { phase: 'ready', concerns: mine.data.concerns } : { phase: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [attempt, firstLoad]);

  const onRaise = useCallback(async (payload: { kind: ConcernKind; message: string }): Promise<Answer<Concern>> => {
    const answer = await raiseConcern(payload);
    if (answer.ok) {
      const raised = answer.data;
      setConcerns((current) => ({
        phase: 'ready',
        concerns: [raised, ...(current.phase === 'ready' ? current.concerns.filter((c) => c.id !== raised.id) : [])],
      }));
    }
    return answer;
  }, []);

  // Wording follows the server's product once known; the view context decides until then.
  const product = loaded.phase === 'ready' ? loaded.status.product : space.product;
  return (
    <I18nProvider value={makeI18n(text.locale, product, text.messages, text.dateLocale)}>
      {loaded.phase === 'loading' ? (
        <Loading />
      ) : loaded.phase === 'failed' ? (
        <Failed failure={loaded.failure} onRetry={() => setAttempt((n) => n + 1)} />
      ) : (
        <SpacePage status={loaded.status} jiraSpaceType={space.jiraSpaceType} concerns={concerns} onRaise={onRaise} />
      )}
    </I18nProvider>
  );
}
