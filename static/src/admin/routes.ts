/** Hash routes of the admin page (`#/history`); the iframe keeps its own history. */
import { useEffect, useState } from 'react';
import type { SectionId } from '../i18n/admin';

export const SECTION_IDS: readonly SectionId[] = ['overview', 'record', 'timeline', 'what-if', 'spaces', 'history', 'evidence', 'notices', 'concerns'];

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (SECTION_IDS as readonly string[]).includes(id) ? (id as SectionId) : 'overview';
}

export function hrefOf(section: SectionId): string {
  return `#/${section}`;
}

export function useSection(): SectionId {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setSection(sectionFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return section;
}
