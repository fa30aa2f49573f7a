/**
 * Custom entity schemas. The manifest's app.storage.entities must declare the
 * same (a test compares them), and the memory store uses them to answer index
 * queries and to reject undeclared attributes as the platform would.
 */
export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

export interface IndexSchema {
  name: string;
  partition?: string[];
  range: string;
}

export interface EntitySchema {
  name: string;
  attributes: Record<string, AttributeType>;
  indexes: IndexSchema[];
}

export const ENTITY = {
  historyEntry: 'history-entry',
  historyHead: 'history-head',
  concern: 'space-concern',
} as const;

export const ENTITY_SCHEMAS: readonly EntitySchema[] = [
  {
    name: ENTITY.historyEntry,
    attributes: {
      schemaVersion: 'integer',
      seq: 'integer',
      recordedAt: 'string',
      recordedBy: 'string',
      origin: 'string',
      records: 'any',
      prevHash: 'string',
      hash: 'string',
    },
    indexes: [
      { name: 'by-seq', range: 'seq' },
      { name: 'by-actor', partition: ['recordedBy'], range: 'seq' },
      { name: 'by-origin', partition: ['origin'], range: 'seq' },
    ],
  },
  {
    name: ENTITY.historyHead,
    attributes: { schemaVersion: 'integer', seq: 'integer', hash: 'string', updatedAt: 'string' },
    indexes: [{ name: 'by-seq', range: 'seq' }],
  },
  {
    name: ENTITY.concern,
    attributes: {
      schemaVersion: 'integer',
      id: 'string',
      product: 'string',
      spaceKey: 'string',
      raisedBy: 'string',
      raisedAt: 'string',
      state: 'string',
      details: 'any',
    },
    indexes: [
      { name: 'by-state', partition: ['state'], range: 'raisedAt' },
      { name: 'by-space', partition: ['spaceKey'], range: 'raisedAt' },
      { name: 'by-raiser', partition: ['raisedBy'], range: 'raisedAt' },
    ],
  },
];

export function entitySchema(name: string): EntitySchema | undefined {
  return ENTITY_SCHEMAS.find((e) => e.name === name);
}
