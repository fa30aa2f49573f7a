/** Notice texts, Japanese. "Space" is 「スペース」, as in Atlassian's Japanese UI and support pages. */
import type { NoticeStrings } from '../strings';

const ja: NoticeStrings = {
  title: 'AI へのデータ提供',
  status: { contributing: '提供中', 'not-contributing': '提供なし', pending: '保留中' },
  sentence: {
    contributing: 'このスペースのコンテンツは、すべてのお客様向けに Atlassian の AI を改善するために使用されます。',
    'not-contributing': 'このスペースのコンテンツは、Atlassian の AI の改善には使用されません。',
    pending: 'このスペースのコンテンツが Atlassian の AI の改善に使用されるかどうかは、まもなく変わります。',
  },
  pendingTowards: {
    contributing: '変更予定: このスペースのコンテンツは、すべてのお客様向けに Atlassian の AI を改善するために使用されます。',
    'not-contributing': '変更予定: このスペースのコンテンツは、Atlassian の AI の改善に使用されなくなります。',
  },
  metadata: {
    contributing: 'このサイトの使用状況に関するメタデータも、Atlassian の AI の改善に役立てられます。',
    'not-contributing': 'このサイトの使用状況に関するメタデータは、Atlassian の AI の改善には使用されません。',
    pending: 'このサイトの使用状況に関するメタデータが含まれるかどうかは、まもなく変わります。',
  },
  removalBy: (date) => `収集済みのコンテンツは ${date}までに削除されます。`,
  updatedOn: (date) => `最終更新日: ${date}`,
  nothingPublished: '管理者はこのスペースのデータ提供に関するお知らせを公開していません。',
  learnMore: '詳細を見る',
  dismiss: '閉じる',
  loading: 'データ提供のステータスを読み込んでいます…',
  loadFailed: 'データ提供のステータスを読み込めませんでした。後でもう一度お試しください。',
};

export default ja;
