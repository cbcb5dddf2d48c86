import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { chain, ChainedAuditEntry, GENESIS_HASH, SkeinError, type AuditEntry } from '../../model/index.js';
import type { AuditHead, CaseInfo, CatalogueStore } from '../port.js';
import { Db, type Row } from './db.js';
import { migrate } from './migrate.js';
import { CATALOGUE_MIGRATIONS } from './migrations/catalogue.js';

const LOCK_RETRY_MS = 50;
const LOCK_WAIT_MS = 15_000;

/**
 * The workspace catalogue. It is opened per operation and closed at once, so that several Skein
 * processes (a server and a CLI) can share it; a process that finds it locked waits briefly.
 */
export class DuckDbCatalogue implements CatalogueStore {
  constructor(readonly root: string) {}

  private get file(): string {
    return join(this.root, 'catalogue.duckdb');
  }
  private get headFile(): string {
    return join(this.root, 'audit-head.json');
  }

  private async with<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const db = await openWithRetry(this.file);
    try {
      await migrate(db, CATALOGUE_MIGRATIONS);
      return await work(db);
    } finally {
      db.close();
    }
  }

  async listCases(): Promise<CaseInfo[]> {
    return this.with(async (db) => (await db.all(`SELECT * FROM cases ORDER BY name`)).map(caseRow));
  }

  async getCase(name: string): Promise<CaseInfo | undefined> {
    return this.with(async (db) => {
      const r = await db.one(`SELECT * FROM cases WHERE name = $n`, { n: name });
      return r ? caseRow(r) : undefined;
    });
  }

  async createCase(info: CaseInfo, audit: AuditEntry): Promise<void> {
    const head = await this.with((db) =>
      db.transaction(async () => {
        const existing = await db.one(`SELECT status FROM cases WHERE name = $n`, { n: info.name });
        if (existing)
          throw new SkeinError('CASE_EXISTS', `A case named ${info.name} already exists.`, {
            input: info.name,
          });
        await db.run(
          `INSERT INTO cases VALUES ($name, $title, $purpose, $region, $tz, $file, $at, $by, 'open', NULL)`,
          {
            name: info.name,
            title: info.title,
            purpose: info.purpose,
            region: info.region ?? null,
            tz: info.tz ?? null,
            file: info.file,
            at: info.createdAt,
            by: info.createdBy,
          },
        );
        return this.appendIn(db, [audit]);
      }),
    );
    await this.writeHeadFile(head);
  }

  async markPurged(name: string, at: string, audit: AuditEntry): Promise<void> {
    const head = await this.with((db) =>
      db.transaction(async () => {
        await db.run(`UPDATE cases SET status = 'purged', purged_at = $at WHERE name = $n`, { n: name, at });
        return this.appendIn(db, [audit]);
      }),
    );
    await this.writeHeadFile(head);
  }

  async appendAudit(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.writeHeadFile(await this.with((db) => db.transaction(() => this.appendIn(db, entries))));
  }

  async readAudit(): Promise<{
    entries: ChainedAuditEntry[];
    head: AuditHead | null;
    fileHead: AuditHead | null;
  }> {
    const { entries, head } = await this.with(async (db) => ({
      entries: (await db.all(`SELECT * FROM audit ORDER BY seq`)).map(auditRow),
      head: headRow(await db.one(`SELECT seq, hash FROM audit_head`)),
    }));
    return { entries, head, fileHead: await this.readHeadFile() };
  }

  /** Appends in order, skipping entries already chained (an outbox shipped twice after a crash). */
  private async appendIn(db: Db, entries: readonly AuditEntry[]): Promise<AuditHead> {
    const head = headRow(await db.one(`SELECT seq, hash FROM audit_head`)) ?? { seq: 0, hash: GENESIS_HASH };
    let { seq, hash } = head;
    for (const e of entries) {
      if (await db.one(`SELECT 1 FROM audit WHERE id = $id`, { id: e.id })) continue;
      const c = chain(e, seq + 1, hash);
      await db.run(
        `INSERT INTO audit VALUES ($seq, $id, $at, $user, $case, $op, $action, $why, $records, $count, $recipient,
                                  $detail, $prev, $hash)`,
        {
          seq: c.seq,
          id: c.id,
          at: c.at,
          user: c.user,
          case: c.caseName,
          op: c.operation,
          action: c.action,
          why: c.justification,
          records: JSON.stringify(c.records),
          count: c.recordCount,
          recipient: c.recipient,
          detail: JSON.stringify(c.detail),
          prev: c.prevHash,
          hash: c.hash,
        },
      );
      seq = c.seq;
      hash = c.hash;
    }
    await db.run(`INSERT OR REPLACE INTO audit_head VALUES (1, $seq, $hash)`, { seq, hash });
    return { seq, hash };
  }

  /** A copy of the head outside the database, so that truncating both the records and the head is still seen. */
  private async writeHeadFile(head: AuditHead): Promise<void> {
    const tmp = `${this.headFile}.tmp`;
    await writeFile(tmp, JSON.stringify(head));
    await rename(tmp, this.headFile);
  }

  private async readHeadFile(): Promise<AuditHead | null> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.headFile, 'utf8'));
      return headRow(parsed as Row) ?? null;
    } catch {
      return null;
    }
  }
}

async function openWithRetry(file: string): Promise<Db> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return await Db.open(file, 'The workspace catalogue');
    } catch (e) {
      if (!(e instanceof SkeinError) || e.code !== 'STORE_LOCKED' || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, LOCK_RETRY_MS));
    }
  }
}

function caseRow(r: Row): CaseInfo {
  return {
    name: String(r.name),
    title: String(r.title),
    purpose: String(r.purpose),
    ...(r.region ? { region: String(r.region) } : {}),
    ...(r.tz ? { tz: String(r.tz) } : {}),
    file: String(r.file),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    status: r.status === 'purged' ? 'purged' : 'open',
  };
}

function auditRow(r: Row): ChainedAuditEntry {
  return ChainedAuditEntry.parse({
    seq: r.seq,
    id: r.id,
    at: r.logged_at,
    user: r.user_name,
    caseName: r.case_name,
    operation: r.operation,
    action: r.action,
    justification: r.justification,
    records: JSON.parse(String(r.records)),
    recordCount: r.record_count,
    recipient: r.recipient,
    detail: JSON.parse(String(r.detail)),
    prevHash: r.prev_hash,
    hash: r.hash,
  });
}

function headRow(r: Row | undefined): AuditHead | null {
  if (!r || typeof r.hash !== 'string') return null;
  return { seq: Number(r.seq), hash: r.hash };
}
