/**
 * La version française de chaque code de message (Custom UI, page d'administration). Autonome, pour que
 * l'interface ne charge que sa langue. Termes : espace, élément de travail, page, Atlassian Administration (docs/i18n.md).
 */
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS, REVIEW_WINDOW_DAYS, ROLLOUT_BEGAN } from '../../policy/constants';
import type { Catalogue, ListMode, MessageParams, OnOff, StatusWord, Vocabulary } from './codes';
import { wordFor } from './lookup';

const setting = (id: string) => (id === 'metadata' ? 'métadonnées' : 'données intégrées à l’app');
const list = (mode: ListMode | 'default') => (mode === 'default' ? 'par défaut' : mode === 'include' ? 'd’inclusion' : 'd’exclusion');
const onOff = (value: OnOff) => (value === 'on' ? 'activé' : 'désactivé');
const trial = (migration: unknown) => (migration === 1 ? 'essai de migration vers le cloud' : 'essai');
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const STATUS: Record<StatusWord, string> = { contributing: 'contribue', 'not-contributing': 'ne contribue pas', pending: 'en attente' };
const status = (s: StatusWord) => wordFor(STATUS, s) ?? s;
const target = (kind: string, key: string, v: Vocabulary, space = 'espace') =>
  kind === 'app' ? v.app(key) : `${kind === 'connector' ? 'connecteur' : space} ${key}`;

function planCause(p: MessageParams['timeline.plan-changed'], v: Vocabulary): string {
  switch (p.cause) {
    case 'plan':
      return ` (${v.app(p.product)} en ${v.plan(p.plan)})`;
    case 'trial-started':
      return ` (${trial(p.migration)} ${v.plan(p.plan)} de ${v.app(p.product)} commencé)`;
    case 'trial-ended':
      return ` (${trial(p.migration)} ${v.plan(p.plan)} de ${v.app(p.product)} terminé)`;
    case 'removed':
      return ` (${v.app(p.product)} supprimé)`;
    case 'terminated':
      return ' (tous les abonnements cloud ont pris fin)';
    default:
      return '';
  }
}

const excluded = (p: { reason: string }, v: Vocabulary) =>
  `Exclue en tant qu’organisation avec ${v.exclusion(p.reason)} : ni ses métadonnées ni ses données intégrées à l’app ne sont utilisées, et la contribution ne peut pas être activée (R32).`;
const followsOrg = (on: boolean) => () =>
  `Les données intégrées à l’app sont ${on ? 'activées' : 'désactivées'} pour l’organisation et cet espace suit ce paramètre.`;
const ignored = (why: string) => (p: { setting: string; date: string }, v: Vocabulary) =>
  `Le paramètre ${setting(p.setting)} enregistré le ${v.date(p.date)} est ignoré : ${why}`;
const stopped = (what: string) => (p: { terminated: number }) => `${p.terminated === 1 ? 'Organisation résiliée : ' : ''}collecte des ${what} arrêtée.`;

const DEADLINE = {
  'in-app-removal': 'Les données intégrées à l’app contribuées doivent être supprimées d’ici le',
  'models-retrained': 'Les modèles doivent être réentraînés sans ces données d’ici le',
  'review-window': 'La période d’examen après le changement d’offre se termine le',
  effective: 'La contribution de données prend effet le',
} as const;

const DEADLINE_NAME = {
  inAppRemovalBy: 'Suppression des données intégrées à l’app',
  modelsRetrainedBy: 'Réentraînement des modèles',
  reviewWindowEndsOn: 'Fin de la période d’examen',
} as const;

export const fr: Catalogue = {
  BEFORE_EFFECTIVE_DATE: (_, v) =>
    `Jusqu’au ${v.date(EFFECTIVE_DATE)}, les données servent uniquement à améliorer l’expérience de cette organisation ; le statut prévu est celui qui s’applique le ${v.date(EFFECTIVE_DATE)} si rien ne change (R37).`,
  HIGHEST_PLAN: (p, v) =>
    `L’offre active la plus élevée est ${v.plan(p.plan)}, pour ${v.apps(p.products)}${p.trialsUntil ? ` (essai jusqu’au ${v.dates(p.trialsUntil)})` : ''}. Elle détermine les valeurs par défaut de toute l’organisation.`,
  REVIEW_WINDOW_OPEN: (p, v) =>
    `Un essai a pris fin le ${v.date(p.trialEndedOn)} et a changé l’offre la plus élevée ; jusqu’au ${v.date(p.endsOn)}, les paramètres de l’offre ${p.plan ? v.plan(p.plan) : 'précédente'} continuent de s’appliquer${p.newPlan ? `, tandis que ce qui peut être modifié suit déjà la nouvelle offre ${v.plan(p.newPlan)}` : ''} (période d’examen de ${REVIEW_WINDOW_DAYS} jours, R34 ; son application est notre lecture).`,
  TERMINATED_BEFORE_EFFECTIVE: (p, v) =>
    `L’organisation a mis fin à ses abonnements cloud le ${v.date(p.date)}, avant le ${v.date(EFFECTIVE_DATE)} : elle n’est pas concernée.`,
  ORGANIZATION_TERMINATED: (p, v) => `L’organisation a mis fin à ses abonnements cloud le ${v.date(p.date)} ; Atlassian cesse de collecter ses données.`,
  NO_PRODUCT_WITH_SETTINGS: () =>
    'L’organisation n’a aucune offre Jira, Confluence ou Jira Service Management actif : elle n’a donc aucun paramètre de contribution de données et ne contribue rien (R24).',
  EXCLUDED_GOVERNMENT_CLOUD: excluded,
  EXCLUDED_ISOLATED_CLOUD: excluded,
  EXCLUDED_CUSTOMER_MANAGED_KEYS: excluded,
  EXCLUDED_HIPAA: excluded,
  EXCLUDED_FINANCIAL_SERVICES: excluded,
  EXCLUDED_GOVERNMENT_ENTITY: excluded,
  METADATA_ALWAYS_ON: (p, v) =>
    `Avec l’offre ${v.plan(p.plan)}, les métadonnées sont toujours contribuées et ne peuvent pas être désactivées ; seul Enterprise permet de s’en retirer.`,
  METADATA_TURNED_OFF: () => 'Un administrateur de l’organisation a désactivé la contribution des métadonnées, ce qu’Enterprise permet.',
  METADATA_TURNED_ON: () => 'Un administrateur de l’organisation a confirmé l’activation de la contribution des métadonnées (Enterprise peut la désactiver).',
  METADATA_DEFAULT_ON_ENTERPRISE: () =>
    'Avec Enterprise, les métadonnées sont contribuées par défaut ; un administrateur de l’organisation peut les désactiver.',
  IN_APP_TURNED_OFF: () => 'Un administrateur de l’organisation a désactivé la contribution des données intégrées à l’app.',
  IN_APP_TURNED_ON: () => 'Un administrateur de l’organisation a activé la contribution des données intégrées à l’app.',
  IN_APP_DEFAULT_ON: (p, v) =>
    `Avec l’offre ${v.plan(p.plan)}, les données intégrées à l’app sont contribuées par défaut ; un administrateur de l’organisation peut les désactiver.`,
  IN_APP_DEFAULT_OFF: (p, v) =>
    `Avec l’offre ${v.plan(p.plan)}, les données intégrées à l’app ne sont pas contribuées par défaut ; un administrateur de l’organisation peut les activer.`,
  IN_APP_EXCLUSIONS: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, 'espace, app ou connecteur est exclu', 'espaces, apps ou connecteurs sont exclus')} ; les apps de plateforme et le contenu à l’échelle du site suivent le paramètre de l’organisation (R18).`,
  IN_APP_INCLUSIONS: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, 'espace, app ou connecteur est inclus', 'espaces, apps ou connecteurs sont inclus')} ; les apps de plateforme et le contenu à l’échelle du site suivent le paramètre de l’organisation (R18).`,
  SPACE_APP_NOT_CONTRIBUTING: (p, v) =>
    `${v.app(p.app)} n’est pas une app active dotée de paramètres de contribution de données dans cette organisation : rien de cet espace n’est donc contribué.`,
  SPACE_EXCLUDED: (p) =>
    `Les données intégrées à l’app sont activées pour l’organisation, et un administrateur de l’organisation a exclu cet espace (${p.space}).`,
  SPACE_INCLUDED: (p) =>
    `Les données intégrées à l’app sont désactivées pour l’organisation, et un administrateur de l’organisation a inclus cet espace (${p.space}).`,
  SPACE_ALSO_JIRA: () => 'Dans ces listes, Contribution Lens traite les espaces Jira (anciennement projets) comme les espaces Confluence.',
  APP_EXCLUDED: (p, v) =>
    `Les données intégrées à l’app sont activées pour l’organisation, et un administrateur de l’organisation a exclu ${v.app(p.app)} dans son ensemble.`,
  APP_INCLUDED: (p, v) =>
    `Les données intégrées à l’app sont désactivées pour l’organisation, et un administrateur de l’organisation a inclus ${v.app(p.app)} dans son ensemble.`,
  SPACE_ENTRY_DORMANT: (p) =>
    `Cet espace figure sur la liste ${list(p.mode)}, qui ne prend effet que lorsque les données intégrées à l’app sont ${p.mode === 'include' ? 'désactivées' : 'activées'}.`,
  SPACE_FOLLOWS_ORG_ON: followsOrg(true),
  SPACE_FOLLOWS_ORG_OFF: followsOrg(false),
  SPACE_REMOVAL_DEADLINE: (p, v) =>
    `La collecte dans cet espace s’est arrêtée le ${v.date(p.date)} ; les données intégrées à l’app doivent être supprimées d’ici le ${v.date(p.removalBy)} et les modèles réentraînés d’ici le ${v.date(p.retrainBy)}.`,
  ADMIN_UI_AUTHORITATIVE: () =>
    'Certaines organisations, dont certaines soumises à des exigences de conformité, voient d’autres valeurs par défaut : Atlassian Administration › Sécurité › Contribution de données fait foi. Attestez régulièrement que ce profil y correspond.',
  ENTERPRISE_DEFAULT_DISPUTED: () =>
    'Selon la presse, les métadonnées sont désactivées par défaut avec Enterprise ; le tableau d’Atlassian indique qu’elles sont activées, ce que suit Contribution Lens. Vérifiez dans Atlassian Administration.',
  PLAN_WITHOUT_SETTINGS_NOT_COUNTED: (p, v) =>
    `${v.app(p.product)} est en ${v.plan(p.plan)}, mais les apps sans paramètres de contribution de données ne comptent pas pour l’offre la plus élevée (notre lecture ; Atlassian ne l’a pas précisé).`,
  SECTOR_FINANCIAL_MAY_BE_EXCLUDED: () =>
    'Certains clients des services financiers sont exclus, mais Atlassian ne publie pas lesquels : vérifiez dans Atlassian Administration et enregistrez l’exclusion si la contribution y apparaît désactivée et verrouillée.',
  SECTOR_EDUCATION_INCLUDED: () => 'Les établissements d’enseignement, y compris publics, sont inclus et suivent leur offre active la plus élevée.',
  SECTOR_GOVERNMENT_EXCLUDED: () =>
    'L’organisation est déclarée entité gouvernementale, ce qu’Atlassian exclut ; contactez le support Atlassian pour le confirmer.',
  SECTOR_GOVERNMENT_EXCLUSION_LIFTED: (p, v) =>
    `L’organisation est déclarée entité gouvernementale, mais l’exclusion des entités gouvernementales a été enregistrée comme inactive le ${v.date(p.date)} ; Contribution Lens suit ce fait enregistré, le plus précis (notre lecture). Contactez le support Atlassian pour le confirmer.`,
  CMEK_WITHOUT_ENTERPRISE: (p, v) =>
    `Les clés gérées par le client ne sont proposées qu’avec Enterprise, mais l’offre la plus élevée déclarée est ${v.plan(p.plan)} : vérifiez les offres déclarées.`,
  SCOPE_ENTRIES_DORMANT: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, `entrée ${list(p.mode)} n’a`, `entrées ${list(p.mode)} n’ont`)} aucun effet tant que les données intégrées à l’app sont ${p.mode === 'include' ? 'activées' : 'désactivées'} ; Atlassian propose des ${p.mode === 'include' ? 'exclusions' : 'inclusions'} dans ce mode.`,
  METADATA_REMOVAL_UNKNOWN: () =>
    'Aucun texte d’Atlassian ne donne de délai de suppression des métadonnées après un retrait ; un rapport indique 90 jours pour les attributs de contenu.',
  TRIAL_ENDS: (p, v) =>
    `${v.app(p.product)} est en ${trial(p.migration)} ${v.plan(p.plan)} jusqu’au ${v.date(p.endsOn)} ; si l’offre la plus élevée change alors, vous aurez ${REVIEW_WINDOW_DAYS} jours pour examiner les paramètres.`,
  CHOICE_DROPPED_ON_PLAN_CHANGE: (p, v) =>
    p.future === 1
      ? `Le ${v.date(p.date)}, l’offre qui régit les paramètres deviendra ${v.plan(p.plan)}, qui ne permet pas de modifier les métadonnées ; le choix précédent « ${onOff(p.value)} » pour les métadonnées ne s’appliquera plus.`
      : `Le ${v.date(p.date)}, l’offre qui régit les paramètres est devenue ${v.plan(p.plan)}, qui ne permet pas de modifier les métadonnées ; le choix précédent « ${onOff(p.value)} » pour les métadonnées ne s’applique plus.`,
  CONFLICTING_SETTINGS_SAME_DAY: (p, v) =>
    `« Activé » et « désactivé » ont tous deux été enregistrés pour les ${setting(p.setting)} le ${v.date(p.date)} ; Contribution Lens retient « activé », la lecture qui ne sous-estime jamais la contribution. Enregistrez à nouveau la valeur finale pour trancher.`,
  SETTING_BEFORE_ROLLOUT: (p, v) =>
    `Le paramètre ${setting(p.setting)} enregistré le ${v.date(p.date)} est ignoré : les paramètres n’existaient pas avant le ${v.date(p.rolloutBegan ?? ROLLOUT_BEGAN)}.`,
  SETTING_IGNORED_EXCLUDED: ignored('une organisation exclue ne peut ni activer la contribution ni modifier ses paramètres.'),
  SETTING_KEPT_WHILE_EXCLUDED: (p, v) =>
    `Le retrait ${setting(p.setting)} enregistré le ${v.date(p.date)}, alors que l’organisation était exclue, est conservé : il s’applique si l’exclusion prend fin (notre lecture).`,
  SETTING_APPLIES_AFTER_WINDOW: (p, v) =>
    `Le paramètre ${setting(p.setting)} « ${onOff(p.value)} » enregistré le ${v.date(p.date)} est conservé : la nouvelle offre ${v.plan(p.plan)} le permet, et il ${p.future === 1 ? 's’appliquera à partir du' : 's’applique depuis le'} ${v.date(p.endsOn)}, fin de la période d’examen (notre lecture).`,
  SETTING_IGNORED_NO_PLAN: ignored('l’organisation n’avait alors aucune offre Jira, Confluence ou Jira Service Management.'),
  SETTING_IGNORED_LOCKED: (p, v) =>
    `Les métadonnées ne peuvent pas être ${p.value === 'on' ? 'activées' : 'désactivées'} avec l’offre ${v.plan(p.plan)} ; le paramètre enregistré le ${v.date(p.date)} est ignoré (seul Enterprise permet de retirer les métadonnées).`,
  PLATFORM_APP_SCOPE_IGNORED: (p, v) =>
    `L’entrée ${list(p.mode)} pour l’app de plateforme « ${v.app(p.app)} » (${v.date(p.date)}) est ignorée : les apps de plateforme suivent toujours le paramètre de l’organisation.`,
  APP_WITHOUT_SETTINGS_SCOPE_IGNORED: (p, v) =>
    `L’entrée ${list(p.mode)} pour « ${v.app(p.app)} » (${v.date(p.date)}) est ignorée : cette app n’a pas de paramètres de contribution de données et ne contribue jamais.`,

  'timeline.settings-available': (_, v) =>
    `Paramètres de contribution de données disponibles pour toutes les organisations (déploiement commencé le ${v.date(ROLLOUT_BEGAN)}).`,
  'timeline.effective': () => 'Atlassian commence à utiliser les données contribuées pour améliorer ses apps pour tous les clients.',
  'timeline.plan-changed': (p, v) => `Offre active la plus élevée : ${v.plan(p.from)} → ${v.plan(p.to)}${planCause(p, v)}.`,
  'timeline.trial-ended': (p, v) =>
    `${trial(p.migration)} ${v.plan(p.plan)} de ${v.app(p.product)} terminé${p.then === 'none' ? ' ; l’app a quitté l’organisation' : ` ; désormais ${v.plan(p.then)}`}.`,
  'timeline.review-window-ends': (p, v) =>
    p.closedEarly === 1
      ? `La période d’examen après l’essai terminé le ${v.date(p.trialEndedOn)} s’est close plus tôt : un changement ultérieur de l’offre la plus élevée s’applique à partir de cette date.`
      : `Fin de la période d’examen de ${REVIEW_WINDOW_DAYS} jours après l’essai terminé le ${v.date(p.trialEndedOn)} : les paramètres de la nouvelle offre s’appliquent à partir d’ici.`,
  'timeline.setting-changed:exclusion': (p, v) => `Exclusion ${p.active === 1 ? 'enregistrée' : 'terminée'} : ${v.exclusion(p.reason)}.`,
  'timeline.setting-changed:setting': (p) =>
    `${p.setting === 'metadata' ? 'Métadonnées' : 'Données intégrées à l’app'} ${p.value === 'on' ? 'activées' : 'désactivées'} par un administrateur de l’organisation.`,
  'timeline.setting-changed:scope': (p, v) =>
    p.mode === 'default'
      ? `Données intégrées à l’app : ${target(p.kind, p.key, v)} revient au paramètre de l’organisation.`
      : `Données intégrées à l’app : ${target(p.kind, p.key, v)} ${p.mode === 'include' ? 'inclus' : 'exclu'}.`,
  'timeline.collection-stopped:metadata': stopped('métadonnées'),
  'timeline.collection-stopped:in-app': stopped('données intégrées à l’app'),
  'timeline.collection-stopped:app-removed': (p, v) => `${v.app(p.app)} supprimé : la collecte le concernant est arrêtée.`,
  'timeline.collection-stopped:target': (p, v) =>
    `${target(p.kind, p.key, v, 'Espace')}${p.others > 0 ? ` et ${v.number(p.others)} autre${p.others > 1 ? 's' : ''}` : ''} : collecte des données intégrées à l’app arrêtée.`,
  'timeline.collection-stopped:app-excluded': (p, v) => `${v.app(p.app)} : collecte des données intégrées à l’app arrêtée (app exclue).`,
  'timeline.in-app-removal-deadline': (p, v) =>
    `Données intégrées à l’app de l’arrêt du ${v.date(p.stop)} supprimées des jeux de données d’ici cette date (${IN_APP_REMOVAL_DAYS} jours).`,
  'timeline.model-retrain-deadline': (p, v) =>
    `Modèles entraînés sur des données antérieures à l’arrêt du ${v.date(p.stop)} réentraînés d’ici cette date (${MODEL_RETRAIN_DAYS} jours).`,
  'timeline.retention-ends': (p, v) =>
    p.lastContribution !== undefined
      ? `Jusqu’à ${v.number(p.years)} ans après la dernière contribution du ${v.date(p.lastContribution)} : la date limite de conservation de toute donnée contribuée.`
      : `Jusqu’à ${v.number(p.years)} ans après la première contribution du ${v.date(p.firstContribution)} : les données contribuées ce jour-là peuvent être conservées jusqu’à cette date ; les données contribuées plus tard le sont jusqu’à ${v.number(p.years)} ans après leur propre date${p.ongoing === 1 ? ', l’horizon avance donc tant que la contribution continue' : ''}.`,

  'alert.PROFILE_EMPTY': () => 'Aucune offre ni aucun paramètre n’est encore déclaré : le statut repose uniquement sur les valeurs par défaut.',
  'alert.DEADLINE_SOON': (p, v) =>
    `${wordFor(DEADLINE, p.deadline) ?? DEADLINE.effective} ${v.date(p.on)} (dans ${v.number(p.days)} ${plural(p.days, 'jour', 'jours')}).`,
  'alert.REVIEW_WINDOW_OPEN': (p, v) =>
    `Un changement d’offre a ouvert une période d’examen jusqu’au ${v.date(p.on)} : examinez d’ici là les paramètres de contribution de données dans Atlassian Administration.`,
  'alert.ATTESTATION_MISSING': () => 'Aucun administrateur n’a encore confirmé que le profil déclaré correspond à Atlassian Administration.',
  'alert.ATTESTATION_STALE': (p, v) =>
    `Le profil a été confirmé pour la dernière fois il y a ${v.number(p.days)} jours (${v.date(p.on)}) ; confirmez-le à nouveau au moins tous les ${v.number(p.maxDays)} jours.`,
  'alert.LICENSE_MISMATCH': (p, v) =>
    `Jira indique une licence ${p.license === 'paid' ? 'payante' : 'Free'}, mais l’offre Jira déclarée est ${v.plan(p.plan)}. Vérifiez dans Atlassian Administration › Apps et enregistrez la bonne offre.`,
  'alert.APP_ACCESS_BLOCKED': (p, v) =>
    `Des règles d’accès des apps empêchent Contribution Lens d’accéder à une partie du contenu ${v.app(p.product)} ; les avis n’y apparaissent pas.`,
  'alert.APP_ACCESS_UNCHECKED': (p, v) =>
    `Impossible de vérifier si des règles d’accès des apps empêchent Contribution Lens d’accéder au contenu ${v.app(p.product)} (${p.reason}) ; des avis peuvent y manquer. La vérification quotidienne réessaie.`,

  'difference.excluded': (p) => (p.excluded === 1 ? 'L’organisation devient exclue de la contribution de données.' : 'L’organisation n’est plus exclue.'),
  'difference.highest-plan': (p, v) => `Offre active la plus élevée : ${v.plan(p.from)} → ${v.plan(p.to)}.`,
  'difference.metadata': (p) => `Métadonnées : ${status(p.from)} → ${status(p.to)}.`,
  'difference.in-app': (p) => `Données intégrées à l’app : ${status(p.from)} → ${status(p.to)}.`,
  'difference.app-joined': (p, v) => `${v.app(p.app)} : fait désormais partie de l’organisation.`,
  'difference.app-in-app': (p, v) => `Données intégrées à l’app de ${v.app(p.app)} : ${status(p.from)} → ${status(p.to)}.`,
  'difference.entries': (p, v) => `Entrées d’inclusion/exclusion en vigueur : ${v.number(p.from)} → ${v.number(p.to)}.`,
  'difference.deadline': (p, v) => `Échéance « ${DEADLINE_NAME[p.deadline]} » : ${p.from ? v.date(p.from) : 'aucune'} → ${p.to ? v.date(p.to) : 'aucune'}.`,
};
