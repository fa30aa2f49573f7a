/** Notice texts, Italian. "Space" is «spazio», as in Atlassian's Italian UI. */
import type { NoticeStrings } from '../strings';

const it: NoticeStrings = {
  title: 'Contributo di dati all’IA',
  status: { contributing: 'Contribuisce', 'not-contributing': 'Non contribuisce', pending: 'In sospeso' },
  sentence: {
    contributing: 'I contenuti di questo spazio vengono usati per migliorare l’IA di Atlassian per tutti i clienti.',
    'not-contributing': 'I contenuti di questo spazio non vengono usati per migliorare l’IA di Atlassian.',
    pending: 'L’uso dei contenuti di questo spazio per migliorare l’IA di Atlassian sta per cambiare.',
  },
  pendingTowards: {
    contributing: 'È in arrivo una modifica: i contenuti di questo spazio verranno usati per migliorare l’IA di Atlassian per tutti i clienti.',
    'not-contributing': 'È in arrivo una modifica: i contenuti di questo spazio non verranno usati per migliorare l’IA di Atlassian.',
  },
  metadata: {
    contributing: 'Anche i metadati sull’uso di questo sito aiutano a migliorare l’IA di Atlassian.',
    'not-contributing': 'I metadati sull’uso di questo sito non vengono usati per migliorare l’IA di Atlassian.',
    pending: 'L’inclusione dei metadati sull’uso di questo sito sta per cambiare.',
  },
  removalBy: (date) => `I contenuti già raccolti verranno rimossi entro il ${date}.`,
  updatedOn: (date) => `Ultimo aggiornamento: ${date}`,
  nothingPublished: 'L’amministratore non ha pubblicato un avviso sul contributo di dati per questo spazio.',
  learnMore: 'Scopri di più',
  dismiss: 'Ignora',
  loading: 'Caricamento dello stato del contributo di dati…',
  loadFailed: 'Impossibile caricare lo stato del contributo di dati. Riprova più tardi.',
};

export default it;
