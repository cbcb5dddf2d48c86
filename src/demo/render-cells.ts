import type { Cell } from './geography.js';

const HEADER = 'radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal';
// Fixed epoch seconds (2024-01-01 and 2026-06-01 UTC) keep the file byte-identical across runs.
const CREATED = 1704067200;
const UPDATED = 1780272000;

/** The cell registry in OpenCelliD's CSV format (formats.md §3): one row per cell, `\n` lines. */
export function renderOpenCellId(cells: readonly Cell[]): string {
  const rows = cells.map((c, i) => {
    const unit = c.radio === 'GSM' ? '' : String(100 + (i % 400));
    return [
      c.radio,
      c.mcc,
      c.mnc,
      c.area,
      c.cell,
      unit,
      c.lon.toFixed(6),
      c.lat.toFixed(6),
      c.rangeM,
      20 + (i % 50),
      1,
      CREATED,
      UPDATED,
      0,
    ].join(',');
  });
  return `${[HEADER, ...rows].join('\n')}\n`;
}

/** An operator's own site list (Libyan operator): sector azimuth, beam width and range, which OpenCelliD lacks. */
export function renderOperatorSites(cells: readonly Cell[]): string {
  const header = 'Site,Technology,MCC,MNC,LAC,CI,Latitude,Longitude,Azimuth,Beam width,Range m';
  const rows = cells.map((c) => {
    const site = `${c.place.toUpperCase().replaceAll('-', '')}-${Math.floor((c.cell % 100) / 10) + 1}`;
    return [
      site,
      c.radio,
      c.mcc,
      c.mnc,
      c.area,
      c.cell,
      c.lat.toFixed(6),
      c.lon.toFixed(6),
      c.azimuth,
      c.beam,
      c.rangeM,
    ].join(',');
  });
  return `${[header, ...rows].join('\r\n')}\r\n`;
}
