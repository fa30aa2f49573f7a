/**
 * Texts of the shared components, complete in every shipped language. A page that ships more languages than
 * these (the space page) provides its reader's set through UiStringsContext, from its own lazy catalogue.
 */
import { createContext, useContext } from 'react';
import type { Confidence } from '../../../src/policy/rules';
import type { Status } from '../../../src/policy/types';
import { useLanguage, type Language } from './language';

export interface UiStrings {
  status: Record<Status, string>;
  confidence: Record<Confidence, string>;
  confidenceHelp: Record<Confidence, string>;
  loading: string;
  retry: string;
  errorTitle: string;
  fieldIssues: string;
  source: string;
  noSource: string;
  opensNewTab: string;
  errorCodes: Record<'INVALID' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL', string>;
}

const en: UiStrings = {
  status: { contributing: 'Contributing', 'not-contributing': 'Not contributing', pending: 'Pending' },
  confidence: { documented: 'Documented', reported: 'Reported', interpreted: 'Interpreted' },
  confidenceHelp: {
    documented: 'Stated on an Atlassian page',
    reported: 'Reported by the press, not confirmed by Atlassian',
    interpreted: 'Our reading where Atlassian has said nothing',
  },
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Something went wrong',
  fieldIssues: 'Fields to fix',
  source: 'Source',
  noSource: 'No published source',
  opensNewTab: '(opens in a new tab)',
  errorCodes: {
    INVALID: 'Some input was not accepted.',
    FORBIDDEN: 'You do not have permission to do this.',
    NOT_FOUND: 'The item was not found.',
    CONFLICT: 'Someone else changed this meanwhile.',
    RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
    INTERNAL: 'The app could not complete the request.',
  },
};

const de: UiStrings = {
  status: { contributing: 'Trägt bei', 'not-contributing': 'Trägt nicht bei', pending: 'Ausstehend' },
  confidence: { documented: 'Dokumentiert', reported: 'Berichtet', interpreted: 'Ausgelegt' },
  confidenceHelp: {
    documented: 'Auf einer Atlassian-Seite angegeben',
    reported: 'Von der Presse berichtet, nicht von Atlassian bestätigt',
    interpreted: 'Unsere Auslegung, wo Atlassian nichts gesagt hat',
  },
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  errorTitle: 'Etwas ist schiefgelaufen',
  fieldIssues: 'Zu korrigierende Felder',
  source: 'Quelle',
  noSource: 'Keine veröffentlichte Quelle',
  opensNewTab: '(öffnet in einem neuen Tab)',
  errorCodes: {
    INVALID: 'Einige Eingaben wurden nicht akzeptiert.',
    FORBIDDEN: 'Sie haben keine Berechtigung dafür.',
    NOT_FOUND: 'Das Element wurde nicht gefunden.',
    CONFLICT: 'Jemand anderes hat dies inzwischen geändert.',
    RATE_LIMITED: 'Zu viele Anfragen. Warten Sie kurz und versuchen Sie es erneut.',
    INTERNAL: 'Die App konnte die Anfrage nicht ausführen.',
  },
};

const fr: UiStrings = {
  status: { contributing: 'Contribue', 'not-contributing': 'Ne contribue pas', pending: 'En attente' },
  confidence: { documented: 'Documenté', reported: 'Rapporté', interpreted: 'Interprété' },
  confidenceHelp: {
    documented: 'Indiqué sur une page d’Atlassian',
    reported: 'Rapporté par la presse, non confirmé par Atlassian',
    interpreted: 'Notre lecture là où Atlassian ne dit rien',
  },
  source: 'Source',
  noSource: 'Aucune source publiée',
  loading: 'Chargement…',
  retry: 'Réessayer',
  errorTitle: 'Un problème est survenu',
  fieldIssues: 'Champs à corriger',
  opensNewTab: '(s’ouvre dans un nouvel onglet)',
  errorCodes: {
    INVALID: 'Certaines saisies n’ont pas été acceptées.',
    FORBIDDEN: 'Vous n’avez pas l’autorisation de faire cela.',
    NOT_FOUND: 'L’élément est introuvable.',
    CONFLICT: 'Quelqu’un d’autre a modifié ceci entre-temps.',
    RATE_LIMITED: 'Trop de requêtes. Patientez un instant et réessayez.',
    INTERNAL: 'L’app n’a pas pu traiter la requête.',
  },
};

const es: UiStrings = {
  status: { contributing: 'Contribuye', 'not-contributing': 'No contribuye', pending: 'Pendiente' },
  confidence: { documented: 'Documentado', reported: 'Informado', interpreted: 'Interpretado' },
  confidenceHelp: {
    documented: 'Indicado en una página de Atlassian',
    reported: 'Publicado por la prensa, no confirmado por Atlassian',
    interpreted: 'Nuestra interpretación donde Atlassian no ha dicho nada',
  },
  source: 'Fuente',
  noSource: 'Sin fuente publicada',
  loading: 'Cargando…',
  retry: 'Reintentar',
  errorTitle: 'Se ha producido un error',
  fieldIssues: 'Campos que corregir',
  opensNewTab: '(se abre en una pestaña nueva)',
  errorCodes: {
    INVALID: 'No se ha aceptado parte de lo introducido.',
    FORBIDDEN: 'No tienes permiso para hacer esto.',
    NOT_FOUND: 'No se ha encontrado el elemento.',
    CONFLICT: 'Otra persona ha cambiado esto mientras tanto.',
    RATE_LIMITED: 'Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.',
    INTERNAL: 'La app no ha podido completar la solicitud.',
  },
};

const ja: UiStrings = {
  status: { contributing: '提供中', 'not-contributing': '提供なし', pending: '保留中' },
  confidence: { documented: '文書化済み', reported: '報道ベース', interpreted: '解釈' },
  confidenceHelp: {
    documented: 'Atlassian のページに記載あり',
    reported: '報道による情報で、Atlassian は未確認',
    interpreted: 'Atlassian が言及していない点についての当アプリの解釈',
  },
  source: '出典',
  noSource: '公開された出典なし',
  loading: '読み込み中…',
  retry: '再試行',
  errorTitle: '問題が発生しました',
  fieldIssues: '修正が必要なフィールド',
  opensNewTab: '(新しいタブで開きます)',
  errorCodes: {
    INVALID: '一部の入力が受け付けられませんでした。',
    FORBIDDEN: 'この操作を行う権限がありません。',
    NOT_FOUND: '項目が見つかりませんでした。',
    CONFLICT: 'この間に他のユーザーが変更しました。',
    RATE_LIMITED: 'リクエストが多すぎます。しばらく待ってから再試行してください。',
    INTERNAL: 'アプリはリクエストを完了できませんでした。',
  },
};

export const UI_STRINGS: Record<Language, UiStrings> = { en, de, fr, es, ja };

/** A page's own set for its reader's locale; null: the set of the shared language. */
export const UiStringsContext = createContext<UiStrings | null>(null);

export function useUiStrings(): UiStrings {
  const own = useContext(UiStringsContext);
  const language = useLanguage();
  return own ?? UI_STRINGS[language];
}
