/**
 * 各メッセージコードの日本語版（Custom UI、管理ページ）。UI が自分の言語だけを読み込めるよう独立したモジュール。
 * 用語：スペース、作業項目、ページ、Atlassian Administration（docs/i18n.md）。
 */
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS, REVIEW_WINDOW_DAYS, ROLLOUT_BEGAN } from '../../policy/constants';
import type { Catalogue, ListMode, MessageParams, OnOff, StatusWord, Vocabulary } from './codes';
import { wordFor } from './lookup';

const setting = (id: string) => (id === 'metadata' ? 'メタデータ' : 'アプリ内データ');
const list = (mode: ListMode | 'default') => (mode === 'default' ? '既定' : mode === 'include' ? '包含' : '除外');
const onOff = (value: OnOff) => (value === 'on' ? 'オン' : 'オフ');
const trial = (migration: unknown) => (migration === 1 ? 'クラウド移行トライアル' : 'トライアル');
const STATUS: Record<StatusWord, string> = { contributing: '提供中', 'not-contributing': '提供なし', pending: '保留中' };
const status = (s: StatusWord) => wordFor(STATUS, s) ?? s;
const target = (kind: string, key: string, v: Vocabulary) => (kind === 'app' ? v.app(key) : `${kind === 'connector' ? 'コネクター' : 'スペース'} ${key}`);

function planCause(p: MessageParams['timeline.plan-changed'], v: Vocabulary): string {
  switch (p.cause) {
    case 'plan':
      return `（${v.app(p.product)} が ${v.plan(p.plan)}）`;
    case 'trial-started':
      return `（${v.app(p.product)} ${v.plan(p.plan)} の${trial(p.migration)}開始）`;
    case 'trial-ended':
      return `（${v.app(p.product)} ${v.plan(p.plan)} の${trial(p.migration)}終了）`;
    case 'removed':
      return `（${v.app(p.product)} を削除）`;
    case 'terminated':
      return '（すべてのクラウドサブスクリプションが終了）';
    default:
      return '';
  }
}

const excluded = (p: { reason: string }, v: Vocabulary) =>
  `${v.exclusion(p.reason)}の組織として除外されています。メタデータもアプリ内データも使用されず、提供をオンにすることはできません（R32）。`;
const followsOrg = (on: boolean) => () => `アプリ内データは組織で${onOff(on ? 'on' : 'off')}になっており、このスペースはその設定に従います。`;
const ignored = (why: string) => (p: { setting: string; date: string }, v: Vocabulary) =>
  `${v.date(p.date)} に記録された${setting(p.setting)}の設定は無視されます。${why}`;
const stopped = (what: string) => (p: { terminated: number }) => `${p.terminated === 1 ? '組織の契約終了：' : ''}${what}の収集が停止しました。`;

const DEADLINE = {
  'in-app-removal': '提供済みのアプリ内データの削除期限：',
  'models-retrained': 'データを除いたモデルの再トレーニング期限：',
  'review-window': 'プラン変更後の確認期間の終了日：',
  effective: 'データ提供の開始日：',
} as const;

const DEADLINE_NAME = {
  inAppRemovalBy: 'アプリ内データの削除',
  modelsRetrainedBy: 'モデルの再トレーニング',
  reviewWindowEndsOn: '確認期間の終了',
} as const;

export const ja: Catalogue = {
  BEFORE_EFFECTIVE_DATE: (_, v) =>
    `${v.date(EFFECTIVE_DATE)} までは、データはこの組織自身の体験の向上にのみ使用されます。予測される状態は、何も変わらなければ ${v.date(EFFECTIVE_DATE)} に適用される状態です（R37）。`,
  HIGHEST_PLAN: (p, v) =>
    `最上位の有効なプランは ${v.apps(p.products)} の ${v.plan(p.plan)} です${p.trialsUntil ? `（トライアルは ${v.dates(p.trialsUntil)} まで）` : ''}。このプランが組織全体の既定値を決めます。`,
  REVIEW_WINDOW_OPEN: (p, v) =>
    `${v.date(p.trialEndedOn)} にトライアルが終了し、最上位プランが変わりました。${v.date(p.endsOn)} までは${p.plan ? ` ${v.plan(p.plan)} ` : '以前の'}プランの設定が引き続き適用されます${p.newPlan ? `（変更できる項目はすでに新しい ${v.plan(p.newPlan)} プランに従います）` : ''}（${REVIEW_WINDOW_DAYS} 日間の確認期間、R34。適用方法は当アプリの解釈）。`,
  TERMINATED_BEFORE_EFFECTIVE: (p, v) =>
    `組織は ${v.date(EFFECTIVE_DATE)} より前の ${v.date(p.date)} にクラウドサブスクリプションを終了したため、影響を受けません。`,
  ORGANIZATION_TERMINATED: (p, v) => `組織は ${v.date(p.date)} にクラウドサブスクリプションを終了しました。Atlassian はこの組織のデータの収集を停止します。`,
  NO_PRODUCT_WITH_SETTINGS: () =>
    '組織には有効な Jira、Confluence、Jira Service Management のプランがないため、データ提供の設定がなく、何も提供しません（R24）。',
  EXCLUDED_GOVERNMENT_CLOUD: excluded,
  EXCLUDED_ISOLATED_CLOUD: excluded,
  EXCLUDED_CUSTOMER_MANAGED_KEYS: excluded,
  EXCLUDED_HIPAA: excluded,
  EXCLUDED_FINANCIAL_SERVICES: excluded,
  EXCLUDED_GOVERNMENT_ENTITY: excluded,
  METADATA_ALWAYS_ON: (p, v) => `${v.plan(p.plan)} プランではメタデータは常に提供され、オフにできません。オプトアウトできるのは Enterprise だけです。`,
  METADATA_TURNED_OFF: () => '組織管理者がメタデータの提供をオフにしました（Enterprise で可能）。',
  METADATA_TURNED_ON: () => '組織管理者がメタデータの提供をオンと確認しました（Enterprise ではオフにできます）。',
  METADATA_DEFAULT_ON_ENTERPRISE: () => 'Enterprise ではメタデータは既定で提供されます。組織管理者はオフにできます。',
  IN_APP_TURNED_OFF: () => '組織管理者がアプリ内データの提供をオフにしました。',
  IN_APP_TURNED_ON: () => '組織管理者がアプリ内データの提供をオンにしました。',
  IN_APP_DEFAULT_ON: (p, v) => `${v.plan(p.plan)} プランではアプリ内データは既定で提供されます。組織管理者はオフにできます。`,
  IN_APP_DEFAULT_OFF: (p, v) => `${v.plan(p.plan)} プランではアプリ内データは既定で提供されません。組織管理者はオンにできます。`,
  IN_APP_EXCLUSIONS: (p, v) =>
    `${v.number(p.count)} 件のスペース、アプリ、またはコネクターが除外されています。プラットフォームアプリとサイト全体のコンテンツは組織の設定に従います（R18）。`,
  IN_APP_INCLUSIONS: (p, v) =>
    `${v.number(p.count)} 件のスペース、アプリ、またはコネクターが包含されています。プラットフォームアプリとサイト全体のコンテンツは組織の設定に従います（R18）。`,
  SPACE_APP_NOT_CONTRIBUTING: (p, v) => `${v.app(p.app)} はこの組織でデータ提供の設定を持つ有効なアプリではないため、このスペースからは何も提供されません。`,
  SPACE_EXCLUDED: (p) => `アプリ内データは組織でオンになっており、組織管理者がこのスペース（${p.space}）を除外しました。`,
  SPACE_INCLUDED: (p) => `アプリ内データは組織でオフになっており、組織管理者がこのスペース（${p.space}）を包含しました。`,
  SPACE_ALSO_JIRA: () => 'Contribution Lens は、これらのリストで Jira スペース（旧プロジェクト）を Confluence スペースと同様に扱います。',
  APP_EXCLUDED: (p, v) => `アプリ内データは組織でオンになっており、組織管理者が ${v.app(p.app)} 全体を除外しました。`,
  APP_INCLUDED: (p, v) => `アプリ内データは組織でオフになっており、組織管理者が ${v.app(p.app)} 全体を包含しました。`,
  SPACE_ENTRY_DORMANT: (p) =>
    `このスペースは${list(p.mode)}リストに載っていますが、このリストはアプリ内データが${p.mode === 'include' ? 'オフ' : 'オン'}のときにのみ有効です。`,
  SPACE_FOLLOWS_ORG_ON: followsOrg(true),
  SPACE_FOLLOWS_ORG_OFF: followsOrg(false),
  SPACE_REMOVAL_DEADLINE: (p, v) =>
    `このスペースからの収集は ${v.date(p.date)} に停止しました。アプリ内データは ${v.date(p.removalBy)} までに削除され、モデルは ${v.date(p.retrainBy)} までに再トレーニングされる予定です。`,
  ADMIN_UI_AUTHORITATIVE: () =>
    'コンプライアンス要件のある組織を含め、一部の組織では既定値が異なります。Atlassian Administration › セキュリティ › データ提供の表示が正式です。このプロファイルが一致していることを定期的に証明してください。',
  ENTERPRISE_DEFAULT_DISPUTED: () =>
    '報道では Enterprise のメタデータは既定でオフとされていますが、Atlassian 自身の表ではオンであり、Contribution Lens はそれに従います。Atlassian Administration で確認してください。',
  PLAN_WITHOUT_SETTINGS_NOT_COUNTED: (p, v) =>
    `${v.app(p.product)} は ${v.plan(p.plan)} ですが、データ提供の設定がないアプリは最上位プランに数えません（当アプリの解釈。Atlassian は明言していません）。`,
  SECTOR_FINANCIAL_MAY_BE_EXCLUDED: () =>
    '一部の金融サービスの顧客は除外されますが、Atlassian は対象を公表していません。Atlassian Administration で確認し、提供がオフでロックされていれば除外を記録してください。',
  SECTOR_EDUCATION_INCLUDED: () => '教育機関（公立を含む）は対象となり、最上位の有効なプランに従います。',
  SECTOR_GOVERNMENT_EXCLUDED: () =>
    '組織は政府機関として申告されており、Atlassian は政府機関を除外します。確認のため Atlassian サポートにお問い合わせください。',
  SECTOR_GOVERNMENT_EXCLUSION_LIFTED: (p, v) =>
    `組織は政府機関として申告されていますが、${v.date(p.date)} に政府機関の除外が無効として記録されました。Contribution Lens はより具体的なこの記録に従います（当アプリの解釈）。確認のため Atlassian サポートにお問い合わせください。`,
  CMEK_WITHOUT_ENTERPRISE: (p, v) =>
    `顧客管理キーは Enterprise でのみ提供されますが、申告された最上位プランは ${v.plan(p.plan)} です。申告したプランを確認してください。`,
  SCOPE_ENTRIES_DORMANT: (p, v) =>
    `${list(p.mode)}エントリ ${v.number(p.count)} 件は、アプリ内データが${p.mode === 'include' ? 'オン' : 'オフ'}の間は効果がありません。このモードで Atlassian が提供するのは${p.mode === 'include' ? '除外' : '包含'}です。`,
  METADATA_REMOVAL_UNKNOWN: () =>
    'オプトアウト後のメタデータの削除期限を示す Atlassian の文書はありません。コンテンツ属性については 90 日とする報告があります。',
  TRIAL_ENDS: (p, v) =>
    `${v.app(p.product)} は ${v.date(p.endsOn)} まで ${v.plan(p.plan)} の${trial(p.migration)}中です。その時点で最上位プランが変わる場合、設定を確認する期間が ${REVIEW_WINDOW_DAYS} 日あります。`,
  CHOICE_DROPPED_ON_PLAN_CHANGE: (p, v) =>
    p.future === 1
      ? `${v.date(p.date)} に設定を決めるプランが ${v.plan(p.plan)} になります。このプランではメタデータを変更できないため、以前のメタデータの選択「${onOff(p.value)}」は適用されなくなります。`
      : `${v.date(p.date)} に設定を決めるプランが ${v.plan(p.plan)} になりました。このプランではメタデータを変更できないため、以前のメタデータの選択「${onOff(p.value)}」は適用されなくなりました。`,
  CONFLICTING_SETTINGS_SAME_DAY: (p, v) =>
    `${v.date(p.date)} に${setting(p.setting)}について「オン」と「オフ」の両方が記録されました。Contribution Lens は提供を過小評価しない「オン」とみなします。最終的な値をもう一度記録して確定してください。`,
  SETTING_BEFORE_ROLLOUT: (p, v) =>
    `${v.date(p.date)} に記録された${setting(p.setting)}の設定は無視されます。設定は ${v.date(p.rolloutBegan ?? ROLLOUT_BEGAN)} より前には存在しませんでした。`,
  SETTING_IGNORED_EXCLUDED: ignored('除外された組織は提供をオンにすることも設定を変更することもできません。'),
  SETTING_KEPT_WHILE_EXCLUDED: (p, v) =>
    `組織が除外されていた ${v.date(p.date)} に記録された${setting(p.setting)}のオプトアウトは保持されます。除外が終了すると適用されます（当アプリの解釈）。`,
  SETTING_APPLIES_AFTER_WINDOW: (p, v) =>
    `${v.date(p.date)} に記録された${setting(p.setting)}の設定「${onOff(p.value)}」は保持されます。新しい ${v.plan(p.plan)} プランで許可されており、確認期間の終了日 ${v.date(p.endsOn)} ${p.future === 1 ? 'から適用されます' : 'から適用されています'}（当アプリの解釈）。`,
  SETTING_IGNORED_NO_PLAN: ignored('当時、組織には Jira、Confluence、Jira Service Management のプランがありませんでした。'),
  SETTING_IGNORED_LOCKED: (p, v) =>
    `${v.plan(p.plan)} プランではメタデータを${onOff(p.value)}にできません。${v.date(p.date)} に記録された設定は無視されます（メタデータをオプトアウトできるのは Enterprise だけです）。`,
  PLATFORM_APP_SCOPE_IGNORED: (p, v) =>
    `プラットフォームアプリ「${v.app(p.app)}」の${list(p.mode)}エントリ（${v.date(p.date)}）は無視されます。プラットフォームアプリは常に組織レベルの設定に従います。`,
  APP_WITHOUT_SETTINGS_SCOPE_IGNORED: (p, v) =>
    `「${v.app(p.app)}」の${list(p.mode)}エントリ（${v.date(p.date)}）は無視されます。このアプリにはデータ提供の設定がなく、提供することはありません。`,

  'timeline.settings-available': (_, v) => `データ提供の設定がすべての組織で利用可能に（${v.date(ROLLOUT_BEGAN)} に展開開始）。`,
  'timeline.effective': () => 'Atlassian が提供されたデータを全顧客向けのアプリ改善に使い始めます。',
  'timeline.plan-changed': (p, v) => `最上位の有効なプラン：${v.plan(p.from)} → ${v.plan(p.to)}${planCause(p, v)}。`,
  'timeline.trial-ended': (p, v) =>
    `${v.app(p.product)} ${v.plan(p.plan)} の${trial(p.migration)}が終了${p.then === 'none' ? '。アプリは組織から外れました' : `。現在は ${v.plan(p.then)}`}。`,
  'timeline.review-window-ends': (p, v) =>
    p.closedEarly === 1
      ? `${v.date(p.trialEndedOn)} に終了したトライアル後の確認期間は早期に終了しました。最上位プランのその後の変更がこの日から適用されます。`
      : `${v.date(p.trialEndedOn)} に終了したトライアル後の ${REVIEW_WINDOW_DAYS} 日間の確認期間の終了。ここから新しいプランの設定が適用されます。`,
  'timeline.setting-changed:exclusion': (p, v) => `除外を${p.active === 1 ? '記録' : '終了'}：${v.exclusion(p.reason)}。`,
  'timeline.setting-changed:setting': (p) => `組織管理者が${setting(p.setting)}を${onOff(p.value)}にしました。`,
  'timeline.setting-changed:scope': (p, v) =>
    p.mode === 'default'
      ? `アプリ内データ：${target(p.kind, p.key, v)} は組織の設定に戻りました。`
      : `アプリ内データ：${target(p.kind, p.key, v)} を${p.mode === 'include' ? '包含' : '除外'}。`,
  'timeline.collection-stopped:metadata': stopped('メタデータ'),
  'timeline.collection-stopped:in-app': stopped('アプリ内データ'),
  'timeline.collection-stopped:app-removed': (p, v) => `${v.app(p.app)} を削除：このアプリからの収集は停止しました。`,
  'timeline.collection-stopped:target': (p, v) =>
    `${target(p.kind, p.key, v)}${p.others > 0 ? ` ほか ${v.number(p.others)} 件` : ''}：アプリ内データの収集が停止しました。`,
  'timeline.collection-stopped:app-excluded': (p, v) => `${v.app(p.app)}：アプリ内データの収集が停止しました（アプリを除外）。`,
  'timeline.in-app-removal-deadline': (p, v) =>
    `${v.date(p.stop)} の停止時点のアプリ内データが、この日までにデータセットから削除されます（${IN_APP_REMOVAL_DAYS} 日）。`,
  'timeline.model-retrain-deadline': (p, v) =>
    `${v.date(p.stop)} の停止より前のデータでトレーニングされたモデルが、この日までに再トレーニングされます（${MODEL_RETRAIN_DAYS} 日）。`,
  'timeline.retention-ends': (p, v) =>
    p.lastContribution !== undefined
      ? `${v.date(p.lastContribution)} の最後の提供から最長 ${v.number(p.years)} 年：提供されたデータが保持されうる最後の日付です。`
      : `${v.date(p.firstContribution)} の最初の提供から最長 ${v.number(p.years)} 年：その日に提供されたデータはこの日まで保持されることがあります。以降に提供されたデータは、それぞれの日付から最長 ${v.number(p.years)} 年保持されます${p.ongoing === 1 ? '。提供が続く間、この期限は先へ進みます' : ''}。`,

  'alert.PROFILE_EMPTY': () => 'プランも設定もまだ申告されていないため、状態は既定値のみに基づいています。',
  'alert.DEADLINE_SOON': (p, v) => `${wordFor(DEADLINE, p.deadline) ?? DEADLINE.effective}${v.date(p.on)}（あと ${v.number(p.days)} 日）。`,
  'alert.REVIEW_WINDOW_OPEN': (p, v) =>
    `プラン変更により ${v.date(p.on)} までの確認期間が始まりました。それまでに Atlassian Administration でデータ提供の設定を確認してください。`,
  'alert.ATTESTATION_MISSING': () => '申告したプロファイルが Atlassian Administration と一致していることを、まだどの管理者も確認していません。',
  'alert.ATTESTATION_STALE': (p, v) =>
    `プロファイルが最後に確認されたのは ${v.number(p.days)} 日前（${v.date(p.on)}）です。少なくとも ${v.number(p.maxDays)} 日ごとに確認し直してください。`,
  'alert.LICENSE_MISMATCH': (p, v) =>
    `Jira は${p.license === 'paid' ? '有料' : ' Free '}ライセンスを報告していますが、申告された Jira のプランは ${v.plan(p.plan)} です。Atlassian Administration › アプリを確認し、正しいプランを記録してください。`,
  'alert.APP_ACCESS_BLOCKED': (p, v) =>
    `アプリアクセスルールにより、Contribution Lens は ${v.app(p.product)} の一部のコンテンツにアクセスできません。そこには通知が表示されません。`,
  'alert.APP_ACCESS_UNCHECKED': (p, v) =>
    `アプリアクセスルールが Contribution Lens の ${v.app(p.product)} コンテンツへのアクセスをブロックしているか確認できませんでした（${p.reason}）。そこでは通知が表示されていない可能性があります。毎日のチェックで再試行します。`,

  'difference.excluded': (p) => (p.excluded === 1 ? '組織がデータ提供から除外されます。' : '組織は除外されなくなります。'),
  'difference.highest-plan': (p, v) => `最上位の有効なプラン：${v.plan(p.from)} → ${v.plan(p.to)}。`,
  'difference.metadata': (p) => `メタデータ：${status(p.from)} → ${status(p.to)}。`,
  'difference.in-app': (p) => `アプリ内データ：${status(p.from)} → ${status(p.to)}。`,
  'difference.app-joined': (p, v) => `${v.app(p.app)}：組織に加わりました。`,
  'difference.app-in-app': (p, v) => `${v.app(p.app)} のアプリ内データ：${status(p.from)} → ${status(p.to)}。`,
  'difference.entries': (p, v) => `有効な包含/除外エントリ：${v.number(p.from)} → ${v.number(p.to)}。`,
  'difference.deadline': (p, v) => `${DEADLINE_NAME[p.deadline]}の期限：${p.from ? v.date(p.from) : 'なし'} → ${p.to ? v.date(p.to) : 'なし'}。`,
};
