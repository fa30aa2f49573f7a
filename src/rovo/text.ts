/**
 * The plain-text wording of Rovo answers in English and German. Rovo's model words the final reply;
 * these sentences are what it starts from, so they say only what the stored data says.
 */
import type { Confidence } from '../policy/rules';
import type { Status } from '../policy/types';
import type { Language } from './invocation';

export const ADMIN_URL = 'https://admin.atlassian.com';

type Settled = Exclude<Status, 'pending'>;

interface Words {
  status(s: Status, projected: Settled | undefined, effective: string): string;
  metadata(s: Status): string;
  here(scope: { product: 'jira' | 'confluence'; spaceKey: string | null; itemKind: 'page' | 'work-item' | null }): string;
  confidence: Record<Confidence, string>;
  reason: Record<string, (p: { date?: string }) => string>;
  since(date: string): string;
  removal(date: string): string;
  retrain(date: string): string;
  confirmed(days: number, date: string): string;
  stale(days: number, date: string): string;
  neverConfirmed: string;
  confirmationUnknown: string;
  authoritative: string;
  adminMessage(text: string): string;
  noNotice: string;
  restricted: string;
  named(key: string): string;
  ignored(fields: string[]): string;
  serviceProjects: string;
  computedFor(day: string): string;
  org(inApp: Status, projected: Settled | undefined, metadata: Status, excluded: boolean, effective: string): string;
  upcoming(count: number): string;
  nothingUpcoming: string;
  deadline(kind: string, date: string): string;
  whatIf(changes: string, at: string): string;
  noDifference: string;
  differences(count: number): string;
  invalid(field: string, problem: string): string;
  forbiddenWhatIf: string;
  failed: string;
}

const EN: Words = {
  status: (s, projected, effective) =>
    s === 'contributing'
      ? 'Yes: in-app data here is used to improve Atlassian’s AI.'
      : s === 'not-contributing'
        ? 'No: in-app data here is not used to improve Atlassian’s AI.'
        : `Not yet: from ${effective} in-app data here ${projected === 'contributing' ? 'will be' : 'will not be'} used to improve Atlassian’s AI.`,
  metadata: (s) =>
    s === 'contributing'
      ? 'Metadata (statistics, not content) is contributed.'
      : s === 'not-contributing'
        ? 'Metadata is not contributed.'
        : 'Metadata contribution has not started yet.',
  here: ({ product, spaceKey, itemKind }) =>
    `${itemKind === 'page' ? 'This page' : itemKind === 'work-item' ? 'This work item' : spaceKey ? 'This space' : 'This site'}${spaceKey ? ` (${product === 'jira' ? 'Jira' : 'Confluence'} space ${spaceKey})` : ''}`,
  confidence: { documented: 'documented by Atlassian', reported: 'reported by the press', interpreted: 'our interpretation' },
  reason: {
    pending: () => 'Before 17 August 2026 the data only improves your own organization’s experience.',
    orgExcluded: () => 'The organization is excluded from data contribution, so it contributes nothing.',
    appNotActive: () => 'This Atlassian app has no active plan with data contribution settings, so it contributes nothing.',
    spaceExcluded: () => 'An admin excluded this space from in-app data contribution.',
    spaceIncluded: () => 'An admin included this space in in-app data contribution.',
    jiraSpacesInLists: () => 'That the include/exclude lists cover Jira spaces is our reading of Atlassian’s word “spaces”.',
    followsOn: () => 'The space has no include/exclude entry and follows the setting, which is on.',
    followsOff: () => 'The space has no include/exclude entry and follows the setting, which is off.',
    unknownCode: () => 'The app recorded a reason this version does not know; check Atlassian Administration.',
    removal: ({ date }) => `Previously contributed in-app data is to be removed by ${date}.`,
    metadataByPlan: () => 'Metadata follows the organization’s highest active plan.',
  },
  since: (date) => `This holds since ${date}.`,
  removal: (date) => `Contributed in-app data is to be removed by ${date}.`,
  retrain: (date) => `Models are to be retrained without it by ${date}.`,
  confirmed: (days, date) => `An admin last confirmed these facts against Atlassian Administration ${days} day(s) ago (${date}).`,
  stale: (days, date) =>
    `Not confirmed in ${days} days: an admin last checked these facts against Atlassian Administration on ${date}, so they may be out of date.`,
  neverConfirmed: 'No admin has confirmed these facts against Atlassian Administration yet.',
  confirmationUnknown: 'When an admin last confirmed these facts is not known here yet; ask the organization status.',
  authoritative: `Atlassian Administration (${ADMIN_URL} › Security › Data contribution) is authoritative; this app shows what its admins recorded.`,
  adminMessage: (text) => `Message from your admins: ${text}`,
  noNotice: 'Your organization shows no AI data notice here. Ask your admins, or see Atlassian Administration.',
  restricted: 'Sign in to see the organization’s details; this is what the page notice shows.',
  named: (key) => `Rovo did not say where you are, so this answers for space ${key} as you named it.`,
  ignored: (fields) => `Answered for where Rovo is open; ${fields.join(', ')} you named was not used.`,
  serviceProjects: 'If this is a Jira Service Management space, its own settings apply; Rovo does not tell the app the space type.',
  computedFor: (day) => `Status as computed for ${day}.`,
  org: (inApp, projected, metadata, excluded, effective) =>
    excluded
      ? 'Your organization is excluded from data contribution: nothing is used to improve Atlassian’s AI.'
      : `${inApp === 'pending' ? `From ${effective} in-app data ${projected === 'contributing' ? 'will be' : 'will not be'} contributed by default` : inApp === 'contributing' ? 'In-app data is contributed by default' : 'In-app data is not contributed by default'}; ${EN.metadata(metadata).charAt(0).toLowerCase()}${EN.metadata(metadata).slice(1)}`,
  upcoming: (count) => `${count} upcoming date(s).`,
  nothingUpcoming: 'No upcoming dates.',
  deadline: (kind, date) =>
    ({
      inAppRemovalBy: `In-app data removal deadline: ${date}.`,
      modelsRetrainedBy: `Model retraining deadline: ${date}.`,
      reviewWindowEndsOn: `Review window ends: ${date}.`,
    })[kind] ?? `${kind}: ${date}.`,
  whatIf: (changes, at) => `What-if (nothing is recorded): ${changes}, evaluated for ${at}.`,
  noDifference: 'Nothing would change.',
  differences: (count) => `${count} difference(s):`,
  invalid: (field, problem) => `I could not answer: ${field} ${problem}.`,
  forbiddenWhatIf: 'Only Jira administrators can run what-if questions.',
  failed: 'The app could not read its data just now; try again in a moment.',
};

const DE: Words = {
  status: (s, projected, effective) =>
    s === 'contributing'
      ? 'Ja: In-App-Daten von hier werden genutzt, um Atlassians KI zu verbessern.'
      : s === 'not-contributing'
        ? 'Nein: In-App-Daten von hier werden nicht genutzt, um Atlassians KI zu verbessern.'
        : `Noch nicht: Ab ${effective} werden In-App-Daten von hier ${projected === 'contributing' ? '' : 'nicht '}genutzt, um Atlassians KI zu verbessern.`,
  metadata: (s) =>
    s === 'contributing'
      ? 'Metadaten (Statistiken, keine Inhalte) werden beigetragen.'
      : s === 'not-contributing'
        ? 'Metadaten werden nicht beigetragen.'
        : 'Der Beitrag von Metadaten hat noch nicht begonnen.',
  here: ({ product, spaceKey, itemKind }) =>
    `${itemKind === 'page' ? 'Diese Seite' : itemKind === 'work-item' ? 'Dieses Arbeitselement' : spaceKey ? 'Dieser Bereich' : 'Diese Website'}${spaceKey ? ` (${product === 'jira' ? 'Jira' : 'Confluence'}-Bereich ${spaceKey})` : ''}`,
  confidence: { documented: 'von Atlassian dokumentiert', reported: 'von der Presse berichtet', interpreted: 'unsere Auslegung' },
  reason: {
    pending: () => 'Vor dem 17. August 2026 verbessern die Daten nur die Erfahrung Ihrer eigenen Organisation.',
    orgExcluded: () => 'Die Organisation ist vom Datenbeitrag ausgenommen und trägt nichts bei.',
    appNotActive: () => 'Diese Atlassian-App hat kein aktives Abo mit Einstellungen zum Datenbeitrag und trägt nichts bei.',
    spaceExcluded: () => 'Ein Admin hat diesen Bereich vom Beitrag der In-App-Daten ausgeschlossen.',
    spaceIncluded: () => 'Ein Admin hat diesen Bereich in den Beitrag der In-App-Daten aufgenommen.',
    jiraSpacesInLists: () => 'Dass die Ein-/Ausschlusslisten auch Jira-Bereiche umfassen, ist unsere Auslegung von Atlassians Wort „Bereiche“.',
    followsOn: () => 'Der Bereich hat keinen Ein-/Ausschluss und folgt der Einstellung, die eingeschaltet ist.',
    followsOff: () => 'Der Bereich hat keinen Ein-/Ausschluss und folgt der Einstellung, die ausgeschaltet ist.',
    unknownCode: () => 'Die App hat einen Grund gespeichert, den diese Version nicht kennt; prüfen Sie Atlassian Administration.',
    removal: ({ date }) => `Bereits beigetragene In-App-Daten sind bis ${date} zu entfernen.`,
    metadataByPlan: () => 'Metadaten folgen dem höchsten aktiven Abo der Organisation.',
  },
  since: (date) => `Das gilt seit ${date}.`,
  removal: (date) => `Beigetragene In-App-Daten sind bis ${date} zu entfernen.`,
  retrain: (date) => `Modelle sind bis ${date} ohne sie neu zu trainieren.`,
  confirmed: (days, date) => `Ein Admin hat diese Angaben vor ${days} Tag(en) (${date}) mit Atlassian Administration abgeglichen.`,
  stale: (days, date) =>
    `Seit ${days} Tagen nicht bestätigt: Ein Admin hat diese Angaben zuletzt am ${date} mit Atlassian Administration abgeglichen; sie können veraltet sein.`,
  neverConfirmed: 'Noch kein Admin hat diese Angaben mit Atlassian Administration abgeglichen.',
  confirmationUnknown: 'Wann ein Admin diese Angaben zuletzt bestätigt hat, ist hier noch nicht bekannt; fragen Sie nach dem Status der Organisation.',
  authoritative: `Maßgeblich ist Atlassian Administration (${ADMIN_URL} › Sicherheit › Datenbeitrag); diese App zeigt, was ihre Admins erfasst haben.`,
  adminMessage: (text) => `Nachricht Ihrer Admins: ${text}`,
  noNotice: 'Ihre Organisation zeigt hier keinen Hinweis zu KI-Daten. Fragen Sie Ihre Admins oder sehen Sie in Atlassian Administration nach.',
  restricted: 'Melden Sie sich an, um Details der Organisation zu sehen; dies zeigt der Seitenhinweis.',
  named: (key) => `Rovo hat nicht mitgeteilt, wo Sie sind; die Antwort gilt für den genannten Bereich ${key}.`,
  ignored: (fields) => `Beantwortet für den Ort, an dem Rovo geöffnet ist; Ihre Angabe ${fields.join(', ')} wurde nicht verwendet.`,
  serviceProjects: 'Ist dies ein Jira Service Management-Bereich, gelten dessen eigene Einstellungen; Rovo teilt der App den Bereichstyp nicht mit.',
  computedFor: (day) => `Stand: berechnet für ${day}.`,
  org: (inApp, projected, metadata, excluded, effective) =>
    excluded
      ? 'Ihre Organisation ist vom Datenbeitrag ausgenommen: Nichts wird genutzt, um Atlassians KI zu verbessern.'
      : `${inApp === 'pending' ? `Ab ${effective} werden In-App-Daten standardmäßig ${projected === 'contributing' ? '' : 'nicht '}beigetragen` : inApp === 'contributing' ? 'In-App-Daten werden standardmäßig beigetragen' : 'In-App-Daten werden standardmäßig nicht beigetragen'}; ${DE.metadata(metadata)}`,
  upcoming: (count) => `${count} anstehende(s) Datum/Daten.`,
  nothingUpcoming: 'Keine anstehenden Daten.',
  deadline: (kind, date) =>
    ({
      inAppRemovalBy: `Frist für das Entfernen der In-App-Daten: ${date}.`,
      modelsRetrainedBy: `Frist für das Neutrainieren der Modelle: ${date}.`,
      reviewWindowEndsOn: `Prüffrist endet: ${date}.`,
    })[kind] ?? `${kind}: ${date}.`,
  whatIf: (changes, at) => `Was-wäre-wenn (nichts wird gespeichert): ${changes}, ausgewertet für ${at}.`,
  noDifference: 'Nichts würde sich ändern.',
  differences: (count) => `${count} Unterschied(e):`,
  invalid: (field, problem) => `Ich konnte nicht antworten: ${field} ${problem}.`,
  forbiddenWhatIf: 'Nur Jira-Administratoren können Was-wäre-wenn-Fragen stellen.',
  failed: 'Die App konnte ihre Daten gerade nicht lesen; versuchen Sie es gleich noch einmal.',
};

export function words(language: Language): Words {
  return language === 'de' ? DE : EN;
}
