import type { PropValue, RowRef } from '../contract.js';
import { imported, rejected } from './map-context.js';
import type { MapContext, MapOutcome } from './map-context.js';
import { commonProps, modelTime } from './map-communication.js';
import { childModel, fieldText } from './model-node.js';
import type { UfedModel } from './model-node.js';

/** Latitude/longitude of a Coordinate model; some locales write a decimal comma. */
export function coordinateOf(position: UfedModel | undefined): { lat: number; lon: number } | undefined {
  if (position === undefined) return undefined;
  const lat = Number(fieldText(position, 'Latitude')?.replace(',', '.') ?? Number.NaN);
  const lon = Number(fieldText(position, 'Longitude')?.replace(',', '.') ?? Number.NaN);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return undefined;
  return { lat, lon };
}

/** A Location: a `location-fix` event of the seized phone with lat/lon props. */
export function mapLocation(model: UfedModel, at: RowRef, ctx: MapContext): MapOutcome {
  const when = modelTime(model, ctx);
  if (when === undefined) return rejected('UFED_BAD_TIMESTAMP', 'TimeStamp');
  const position = coordinateOf(childModel(model, 'Position'));
  if (position === undefined) return rejected('UFED_BAD_COORDINATE', 'Position');
  const props: Record<string, PropValue> = { ...commonProps(model), lat: position.lat, lon: position.lon };
  for (const f of ['Name', 'Type', 'Category', 'Precision', 'GpsHorizontalAccuracy', 'Origin'] as const) {
    const v = fieldText(model, f);
    if (v !== undefined) props[f.charAt(0).toLowerCase() + f.slice(1)] = v;
  }
  ctx.sink.event(
    { kind: 'location-fix', startUtcMs: when.utcMs, time: when.time, from: ctx.owner.anchor(at), props },
    at,
  );
  return imported;
}

/**
 * A CellTower: a `cellsite` entity keyed `mcc-mnc-lac-cid`, and a `cell-observation` event of the seized
 * phone when the model is timed.
 */
export function mapCellTower(model: UfedModel, at: RowRef, ctx: MapContext): MapOutcome {
  const parts = ['MCC', 'MNC', 'LAC', 'CID'].map((f) => fieldText(model, f));
  if (parts.some((p) => p === undefined || !/^\d+$/u.test(p))) return rejected('UFED_BAD_CELL', 'CID');
  const key = parts.join('-');
  const position = coordinateOf(childModel(model, 'Position'));
  const props: Record<string, PropValue> = { ...commonProps(model), ...(position ?? {}) };
  const cell = ctx.sink.entity({ kind: 'cellsite', key, props }, at);
  const when = modelTime(model, ctx);
  if (when !== undefined) {
    ctx.sink.event(
      {
        kind: 'cell-observation',
        startUtcMs: when.utcMs,
        time: when.time,
        from: ctx.owner.anchor(at),
        sightings: [{ party: 'from', cell: key }],
        props: { ...props, cellsite: cell },
      },
      at,
    );
  }
  return imported;
}
