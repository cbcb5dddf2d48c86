import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SkeinError, type AuditOperation } from '../model/index.js';
import { DuckDbCaseStore, DuckDbCatalogue, type CaseInfo, type CaseStore } from '../store/index.js';
import type { Actor } from './actor.js';
import { auditEntry, type AuditRequest } from './audit/entry.js';
import { verifyChain, type AuditVerdict } from './audit/verify.js';

const CASE_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export interface NewCase {
  readonly name: string;
  readonly title?: string;
  readonly purpose?: string;
  readonly region?: string;
  readonly tz?: string;
}

/** The workspace folder: its catalogue and one database file per case. The services every front end uses. */
export class Workspace {
  private constructor(
    readonly root: string,
    private readonly catalogue: DuckDbCatalogue,
  ) {}

  static async open(root: string): Promise<Workspace> {
    const abs = resolve(root);
    await mkdir(join(abs, 'cases'), { recursive: true });
    return new Workspace(abs, new DuckDbCatalogue(abs));
  }

  async createCase(input: NewCase, actor: Actor): Promise<CaseInfo> {
    if (!CASE_NAME.test(input.name)) {
      throw new SkeinError(
        'CASE_BAD_NAME',
        'A case name is 1–64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.',
        { input: input.name },
      );
    }
    const info: CaseInfo = {
      name: input.name,
      title: input.title ?? input.name,
      purpose: input.purpose ?? `Investigation ${input.name}`,
      ...(input.region ? { region: input.region.toUpperCase() } : {}),
      ...(input.tz ? { tz: input.tz } : {}),
      file: join('cases', `${input.name}.duckdb`),
      createdAt: new Date().toISOString(),
      createdBy: actor.user,
      status: 'open',
    };
    await this.catalogue.createCase(
      info,
      auditEntry(actor, {
        operation: 'collection',
        action: 'case create',
        caseName: info.name,
        records: [info.name],
      }),
    );
    return info;
  }

  listCases(): Promise<CaseInfo[]> {
    return this.catalogue.listCases();
  }

  async requireCase(name: string): Promise<CaseInfo> {
    const info = await this.catalogue.getCase(name);
    if (!info || info.status !== 'open') {
      throw new SkeinError('CASE_NOT_FOUND', `There is no open case named ${name}.`, { input: name });
    }
    return info;
  }

  /** Opens the case's database for the duration of `work`; it is locked against other processes meanwhile. */
  async withCase<T>(name: string, work: (store: CaseStore, info: CaseInfo) => Promise<T>): Promise<T> {
    return this.withOpenCase(await this.requireCase(name), work);
  }

  private async withOpenCase<T>(
    info: CaseInfo,
    work: (store: CaseStore, info: CaseInfo) => Promise<T>,
  ): Promise<T> {
    const store = await DuckDbCaseStore.open(info.name, join(this.root, info.file), this.catalogue);
    try {
      return await work(store, info);
    } finally {
      store.close();
    }
  }

  /** Erases a case as a unit. The audit keeps who erased what and when, never the erased data. */
  async purgeCase(name: string, actor: Actor): Promise<void> {
    const info = await this.requireCase(name);
    const counts = await this.withOpenCase(info, (store) => store.counts());
    const file = join(this.root, info.file);
    for (const f of DuckDbCaseStore.releaseFiles(file)) await rm(f, { force: true, recursive: true });
    if (await exists(file)) throw new SkeinError('CASE_PURGE_FAILED', `Could not erase ${file}.`, { file });
    const at = new Date().toISOString();
    await this.catalogue.markPurged(
      name,
      at,
      auditEntry(actor, {
        operation: 'erasure',
        action: 'case purge',
        caseName: name,
        casePurpose: info.purpose,
        records: [name],
        recordCount: (counts.entities ?? 0) + (counts.events ?? 0) + (counts.links ?? 0),
        detail: { erased: counts },
      }),
    );
  }

  /** Logs an operation that changes nothing in the case (a consultation, a disclosure). */
  async log(actor: Actor, req: AuditRequest & { readonly operation: AuditOperation }): Promise<void> {
    await this.catalogue.appendAudit([auditEntry(actor, req)]);
  }

  async verifyAudit(): Promise<AuditVerdict> {
    const { entries, head, fileHead } = await this.catalogue.readAudit();
    const inDb = verifyChain(entries, head);
    if (!inDb.ok) return inDb;
    return verifyChain(entries, fileHead);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
