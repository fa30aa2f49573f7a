/** Notice texts, Korean. "Space" is "스페이스", as in Atlassian's Korean UI. */
import type { NoticeStrings } from '../strings';

const ko: NoticeStrings = {
  title: 'AI 데이터 제공',
  status: { contributing: '제공 중', 'not-contributing': '제공 안 함', pending: '보류 중' },
  sentence: {
    contributing: '이 스페이스의 콘텐츠는 모든 고객을 위해 Atlassian AI를 개선하는 데 사용됩니다.',
    'not-contributing': '이 스페이스의 콘텐츠는 Atlassian AI를 개선하는 데 사용되지 않습니다.',
    pending: '이 스페이스의 콘텐츠가 Atlassian AI 개선에 사용되는지 여부가 곧 변경됩니다.',
  },
  pendingTowards: {
    contributing: '변경 예정: 이 스페이스의 콘텐츠가 모든 고객을 위해 Atlassian AI를 개선하는 데 사용됩니다.',
    'not-contributing': '변경 예정: 이 스페이스의 콘텐츠가 Atlassian AI를 개선하는 데 더 이상 사용되지 않습니다.',
  },
  metadata: {
    contributing: '이 사이트의 사용 방식에 관한 메타데이터도 Atlassian AI 개선에 활용됩니다.',
    'not-contributing': '이 사이트의 사용 방식에 관한 메타데이터는 Atlassian AI를 개선하는 데 사용되지 않습니다.',
    pending: '이 사이트의 사용 방식에 관한 메타데이터 포함 여부가 곧 변경됩니다.',
  },
  removalBy: (date) => `이미 수집된 콘텐츠는 ${date}까지 삭제됩니다.`,
  updatedOn: (date) => `마지막 업데이트: ${date}`,
  nothingPublished: '관리자가 이 스페이스에 대한 데이터 제공 공지를 게시하지 않았습니다.',
  learnMore: '자세히 알아보기',
  dismiss: '닫기',
  loading: '데이터 제공 상태를 불러오는 중…',
  loadFailed: '데이터 제공 상태를 불러올 수 없습니다. 나중에 다시 시도하세요.',
};

export default ko;
