/** Notice texts, German. */
import type { NoticeStrings } from '../strings';

const de: NoticeStrings = {
  title: 'KI-Datenbeitrag',
  status: { contributing: 'Trägt bei', 'not-contributing': 'Trägt nicht bei', pending: 'Ausstehend' },
  sentence: {
    contributing: 'Inhalte in diesem Bereich werden genutzt, um die KI von Atlassian für alle Kunden zu verbessern.',
    'not-contributing': 'Inhalte in diesem Bereich werden nicht genutzt, um die KI von Atlassian zu verbessern.',
    pending: 'Ob Inhalte in diesem Bereich genutzt werden, um die KI von Atlassian zu verbessern, ändert sich demnächst.',
  },
  pendingTowards: {
    contributing: 'Eine Änderung steht bevor: Inhalte in diesem Bereich werden genutzt, um die KI von Atlassian für alle Kunden zu verbessern.',
    'not-contributing': 'Eine Änderung steht bevor: Inhalte in diesem Bereich werden nicht genutzt, um die KI von Atlassian zu verbessern.',
  },
  metadata: {
    contributing: 'Metadaten zur Nutzung dieser Website helfen ebenfalls, die KI von Atlassian zu verbessern.',
    'not-contributing': 'Metadaten zur Nutzung dieser Website werden nicht genutzt, um die KI von Atlassian zu verbessern.',
    pending: 'Ob Metadaten zur Nutzung dieser Website einbezogen werden, ändert sich demnächst.',
  },
  removalBy: (date) => `Bereits erfasste Inhalte werden bis zum ${date} entfernt.`,
  updatedOn: (date) => `Zuletzt aktualisiert: ${date}`,
  nothingPublished: 'Ihr Administrator hat für diesen Bereich keinen Hinweis zum Datenbeitrag veröffentlicht.',
  learnMore: 'Mehr erfahren',
  dismiss: 'Ausblenden',
  loading: 'Status des Datenbeitrags wird geladen …',
  loadFailed: 'Der Status des Datenbeitrags konnte nicht geladen werden. Versuchen Sie es später erneut.',
};

export default de;
