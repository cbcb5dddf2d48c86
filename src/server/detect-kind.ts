import { open } from 'node:fs/promises';

const PREVIEW_BYTES = 4096;
const PREVIEW_LINES = 8;
/** Header words of operator billings (EN/FR), as in the shipped profiles; the layout step checks the rest. */
const CDR_HEADER =
  /^(.*(caller|calling|msisdn|a_number|called|b_number|imei|imsi|cell|cgi|target no|b party|call type|appelant|appel[eé]|correspondant|num[eé]ro cible).*)$/m;

/** The first lines of a file as text, for the user to check what was detected. */
export async function previewLines(path: string): Promise<string[]> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(PREVIEW_BYTES);
    const { bytesRead } = await handle.read(buf, 0, PREVIEW_BYTES, 0);
    const text = buf.subarray(0, bytesRead).toString('utf8');
    if (text.includes('\u0000')) return [];
    return text.split(/\r?\n/).slice(0, PREVIEW_LINES);
  } finally {
    await handle.close();
  }
}

/**
 * A best guess at the importer kind from the name and first lines. Only a suggestion: the user
 * confirms or corrects it before importing, and `known` limits the answer to importers that exist.
 */
export function detectKind(
  fileName: string,
  preview: readonly string[],
  known: readonly string[],
): string | null {
  const lower = fileName.toLowerCase();
  const head = preview.join('\n').toLowerCase();
  const guesses: (string | null)[] = [
    lower.endsWith('.ufdr') || lower.endsWith('report.xml') ? 'ufed' : null,
    lower.endsWith('.vcf') ? 'vcard' : null,
    head.includes('"record"') || /^record[,;\t]/.test(head) ? 'entities' : null,
    lower.endsWith('.json') && head.includes('"chats"') ? 'telegram' : null,
    /tower|dump/.test(lower) ? 'towerdump' : null,
    CDR_HEADER.test(head) ? 'cdr' : null,
    lower.endsWith('.txt') && /^\[?\d{1,2}[./]\d{1,2}[./]\d{2,4}/m.test(head) ? 'whatsapp' : null,
  ];
  return guesses.find((g): g is string => g !== null && known.includes(g)) ?? null;
}
