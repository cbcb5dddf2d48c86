/** Invented migrant names: common given names and family names of the region, paired by the seed. */
export const MIGRANT_GIVEN = [
  'Amadou',
  'Fatoumata',
  'Moussa',
  'Aïssata',
  'Ousmane',
  'Mariama',
  'Idrissa',
  'Hadiza',
  'Boubacar',
  'Zeinab',
  'Blessing',
  'Chinedu',
  'Kossi',
  'Awa',
  'Mamadou',
  'Halima',
  'Yaw',
  'Adama',
  'Souleymane',
  'Kadiatou',
] as const;

export const MIGRANT_FAMILY = [
  'Diallo',
  'Traoré',
  'Coulibaly',
  'Souley',
  'Issoufou',
  'Okafor',
  'Mensah',
  'Camara',
  'Keïta',
  'Sow',
  'Abdou',
  'Mahamadou',
  'Bello',
  'Sanogo',
  'Touré',
  'Ndiaye',
  'Adamou',
  'Ouédraogo',
  'Idrissa',
  'Garba',
] as const;

/** Latin spelling without diacritics, as an English-language source would write it. */
export function plainLatin(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
}
