/**
 * Space/project page texts, French. Jira projects are « espaces » and issues « éléments de travail »; Confluence
 * has « espaces » and « pages » (Atlassian's French terms, see docs/i18n.md).
 */
import { UI_STRINGS } from '../ui/strings';
import { uiWordsOf, type SpaceMessages } from './space.en';

const fr: SpaceMessages = {
  ui: uiWordsOf(UI_STRINGS.fr),
  appTitle: 'Contribution de données',
  loading: 'Chargement du statut de contribution des données de cet espace…',
  loadFailed: 'Impossible de charger le statut de contribution des données.',
  loadFailedDetail: (detail) => `Détails : ${detail}`,
  unsupportedSurface: 'Cette page fonctionne uniquement comme page d’espace Jira ou Confluence.',
  product: {
    jira: { app: 'Jira', spaceLabel: (key) => `Espace Jira ${key}`, content: 'éléments de travail' },
    confluence: { app: 'Confluence', spaceLabel: (key) => `Espace Confluence ${key}`, content: 'pages' },
  },
  intro: (p) =>
    `Depuis le 17 août 2026, Atlassian utilise les données de ses clients pour améliorer son IA pour tous les clients. Cette page indique ce qui s’applique aux ${p.content} de cet espace, et pourquoi.`,
  asOf: (day) => `Statut au ${day}`,
  sourceOf: (rule) => `pour ${rule}`,
  rule: (id) => `Règle ${id}`,
  summaryHeading: 'Résumé',
  inAppHeading: 'Données intégrées à l’app de cet espace',
  inAppSentence: {
    contributing: (p) => `Le contenu des ${p.content} de cet espace sert à améliorer l’IA d’Atlassian pour tous les clients.`,
    'not-contributing': (p) => `Le contenu des ${p.content} de cet espace ne sert pas à améliorer l’IA d’Atlassian.`,
    pending: (p) => `Le sort du contenu des ${p.content} de cet espace sera fixé le 17 août 2026.`,
  },
  projected: (status) => `À partir du 17 août 2026, sauf changement : ${status}`,
  since: (day) => `Depuis le ${day}`,
  mode: {
    include: 'Cet espace figure sur la liste d’inclusion de l’organisation.',
    exclude: 'Cet espace figure sur la liste d’exclusion de l’organisation.',
    default: 'Cet espace suit le paramètre de l’organisation (il ne figure sur aucune liste d’inclusion ou d’exclusion).',
  },
  metadataHeading: 'Métadonnées',
  metadataSentence: {
    contributing: 'Les métadonnées sur le contenu de cette organisation servent à améliorer l’IA d’Atlassian.',
    'not-contributing': 'Les métadonnées sur le contenu de cette organisation ne servent pas à améliorer l’IA d’Atlassian.',
    pending: 'L’utilisation des métadonnées sera fixée le 17 août 2026.',
  },
  metadataOrgOnly:
    'Réglé pour toute l’organisation. Impossible de le modifier pour un seul espace : les métadonnées n’ont pas de réglage par espace ni par app.',
  orgExcludedTitle: 'Cette organisation est exclue',
  orgExcludedBody: 'Atlassian n’utilise aucune donnée de cette organisation, et la contribution ne peut pas être activée.',
  appAccessBlockedTitle: 'Contribution Lens ne peut pas lire cet espace',
  appAccessBlockedBody:
    'Des règles d’accès des apps empêchent cette app d’accéder à cet espace. Le statut affiché suit toujours le profil déclaré de l’organisation, mais l’app ne peut rien montrer de l’intérieur de l’espace.',
  reasonsHeading: 'Pourquoi',
  deadlinesHeading: 'Échéances et chronologie',
  noDeadlines: 'Aucune échéance de suppression ne s’applique à cet espace.',
  timelineHeading: 'Chronologie',
  timelineDate: 'Date',
  timelineEvent: 'Ce qui se passe',
  timelineConfidence: 'Fiabilité et source',
  examplesHeading: (p) => `Ce qui compte comme données dans ${p.app}`,
  examplesIntro: 'Atlassian distingue deux types de données. Exemples pour cette app :',
  inAppExamplesHeading: 'Données intégrées à l’app',
  inAppExamplesIntro: 'Le contenu que les personnes créent. Réglé par espace par les administrateurs de l’organisation.',
  metadataExamplesHeading: 'Métadonnées',
  metadataExamplesIntro: 'Caractéristiques du contenu et tendances communes à tous les clients. Au niveau de l’organisation uniquement.',
  examples: {
    'confluence-page-titles-bodies': 'Titres et contenu des pages',
    'confluence-comments': 'Commentaires sur les pages',
    'custom-status-names': 'Noms des statuts personnalisés',
    'custom-emoji-names': 'Noms des emojis personnalisés',
    'jira-titles': 'Titres des éléments de travail, par exemple « Corriger l’erreur de connexion sur iOS après la dernière mise à jour mobile »',
    'jira-descriptions': 'Descriptions des éléments de travail',
    'jira-comments': 'Commentaires sur les éléments de travail',
    'jira-workflow-names': 'Noms des workflows personnalisés',
    'confluence-readability': 'Scores de lisibilité et niveaux de complexité du contenu des pages',
    'confluence-similarity': 'Scores de similarité sémantique entre deux pages',
    'content-statistics': 'Statistiques, nombres et autres valeurs dérivés de votre contenu',
    'common-patterns-queries': 'Tendances communes à tous les clients, par exemple dans les requêtes de recherche et les prompts de Rovo Chat',
    'jira-story-points': 'Nombres dans les champs Atlassian, par exemple « Story points : 3 »',
    'jira-work-item-type': 'Le type d’élément de travail',
    'jira-sprint-end': 'Dates dans les champs Atlassian, par exemple la date de fin du sprint',
    'jira-classification': 'Classifications des tâches, par exemple « élément de travail commercial »',
    'jira-request-sla': 'SLA des demandes dans Jira Service Management',
    'jira-type-names': 'Noms courants de types d’éléments de travail personnalisés, par exemple « bug » ou « ticket de réparation »',
  },
  concernHeading: 'Contacter les administrateurs de l’organisation',
  concernIntro: (p) =>
    `En tant qu’administrateur de cet espace, vous pouvez signaler un problème ou demander aux administrateurs de l’organisation d’exclure ou d’inclure cet espace. Seuls les administrateurs de l’organisation peuvent modifier la contribution de données, dans Atlassian Administration. ${p.app} leur montre votre message dans Contribution Lens.`,
  concernKindLegend: 'Que voulez-vous demander ?',
  concernKind: {
    concern: 'Signaler un problème',
    exclude: 'Demander l’exclusion de cet espace',
    include: 'Demander l’inclusion de cet espace',
  },
  concernKindLabel: {
    concern: 'Problème concernant cet espace',
    exclude: 'Demande : exclure cet espace de la contribution des données intégrées à l’app',
    include: 'Demande : inclure cet espace dans la contribution des données intégrées à l’app',
  },
  concernMessageLabel: 'Message aux administrateurs de l’organisation',
  concernMessageHelp: 'Expliquez pourquoi, en texte brut.',
  concernCharactersLeft: (left) => `${left} caractères restants`,
  concernMessageRequired: 'Saisissez un message.',
  concernMessageTooLong: (max) => `Le message ne doit pas dépasser ${max} caractères.`,
  concernSubmit: 'Envoyer aux administrateurs',
  concernSending: 'Envoi…',
  concernSent: 'Envoyé. Les administrateurs de l’organisation verront votre message dans Contribution Lens ; leur réponse s’affichera ci-dessous.',
  concernFailed: (detail) => `Votre message n’a pas été envoyé : ${detail}`,
  concernForbidden: 'Seuls les administrateurs de cet espace peuvent envoyer des demandes aux administrateurs de l’organisation.',
  concernRateLimited: 'Trop de demandes. Patientez un instant, puis réessayez.',
  myConcernsHeading: 'Vos demandes pour cet espace',
  myConcernsEmpty: 'Vous n’avez envoyé aucune demande pour cet espace.',
  myConcernsFailed: 'Impossible de charger vos demandes précédentes.',
  concernState: { open: 'En attente de réponse', answered: 'Répondu', resolved: 'Résolu' },
  concernRaisedAt: (when) => `Envoyé le ${when}`,
  concernAnswer: 'Réponse des administrateurs de l’organisation',
  concernAnsweredAt: (when) => `Répondu le ${when}`,
  concernResolution: 'Note de résolution',
  concernResolvedAt: (when) => `Résolu le ${when}`,
  readOnlyNote:
    'Seuls les administrateurs de cet espace peuvent envoyer des demandes aux administrateurs de l’organisation. Adressez-vous à l’un d’eux en cas de problème.',
  legendHeading: 'Quel degré de certitude ?',
  footer:
    'Contribution Lens calcule ces informations à partir du profil d’organisation déclaré par ses administrateurs. Atlassian Administration › Sécurité › Contribution de données fait foi.',
  explain: {
    pending: () =>
      'Jusqu’au 17 août 2026, les données servent uniquement à améliorer l’expérience de cette organisation. Le statut indiqué pour ce jour s’applique si rien ne change.',
    orgExcluded: () =>
      'Atlassian exclut cette organisation (par exemple Government Cloud, Isolated Cloud ou la conformité HIPAA) : aucune de ses données n’est utilisée, et la contribution ne peut pas être activée.',
    appNotActive: (x) =>
      `${x.words.app} n’est pas une app active avec des paramètres de contribution de données dans cette organisation : rien de cet espace n’est fourni.`,
    spaceExcluded: () => 'Les données intégrées à l’app sont activées pour l’organisation, mais un administrateur de l’organisation a exclu cet espace.',
    spaceIncluded: () => 'Les données intégrées à l’app sont désactivées pour l’organisation, mais un administrateur de l’organisation a inclus cet espace.',
    jiraSpacesInLists: () =>
      'Les listes d’inclusion et d’exclusion d’Atlassian nomment des « espaces ». Contribution Lens les applique aussi aux espaces Jira.',
    followsOrgOn: () => 'Les données intégrées à l’app sont activées pour l’organisation, et cet espace suit ce paramètre.',
    followsOrgOff: () => 'Les données intégrées à l’app sont désactivées pour l’organisation, et cet espace suit ce paramètre.',
    followsAppOn: (x) => `Les données intégrées à l’app sont activées pour ${x.words.app} dans cette organisation, et cet espace suit ce paramètre.`,
    followsAppOff: (x) => `Les données intégrées à l’app sont désactivées pour ${x.words.app} dans cette organisation, et cet espace suit ce paramètre.`,
    dormantInclude: () => 'Cet espace figure sur la liste d’inclusion, qui ne s’applique que lorsque les données intégrées à l’app sont désactivées.',
    dormantExclude: () => 'Cet espace figure sur la liste d’exclusion, qui ne s’applique que lorsque les données intégrées à l’app sont activées.',
    removal: (x) => `Les données intégrées à l’app déjà collectées doivent être supprimées d’ici le ${x.date}.`,
    unknownCode: (x) =>
      `Le profil de l’organisation attribue à cet espace le code de statut ${x.code}, que cette page ne connaît pas. Adressez-vous à un administrateur de l’organisation.`,
    metadataPending: () => 'Jusqu’au 17 août 2026, les métadonnées servent uniquement à améliorer l’expérience de cette organisation.',
    metadataByPlan: () =>
      'Les métadonnées suivent l’offre active la plus élevée de l’organisation : toujours fournies avec Free, Standard et Premium ; avec Enterprise, activées par défaut, un administrateur de l’organisation peut les désactiver.',
  },
  timeline: {
    effective: () => 'Atlassian commence à utiliser les données fournies pour améliorer son IA pour tous les clients.',
    since: () => 'Le paramètre actuel de l’organisation pour les données intégrées à l’app s’applique à partir de ce jour.',
    inAppRemovalBy: () => 'Les données intégrées à l’app collectées avant le dernier arrêt sont supprimées d’ici cette date.',
    modelsRetrainedBy: () => 'Les modèles entraînés sur ces données sont réentraînés d’ici cette date.',
  },
};

export default fr;
