/** Notice texts, Polish. "Space" is „przestrzeń”, as in Atlassian's Polish UI. */
import type { NoticeStrings } from '../strings';

const pl: NoticeStrings = {
  title: 'Udostępnianie danych dla AI',
  status: { contributing: 'Udostępnia', 'not-contributing': 'Nie udostępnia', pending: 'Oczekuje' },
  sentence: {
    contributing: 'Treści z tej przestrzeni są wykorzystywane do ulepszania AI Atlassian dla wszystkich klientów.',
    'not-contributing': 'Treści z tej przestrzeni nie są wykorzystywane do ulepszania AI Atlassian.',
    pending: 'Wkrótce zmieni się to, czy treści z tej przestrzeni są wykorzystywane do ulepszania AI Atlassian.',
  },
  pendingTowards: {
    contributing: 'Nadchodzi zmiana: treści z tej przestrzeni będą wykorzystywane do ulepszania AI Atlassian dla wszystkich klientów.',
    'not-contributing': 'Nadchodzi zmiana: treści z tej przestrzeni nie będą wykorzystywane do ulepszania AI Atlassian.',
  },
  metadata: {
    contributing: 'Metadane o sposobie korzystania z tej witryny również pomagają ulepszać AI Atlassian.',
    'not-contributing': 'Metadane o sposobie korzystania z tej witryny nie są wykorzystywane do ulepszania AI Atlassian.',
    pending: 'Wkrótce zmieni się to, czy uwzględniane są metadane o sposobie korzystania z tej witryny.',
  },
  removalBy: (date) => `Zebrane już treści zostaną usunięte do ${date}.`,
  updatedOn: (date) => `Ostatnia aktualizacja: ${date}`,
  nothingPublished: 'Administrator nie opublikował informacji o udostępnianiu danych dla tej przestrzeni.',
  learnMore: 'Więcej informacji',
  dismiss: 'Odrzuć',
  loading: 'Wczytywanie stanu udostępniania danych…',
  loadFailed: 'Nie udało się wczytać stanu udostępniania danych. Spróbuj ponownie później.',
};

export default pl;
