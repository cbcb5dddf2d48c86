import type { EntityDraft, ImportInput, PropValue, RecordSink, RowRef } from '../contract.js';
import { Identities, type IdResult } from './identities.js';

export interface OwnerOptions {
  /** `input.owner`: the seized phone's own number when the extraction does not hold it. */
  readonly owner?: string;
  /** Names the natural device id and alias contexts (`extraction <fileName>`). */
  readonly fileName: string;
  readonly sha256: string;
}

/**
 * The seized handset and its own identifiers. Events are anchored to the owner's phone number when one
 * is known at the time (from `input.owner` or the report header), otherwise to the device entity;
 * the device is linked (`uses`) to every own number, SIM and account found, so the graph joins up either way.
 */
export class OwnerAnchor {
  private deviceId: string | undefined;
  private imei: { readonly key: string; readonly raw: string } | undefined;
  private phoneId: string | undefined;
  private isOwnerTried = false;
  private hasAnchoredToDevice = false;
  private readonly linked = new Set<string>();
  private readonly deviceProps: Record<string, PropValue> = {};
  /** True when some event was anchored to the device before an own number was learned. */
  isLateOwner = false;

  constructor(
    private readonly sink: RecordSink,
    private readonly ids: Identities,
    private readonly opts: OwnerOptions,
  ) {}

  /** Records the device IMEI; a second IMEI (dual-SIM handset) is kept as a property of the same device. */
  setImei(raw: string, at: RowRef): IdResult {
    const key = this.ids.imeiKey(raw);
    if (!key.ok) return key;
    if (this.imei === undefined && this.deviceId === undefined) this.imei = { key: key.value, raw };
    // Learned after the device was anchored by the extraction hash: kept as a property, the id stays.
    else if (this.imei === undefined) this.deviceProps['imei'] = key.value;
    else if (this.imei.key !== key.value) this.deviceProps['otherImei'] = key.value;
    return { ok: true, value: this.emitDevice(at) };
  }

  /** Device facts that are not identifiers (model, manufacturer, OS). */
  setDeviceProp(name: string, value: PropValue, at: RowRef): string {
    this.deviceProps[name] = value;
    return this.emitDevice(at);
  }

  /** Records an own number of the device, linking it from the device. */
  addOwnPhone(raw: string, at: RowRef): IdResult {
    const id = this.ids.phone(raw, at, { own: true });
    if (!id.ok) return id;
    this.phoneId ??= id.value;
    if (this.hasAnchoredToDevice) this.isLateOwner = true;
    this.linkFromDevice(id.value, at);
    return id;
  }

  /** Links an identifier the device uses (an own number, a SIM, an app account). */
  linkFromDevice(to: string, at: RowRef): void {
    const device = this.device(at);
    if (this.linked.has(to)) return;
    this.linked.add(to);
    this.sink.link({ kind: 'uses', from: device, to, basis: 'fact' }, at);
  }

  /** The entity a call, message or location of the seized phone is anchored to. */
  anchor(at: RowRef): string {
    if (this.phoneId === undefined && this.opts.owner !== undefined && !this.isOwnerTried) {
      this.isOwnerTried = true;
      this.addOwnPhone(this.opts.owner, at);
    }
    if (this.phoneId !== undefined) return this.phoneId;
    this.hasAnchoredToDevice = true;
    return this.device(at);
  }

  /** The device entity, created on first use (keyed by IMEI when known, else by the extraction hash). */
  device(at: RowRef): string {
    return this.deviceId ?? this.emitDevice(at);
  }

  /** `extraction <fileName>`, the context of every alias read from this extraction. */
  get context(): string {
    return `extraction ${this.opts.fileName}`;
  }

  private emitDevice(at: RowRef): string {
    const base = { kind: 'device' as const, props: { ...this.deviceProps } };
    const draft: EntityDraft =
      this.imei !== undefined
        ? { ...base, key: this.imei.key, raw: this.imei.raw }
        : {
            ...base,
            naturalId: `extraction:${this.opts.sha256}`,
            label: `Seized device (${this.opts.fileName})`,
          };
    this.deviceId = this.sink.entity(draft, at);
    return this.deviceId;
  }
}

/** The identifier resolver and owner anchor of one extraction, as every extraction importer sets them up. */
export function extractionAnchor(
  sink: RecordSink,
  input: ImportInput,
): { ids: Identities; owner: OwnerAnchor } {
  const ids = new Identities(sink, input.region);
  const owner = new OwnerAnchor(sink, ids, {
    fileName: input.fileName,
    sha256: input.sha256,
    ...(input.owner !== undefined ? { owner: input.owner } : {}),
  });
  return { ids, owner };
}
