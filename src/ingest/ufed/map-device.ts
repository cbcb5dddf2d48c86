import type { PropValue, RowRef } from '../contract.js';
import { imported, rejected } from './map-context.js';
import type { MapContext, MapOutcome } from './map-context.js';
import { childModels, fieldText } from './model-node.js';
import type { UfedModel } from './model-node.js';
import { serviceOfSource } from './services.js';

const OWN_NUMBER = /msisdn|phone ?number|own ?number|line ?1 ?number|mobile ?number/iu;
const IMEI = /\bimei\b|^imei/iu;

/**
 * Routes one named device fact (a DeviceInfoEntry, SIMData or header metadata item) to the device,
 * its SIM or its own numbers. Non-identifier facts become device properties.
 */
export function addDeviceFact(
  name: string,
  value: string,
  at: RowRef,
  ctx: MapContext,
  isSim = false,
): MapOutcome {
  const n = name.toLowerCase();
  if (value.trim() === '') return rejected('UFED_EMPTY_VALUE', name);
  if (IMEI.test(n) && !n.includes('sv')) {
    const r = ctx.owner.setImei(value, at);
    return r.ok ? imported : rejected(r.error.code, name);
  }
  if (n.includes('iccid') || n.includes('imsi')) return ctx.sims.add(name, value, at, ctx);
  if (OWN_NUMBER.test(n)) {
    const r = ctx.owner.addOwnPhone(value, at);
    return r.ok ? imported : rejected(r.error.code, name);
  }
  if (isSim) return ctx.sims.add(name, value, at, ctx);
  ctx.owner.setDeviceProp(name, value as PropValue, at);
  return imported;
}

/** DeviceInfoEntry and SIMData both hold one `Name`/`Value` pair. */
export function mapNamedFact(isSim: boolean) {
  return (model: UfedModel, at: RowRef, ctx: MapContext): MapOutcome => {
    const name = fieldText(model, 'Name');
    const value = fieldText(model, 'Value');
    if (name === undefined || value === undefined) return rejected('UFED_EMPTY_VALUE', 'Value');
    return addDeviceFact(name, value, at, ctx, isSim);
  };
}

/** A UserAccount of an app on the device: an `account` entity the device uses. */
export function mapUserAccount(model: UfedModel, at: RowRef, ctx: MapContext): MapOutcome {
  const source = fieldText(model, 'Source') ?? fieldText(model, 'ServiceType');
  const service = serviceOfSource(source) ?? 'other';
  const handles = [
    fieldText(model, 'Username'),
    ...childModels(model, 'Entries')
      .filter((e) => e.type === 'UserID' || e.type === 'PhoneNumber' || e.type === 'EMailAddress')
      .map((e) => fieldText(e, 'Value')),
  ].filter((h): h is string => h !== undefined);
  let issue: string | undefined;
  let resolved = 0;
  for (const handle of new Set(handles)) {
    const id = ctx.ids.account(handle, service, at, source !== undefined ? { source } : undefined);
    if (!id.ok) {
      issue ??= id.error.code;
      continue;
    }
    resolved += 1;
    ctx.owner.linkFromDevice(id.value, at);
    const name = fieldText(model, 'Name');
    if (name !== undefined) ctx.alias(id.value, name, at);
  }
  return resolved > 0 ? imported : rejected(issue ?? 'UFED_ACCOUNT_EMPTY', 'Username');
}
