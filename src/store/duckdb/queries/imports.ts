import { ImportRecord, RejectRecord } from '../../../model/index.js';
import type { AliasRow } from '../../port.js';
import type { Db, Row } from '../db.js';

export async function listImports(
  db: Db,
  caseName: string,
  where = '',
  params = {},
): Promise<ImportRecord[]> {
  const rows = await db.all(`SELECT * FROM imports ${where} ORDER BY started_at, id`, params);
  return rows.map((r) => importRow(r, caseName));
}

export function importRow(r: Row, caseName: string): ImportRecord {
  return ImportRecord.parse({
    id: r.id,
    caseName,
    kind: r.kind,
    importer: r.importer,
    importerVersion: r.importer_version,
    fileName: r.file_name,
    sha256: r.sha256,
    bytes: r.bytes,
    user: r.user_name,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    rowsIn: r.rows_in,
    imported: r.imported,
    rejected: r.rejected,
    options: JSON.parse(String(r.options)),
    notes: JSON.parse(String(r.notes)),
  });
}

export async function listRejects(
  db: Db,
  filter: { importId?: string; limit: number; offset: number },
): Promise<RejectRecord[]> {
  const rows = await db.all(
    `SELECT * FROM rejects WHERE $imp IS NULL OR import_id = $imp ORDER BY import_id, row_no, field
     LIMIT $limit OFFSET $offset`,
    { imp: filter.importId ?? null, limit: filter.limit, offset: filter.offset },
  );
  return rows.map((r) =>
    RejectRecord.parse({
      importId: r.import_id,
      row: r.row_no,
      ...(r.field === null ? {} : { field: r.field }),
      code: r.code,
      ...(r.detail === null ? {} : { detail: r.detail }),
      raw: r.raw,
    }),
  );
}

export async function listAliases(db: Db, entityId: string): Promise<AliasRow[]> {
  const rows = await db.all(
    `SELECT a.name, a.holder, h.label holder_label, a.context, a.import_id, i.file_name, a.row_no, a.path
       FROM aliases a JOIN imports i ON i.id = a.import_id
       LEFT JOIN (SELECT DISTINCT id, label FROM entities) h ON h.id = a.holder
      WHERE a.entity_id = $id ORDER BY a.name, i.file_name, a.row_no`,
    { id: entityId },
  );
  return rows.map((r) => ({
    name: String(r.name),
    holder: r.holder === null ? null : String(r.holder),
    holderLabel: r.holder_label === null || r.holder_label === undefined ? null : String(r.holder_label),
    context: r.context === null ? null : String(r.context),
    importId: String(r.import_id),
    fileName: String(r.file_name),
    row: Number(r.row_no),
    path: r.path === null ? null : String(r.path),
  }));
}
