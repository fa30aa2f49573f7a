/**
 * File-backed storage for the local preview: the memory store, persisted after
 * every successful write by writing a temp file and renaming it over the old
 * one, so a crash never leaves a half-written file.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { MemoryKvs, type MemorySnapshot } from './memory';
import { StoredDataError } from './port';

function load(path: string): MemorySnapshot | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new StoredDataError(`preview store ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const p = parsed as { keys?: unknown; entities?: unknown } | null;
  if (!p || typeof p !== 'object' || typeof p.keys !== 'object' || typeof p.entities !== 'object' || !p.keys || !p.entities) {
    throw new StoredDataError(`preview store ${path} lacks "keys" and "entities"`);
  }
  return { keys: p.keys, entities: p.entities } as MemorySnapshot;
}

export class FileKvs extends MemoryKvs {
  private ready = false;

  constructor(private readonly path: string) {
    super(load(path));
    this.ready = true;
  }

  protected override afterCommit(): void {
    if (!this.ready) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.snapshot()), 'utf8');
    renameSync(temp, this.path);
  }
}
