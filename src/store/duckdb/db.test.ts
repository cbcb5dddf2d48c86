import { describe, expect, it } from 'vitest';
import { tempDb } from './test-support/temp-db.js';

// Bulk line numbering relies on DuckDB keeping insertion order; a setting left changed by a failed
// import would renumber the next file's rows.
describe('Db.withSetting', () => {
  const t = tempDb();
  const order = async (): Promise<unknown> =>
    (await t.db.one(`SELECT current_setting('preserve_insertion_order') v`))?.v;

  it('applies the setting inside and restores it after', async () => {
    const inside = await t.db.withSetting('preserve_insertion_order', 'false', order);
    expect(inside).toBe(false);
    expect(await order()).toBe(true);
  });

  it('restores the setting after the rollback when the work fails inside a transaction', async () => {
    const failing = t.db.transaction(() =>
      t.db.withSetting('preserve_insertion_order', 'false', () => t.db.run(`SELECT error('boom')`)),
    );
    await expect(failing).rejects.toThrow(/boom/);
    expect(await order()).toBe(true);
  });
});
