/** English names of products, plans, settings and exclusions: the server's English vocabulary (src/i18n/messages/english.ts). */
import type { ExclusionReason, Plan } from './profile';

const PRODUCT_LABELS: Record<string, string> = {
  jira: 'Jira',
  confluence: 'Confluence',
  'jira-service-management': 'Jira Service Management',
  loom: 'Loom',
  trello: 'Trello',
  bitbucket: 'Bitbucket',
  'jira-product-discovery': 'Jira Product Discovery',
  compass: 'Compass',
};
export const productLabel = (product: string): string => PRODUCT_LABELS[product] ?? product;
export const planLabel = (plan: Plan): string => plan.charAt(0).toUpperCase() + plan.slice(1);

export function exclusionLabel(reason: ExclusionReason): string {
  switch (reason) {
    case 'government-cloud':
      return 'Atlassian Government Cloud';
    case 'isolated-cloud':
      return 'Atlassian Isolated Cloud';
    case 'customer-managed-keys':
      return 'customer-managed encryption keys (BYOK)';
    case 'hipaa':
      return 'HIPAA compliance';
    case 'government-entity':
      return 'government entity';
    case 'financial-services':
      return 'certain financial services customers';
  }
}
