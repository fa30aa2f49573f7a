/**
 * Says the server's explanations in the reader's language. The policy engine
 * and the backend send English `text` plus a stable `code` and the varying
 * values in `params`; this catalogue words each code in English and German.
 * A code it does not know (a newer server) or a reason without the params its
 * template needs (an older stored evaluation) falls back to the server's
 * English text, marked `lang: 'en'` so screen readers pronounce it right.
 */
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS, REVIEW_WINDOW_DAYS, ROLLOUT_BEGAN } from '../../../src/policy/constants';
import type { ExclusionReason, Plan } from '../../../src/policy/profile';
import type { ReasonParams, TimelineEntry } from '../../../src/policy/types';
import { formatDate, formatNumber } from './format';
import type { Language } from './language';

/** Labels the page already has in its own catalogue (plans, apps, exclusion offerings). */
export interface ServerTextLabels {
  plans: Record<Plan, string>;
  apps: Record<string, string>;
  exclusions: Record<ExclusionReason, string>;
}

/** Helpers a template uses to word one value. */
export interface Vocabulary {
  date(value: unknown): string;
  number(value: unknown): string;
  /** A plan id, or the word for "none" when empty/`none`. */
  plan(value: unknown): string;
  app(value: unknown): string;
  /** A comma-separated list of app ids. */
  apps(value: unknown): string;
  /** A comma-separated list of dates. */
  dates(value: unknown): string;
  exclusion(value: unknown): string;
}

type Params = ReasonParams;
type Words = (p: Params, v: Vocabulary) => string;

interface Template {
  /** Params the wording needs; without them the server's English is shown. */
  needs: readonly string[];
  en: Words;
  de: Words;
}

const t = (needs: readonly string[], en: Words, de: Words): Template => ({ needs, en, de });
const s = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const flag = (value: unknown): boolean => value === 1 || value === '1';
const plural = (n: unknown, one: string, many: string): string => (Number(n) === 1 ? one : many);

const SETTING = {
  en: (id: unknown) => (id === 'metadata' ? 'metadata' : 'in-app data'),
  de: (id: unknown) => (id === 'metadata' ? 'Metadaten' : 'In-App-Daten'),
};
const ON_OFF = { en: (v: unknown) => (v === 'on' ? 'on' : 'off'), de: (v: unknown) => (v === 'on' ? 'ein' : 'aus') };
const LIST = { en: (v: unknown) => (v === 'include' ? 'include' : 'exclude'), de: (v: unknown) => (v === 'include' ? 'Einschluss' : 'Ausschluss') };
const trialWord = { en: (m: unknown) => (flag(m) ? 'Cloud Migration Trial' : 'trial'), de: (m: unknown) => (flag(m) ? 'Cloud-Migrationstestphase' : 'Testphase') };

/** Why the highest plan changed (`cause` with its product and plan), in brackets; nothing for older stored entries. */
const planCause = {
  en: (p: Params, v: Vocabulary): string => {
    switch (p.cause) {
      case 'plan':
        return ` (${v.app(p.product)} on ${v.plan(p.plan)})`;
      case 'trial-started':
        return ` (${v.app(p.product)} ${v.plan(p.plan)} ${trialWord.en(p.migration)} started)`;
      case 'trial-ended':
        return ` (${v.app(p.product)} ${v.plan(p.plan)} ${trialWord.en(p.migration)} ended)`;
      case 'removed':
        return ` (${v.app(p.product)} removed)`;
      case 'terminated':
        return ' (all cloud subscriptions ended)';
      default:
        return '';
    }
  },
  de: (p: Params, v: Vocabulary): string => {
    switch (p.cause) {
      case 'plan':
        return ` (${v.app(p.product)} auf ${v.plan(p.plan)})`;
      case 'trial-started':
        return ` (${trialWord.de(p.migration)} für ${v.app(p.product)} ${v.plan(p.plan)} begonnen)`;
      case 'trial-ended':
        return ` (${trialWord.de(p.migration)} für ${v.app(p.product)} ${v.plan(p.plan)} beendet)`;
      case 'removed':
        return ` (${v.app(p.product)} entfernt)`;
      case 'terminated':
        return ' (alle Cloud-Abonnements beendet)';
      default:
        return '';
    }
  },
};

/** Exclusion reasons: one wording for every `EXCLUDED_*` code, the offering comes from `reason`. */
const excluded = t(
  ['reason'],
  (p, v) => `Excluded as an organization with ${v.exclusion(p.reason)}: none of its metadata or in-app data is used, and contribution cannot be turned on (R32).`,
  (p, v) => `Ausgeschlossen als Organisation mit ${v.exclusion(p.reason)}: Weder Metadaten noch In-App-Daten werden verwendet, und der Beitrag lässt sich nicht einschalten (R32).`,
);

const followsOrg = (on: boolean): Template =>
  t(
    [],
    () => `In-app data is ${on ? 'on' : 'off'} for the organization and this space follows that setting.`,
    () => `In-App-Daten sind für die Organisation ${on ? 'eingeschaltet' : 'ausgeschaltet'}, und dieser Bereich folgt dieser Einstellung.`,
  );

const spaceListed = (on: boolean): Template =>
  t(
    ['space'],
    (p) => `In-app data is ${on ? 'on' : 'off'} for the organization, and an org admin ${on ? 'excluded' : 'included'} this space (${s(p.space)}).`,
    (p) => `In-App-Daten sind für die Organisation ${on ? 'eingeschaltet' : 'ausgeschaltet'}, und ein Organisationsadministrator hat diesen Bereich (${s(p.space)}) ${on ? 'ausgeschlossen' : 'eingeschlossen'}.`,
  );

const appListed = (on: boolean): Template =>
  t(
    ['app'],
    (p, v) => `In-app data is ${on ? 'on' : 'off'} for the organization, and an org admin ${on ? 'excluded' : 'included'} ${v.app(p.app)} as a whole.`,
    (p, v) => `In-App-Daten sind für die Organisation ${on ? 'eingeschaltet' : 'ausgeschaltet'}, und ein Organisationsadministrator hat ${v.app(p.app)} als Ganzes ${on ? 'ausgeschlossen' : 'eingeschlossen'}.`,
  );

const settingIgnored = (en: string, de: string): Template =>
  t(
    ['setting', 'date'],
    (p, v) => `The ${SETTING.en(p.setting)} setting recorded on ${v.date(p.date)} is ignored: ${en}`,
    (p, v) => `Die am ${v.date(p.date)} erfasste Einstellung für ${SETTING.de(p.setting)} wird ignoriert: ${de}`,
  );

/** Engine reasons and notes by code. */
export const REASON_TEMPLATES: Readonly<Record<string, Template>> = {
  BEFORE_EFFECTIVE_DATE: t(
    [],
    (_, v) => `Until ${v.date(EFFECTIVE_DATE)} data is used only to improve this organization's own experience; the projected status is what applies on ${v.date(EFFECTIVE_DATE)} if nothing changes (R37).`,
    (_, v) => `Bis zum ${v.date(EFFECTIVE_DATE)} werden Daten nur genutzt, um die eigene Erfahrung dieser Organisation zu verbessern; der erwartete Status gilt ab dem ${v.date(EFFECTIVE_DATE)}, wenn sich nichts ändert (R37).`,
  ),
  HIGHEST_PLAN: t(
    ['plan', 'products'],
    (p, v) =>
      `The highest active plan is ${v.plan(p.plan)}, from ${v.apps(p.products)}${p.trialsUntil ? ` (trial until ${v.dates(p.trialsUntil)})` : ''}. It decides the defaults for the whole organization.`,
    (p, v) =>
      `Der höchste aktive Tarif ist ${v.plan(p.plan)}, von ${v.apps(p.products)}${p.trialsUntil ? ` (Testphase bis ${v.dates(p.trialsUntil)})` : ''}. Er bestimmt die Standardwerte für die ganze Organisation.`,
  ),
  REVIEW_WINDOW_OPEN: t(
    ['trialEndedOn', 'endsOn'],
    (p, v) =>
      `A trial ended on ${v.date(p.trialEndedOn)} and changed the highest plan; until ${v.date(p.endsOn)} the settings of the ${p.plan ? v.plan(p.plan) : 'previous'} plan keep applying${p.newPlan ? `, while what may be changed already follows the new ${v.plan(p.newPlan)} plan` : ''} (${REVIEW_WINDOW_DAYS}-day review window, R34; how it applies is our reading).`,
    (p, v) =>
      `Eine Testphase endete am ${v.date(p.trialEndedOn)} und hat den höchsten Tarif geändert; bis zum ${v.date(p.endsOn)} gelten weiter die Einstellungen des ${p.plan ? `Tarifs ${v.plan(p.plan)}` : 'vorherigen Tarifs'}${p.newPlan ? `, während sich schon nach dem neuen Tarif ${v.plan(p.newPlan)} richtet, was geändert werden darf` : ''} (${REVIEW_WINDOW_DAYS}-tägiger Prüfzeitraum, R34; wie er gilt, ist unsere Auslegung).`,
  ),
  TERMINATED_BEFORE_EFFECTIVE: t(
    ['date'],
    (p, v) => `The organization ended its cloud subscriptions on ${v.date(p.date)}, before ${v.date(EFFECTIVE_DATE)}: it is not affected.`,
    (p, v) => `Die Organisation hat ihre Cloud-Abonnements am ${v.date(p.date)} beendet, vor dem ${v.date(EFFECTIVE_DATE)}: Sie ist nicht betroffen.`,
  ),
  ORGANIZATION_TERMINATED: t(
    ['date'],
    (p, v) => `The organization ended its cloud subscriptions on ${v.date(p.date)}; Atlassian stops collecting its data.`,
    (p, v) => `Die Organisation hat ihre Cloud-Abonnements am ${v.date(p.date)} beendet; Atlassian erfasst ihre Daten nicht mehr.`,
  ),
  NO_PRODUCT_WITH_SETTINGS: t(
    [],
    () => 'The organization has no active Jira, Confluence or Jira Service Management plan, so it has no data contribution settings and contributes nothing (R24).',
    () => 'Die Organisation hat keinen aktiven Tarif für Jira, Confluence oder Jira Service Management, daher keine Einstellungen für den Datenbeitrag, und trägt nichts bei (R24).',
  ),
  EXCLUDED_GOVERNMENT_CLOUD: excluded,
  EXCLUDED_ISOLATED_CLOUD: excluded,
  EXCLUDED_CUSTOMER_MANAGED_KEYS: excluded,
  EXCLUDED_HIPAA: excluded,
  EXCLUDED_FINANCIAL_SERVICES: excluded,
  EXCLUDED_GOVERNMENT_ENTITY: excluded,
  METADATA_ALWAYS_ON: t(
    ['plan'],
    (p, v) => `On the ${v.plan(p.plan)} plan metadata is always contributed and cannot be turned off; only Enterprise can opt out.`,
    (p, v) => `Im Tarif ${v.plan(p.plan)} werden Metadaten immer beigetragen und lassen sich nicht ausschalten; nur Enterprise kann widersprechen.`,
  ),
  METADATA_TURNED_OFF: t(
    [],
    () => 'An org admin turned metadata contribution off, which Enterprise allows.',
    () => 'Ein Organisationsadministrator hat den Beitrag von Metadaten ausgeschaltet, was Enterprise erlaubt.',
  ),
  METADATA_TURNED_ON: t(
    [],
    () => 'An org admin confirmed metadata contribution on (Enterprise can turn it off).',
    () => 'Ein Organisationsadministrator hat den Beitrag von Metadaten als eingeschaltet bestätigt (Enterprise kann ihn ausschalten).',
  ),
  METADATA_DEFAULT_ON_ENTERPRISE: t(
    [],
    () => 'On Enterprise metadata is contributed by default; an org admin can turn it off.',
    () => 'In Enterprise werden Metadaten standardmäßig beigetragen; ein Organisationsadministrator kann das ausschalten.',
  ),
  IN_APP_TURNED_OFF: t([], () => 'An org admin turned in-app data contribution off.', () => 'Ein Organisationsadministrator hat den Beitrag von In-App-Daten ausgeschaltet.'),
  IN_APP_TURNED_ON: t([], () => 'An org admin turned in-app data contribution on.', () => 'Ein Organisationsadministrator hat den Beitrag von In-App-Daten eingeschaltet.'),
  IN_APP_DEFAULT_ON: t(
    ['plan'],
    (p, v) => `On the ${v.plan(p.plan)} plan in-app data is contributed by default; an org admin can turn it off.`,
    (p, v) => `Im Tarif ${v.plan(p.plan)} werden In-App-Daten standardmäßig beigetragen; ein Organisationsadministrator kann das ausschalten.`,
  ),
  IN_APP_DEFAULT_OFF: t(
    ['plan'],
    (p, v) => `On the ${v.plan(p.plan)} plan in-app data is not contributed by default; an org admin can turn it on.`,
    (p, v) => `Im Tarif ${v.plan(p.plan)} werden In-App-Daten standardmäßig nicht beigetragen; ein Organisationsadministrator kann das einschalten.`,
  ),
  IN_APP_EXCLUSIONS: t(
    ['count'],
    (p, v) => `${v.number(p.count)} ${plural(p.count, 'space, app or connector is', 'spaces, apps or connectors are')} excluded; platform apps and site-wide content follow the organization setting (R18).`,
    (p, v) => `${v.number(p.count)} ${plural(p.count, 'Bereich, App oder Connector ist', 'Bereiche, Apps oder Connectors sind')} ausgeschlossen; Plattform-Apps und websiteweite Inhalte folgen der Einstellung der Organisation (R18).`,
  ),
  IN_APP_INCLUSIONS: t(
    ['count'],
    (p, v) => `${v.number(p.count)} ${plural(p.count, 'space, app or connector is', 'spaces, apps or connectors are')} included; platform apps and site-wide content follow the organization setting (R18).`,
    (p, v) => `${v.number(p.count)} ${plural(p.count, 'Bereich, App oder Connector ist', 'Bereiche, Apps oder Connectors sind')} eingeschlossen; Plattform-Apps und websiteweite Inhalte folgen der Einstellung der Organisation (R18).`,
  ),
  SPACE_APP_NOT_CONTRIBUTING: t(
    ['app'],
    (p, v) => `${v.app(p.app)} is not an active app with data contribution settings in this organization, so nothing from this space is contributed.`,
    (p, v) => `${v.app(p.app)} ist in dieser Organisation keine aktive App mit Einstellungen für den Datenbeitrag, daher wird aus diesem Bereich nichts beigetragen.`,
  ),
  SPACE_EXCLUDED: spaceListed(true),
  SPACE_INCLUDED: spaceListed(false),
  SPACE_ALSO_JIRA: t(
    [],
    () => 'Contribution Lens treats Jira spaces (formerly projects) like Confluence spaces in these lists.',
    () => 'Contribution Lens behandelt Jira-Bereiche (früher Projekte) in diesen Listen wie Confluence-Bereiche.',
  ),
  APP_EXCLUDED: appListed(true),
  APP_INCLUDED: appListed(false),
  SPACE_ENTRY_DORMANT: t(
    ['mode'],
    (p) => `This space is on the ${LIST.en(p.mode)} list, which only takes effect while in-app data is ${p.mode === 'include' ? 'off' : 'on'}.`,
    (p) => `Dieser Bereich steht auf der ${LIST.de(p.mode)}liste, die nur wirkt, solange In-App-Daten ${p.mode === 'include' ? 'ausgeschaltet' : 'eingeschaltet'} sind.`,
  ),
  SPACE_FOLLOWS_ORG_ON: followsOrg(true),
  SPACE_FOLLOWS_ORG_OFF: followsOrg(false),
  SPACE_REMOVAL_DEADLINE: t(
    ['date', 'removalBy', 'retrainBy'],
    (p, v) => `Collection from this space stopped on ${v.date(p.date)}; in-app data should be removed by ${v.date(p.removalBy)} and models retrained by ${v.date(p.retrainBy)}.`,
    (p, v) => `Die Erfassung aus diesem Bereich endete am ${v.date(p.date)}; In-App-Daten sollten bis zum ${v.date(p.removalBy)} entfernt und Modelle bis zum ${v.date(p.retrainBy)} neu trainiert sein.`,
  ),
  ADMIN_UI_AUTHORITATIVE: t(
    [],
    () => 'Some organizations, including some with compliance requirements, see different defaults: Atlassian Administration › Security › Data contribution is authoritative. Attest regularly that this profile matches it.',
    () => 'Manche Organisationen, auch solche mit Compliance-Anforderungen, sehen andere Standardwerte: Maßgeblich ist Atlassian Administration › Sicherheit › Datenbeitrag. Bestätigen Sie regelmäßig, dass dieses Profil damit übereinstimmt.',
  ),
  ENTERPRISE_DEFAULT_DISPUTED: t(
    [],
    () => 'Press reports say Enterprise has metadata off by default; Atlassian’s own table says on, which Contribution Lens follows. Check Atlassian Administration.',
    () => 'Laut Presseberichten sind Metadaten in Enterprise standardmäßig ausgeschaltet; Atlassians eigene Tabelle sagt eingeschaltet, und Contribution Lens folgt ihr. Prüfen Sie Atlassian Administration.',
  ),
  PLAN_WITHOUT_SETTINGS_NOT_COUNTED: t(
    ['product', 'plan'],
    (p, v) => `${v.app(p.product)} is on ${v.plan(p.plan)}, but apps without data contribution settings are not counted toward the highest plan (our reading; Atlassian has not said).`,
    (p, v) => `${v.app(p.product)} hat den Tarif ${v.plan(p.plan)}, aber Apps ohne Einstellungen für den Datenbeitrag zählen nicht für den höchsten Tarif (unsere Auslegung; Atlassian hat sich nicht geäußert).`,
  ),
  SECTOR_FINANCIAL_MAY_BE_EXCLUDED: t(
    [],
    () => 'Certain financial services customers are excluded, but Atlassian does not publish which: check Atlassian Administration and record the exclusion if it shows contribution off and locked.',
    () => 'Bestimmte Finanzdienstleister sind ausgeschlossen, aber Atlassian veröffentlicht nicht, welche: Prüfen Sie Atlassian Administration und erfassen Sie den Ausschluss, wenn der Beitrag dort ausgeschaltet und gesperrt ist.',
  ),
  SECTOR_EDUCATION_INCLUDED: t(
    [],
    () => 'Educational institutions, including government-run ones, are included and follow their highest active plan.',
    () => 'Bildungseinrichtungen, auch staatliche, sind eingeschlossen und folgen ihrem höchsten aktiven Tarif.',
  ),
  SECTOR_GOVERNMENT_EXCLUDED: t(
    [],
    () => 'The organization is declared a government entity, which Atlassian excludes; contact Atlassian Support to confirm.',
    () => 'Die Organisation ist als Behörde erfasst, die Atlassian ausschließt; lassen Sie es sich vom Atlassian Support bestätigen.',
  ),
  SECTOR_GOVERNMENT_EXCLUSION_LIFTED: t(
    ['date'],
    (p, v) =>
      `The organization is declared a government entity, but the government-entity exclusion was recorded as not active on ${v.date(p.date)}; Contribution Lens follows that recorded fact, the more specific one (our reading). Contact Atlassian Support to confirm.`,
    (p, v) =>
      `Die Organisation ist als Behörde erfasst, aber der Ausschluss als Behörde wurde am ${v.date(p.date)} als nicht aktiv erfasst; Contribution Lens folgt dieser erfassten, genaueren Angabe (unsere Auslegung). Lassen Sie es sich vom Atlassian Support bestätigen.`,
  ),
  CMEK_WITHOUT_ENTERPRISE: t(
    ['plan'],
    (p, v) => `Customer-managed keys are only offered with Enterprise, but the declared highest plan is ${v.plan(p.plan)}: check the declared plans.`,
    (p, v) => `Kundenverwaltete Schlüssel gibt es nur mit Enterprise, der erfasste höchste Tarif ist aber ${v.plan(p.plan)}: Prüfen Sie die erfassten Tarife.`,
  ),
  SCOPE_ENTRIES_DORMANT: t(
    ['count', 'mode'],
    (p, v) =>
      `${v.number(p.count)} ${LIST.en(p.mode)} ${plural(p.count, 'entry takes', 'entries take')} no effect while in-app data is ${p.mode === 'include' ? 'on' : 'off'}; Atlassian offers ${p.mode === 'include' ? 'exclusions' : 'inclusions'} in this mode.`,
    (p, v) =>
      `${v.number(p.count)} ${LIST.de(p.mode)}${plural(p.count, 'eintrag wirkt', 'einträge wirken')} nicht, solange In-App-Daten ${p.mode === 'include' ? 'eingeschaltet' : 'ausgeschaltet'} sind; Atlassian bietet in diesem Modus ${p.mode === 'include' ? 'Ausschlüsse' : 'Einschlüsse'} an.`,
  ),
  METADATA_REMOVAL_UNKNOWN: t(
    [],
    () => 'No Atlassian text gives a removal deadline for metadata after an opt-out; one report says 90 days for content attributes.',
    () => 'Kein Atlassian-Text nennt eine Löschfrist für Metadaten nach einem Widerspruch; ein Bericht nennt 90 Tage für Inhaltsattribute.',
  ),
  TRIAL_ENDS: t(
    ['product', 'plan', 'endsOn'],
    (p, v) => `${v.app(p.product)} is on a ${v.plan(p.plan)} ${trialWord.en(p.migration)} until ${v.date(p.endsOn)}; if the highest plan changes then, there are ${REVIEW_WINDOW_DAYS} days to review the settings.`,
    (p, v) => `${v.app(p.product)} ist bis zum ${v.date(p.endsOn)} in einer ${trialWord.de(p.migration)} für ${v.plan(p.plan)}; ändert sich dann der höchste Tarif, bleiben ${REVIEW_WINDOW_DAYS} Tage, um die Einstellungen zu prüfen.`,
  ),
  CHOICE_DROPPED_ON_PLAN_CHANGE: t(
    ['date', 'plan', 'value'],
    (p, v) =>
      flag(p.future)
        ? `On ${v.date(p.date)} the plan that governs the settings will become ${v.plan(p.plan)}, which cannot change metadata; the earlier metadata choice "${ON_OFF.en(p.value)}" will then no longer apply.`
        : `On ${v.date(p.date)} the plan that governs the settings became ${v.plan(p.plan)}, which cannot change metadata; the earlier metadata choice "${ON_OFF.en(p.value)}" no longer applies.`,
    (p, v) =>
      flag(p.future)
        ? `Am ${v.date(p.date)} wird ${v.plan(p.plan)} zum Tarif, der die Einstellungen bestimmt, und dort lassen sich Metadaten nicht ändern; die frühere Metadaten-Wahl „${ON_OFF.de(p.value)}“ gilt dann nicht mehr.`
        : `Am ${v.date(p.date)} wurde ${v.plan(p.plan)} zum Tarif, der die Einstellungen bestimmt, und dort lassen sich Metadaten nicht ändern; die frühere Metadaten-Wahl „${ON_OFF.de(p.value)}“ gilt nicht mehr.`,
  ),
  CONFLICTING_SETTINGS_SAME_DAY: t(
    ['setting', 'date'],
    (p, v) => `Both "on" and "off" were recorded for ${SETTING.en(p.setting)} on ${v.date(p.date)}; Contribution Lens assumes "on", the reading that never understates contribution. Record the final value again to settle it.`,
    (p, v) => `Für ${SETTING.de(p.setting)} wurden am ${v.date(p.date)} sowohl „ein“ als auch „aus“ erfasst; Contribution Lens nimmt „ein“ an, die Lesart, die den Beitrag nie unterschätzt. Erfassen Sie den endgültigen Wert erneut.`,
  ),
  SETTING_BEFORE_ROLLOUT: t(
    ['setting', 'date'],
    (p, v) => `The ${SETTING.en(p.setting)} setting recorded on ${v.date(p.date)} is ignored: the settings did not exist before ${v.date(p.rolloutBegan ?? ROLLOUT_BEGAN)}.`,
    (p, v) => `Die am ${v.date(p.date)} erfasste Einstellung für ${SETTING.de(p.setting)} wird ignoriert: Vor dem ${v.date(p.rolloutBegan ?? ROLLOUT_BEGAN)} gab es die Einstellungen noch nicht.`,
  ),
  SETTING_IGNORED_EXCLUDED: settingIgnored(
    'an excluded organization cannot turn contribution on or change its settings.',
    'Eine ausgeschlossene Organisation kann den Beitrag weder einschalten noch ihre Einstellungen ändern.',
  ),
  SETTING_KEPT_WHILE_EXCLUDED: t(
    ['setting', 'date'],
    (p, v) => `The ${SETTING.en(p.setting)} opt-out recorded on ${v.date(p.date)}, while the organization was excluded, is kept: it applies if the exclusion ends (our reading).`,
    (p, v) => `Der am ${v.date(p.date)} erfasste Widerspruch für ${SETTING.de(p.setting)}, während die Organisation ausgeschlossen war, bleibt bestehen: Er gilt, falls der Ausschluss endet (unsere Auslegung).`,
  ),
  SETTING_APPLIES_AFTER_WINDOW: t(
    ['setting', 'value', 'date', 'plan', 'endsOn'],
    (p, v) =>
      `The ${SETTING.en(p.setting)} setting "${ON_OFF.en(p.value)}" recorded on ${v.date(p.date)} is kept: the new ${v.plan(p.plan)} plan allows it, and it ${flag(p.future) ? 'will apply from' : 'has applied since'} ${v.date(p.endsOn)}, the end of the review window (our reading).`,
    (p, v) =>
      `Die am ${v.date(p.date)} erfasste Einstellung „${ON_OFF.de(p.value)}“ für ${SETTING.de(p.setting)} bleibt bestehen: Der neue Tarif ${v.plan(p.plan)} erlaubt sie, und sie ${flag(p.future) ? 'gilt ab dem' : 'gilt seit dem'} ${v.date(p.endsOn)}, dem Ende des Prüfzeitraums (unsere Auslegung).`,
  ),
  SETTING_IGNORED_NO_PLAN: settingIgnored(
    'the organization had no Jira, Confluence or Jira Service Management plan then.',
    'Die Organisation hatte damals keinen Tarif für Jira, Confluence oder Jira Service Management.',
  ),
  SETTING_IGNORED_LOCKED: t(
    ['value', 'plan', 'date'],
    (p, v) => `Metadata cannot be turned ${ON_OFF.en(p.value)} on the ${v.plan(p.plan)} plan; the setting recorded on ${v.date(p.date)} is ignored (only Enterprise can opt out of metadata).`,
    (p, v) => `Im Tarif ${v.plan(p.plan)} lassen sich Metadaten nicht ${p.value === 'on' ? 'einschalten' : 'ausschalten'}; die am ${v.date(p.date)} erfasste Einstellung wird ignoriert (nur Enterprise kann Metadaten widersprechen).`,
  ),
  PLATFORM_APP_SCOPE_IGNORED: t(
    ['mode', 'app', 'date'],
    (p, v) => `The ${LIST.en(p.mode)} entry for the platform app "${v.app(p.app)}" (${v.date(p.date)}) is ignored: platform apps always follow the organization-level setting.`,
    (p, v) => `Der ${LIST.de(p.mode)}eintrag für die Plattform-App „${v.app(p.app)}“ (${v.date(p.date)}) wird ignoriert: Plattform-Apps folgen immer der Einstellung der Organisation.`,
  ),
  APP_WITHOUT_SETTINGS_SCOPE_IGNORED: t(
    ['mode', 'app', 'date'],
    (p, v) => `The ${LIST.en(p.mode)} entry for "${v.app(p.app)}" (${v.date(p.date)}) is ignored: that app has no data contribution settings and never contributes.`,
    (p, v) => `Der ${LIST.de(p.mode)}eintrag für „${v.app(p.app)}“ (${v.date(p.date)}) wird ignoriert: Diese App hat keine Einstellungen für den Datenbeitrag und trägt nie bei.`,
  ),
};

const stopped = (en: string, de: string): Template =>
  t(
    ['terminated'],
    (p) => `${flag(p.terminated) ? 'Organization terminated: ' : ''}${en} collection stopped.`,
    (p) => `${flag(p.terminated) ? 'Organisation beendet: ' : ''}Erfassung von ${de} gestoppt.`,
  );

/** Timeline entries by `kind`, or `kind:code` where the kind has codes. */
export const TIMELINE_TEMPLATES: Readonly<Record<string, Template>> = {
  'settings-available': t(
    [],
    (_, v) => `Data contribution settings available to every organization (rollout began ${v.date(ROLLOUT_BEGAN)}).`,
    (_, v) => `Einstellungen für den Datenbeitrag für jede Organisation verfügbar (Einführung ab ${v.date(ROLLOUT_BEGAN)}).`,
  ),
  effective: t(
    [],
    () => 'Atlassian starts using contributed data to improve its apps for all customers.',
    () => 'Atlassian beginnt, beigetragene Daten zur Verbesserung seiner Apps für alle Kunden zu nutzen.',
  ),
  'plan-changed': t(
    ['from', 'to'],
    (p, v) => `Highest active plan: ${v.plan(p.from)} → ${v.plan(p.to)}${planCause.en(p, v)}.`,
    (p, v) => `Höchster aktiver Tarif: ${v.plan(p.from)} → ${v.plan(p.to)}${planCause.de(p, v)}.`,
  ),
  'trial-ended': t(
    ['product', 'plan', 'then'],
    (p, v) => `${v.app(p.product)} ${v.plan(p.plan)} ${trialWord.en(p.migration)} ended${p.then === 'none' ? '; the app left the organization' : `; now ${v.plan(p.then)}`}.`,
    (p, v) => `${trialWord.de(p.migration)} für ${v.app(p.product)} ${v.plan(p.plan)} beendet${p.then === 'none' ? '; die App hat die Organisation verlassen' : `; jetzt ${v.plan(p.then)}`}.`,
  ),
  'review-window-ends': t(
    ['trialEndedOn'],
    (p, v) =>
      flag(p.closedEarly)
        ? `The review window after the trial ended on ${v.date(p.trialEndedOn)} closed early: a later change of the highest plan applies from this date.`
        : `End of the ${REVIEW_WINDOW_DAYS}-day review window after the trial ended on ${v.date(p.trialEndedOn)}: the new plan's settings apply from here.`,
    (p, v) =>
      flag(p.closedEarly)
        ? `Der Prüfzeitraum nach dem Ende der Testphase am ${v.date(p.trialEndedOn)} endete vorzeitig: Ab diesem Datum gilt ein späterer Wechsel des höchsten Tarifs.`
        : `Ende des ${REVIEW_WINDOW_DAYS}-tägigen Prüfzeitraums nach dem Ende der Testphase am ${v.date(p.trialEndedOn)}: Ab hier gelten die Einstellungen des neuen Tarifs.`,
  ),
  'setting-changed:exclusion': t(
    ['reason', 'active'],
    (p, v) => `Exclusion ${flag(p.active) ? 'recorded' : 'ended'}: ${v.exclusion(p.reason)}.`,
    (p, v) => `Ausschluss ${flag(p.active) ? 'erfasst' : 'beendet'}: ${v.exclusion(p.reason)}.`,
  ),
  'setting-changed:setting': t(
    ['setting', 'value'],
    (p) => `${p.setting === 'metadata' ? 'Metadata' : 'In-app data'} turned ${ON_OFF.en(p.value)} by an org admin.`,
    (p) => `${SETTING.de(p.setting)} von einem Organisationsadministrator ${p.value === 'on' ? 'eingeschaltet' : 'ausgeschaltet'}.`,
  ),
  'setting-changed:scope': t(
    ['kind', 'key', 'mode'],
    (p, v) => {
      const target = p.kind === 'app' ? v.app(p.key) : `${p.kind === 'connector' ? 'connector' : 'space'} ${s(p.key)}`;
      return p.mode === 'default' ? `In-app data: ${target} back to the organization setting.` : `In-app data: ${target} ${p.mode === 'include' ? 'included' : 'excluded'}.`;
    },
    (p, v) => {
      const target = p.kind === 'app' ? v.app(p.key) : `${p.kind === 'connector' ? 'Connector' : 'Bereich'} ${s(p.key)}`;
      return p.mode === 'default'
        ? `In-App-Daten: ${target} folgt wieder der Einstellung der Organisation.`
        : `In-App-Daten: ${target} ${p.mode === 'include' ? 'eingeschlossen' : 'ausgeschlossen'}.`;
    },
  ),
  'collection-stopped:metadata': stopped('Metadata', 'Metadaten'),
  'collection-stopped:in-app': stopped('In-app data', 'In-App-Daten'),
  'collection-stopped:app-removed': t(
    ['app'],
    (p, v) => `${v.app(p.app)} removed: collection from it stopped.`,
    (p, v) => `${v.app(p.app)} entfernt: Erfassung daraus gestoppt.`,
  ),
  'collection-stopped:target': t(
    ['kind', 'key', 'others'],
    (p, v) => {
      const target = p.kind === 'app' ? v.app(p.key) : `${p.kind === 'connector' ? 'Connector' : 'Space'} ${s(p.key)}`;
      return `${target}${Number(p.others) > 0 ? ` and ${v.number(p.others)} more` : ''}: in-app data collection stopped.`;
    },
    (p, v) => {
      const target = p.kind === 'app' ? v.app(p.key) : `${p.kind === 'connector' ? 'Connector' : 'Bereich'} ${s(p.key)}`;
      return `${target}${Number(p.others) > 0 ? ` und ${v.number(p.others)} weitere` : ''}: Erfassung von In-App-Daten gestoppt.`;
    },
  ),
  // Evaluations stored before issue 12 still carry this code.
  'collection-stopped:app-excluded': t(
    ['app'],
    (p, v) => `${v.app(p.app)}: in-app data collection stopped (app excluded).`,
    (p, v) => `${v.app(p.app)}: Erfassung von In-App-Daten gestoppt (App ausgeschlossen).`,
  ),
  'collection-stopped:space': t([], () => 'This space: in-app data collection stopped.', () => 'Dieser Bereich: Erfassung von In-App-Daten gestoppt.'),
  'in-app-removal-deadline': t(
    ['stop'],
    (p, v) => `In-app data from the stop on ${v.date(p.stop)} removed from datasets by this date (${IN_APP_REMOVAL_DAYS} days).`,
    (p, v) => `In-App-Daten aus dem Stopp am ${v.date(p.stop)} bis zu diesem Datum aus den Datensätzen entfernt (${IN_APP_REMOVAL_DAYS} Tage).`,
  ),
  'model-retrain-deadline': t(
    ['stop'],
    (p, v) => `Models trained on data from before the stop on ${v.date(p.stop)} retrained by this date (${MODEL_RETRAIN_DAYS} days).`,
    (p, v) => `Mit Daten von vor dem Stopp am ${v.date(p.stop)} trainierte Modelle bis zu diesem Datum neu trainiert (${MODEL_RETRAIN_DAYS} Tage).`,
  ),
  // Two shapes: the earliest horizon (`firstContribution`, `ongoing`) and, after contribution stopped, the latest (`lastContribution`).
  'retention-ends': t(
    ['years'],
    (p, v) =>
      p.lastContribution !== undefined
        ? `Up to ${v.number(p.years)} years after the last contribution on ${v.date(p.lastContribution)}: the latest date any contributed data may be kept.`
        : `Up to ${v.number(p.years)} years after the first contribution on ${v.date(p.firstContribution)}: data contributed that day may be kept until this date; data contributed later is kept up to ${v.number(p.years)} years from its own date${flag(p.ongoing) ? ', so the horizon moves on while contribution continues' : ''}.`,
    (p, v) =>
      p.lastContribution !== undefined
        ? `Bis zu ${v.number(p.years)} Jahre nach dem letzten Beitrag am ${v.date(p.lastContribution)}: das späteste Datum, bis zu dem beigetragene Daten aufbewahrt werden dürfen.`
        : `Bis zu ${v.number(p.years)} Jahre nach dem ersten Beitrag am ${v.date(p.firstContribution)}: Bis zu diesem Datum dürfen die an jenem Tag beigetragenen Daten aufbewahrt werden; später beigetragene Daten werden bis zu ${v.number(p.years)} Jahre ab ihrem eigenen Datum aufbewahrt${flag(p.ongoing) ? ', daher verschiebt sich diese Grenze, solange der Beitrag andauert' : ''}.`,
  ),
};

const DEADLINE = {
  en: { 'in-app-removal': 'Contributed in-app data should be removed by', 'models-retrained': 'Models should be retrained without the data by', 'review-window': 'The review window after the plan change ends on', effective: 'Data contribution takes effect on' } as Record<string, string>,
  de: { 'in-app-removal': 'Beigetragene In-App-Daten sollten entfernt sein bis zum', 'models-retrained': 'Modelle sollten ohne die Daten neu trainiert sein bis zum', 'review-window': 'Der Prüfzeitraum nach dem Tarifwechsel endet am', effective: 'Der Datenbeitrag gilt ab dem' } as Record<string, string>,
};

/** Backend alerts by code; the alert's own `on` is passed as the `on` param. */
export const ALERT_TEMPLATES: Readonly<Record<string, Template>> = {
  PROFILE_EMPTY: t(
    [],
    () => 'No plans or settings are declared yet, so the status rests on defaults only.',
    () => 'Es sind noch keine Tarife oder Einstellungen erfasst, der Status beruht daher nur auf Standardwerten.',
  ),
  DEADLINE_SOON: t(
    ['deadline', 'on', 'days'],
    (p, v) => `${DEADLINE.en[s(p.deadline)] ?? DEADLINE.en.effective} ${v.date(p.on)} (in ${v.number(p.days)} ${plural(p.days, 'day', 'days')}).`,
    (p, v) => `${DEADLINE.de[s(p.deadline)] ?? DEADLINE.de.effective} ${v.date(p.on)} (in ${v.number(p.days)} ${plural(p.days, 'Tag', 'Tagen')}).`,
  ),
  REVIEW_WINDOW_OPEN: t(
    ['on'],
    (p, v) => `A plan change opened a review window until ${v.date(p.on)}: review the data contribution settings in Atlassian Administration before then.`,
    (p, v) => `Ein Tarifwechsel hat einen Prüfzeitraum bis zum ${v.date(p.on)} eröffnet: Prüfen Sie bis dahin die Einstellungen für den Datenbeitrag in Atlassian Administration.`,
  ),
  ATTESTATION_MISSING: t(
    [],
    () => 'No admin has yet confirmed that the declared profile matches Atlassian Administration.',
    () => 'Noch kein Administrator hat bestätigt, dass das erfasste Profil mit Atlassian Administration übereinstimmt.',
  ),
  ATTESTATION_STALE: t(
    ['on', 'days', 'maxDays'],
    (p, v) => `The profile was last confirmed ${v.number(p.days)} days ago (${v.date(p.on)}); confirm it again at least every ${v.number(p.maxDays)} days.`,
    (p, v) => `Das Profil wurde zuletzt vor ${v.number(p.days)} Tagen bestätigt (${v.date(p.on)}); bestätigen Sie es mindestens alle ${v.number(p.maxDays)} Tage erneut.`,
  ),
  LICENSE_MISMATCH: t(
    ['license', 'plan'],
    (p, v) => `Jira reports a ${p.license === 'paid' ? 'paid' : 'Free'} license, but the declared Jira plan is ${v.plan(p.plan)}. Check Atlassian Administration › Apps and record the right plan.`,
    (p, v) => `Jira meldet eine ${p.license === 'paid' ? 'kostenpflichtige' : 'Free-'}Lizenz, der erfasste Jira-Tarif ist aber ${v.plan(p.plan)}. Prüfen Sie Atlassian Administration › Apps und erfassen Sie den richtigen Tarif.`,
  ),
  APP_ACCESS_BLOCKED: t(
    ['product'],
    (p, v) => `App access rules block Contribution Lens from some ${v.app(p.product)} content; notices do not show there.`,
    (p, v) => `Regeln für den App-Zugriff sperren Contribution Lens für einige Inhalte in ${v.app(p.product)}; Hinweise erscheinen dort nicht.`,
  ),
  APP_ACCESS_UNCHECKED: t(
    ['product', 'reason'],
    (p, v) => `Could not check whether app access rules block Contribution Lens from ${v.app(p.product)} content (${s(p.reason)}); notices there may be missing. The daily check tries again.`,
    (p, v) => `Es ließ sich nicht prüfen, ob Regeln für den App-Zugriff Contribution Lens für Inhalte in ${v.app(p.product)} sperren (${s(p.reason)}); Hinweise können dort fehlen. Die tägliche Prüfung versucht es erneut.`,
  ),
};

const NONE = { en: 'none', de: 'keiner' };

export function vocabulary(language: Language, labels: ServerTextLabels): Vocabulary {
  const list = (items: string[]) => new Intl.ListFormat(language === 'de' ? 'de-DE' : 'en-US', { type: 'conjunction' }).format(items);
  const app = (value: unknown) => labels.apps[s(value)] ?? s(value);
  const date = (value: unknown) => formatDate(s(value), language);
  return {
    date,
    number: (value) => formatNumber(Number(value), language),
    plan: (value) => (value === '' || value === 'none' || value == null ? NONE[language] : (labels.plans[value as Plan] ?? s(value))),
    app,
    apps: (value) => list(s(value).split(',').filter(Boolean).map(app)),
    dates: (value) => list(s(value).split(',').filter(Boolean).map(date)),
    exclusion: (value) => labels.exclusions[value as ExclusionReason] ?? s(value),
  };
}

/** A server text in the reader's language; `lang` is set when it is the server's English. */
export interface LocalText {
  text: string;
  lang?: 'en';
}

function render(template: Template | undefined, params: Params | undefined, fallback: string, language: Language, labels: ServerTextLabels): LocalText {
  const p = params ?? {};
  if (!template || template.needs.some((key) => p[key] === undefined)) return language === 'en' ? { text: fallback } : { text: fallback, lang: 'en' };
  return { text: template[language](p, vocabulary(language, labels)) };
}

export function reasonText(reason: { code: string; text: string; params?: Params }, language: Language, labels: ServerTextLabels): LocalText {
  return render(REASON_TEMPLATES[reason.code], reason.params, reason.text, language, labels);
}

export function timelineKey(entry: Pick<TimelineEntry, 'kind' | 'code'>): string {
  return entry.code ? `${entry.kind}:${entry.code}` : entry.kind;
}

export function timelineText(entry: Pick<TimelineEntry, 'kind' | 'code' | 'text' | 'params'>, language: Language, labels: ServerTextLabels): LocalText {
  return render(TIMELINE_TEMPLATES[timelineKey(entry)], entry.params, entry.text, language, labels);
}

export function alertText(alert: { code: string; text: string; on?: string; params?: Params }, language: Language, labels: ServerTextLabels): LocalText {
  const params: Params = { ...(alert.params ?? {}), ...(alert.on ? { on: alert.on } : {}) };
  return render(ALERT_TEMPLATES[alert.code], params, alert.text, language, labels);
}
