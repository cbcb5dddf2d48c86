import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { at, wallClock } from './clock.js';
import { GROUP_CHAT } from './chat-scripts.js';
import { captainPhonebook } from './phonebook.js';
import type { World } from './world.js';

/** The group's name, and the name the exporting phone's owner writes under. */
export const GROUP_NAME = 'Zuwara trips';
export const OWNER_NAME = 'Youssef';

/** A name as the exporting phone shows it: the saved contact name, else the number in international form. */
export interface ShownSender {
  readonly shown: string;
  readonly phone: string;
  readonly person: string;
}

/**
 * The group chat as WhatsApp for Android exports it ("dd/mm/yyyy, HH:MM - Name: text", the phone's local
 * time). The coordinator's change of number shows as WhatsApp's own notice between his two names.
 */
export function renderGroupExport(world: World): { text: string; lines: number; senders: ShownSender[] } {
  const saved = new Map(captainPhonebook(world).map((c) => [c.phone, c.name]));
  const byRef = new Map(world.cast.persons.map((p) => [p.ref, p]));
  const senders = new Map<string, ShownSender>();
  const stampOf = (t: number): string => {
    const w = wallClock(t, 'Africa/Tripoli');
    return `${w.d}/${w.mo}/${w.y}, ${w.h}:${w.mi}`;
  };
  const shownAt = (ref: string, t: number): string => {
    const line = byRef.get(ref)?.lines.find((l) => l.fromMs <= t && t < l.toMs);
    if (!line) throw new Error(`${ref} has no line at ${t}`);
    const shown =
      ref === 'captain-a'
        ? OWNER_NAME
        : (saved.get(line.phone) ??
          parsePhoneNumberFromString(line.phone)?.formatInternational() ??
          line.phone);
    senders.set(`${shown}|${line.phone}`, { shown, phone: line.phone, person: ref });
    return shown;
  };
  const created = at(20, 19, 0);
  const out = [
    `${stampOf(created)} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.`,
    `${stampOf(created)} - ${shownAt('coordinator', created)} created group "${GROUP_NAME}"`,
    `${stampOf(created)} - ${shownAt('coordinator', created)} added you`,
  ];
  const oldName = shownAt('coordinator', created);
  let changed = false;
  for (const [day, hh, mm, who, text] of GROUP_CHAT) {
    const t = at(day, hh, mm);
    if (!changed && who === 'coordinator' && day >= 51) {
      changed = true;
      out.push(
        `${stampOf(t)} - ${oldName} changed their phone number to a new number. Tap to message or add the new number.`,
      );
    }
    out.push(`${stampOf(t)} - ${shownAt(who, t)}: ${text}`);
  }
  return { text: `${out.join('\n')}\n`, lines: out.length, senders: [...senders.values()] };
}
