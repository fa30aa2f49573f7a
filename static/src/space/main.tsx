/**
 * Space/project page: jira:projectPage and confluence:spacePage. The product,
 * space and locale come from the view context (free); the status call starts
 * at once, while the reader's catalogue (a lazy chunk) and the theme load.
 */
import { view } from '@forge/bridge';
import { mountSurface } from '../lib/mount';
import { dateLocaleOf, localeOf } from '../lib/locale';
import { loadSpaceMessages } from '../i18n/space';
import { loadSpaceStatus } from './api';
import { App, Unsupported } from './App';
import { spaceOf, type SpacePageContext } from './context';
import type { SpaceText } from './i18n';
import '../ui/ui.css';
import './space.css';

async function start(): Promise<void> {
  const context = (await view.getContext()) as SpacePageContext;
  const space = spaceOf(context);
  const firstLoad = space ? loadSpaceStatus() : null;
  const loaded = await loadSpaceMessages(localeOf(context.locale));
  // The page's language is the catalogue's: English when the reader's chunk could not load.
  document.documentElement.lang = loaded.locale;
  const text: SpaceText = { ...loaded, dateLocale: dateLocaleOf(context.locale, loaded.locale) };
  if (!space || !firstLoad) {
    console.error(`space page: unsupported module type ${String(context.extension?.type)}`);
    await mountSurface(<Unsupported text={text} />);
    return;
  }
  await mountSurface(<App space={space} text={text} firstLoad={firstLoad} />);
}

start().catch((error: unknown) => console.error('space page could not start', error));
