/**
 * Space/project page texts, German. Jira-Projekte heißen „Bereiche“ und
 * Vorgänge „Arbeitselemente“, wie in der deutschen Atlassian-Oberfläche.
 */
import { UI_STRINGS } from '../ui/strings';
import { uiWordsOf, type SpaceMessages } from './space.en';

const spaceDe: SpaceMessages = {
  ui: uiWordsOf(UI_STRINGS.de),
  appTitle: 'Datenbeitrag',
  loading: 'Status des Datenbeitrags dieses Bereichs wird geladen …',
  loadFailed: 'Der Status des Datenbeitrags konnte nicht geladen werden.',
  loadFailedDetail: (detail) => `Details: ${detail}`,
  unsupportedSurface: 'Diese Seite funktioniert nur als Bereichsseite in Jira oder Confluence.',
  product: {
    jira: { app: 'Jira', spaceLabel: (key) => `Jira-Bereich ${key}`, content: 'Arbeitselemente' },
    confluence: { app: 'Confluence', spaceLabel: (key) => `Confluence-Bereich ${key}`, content: 'Seiten' },
  },
  intro: (p) =>
    `Seit dem 17. August 2026 nutzt Atlassian Kundendaten, um seine KI für alle Kunden zu verbessern. Diese Seite zeigt, was für die ${p.content} in diesem Bereich gilt und warum.`,
  asOf: (day) => `Stand: ${day}`,
  sourceOf: (rule) => `zu ${rule}`,
  rule: (id) => `Regel ${id}`,
  summaryHeading: 'Übersicht',
  inAppHeading: 'In-App-Daten aus diesem Bereich',
  inAppSentence: {
    contributing: (p) => `Inhalte der ${p.content} in diesem Bereich werden genutzt, um die KI von Atlassian für alle Kunden zu verbessern.`,
    'not-contributing': (p) => `Inhalte der ${p.content} in diesem Bereich werden nicht genutzt, um die KI von Atlassian zu verbessern.`,
    pending: (p) => `Was mit den Inhalten der ${p.content} in diesem Bereich geschieht, entscheidet sich am 17. August 2026.`,
  },
  projected: (status) => `Ab dem 17. August 2026, wenn sich nichts ändert: ${status}`,
  since: (day) => `Seit ${day}`,
  mode: {
    include: 'Dieser Bereich steht auf der Einschlussliste der Organisation.',
    exclude: 'Dieser Bereich steht auf der Ausschlussliste der Organisation.',
    default: 'Dieser Bereich folgt der Einstellung der Organisation (er steht auf keiner Einschluss- oder Ausschlussliste).',
  },
  metadataHeading: 'Metadaten',
  metadataSentence: {
    contributing: 'Metadaten über Inhalte dieser Organisation werden genutzt, um die KI von Atlassian zu verbessern.',
    'not-contributing': 'Metadaten über Inhalte dieser Organisation werden nicht genutzt, um die KI von Atlassian zu verbessern.',
    pending: 'Ob Metadaten genutzt werden, entscheidet sich am 17. August 2026.',
  },
  metadataOrgOnly:
    'Gilt für die ganze Organisation. Für einen einzelnen Bereich lässt es sich nicht ändern: Für Metadaten gibt es keine Einstellung je Bereich oder App.',
  orgExcludedTitle: 'Diese Organisation ist ausgeschlossen',
  orgExcludedBody: 'Atlassian nutzt keine Daten dieser Organisation, und der Beitrag kann nicht eingeschaltet werden.',
  appAccessBlockedTitle: 'Contribution Lens kann diesen Bereich nicht lesen',
  appAccessBlockedBody:
    'Regeln für den App-Zugriff sperren diese App für diesen Bereich. Der Status folgt weiter dem erklärten Organisationsprofil, aber die App kann nichts aus dem Bereich selbst anzeigen.',
  reasonsHeading: 'Warum',
  deadlinesHeading: 'Fristen und Zeitleiste',
  noDeadlines: 'Für diesen Bereich gilt keine Löschfrist.',
  timelineHeading: 'Zeitleiste',
  timelineDate: 'Datum',
  timelineEvent: 'Was geschieht',
  timelineConfidence: 'Belastbarkeit und Quelle',
  examplesHeading: (p) => `Was in ${p.app} als Daten zählt`,
  examplesIntro: 'Atlassian unterscheidet zwei Arten von Daten. Beispiele aus dieser App:',
  inAppExamplesHeading: 'In-App-Daten',
  inAppExamplesIntro: 'Inhalte, die Personen erstellen. Von den Organisationsadministratoren je Bereich steuerbar.',
  metadataExamplesHeading: 'Metadaten',
  metadataExamplesIntro: 'Merkmale von Inhalten und kundenübergreifende Muster. Nur auf Organisationsebene.',
  examples: {
    'confluence-page-titles-bodies': 'Seitentitel und Seiteninhalte',
    'confluence-comments': 'Kommentare zu Seiten',
    'custom-status-names': 'Namen benutzerdefinierter Status',
    'custom-emoji-names': 'Namen benutzerdefinierter Emojis',
    'jira-titles': 'Titel von Arbeitselementen, etwa „Fix login error on iOS after the latest mobile update“',
    'jira-descriptions': 'Beschreibungen von Arbeitselementen',
    'jira-comments': 'Kommentare zu Arbeitselementen',
    'jira-workflow-names': 'Namen benutzerdefinierter Workflows',
    'confluence-readability': 'Lesbarkeitswerte und Komplexitätsbewertungen von Seiteninhalten',
    'confluence-similarity': 'Semantische Ähnlichkeitswerte zwischen zwei Seiten',
    'content-statistics': 'Statistiken, Zahlen und andere aus Ihren Inhalten abgeleitete Werte',
    'common-patterns-queries': 'Kundenübergreifende Muster, etwa in Suchanfragen und Rovo-Chat-Prompts',
    'jira-story-points': 'Zahlen in Atlassian-Feldern, etwa „Story Points: 3“',
    'jira-work-item-type': 'Der Typ des Arbeitselements',
    'jira-sprint-end': 'Daten in Atlassian-Feldern, etwa das Sprint-Enddatum',
    'jira-classification': 'Aufgabenklassifizierungen, etwa „Vertriebs-Arbeitselement“',
    'jira-request-sla': 'SLAs von Anfragen in Jira Service Management',
    'jira-type-names': 'Häufige Namen benutzerdefinierter Arbeitselementtypen, etwa „Bug“ oder „Reparaturticket“',
  },
  concernHeading: 'Die Organisationsadministratoren fragen',
  concernIntro: (p) =>
    `Als Administrator dieses Bereichs können Sie ein Anliegen melden oder die Organisationsadministratoren bitten, diesen Bereich aus- oder einzuschließen. Nur Organisationsadministratoren können den Datenbeitrag in Atlassian Administration ändern. ${p.app} zeigt ihnen Ihre Nachricht in Contribution Lens.`,
  concernKindLegend: 'Was möchten Sie erreichen?',
  concernKind: {
    concern: 'Anliegen melden',
    exclude: 'Ausschluss dieses Bereichs anfragen',
    include: 'Einschluss dieses Bereichs anfragen',
  },
  concernKindLabel: {
    concern: 'Anliegen zu diesem Bereich',
    exclude: 'Anfrage: diesen Bereich vom Beitrag der In-App-Daten ausschließen',
    include: 'Anfrage: diesen Bereich in den Beitrag der In-App-Daten einschließen',
  },
  concernMessageLabel: 'Nachricht an die Organisationsadministratoren',
  concernMessageHelp: 'Begründen Sie Ihr Anliegen, als einfacher Text.',
  concernCharactersLeft: (left) => `Noch ${left} Zeichen`,
  concernMessageRequired: 'Geben Sie eine Nachricht ein.',
  concernMessageTooLong: (max) => `Die Nachricht darf höchstens ${max} Zeichen lang sein.`,
  concernSubmit: 'An Organisationsadministratoren senden',
  concernSending: 'Wird gesendet …',
  concernSent: 'Gesendet. Die Organisationsadministratoren sehen Ihre Nachricht in Contribution Lens; ihre Antwort erscheint unten.',
  concernFailed: (detail) => `Ihre Nachricht wurde nicht gesendet: ${detail}`,
  concernForbidden: 'Nur Administratoren dieses Bereichs können Anfragen an die Organisationsadministratoren senden.',
  concernRateLimited: 'Zu viele Anfragen. Warten Sie kurz und versuchen Sie es erneut.',
  myConcernsHeading: 'Ihre Anfragen zu diesem Bereich',
  myConcernsEmpty: 'Sie haben zu diesem Bereich noch keine Anfragen gesendet.',
  myConcernsFailed: 'Ihre bisherigen Anfragen konnten nicht geladen werden.',
  concernState: { open: 'Wartet auf Antwort', answered: 'Beantwortet', resolved: 'Erledigt' },
  concernRaisedAt: (when) => `Gesendet am ${when}`,
  concernAnswer: 'Antwort der Organisationsadministratoren',
  concernAnsweredAt: (when) => `Beantwortet am ${when}`,
  concernResolution: 'Abschlussnotiz',
  concernResolvedAt: (when) => `Erledigt am ${when}`,
  readOnlyNote: 'Nur Administratoren dieses Bereichs können Anfragen an die Organisationsadministratoren senden. Wenden Sie sich bei Bedenken an sie.',
  legendHeading: 'Wie sicher ist das?',
  footer:
    'Contribution Lens berechnet dies aus dem Organisationsprofil, das die Organisationsadministratoren erfasst haben. Maßgeblich ist Atlassian Administration › Sicherheit › Datenbeitrag.',
  explain: {
    pending: () =>
      'Bis zum 17. August 2026 werden Daten nur genutzt, um die Erfahrung dieser Organisation selbst zu verbessern. Der für diesen Tag gezeigte Status gilt, wenn sich nichts ändert.',
    orgExcluded: () =>
      'Atlassian schließt diese Organisation aus (etwa Government Cloud, Isolated Cloud oder HIPAA-Compliance): Keine ihrer Daten werden genutzt, und der Beitrag kann nicht eingeschaltet werden.',
    appNotActive: (x) =>
      `${x.words.app} ist in dieser Organisation keine aktive App mit Einstellungen zum Datenbeitrag; aus diesem Bereich wird daher nichts beigetragen.`,
    spaceExcluded: () => 'In-App-Daten sind für die Organisation eingeschaltet, aber ein Organisationsadministrator hat diesen Bereich ausgeschlossen.',
    spaceIncluded: () => 'In-App-Daten sind für die Organisation ausgeschaltet, aber ein Organisationsadministrator hat diesen Bereich einbezogen.',
    jiraSpacesInLists: () => 'Die Einschluss- und Ausschlusslisten von Atlassian nennen „Bereiche“. Contribution Lens versteht darunter auch Jira-Bereiche.',
    followsOrgOn: () => 'In-App-Daten sind für die Organisation eingeschaltet, und dieser Bereich folgt dieser Einstellung.',
    followsOrgOff: () => 'In-App-Daten sind für die Organisation ausgeschaltet, und dieser Bereich folgt dieser Einstellung.',
    followsAppOn: (x) => `In-App-Daten sind in dieser Organisation für ${x.words.app} eingeschaltet, und dieser Bereich folgt dieser Einstellung.`,
    followsAppOff: (x) => `In-App-Daten sind in dieser Organisation für ${x.words.app} ausgeschaltet, und dieser Bereich folgt dieser Einstellung.`,
    dormantInclude: () => 'Dieser Bereich steht auf der Einschlussliste; sie greift nur, solange In-App-Daten ausgeschaltet sind.',
    dormantExclude: () => 'Dieser Bereich steht auf der Ausschlussliste; sie greift nur, solange In-App-Daten eingeschaltet sind.',
    removal: (x) => `Bereits erfasste In-App-Daten sollten bis zum ${x.date} entfernt sein.`,
    unknownCode: (x) =>
      `Das Organisationsprofil gibt diesem Bereich den Statuscode ${x.code}, den diese Seite nicht kennt. Fragen Sie einen Organisationsadministrator.`,
    metadataPending: () => 'Bis zum 17. August 2026 werden Metadaten nur genutzt, um die Erfahrung dieser Organisation selbst zu verbessern.',
    metadataByPlan: () =>
      'Metadaten folgen dem höchsten aktiven Plan der Organisation: Bei Free, Standard und Premium werden sie immer beigetragen; bei Enterprise standardmäßig, und ein Organisationsadministrator kann sie ausschalten.',
  },
  timeline: {
    effective: () => 'Atlassian beginnt, beigetragene Daten zur Verbesserung seiner KI für alle Kunden zu nutzen.',
    since: () => 'Ab diesem Tag gilt die aktuelle Einstellung der Organisation für In-App-Daten.',
    inAppRemovalBy: () => 'Vor dem letzten Stopp erfasste In-App-Daten sind bis zu diesem Datum entfernt.',
    modelsRetrainedBy: () => 'Damit trainierte Modelle sind bis zu diesem Datum neu trainiert.',
  },
};

export default spaceDe;
