/** Notice texts, Dutch. "Space" is "ruimte", as in Atlassian's Dutch UI. */
import type { NoticeStrings } from '../strings';

const nl: NoticeStrings = {
  title: 'Gegevensbijdrage aan AI',
  status: { contributing: 'Draagt bij', 'not-contributing': 'Draagt niet bij', pending: 'In afwachting' },
  sentence: {
    contributing: 'Inhoud in deze ruimte wordt gebruikt om de AI van Atlassian voor alle klanten te verbeteren.',
    'not-contributing': 'Inhoud in deze ruimte wordt niet gebruikt om de AI van Atlassian te verbeteren.',
    pending: 'Of inhoud in deze ruimte wordt gebruikt om de AI van Atlassian te verbeteren, verandert binnenkort.',
  },
  pendingTowards: {
    contributing: 'Er komt een wijziging: inhoud in deze ruimte wordt gebruikt om de AI van Atlassian voor alle klanten te verbeteren.',
    'not-contributing': 'Er komt een wijziging: inhoud in deze ruimte wordt niet gebruikt om de AI van Atlassian te verbeteren.',
  },
  metadata: {
    contributing: 'Metadata over hoe deze site wordt gebruikt, helpen ook de AI van Atlassian te verbeteren.',
    'not-contributing': 'Metadata over hoe deze site wordt gebruikt, worden niet gebruikt om de AI van Atlassian te verbeteren.',
    pending: 'Of metadata over hoe deze site wordt gebruikt worden meegenomen, verandert binnenkort.',
  },
  removalBy: (date) => `Al verzamelde inhoud wordt uiterlijk ${date} verwijderd.`,
  updatedOn: (date) => `Laatst bijgewerkt: ${date}`,
  nothingPublished: 'Je beheerder heeft voor deze ruimte geen melding over gegevensbijdrage gepubliceerd.',
  learnMore: 'Meer informatie',
  dismiss: 'Sluiten',
  loading: 'Status van de gegevensbijdrage laden…',
  loadFailed: 'De status van de gegevensbijdrage kon niet worden geladen. Probeer het later opnieuw.',
};

export default nl;
