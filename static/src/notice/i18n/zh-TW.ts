/** Notice texts, Traditional Chinese. "Space" is 空間, as in Atlassian's Traditional Chinese UI. */
import type { NoticeStrings } from '../strings';

const zhTW: NoticeStrings = {
  title: 'AI 資料貢獻',
  status: { contributing: '正在貢獻', 'not-contributing': '未貢獻', pending: '待定' },
  sentence: {
    contributing: '此空間中的內容會用於為所有客戶改善 Atlassian 的 AI。',
    'not-contributing': '此空間中的內容不會用於改善 Atlassian 的 AI。',
    pending: '此空間中的內容是否用於改善 Atlassian 的 AI 即將變更。',
  },
  pendingTowards: {
    contributing: '即將變更：此空間中的內容將用於為所有客戶改善 Atlassian 的 AI。',
    'not-contributing': '即將變更：此空間中的內容將不再用於改善 Atlassian 的 AI。',
  },
  metadata: {
    contributing: '有關此網站使用方式的中繼資料也會協助改善 Atlassian 的 AI。',
    'not-contributing': '有關此網站使用方式的中繼資料不會用於改善 Atlassian 的 AI。',
    pending: '是否納入有關此網站使用方式的中繼資料即將變更。',
  },
  removalBy: (date) => `已收集的內容將於 ${date}前移除。`,
  updatedOn: (date) => `最後更新：${date}`,
  nothingPublished: '您的管理員尚未為此空間發布資料貢獻通知。',
  learnMore: '深入了解',
  dismiss: '關閉',
  loading: '正在載入資料貢獻狀態…',
  loadFailed: '無法載入資料貢獻狀態。請稍後再試。',
};

export default zhTW;
