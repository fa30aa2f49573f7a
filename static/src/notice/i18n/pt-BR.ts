/** Notice texts, Portuguese (Brazil). "Space" is "espaço", as in Atlassian's Portuguese UI. */
import type { NoticeStrings } from '../strings';

const ptBR: NoticeStrings = {
  title: 'Contribuição de dados para a IA',
  status: { contributing: 'Contribui', 'not-contributing': 'Não contribui', pending: 'Pendente' },
  sentence: {
    contributing: 'O conteúdo deste espaço é usado para melhorar a IA da Atlassian para todos os clientes.',
    'not-contributing': 'O conteúdo deste espaço não é usado para melhorar a IA da Atlassian.',
    pending: 'O uso do conteúdo deste espaço para melhorar a IA da Atlassian vai mudar em breve.',
  },
  pendingTowards: {
    contributing: 'Uma mudança está chegando: o conteúdo deste espaço será usado para melhorar a IA da Atlassian para todos os clientes.',
    'not-contributing': 'Uma mudança está chegando: o conteúdo deste espaço não será usado para melhorar a IA da Atlassian.',
  },
  metadata: {
    contributing: 'Os metadados sobre o uso deste site também ajudam a melhorar a IA da Atlassian.',
    'not-contributing': 'Os metadados sobre o uso deste site não são usados para melhorar a IA da Atlassian.',
    pending: 'A inclusão dos metadados sobre o uso deste site vai mudar em breve.',
  },
  removalBy: (date) => `O conteúdo já coletado será removido até ${date}.`,
  updatedOn: (date) => `Última atualização: ${date}`,
  nothingPublished: 'Seu administrador não publicou um aviso de contribuição de dados para este espaço.',
  learnMore: 'Saiba mais',
  dismiss: 'Dispensar',
  loading: 'Carregando o status da contribuição de dados…',
  loadFailed: 'Não foi possível carregar o status da contribuição de dados. Tente novamente mais tarde.',
};

export default ptBR;
