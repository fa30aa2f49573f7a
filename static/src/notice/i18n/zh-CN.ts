/** Notice texts, Simplified Chinese. "Space" is 空间, as in Atlassian's Chinese UI. */
import type { NoticeStrings } from '../strings';

const zhCN: NoticeStrings = {
  title: 'AI 数据贡献',
  status: { contributing: '正在贡献', 'not-contributing': '未贡献', pending: '待定' },
  sentence: {
    contributing: '此空间中的内容将用于为所有客户改进 Atlassian 的 AI。',
    'not-contributing': '此空间中的内容不会用于改进 Atlassian 的 AI。',
    pending: '此空间中的内容是否用于改进 Atlassian 的 AI 即将发生变化。',
  },
  pendingTowards: {
    contributing: '即将变更：此空间中的内容将用于为所有客户改进 Atlassian 的 AI。',
    'not-contributing': '即将变更：此空间中的内容将不再用于改进 Atlassian 的 AI。',
  },
  metadata: {
    contributing: '有关此站点使用方式的元数据也会帮助改进 Atlassian 的 AI。',
    'not-contributing': '有关此站点使用方式的元数据不会用于改进 Atlassian 的 AI。',
    pending: '是否包含有关此站点使用方式的元数据即将发生变化。',
  },
  removalBy: (date) => `已收集的内容将在 ${date}前删除。`,
  updatedOn: (date) => `最后更新：${date}`,
  nothingPublished: '您的管理员尚未为此空间发布数据贡献通知。',
  learnMore: '了解详情',
  dismiss: '关闭',
  loading: '正在加载数据贡献状态…',
  loadFailed: '无法加载数据贡献状态。请稍后重试。',
};

export default zhCN;
