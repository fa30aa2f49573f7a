/** Notice texts, French. Confluence and Jira "space" is « espace », as in Atlassian's French UI. */
import type { NoticeStrings } from '../strings';

const fr: NoticeStrings = {
  title: 'Contribution de données à l’IA',
  status: { contributing: 'Contribue', 'not-contributing': 'Ne contribue pas', pending: 'En attente' },
  sentence: {
    contributing: 'Le contenu de cet espace sert à améliorer l’IA d’Atlassian pour tous les clients.',
    'not-contributing': 'Le contenu de cet espace ne sert pas à améliorer l’IA d’Atlassian.',
    pending: 'L’utilisation du contenu de cet espace pour améliorer l’IA d’Atlassian va bientôt changer.',
  },
  pendingTowards: {
    contributing: 'Un changement approche : le contenu de cet espace servira à améliorer l’IA d’Atlassian pour tous les clients.',
    'not-contributing': 'Un changement approche : le contenu de cet espace ne servira pas à améliorer l’IA d’Atlassian.',
  },
  metadata: {
    contributing: 'Les métadonnées sur l’utilisation de ce site contribuent aussi à améliorer l’IA d’Atlassian.',
    'not-contributing': 'Les métadonnées sur l’utilisation de ce site ne servent pas à améliorer l’IA d’Atlassian.',
    pending: 'L’inclusion des métadonnées sur l’utilisation de ce site va bientôt changer.',
  },
  removalBy: (date) => `Le contenu déjà collecté sera supprimé d’ici le ${date}.`,
  updatedOn: (date) => `Dernière mise à jour : ${date}`,
  nothingPublished: 'Votre administrateur n’a publié aucun avis de contribution de données pour cet espace.',
  learnMore: 'En savoir plus',
  dismiss: 'Ignorer',
  loading: 'Chargement du statut de contribution des données…',
  loadFailed: 'Impossible de charger le statut de contribution des données. Réessayez plus tard.',
};

export default fr;
