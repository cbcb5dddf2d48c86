import { z } from 'zod';

/** Status of an SMS stored on the SIM (EF_SMS status byte, as SIM readers name it). */
export const SimSmsStatus = z.enum(['received-read', 'received-unread', 'sent', 'unsent']);

/** The neutral SIM-reader form (see README.md): identifiers, the ADN phonebook and stored SMS. */
export const SimDump = z
  .object({
    iccid: z.string().optional(),
    imsi: z.string().optional(),
    msisdn: z.string().optional(),
    adn: z.array(z.object({ name: z.string(), number: z.string() })).default([]),
    sms: z
      .array(z.object({ number: z.string(), time: z.string(), text: z.string(), status: SimSmsStatus }))
      .default([]),
  })
  .refine((d) => d.iccid !== undefined || d.imsi !== undefined, {
    message: 'a SIM needs an ICCID or an IMSI',
  });
export type SimDump = z.infer<typeof SimDump>;

const CSV_HEADER = ['record', 'name', 'number', 'time', 'status', 'text', 'value'] as const;

/**
 * Reads the CSV form: one header row `record,name,number,time,status,text,value`, then one row per
 * record (`iccid`/`imsi`/`msisdn` use `value`; `adn` uses name, number; `sms` uses number, time, status, text).
 * Returns the dump candidate for zod to validate, or undefined when the header is not ours.
 */
export function csvToDump(rows: readonly string[][]): Record<string, unknown> | undefined {
  const [header, ...body] = rows;
  if (header === undefined || header.map((h) => h.trim().toLowerCase()).join(',') !== CSV_HEADER.join(','))
    return undefined;
  const dump: Record<string, unknown> = { adn: [], sms: [] };
  for (const r of body) {
    const [record = '', name = '', number = '', time = '', status = '', text = '', value = ''] = r;
    const kind = record.trim().toLowerCase();
    if (kind === 'iccid' || kind === 'imsi' || kind === 'msisdn') dump[kind] = value;
    else if (kind === 'adn') (dump['adn'] as unknown[]).push({ name, number });
    else if (kind === 'sms') (dump['sms'] as unknown[]).push({ number, time, status, text });
    // Records of kinds this form does not define are a different file, not something to guess at.
    else if (r.some((f) => f.trim() !== '')) return undefined;
  }
  return dump;
}
