import type { TowerDumpRow } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str } from './rows.js';

/** The tower dumps of the case, each a scene of its cells over its window. */
export async function listTowerDumps(db: Db): Promise<TowerDumpRow[]> {
  const rows = await db.all(
    `SELECT id, label, cells, epoch_ms(from_t) from_ms, epoch_ms(to_t) to_ms FROM tower_dumps ORDER BY from_t, id`,
  );
  return rows.map((r) => ({
    id: str(r.id),
    label: str(r.label),
    cells: (JSON.parse(str(r.cells)) as unknown[]).map(String),
    fromMs: num(r.from_ms),
    toMs: num(r.to_ms),
  }));
}
