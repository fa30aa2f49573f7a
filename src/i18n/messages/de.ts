/** Die deutsche Fassung jedes Meldungscodes (Custom UI). Eigenständig, damit die Oberfläche nur ihre Sprache lädt. */
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS, REVIEW_WINDOW_DAYS, ROLLOUT_BEGAN } from '../../policy/constants';
import type { Catalogue, ListMode, MessageParams, OnOff, StatusWord, Vocabulary } from './codes';
import { wordFor } from './lookup';

const setting = (id: string) => (id === 'metadata' ? 'Metadaten' : 'In-App-Daten');
const list = (mode: ListMode | 'default') => (mode === 'default' ? 'Standard' : mode === 'include' ? 'Einschluss' : 'Ausschluss');
const onOff = (value: OnOff) => (value === 'on' ? 'ein' : 'aus');
const trial = (migration: unknown) => (migration === 1 ? 'Cloud-Migrationstestphase' : 'Testphase');
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const onWord = (on: boolean) => (on ? 'eingeschaltet' : 'ausgeschaltet');
const STATUS: Record<StatusWord, string> = { contributing: 'trägt bei', 'not-contributing': 'trägt nicht bei', pending: 'ausstehend' };
const status = (s: StatusWord) => wordFor(STATUS, s) ?? s;
const target = (kind: string, key: string, v: Vocabulary) => (kind === 'app' ? v.app(key) : `${kind === 'connector' ? 'Connector' : 'Bereich'} ${key}`);

function planCause(p: MessageParams['timeline.plan-changed'], v: Vocabulary): string {
  switch (p.cause) {
    case 'plan':
      return ` (${v.app(p.product)} auf ${v.plan(p.plan)})`;
    case 'trial-started':
      return ` (${trial(p.migration)} für ${v.app(p.product)} ${v.plan(p.plan)} begonnen)`;
    case 'trial-ended':
      return ` (${trial(p.migration)} für ${v.app(p.product)} ${v.plan(p.plan)} beendet)`;
    case 'removed':
      return ` (${v.app(p.product)} entfernt)`;
    case 'terminated':
      return ' (alle Cloud-Abonnements beendet)';
    default:
      return '';
  }
}

const excluded = (p: { reason: string }, v: Vocabulary) =>
  `Ausgeschlossen als Organisation mit ${v.exclusion(p.reason)}: Weder Metadaten noch In-App-Daten werden verwendet, und der Beitrag lässt sich nicht einschalten (R32).`;
const followsOrg = (on: boolean) => () => `In-App-Daten sind für die Organisation ${onWord(on)}, und dieser Bereich folgt dieser Einstellung.`;
const ignored = (why: string) => (p: { setting: string; date: string }, v: Vocabulary) =>
  `Die am ${v.date(p.date)} erfasste Einstellung für ${setting(p.setting)} wird ignoriert: ${why}`;
const stopped = (what: string) => (p: { terminated: number }) => `${p.terminated === 1 ? 'Organisation beendet: ' : ''}Erfassung von ${what} gestoppt.`;

const DEADLINE = {
  'in-app-removal': 'Beigetragene In-App-Daten sollten entfernt sein bis zum',
  'models-retrained': 'Modelle sollten ohne die Daten neu trainiert sein bis zum',
  'review-window': 'Der Prüfzeitraum nach dem Tarifwechsel endet am',
  effective: 'Der Datenbeitrag gilt ab dem',
} as const;

const DEADLINE_NAME = {
  inAppRemovalBy: 'Frist für das Entfernen der In-App-Daten',
  modelsRetrainedBy: 'Frist für das Neutrainieren der Modelle',
  reviewWindowEndsOn: 'Ende des Prüfzeitraums',
} as const;

export const de: Catalogue = {
  BEFORE_EFFECTIVE_DATE: (_, v) =>
    `Bis zum ${v.date(EFFECTIVE_DATE)} werden Daten nur genutzt, um die eigene Erfahrung dieser Organisation zu verbessern; der erwartete Status gilt ab dem ${v.date(EFFECTIVE_DATE)}, wenn sich nichts ändert (R37).`,
  HIGHEST_PLAN: (p, v) =>
    `Der höchste aktive Tarif ist ${v.plan(p.plan)}, von ${v.apps(p.products)}${p.trialsUntil ? ` (Testphase bis ${v.dates(p.trialsUntil)})` : ''}. Er bestimmt die Standardwerte für die ganze Organisation.`,
  REVIEW_WINDOW_OPEN: (p, v) =>
    `Eine Testphase endete am ${v.date(p.trialEndedOn)} und hat den höchsten Tarif geändert; bis zum ${v.date(p.endsOn)} gelten weiter die Einstellungen des ${p.plan ? `Tarifs ${v.plan(p.plan)}` : 'vorherigen Tarifs'}${p.newPlan ? `, während sich schon nach dem neuen Tarif ${v.plan(p.newPlan)} richtet, was geändert werden darf` : ''} (${REVIEW_WINDOW_DAYS}-tägiger Prüfzeitraum, R34; wie er gilt, ist unsere Auslegung).`,
  TERMINATED_BEFORE_EFFECTIVE: (p, v) =>
    `Die Organisation hat ihre Cloud-Abonnements am ${v.date(p.date)} beendet, vor dem ${v.date(EFFECTIVE_DATE)}: Sie ist nicht betroffen.`,
  ORGANIZATION_TERMINATED: (p, v) => `Die Organisation hat ihre Cloud-Abonnements am ${v.date(p.date)} beendet; Atlassian erfasst ihre Daten nicht mehr.`,
  NO_PRODUCT_WITH_SETTINGS: () =>
    'Die Organisation hat keinen aktiven Tarif für Jira, Confluence oder Jira Service Management, daher keine Einstellungen für den Datenbeitrag, und trägt nichts bei (R24).',
  EXCLUDED_GOVERNMENT_CLOUD: excluded,
  EXCLUDED_ISOLATED_CLOUD: excluded,
  EXCLUDED_CUSTOMER_MANAGED_KEYS: excluded,
  EXCLUDED_HIPAA: excluded,
  EXCLUDED_FINANCIAL_SERVICES: excluded,
  EXCLUDED_GOVERNMENT_ENTITY: excluded,
  METADATA_ALWAYS_ON: (p, v) =>
    `Im Tarif ${v.plan(p.plan)} werden Metadaten immer beigetragen und lassen sich nicht ausschalten; nur Enterprise kann widersprechen.`,
  METADATA_TURNED_OFF: () => 'Ein Organisationsadministrator hat den Beitrag von Metadaten ausgeschaltet, was Enterprise erlaubt.',
  METADATA_TURNED_ON: () => 'Ein Organisationsadministrator hat den Beitrag von Metadaten als eingeschaltet bestätigt (Enterprise kann ihn ausschalten).',
  METADATA_DEFAULT_ON_ENTERPRISE: () => 'In Enterprise werden Metadaten standardmäßig beigetragen; ein Organisationsadministrator kann das ausschalten.',
  IN_APP_TURNED_OFF: () => 'Ein Organisationsadministrator hat den Beitrag von In-App-Daten ausgeschaltet.',
  IN_APP_TURNED_ON: () => 'Ein Organisationsadministrator hat den Beitrag von In-App-Daten eingeschaltet.',
  IN_APP_DEFAULT_ON: (p, v) => `Im Tarif ${v.plan(p.plan)} werden In-App-Daten standardmäßig beigetragen; ein Organisationsadministrator kann das ausschalten.`,
  IN_APP_DEFAULT_OFF: (p, v) =>
    `Im Tarif ${v.plan(p.plan)} werden In-App-Daten standardmäßig nicht beigetragen; ein Organisationsadministrator kann das einschalten.`,
  IN_APP_EXCLUSIONS: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, 'Bereich, App oder Connector ist', 'Bereiche, Apps oder Connectors sind')} ausgeschlossen; Plattform-Apps und websiteweite Inhalte folgen der Einstellung der Organisation (R18).`,
  IN_APP_INCLUSIONS: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, 'Bereich, App oder Connector ist', 'Bereiche, Apps oder Connectors sind')} eingeschlossen; Plattform-Apps und websiteweite Inhalte folgen der Einstellung der Organisation (R18).`,
  SPACE_APP_NOT_CONTRIBUTING: (p, v) =>
    `${v.app(p.app)} ist in dieser Organisation keine aktive App mit Einstellungen für den Datenbeitrag, daher wird aus diesem Bereich nichts beigetragen.`,
  SPACE_EXCLUDED: (p) =>
    `In-App-Daten sind für die Organisation eingeschaltet, und ein Organisationsadministrator hat diesen Bereich (${p.space}) ausgeschlossen.`,
  SPACE_INCLUDED: (p) =>
    `In-App-Daten sind für die Organisation ausgeschaltet, und ein Organisationsadministrator hat diesen Bereich (${p.space}) eingeschlossen.`,
  SPACE_ALSO_JIRA: () => 'Contribution Lens behandelt Jira-Bereiche (früher Projekte) in diesen Listen wie Confluence-Bereiche.',
  APP_EXCLUDED: (p, v) =>
    `In-App-Daten sind für die Organisation eingeschaltet, und ein Organisationsadministrator hat ${v.app(p.app)} als Ganzes ausgeschlossen.`,
  APP_INCLUDED: (p, v) =>
    `In-App-Daten sind für die Organisation ausgeschaltet, und ein Organisationsadministrator hat ${v.app(p.app)} als Ganzes eingeschlossen.`,
  SPACE_ENTRY_DORMANT: (p) =>
    `Dieser Bereich steht auf der ${list(p.mode)}liste, die nur wirkt, solange In-App-Daten ${p.mode === 'include' ? 'ausgeschaltet' : 'eingeschaltet'} sind.`,
  SPACE_FOLLOWS_ORG_ON: followsOrg(true),
  SPACE_FOLLOWS_ORG_OFF: followsOrg(false),
  SPACE_REMOVAL_DEADLINE: (p, v) =>
    `Die Erfassung aus diesem Bereich endete am ${v.date(p.date)}; In-App-Daten sollten bis zum ${v.date(p.removalBy)} entfernt und Modelle bis zum ${v.date(p.retrainBy)} neu trainiert sein.`,
  ADMIN_UI_AUTHORITATIVE: () =>
    'Manche Organisationen, auch solche mit Compliance-Anforderungen, sehen andere Standardwerte: Maßgeblich ist Atlassian Administration › Sicherheit › Datenbeitrag. Bestätigen Sie regelmäßig, dass dieses Profil damit übereinstimmt.',
  ENTERPRISE_DEFAULT_DISPUTED: () =>
    'Laut Presseberichten sind Metadaten in Enterprise standardmäßig ausgeschaltet; Atlassians eigene Tabelle sagt eingeschaltet, und Contribution Lens folgt ihr. Prüfen Sie Atlassian Administration.',
  PLAN_WITHOUT_SETTINGS_NOT_COUNTED: (p, v) =>
    `${v.app(p.product)} hat den Tarif ${v.plan(p.plan)}, aber Apps ohne Einstellungen für den Datenbeitrag zählen nicht für den höchsten Tarif (unsere Auslegung; Atlassian hat sich nicht geäußert).`,
  SECTOR_FINANCIAL_MAY_BE_EXCLUDED: () =>
    'Bestimmte Finanzdienstleister sind ausgeschlossen, aber Atlassian veröffentlicht nicht, welche: Prüfen Sie Atlassian Administration und erfassen Sie den Ausschluss, wenn der Beitrag dort ausgeschaltet und gesperrt ist.',
  SECTOR_EDUCATION_INCLUDED: () => 'Bildungseinrichtungen, auch staatliche, sind eingeschlossen und folgen ihrem höchsten aktiven Tarif.',
  SECTOR_GOVERNMENT_EXCLUDED: () => 'Die Organisation ist als Behörde erfasst, die Atlassian ausschließt; lassen Sie es sich vom Atlassian Support bestätigen.',
  SECTOR_GOVERNMENT_EXCLUSION_LIFTED: (p, v) =>
    `Die Organisation ist als Behörde erfasst, aber der Ausschluss als Behörde wurde am ${v.date(p.date)} als nicht aktiv erfasst; Contribution Lens folgt dieser erfassten, genaueren Angabe (unsere Auslegung). Lassen Sie es sich vom Atlassian Support bestätigen.`,
  CMEK_WITHOUT_ENTERPRISE: (p, v) =>
    `Kundenverwaltete Schlüssel gibt es nur mit Enterprise, der erfasste höchste Tarif ist aber ${v.plan(p.plan)}: Prüfen Sie die erfassten Tarife.`,
  SCOPE_ENTRIES_DORMANT: (p, v) =>
    `${v.number(p.count)} ${list(p.mode)}${plural(p.count, 'eintrag wirkt', 'einträge wirken')} nicht, solange In-App-Daten ${p.mode === 'include' ? 'eingeschaltet' : 'ausgeschaltet'} sind; Atlassian bietet in diesem Modus ${p.mode === 'include' ? 'Ausschlüsse' : 'Einschlüsse'} an.`,
  METADATA_REMOVAL_UNKNOWN: () =>
    'Kein Atlassian-Text nennt eine Löschfrist für Metadaten nach einem Widerspruch; ein Bericht nennt 90 Tage für Inhaltsattribute.',
  TRIAL_ENDS: (p, v) =>
    `${v.app(p.product)} ist bis zum ${v.date(p.endsOn)} in einer ${trial(p.migration)} für ${v.plan(p.plan)}; ändert sich dann der höchste Tarif, bleiben ${REVIEW_WINDOW_DAYS} Tage, um die Einstellungen zu prüfen.`,
  CHOICE_DROPPED_ON_PLAN_CHANGE: (p, v) =>
    p.future === 1
      ? `Am ${v.date(p.date)} wird ${v.plan(p.plan)} zum Tarif, der die Einstellungen bestimmt, und dort lassen sich Metadaten nicht ändern; die frühere Metadaten-Wahl „${onOff(p.value)}“ gilt dann nicht mehr.`
      : `Am ${v.date(p.date)} wurde ${v.plan(p.plan)} zum Tarif, der die Einstellungen bestimmt, und dort lassen sich Metadaten nicht ändern; die frühere Metadaten-Wahl „${onOff(p.value)}“ gilt nicht mehr.`,
  CONFLICTING_SETTINGS_SAME_DAY: (p, v) =>
    `Für ${setting(p.setting)} wurden am ${v.date(p.date)} sowohl „ein“ als auch „aus“ erfasst; Contribution Lens nimmt „ein“ an, die Lesart, die den Beitrag nie unterschätzt. Erfassen Sie den endgültigen Wert erneut.`,
  SETTING_BEFORE_ROLLOUT: (p, v) =>
    `Die am ${v.date(p.date)} erfasste Einstellung für ${setting(p.setting)} wird ignoriert: Vor dem ${v.date(p.rolloutBegan ?? ROLLOUT_BEGAN)} gab es die Einstellungen noch nicht.`,
  SETTING_IGNORED_EXCLUDED: ignored('Eine ausgeschlossene Organisation kann den Beitrag weder einschalten noch ihre Einstellungen ändern.'),
  SETTING_KEPT_WHILE_EXCLUDED: (p, v) =>
    `Der am ${v.date(p.date)} erfasste Widerspruch für ${setting(p.setting)}, während die Organisation ausgeschlossen war, bleibt bestehen: Er gilt, falls der Ausschluss endet (unsere Auslegung).`,
  SETTING_APPLIES_AFTER_WINDOW: (p, v) =>
    `Die am ${v.date(p.date)} erfasste Einstellung „${onOff(p.value)}“ für ${setting(p.setting)} bleibt bestehen: Der neue Tarif ${v.plan(p.plan)} erlaubt sie, und sie ${p.future === 1 ? 'gilt ab dem' : 'gilt seit dem'} ${v.date(p.endsOn)}, dem Ende des Prüfzeitraums (unsere Auslegung).`,
  SETTING_IGNORED_NO_PLAN: ignored('Die Organisation hatte damals keinen Tarif für Jira, Confluence oder Jira Service Management.'),
  SETTING_IGNORED_LOCKED: (p, v) =>
    `Im Tarif ${v.plan(p.plan)} lassen sich Metadaten nicht ${p.value === 'on' ? 'einschalten' : 'ausschalten'}; die am ${v.date(p.date)} erfasste Einstellung wird ignoriert (nur Enterprise kann Metadaten widersprechen).`,
  PLATFORM_APP_SCOPE_IGNORED: (p, v) =>
    `Der ${list(p.mode)}eintrag für die Plattform-App „${v.app(p.app)}“ (${v.date(p.date)}) wird ignoriert: Plattform-Apps folgen immer der Einstellung der Organisation.`,
  APP_WITHOUT_SETTINGS_SCOPE_IGNORED: (p, v) =>
    `Der ${list(p.mode)}eintrag für „${v.app(p.app)}“ (${v.date(p.date)}) wird ignoriert: Diese App hat keine Einstellungen für den Datenbeitrag und trägt nie bei.`,

  'timeline.settings-available': (_, v) => `Einstellungen für den Datenbeitrag für jede Organisation verfügbar (Einführung ab ${v.date(ROLLOUT_BEGAN)}).`,
  'timeline.effective': () => 'Atlassian beginnt, beigetragene Daten zur Verbesserung seiner Apps für alle Kunden zu nutzen.',
  'timeline.plan-changed': (p, v) => `Höchster aktiver Tarif: ${v.plan(p.from)} → ${v.plan(p.to)}${planCause(p, v)}.`,
  'timeline.trial-ended': (p, v) =>
    `${trial(p.migration)} für ${v.app(p.product)} ${v.plan(p.plan)} beendet${p.then === 'none' ? '; die App hat die Organisation verlassen' : `; jetzt ${v.plan(p.then)}`}.`,
  'timeline.review-window-ends': (p, v) =>
    p.closedEarly === 1
      ? `Der Prüfzeitraum nach dem Ende der Testphase am ${v.date(p.trialEndedOn)} endete vorzeitig: Ab diesem Datum gilt ein späterer Wechsel des höchsten Tarifs.`
      : `Ende des ${REVIEW_WINDOW_DAYS}-tägigen Prüfzeitraums nach dem Ende der Testphase am ${v.date(p.trialEndedOn)}: Ab hier gelten die Einstellungen des neuen Tarifs.`,
  'timeline.setting-changed:exclusion': (p, v) => `Ausschluss ${p.active === 1 ? 'erfasst' : 'beendet'}: ${v.exclusion(p.reason)}.`,
  'timeline.setting-changed:setting': (p) => `${setting(p.setting)} von einem Organisationsadministrator ${onWord(p.value === 'on')}.`,
  'timeline.setting-changed:scope': (p, v) =>
    p.mode === 'default'
      ? `In-App-Daten: ${target(p.kind, p.key, v)} folgt wieder der Einstellung der Organisation.`
      : `In-App-Daten: ${target(p.kind, p.key, v)} ${p.mode === 'include' ? 'eingeschlossen' : 'ausgeschlossen'}.`,
  'timeline.collection-stopped:metadata': stopped('Metadaten'),
  'timeline.collection-stopped:in-app': stopped('In-App-Daten'),
  'timeline.collection-stopped:app-removed': (p, v) => `${v.app(p.app)} entfernt: Erfassung daraus gestoppt.`,
  'timeline.collection-stopped:target': (p, v) =>
    `${target(p.kind, p.key, v)}${p.others > 0 ? ` und ${v.number(p.others)} weitere` : ''}: Erfassung von In-App-Daten gestoppt.`,
  'timeline.collection-stopped:app-excluded': (p, v) => `${v.app(p.app)}: Erfassung von In-App-Daten gestoppt (App ausgeschlossen).`,
  'timeline.in-app-removal-deadline': (p, v) =>
    `In-App-Daten aus dem Stopp am ${v.date(p.stop)} bis zu diesem Datum aus den Datensätzen entfernt (${IN_APP_REMOVAL_DAYS} Tage).`,
  'timeline.model-retrain-deadline': (p, v) =>
    `Mit Daten von vor dem Stopp am ${v.date(p.stop)} trainierte Modelle bis zu diesem Datum neu trainiert (${MODEL_RETRAIN_DAYS} Tage).`,
  'timeline.retention-ends': (p, v) =>
    p.lastContribution !== undefined
      ? `Bis zu ${v.number(p.years)} Jahre nach dem letzten Beitrag am ${v.date(p.lastContribution)}: das späteste Datum, bis zu dem beigetragene Daten aufbewahrt werden dürfen.`
      : `Bis zu ${v.number(p.years)} Jahre nach dem ersten Beitrag am ${v.date(p.firstContribution)}: Bis zu diesem Datum dürfen die an jenem Tag beigetragenen Daten aufbewahrt werden; später beigetragene Daten werden bis zu ${v.number(p.years)} Jahre ab ihrem eigenen Datum aufbewahrt${p.ongoing === 1 ? ', daher verschiebt sich diese Grenze, solange der Beitrag andauert' : ''}.`,

  'alert.PROFILE_EMPTY': () => 'Es sind noch keine Tarife oder Einstellungen erfasst, der Status beruht daher nur auf Standardwerten.',
  'alert.DEADLINE_SOON': (p, v) =>
    `${wordFor(DEADLINE, p.deadline) ?? DEADLINE.effective} ${v.date(p.on)} (in ${v.number(p.days)} ${plural(p.days, 'Tag', 'Tagen')}).`,
  'alert.REVIEW_WINDOW_OPEN': (p, v) =>
    `Ein Tarifwechsel hat einen Prüfzeitraum bis zum ${v.date(p.on)} eröffnet: Prüfen Sie bis dahin die Einstellungen für den Datenbeitrag in Atlassian Administration.`,
  'alert.ATTESTATION_MISSING': () => 'Noch kein Administrator hat bestätigt, dass das erfasste Profil mit Atlassian Administration übereinstimmt.',
  'alert.ATTESTATION_STALE': (p, v) =>
    `Das Profil wurde zuletzt vor ${v.number(p.days)} Tagen bestätigt (${v.date(p.on)}); bestätigen Sie es mindestens alle ${v.number(p.maxDays)} Tage erneut.`,
  'alert.LICENSE_MISMATCH': (p, v) =>
    `Jira meldet eine ${p.license === 'paid' ? 'kostenpflichtige' : 'Free-'}Lizenz, der erfasste Jira-Tarif ist aber ${v.plan(p.plan)}. Prüfen Sie Atlassian Administration › Apps und erfassen Sie den richtigen Tarif.`,
  'alert.APP_ACCESS_BLOCKED': (p, v) =>
    `Regeln für den App-Zugriff sperren Contribution Lens für einige Inhalte in ${v.app(p.product)}; Hinweise erscheinen dort nicht.`,
  'alert.APP_ACCESS_UNCHECKED': (p, v) =>
    `Es ließ sich nicht prüfen, ob Regeln für den App-Zugriff Contribution Lens für Inhalte in ${v.app(p.product)} sperren (${p.reason}); Hinweise können dort fehlen. Die tägliche Prüfung versucht es erneut.`,

  'difference.excluded': (p) =>
    p.excluded === 1 ? 'Die Organisation wird vom Datenbeitrag ausgeschlossen.' : 'Die Organisation ist nicht mehr ausgeschlossen.',
  'difference.highest-plan': (p, v) => `Höchster aktiver Tarif: ${v.plan(p.from)} → ${v.plan(p.to)}.`,
  'difference.metadata': (p) => `Metadaten: ${status(p.from)} → ${status(p.to)}.`,
  'difference.in-app': (p) => `In-App-Daten: ${status(p.from)} → ${status(p.to)}.`,
  'difference.app-joined': (p, v) => `${v.app(p.app)}: gehört jetzt zur Organisation.`,
  'difference.app-in-app': (p, v) => `In-App-Daten von ${v.app(p.app)}: ${status(p.from)} → ${status(p.to)}.`,
  'difference.entries': (p, v) => `Wirksame Ein- und Ausschlusseinträge: ${v.number(p.from)} → ${v.number(p.to)}.`,
  'difference.deadline': (p, v) => `${DEADLINE_NAME[p.deadline]}: ${p.from ? v.date(p.from) : 'keine'} → ${p.to ? v.date(p.to) : 'keine'}.`,
};
