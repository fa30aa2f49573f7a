/**
 * Space/project page: jira:projectPage and confluence:spacePage. The product,
 * space and language come from the view context (free); the status call starts
 * at once, while the theme loads.
 */
import { view } from '@forge/bridge';
import { mountSurface } from '../lib/mount';
import { languageOf } from '../ui/language';
import { loadSpaceStatus } from './api';
import { App, Unsupported } from './App';
import { spaceOf, type SpacePageContext } from './context';
import '../ui/ui.css';
import './space.css';

async function start(): Promise<void> {
  const context = (await view.getContext()) as SpacePageContext;
  const language = languageOf(context.locale);
  document.documentElement.lang = language;
  const space = spaceOf(context);
  if (!space) {
    console.error(`space page: unsupported module type ${String(context.extension?.type)}`);
    await mountSurface(<Unsupported language={language} />);
    return;
  }
  const firstLoad = loadSpaceStatus();
  await mountSurface(<App space={space} language={language} firstLoad={firstLoad} />);
}

start().catch((error: unknown) => console.error('space page could not start', error));
