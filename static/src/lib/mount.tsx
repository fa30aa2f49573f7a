/**
 * Shared start-up for the React surfaces (admin, space): theme first so the
 * first paint already has the host's colours, then render.
 */
import { view } from '@forge/bridge';
import type { ReactElement } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

export async function mountSurface(app: ReactElement): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('missing #root element');
  try {
    await view.theme.enable();
  } catch (error) {
    // Theming is cosmetic: a host without it must still show the app.
    console.warn('theme could not be enabled', error);
  }
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
