/** A scripted message: demo day, Libyan local hh:mm, the speaker's ref, and the text. */
export type Scripted = readonly [day: number, hh: number, mm: number, speaker: string, text: string];

/** The captain's WhatsApp chat with the coordinator's new number (in the seized phone). */
export const CAPTAIN_CHAT: readonly Scripted[] = [
  [52, 10, 4, 'coordinator', 'Salam Youssef, this is my new number. Save it, delete the old one.'],
  [52, 10, 9, 'captain-a', 'وعليكم السلام حاج. تمام'],
  [54, 18, 30, 'coordinator', 'The boat must be ready by Friday. Check the engine with Nouri.'],
  [54, 18, 41, 'captain-a', 'Engine ok. I need fuel, 6 jerrycans'],
  [55, 21, 2, 'coordinator', 'Fuel comes with Nouri. Hassan will pay you after.'],
  [57, 9, 15, 'captain-a', 'How many people this time?'],
  [57, 9, 20, 'coordinator', '12 from Sebha plus the ones in Sabratha. 40 total maybe'],
  [57, 9, 22, 'captain-a', 'Too many for this boat hajj'],
  [57, 9, 30, 'coordinator', 'It is enough. Same price as last time.'],
  [59, 17, 45, 'coordinator', 'Tonight at the farm. Come after maghrib.'],
  [59, 17, 50, 'captain-a', 'ok'],
  [60, 20, 10, 'coordinator', 'Sea is good. We go tonight. Take the Thuraya.'],
  [60, 20, 12, 'captain-a', 'إن شاء الله'],
  [60, 23, 55, 'captain-a', 'I am at the beach'],
];

/** The WhatsApp group "Zuwara trips", exported from the seized phone; before day 48 the coordinator writes from his old number. */
export const GROUP_CHAT: readonly Scripted[] = [
  [20, 19, 2, 'coordinator', 'Salam alaikum. This group is for the trips only. No names.'],
  [20, 19, 5, 'coast-driver', 'تمام'],
  [20, 19, 7, 'captain-b', 'ok hajj'],
  [22, 11, 30, 'coordinator', 'Next trip end of September. Adel, check the weather every day.'],
  [22, 11, 41, 'captain-b', 'Wind from north all week, not good'],
  [27, 8, 15, 'safehouse-sabratha', 'The farm has place for 30. Water and bread only.'],
  [27, 8, 20, 'coordinator', 'Good. Nouri brings them from the road.'],
  [33, 22, 3, 'captain-tn', 'Salam. From Sfax side we are ready also, the port is calm'],
  [33, 22, 10, 'coordinator', 'Hamza wait for my message. Mohamed Ali knows.'],
  [41, 16, 12, 'captain-a', 'The motor is fixed. 40 horse'],
  [41, 16, 20, 'coordinator', 'Bravo Youssef'],
  [47, 20, 40, 'coordinator', 'Police asked about the boat in the port. Everyone careful with the phones.'],
  [53, 9, 0, 'coordinator', 'I am here with a new number. Same person.'],
  [53, 9, 3, 'coast-driver', 'مرحبا حاج'],
  [56, 19, 30, 'coordinator', 'The Sebha group passed the checkpoint. Salah brings them to Sabratha.'],
  [58, 12, 14, 'safehouse-sabratha', 'Farm is ready'],
  [60, 15, 0, 'coordinator', 'Tonight. Everyone at the beach after midnight. Phones off after 3.'],
  [60, 15, 4, 'captain-b', 'I come to help with the boat'],
  [60, 15, 6, 'captain-a', 'ok'],
];

/** Short SMS texts by topic; the seized phone's SMS draw from these. */
export const SMS_WORK = [
  'call me',
  'اتصل بي',
  'where are you',
  'ok',
  'tomorrow morning',
  'the money is with Hassan',
  'wait',
  'وصلت',
];
export const SMS_FAMILY = [
  'كيف حالك',
  'Salam, all good?',
  'come for dinner',
  'بابا اتصل',
  'send me credit please',
  'ok',
];
