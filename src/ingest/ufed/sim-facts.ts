import type { PropValue, RowRef } from '../contract.js';
import type { MapContext, MapOutcome } from './map-context.js';

/**
 * Collects the SIM identifiers a report spreads over several SIMData / DeviceInfoEntry models, so the SIM
 * becomes one entity keyed by ICCID (IMSI when no ICCID is known) whatever order the models come in.
 * SIM cards carry few facts, so keeping them until the end costs no memory worth counting.
 */
export class SimFacts {
  private iccid: { key: string; raw: string } | undefined;
  private imsi: { key: string; raw: string } | undefined;
  private readonly props: Record<string, PropValue> = {};
  private readonly rows: RowRef[] = [];

  /** Adds an ICCID, IMSI or other SIM property; identifiers are normalised now so bad ones reject their unit. */
  add(name: string, value: string, at: RowRef, ctx: MapContext): MapOutcome {
    const n = name.toLowerCase();
    if (n.includes('iccid')) {
      const key = ctx.ids.iccidKey(value);
      if (!key.ok) return { ok: false, code: key.error.code, field: name };
      this.iccid ??= { key: key.value, raw: value };
    } else if (n.includes('imsi')) {
      const key = ctx.ids.imsiKey(value);
      if (!key.ok) return { ok: false, code: key.error.code, field: name };
      this.imsi ??= { key: key.value, raw: value };
    } else this.props[name] = value;
    this.rows.push(at);
    return { ok: true };
  }

  /** Emits the SIM once per contributing unit; returns the rows that must be rejected for lack of an identifier. */
  finish(ctx: MapContext): RowRef[] {
    const primary =
      this.imsi !== undefined
        ? { by: 'imsi' as const, ...this.imsi }
        : this.iccid && { by: 'iccid' as const, ...this.iccid };
    if (primary === undefined) return [...this.rows];
    const props = {
      ...this.props,
      ...(this.iccid !== undefined ? { iccid: this.iccid.key } : {}),
      ...(this.imsi !== undefined ? { imsi: this.imsi.key } : {}),
    };
    for (const at of this.rows) {
      const sim = ctx.sink.entity({ kind: 'sim', key: primary.key, raw: primary.raw, props }, at);
      ctx.owner.linkFromDevice(sim, at);
    }
    return [];
  }
}
