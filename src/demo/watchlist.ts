import { td3Mrz, type IdentifierPool, type PassportHolder } from './identifiers.js';

/** An INTERPOL-style notice on a person, as the watch list carries it; `person` is who it really is, if anyone. */
export interface NoticeSpec {
  readonly ref: string;
  readonly colour: 'red' | 'blue' | 'yellow';
  /** The name as the notice spells it: a variant of the case's spelling, for screening to bridge. */
  readonly listedName: string;
  readonly dob: string;
  readonly nationality: string;
  readonly person?: string;
}

export const NOTICES: readonly NoticeSpec[] = [
  {
    ref: 'wl-red-1',
    colour: 'red',
    listedName: 'BIN SALIM, Abd al-Qadir',
    dob: '1979-03-14',
    nationality: 'LBY',
    person: 'coordinator',
  },
  {
    ref: 'wl-red-2',
    colour: 'red',
    listedName: 'AG IBRAHIM, Musa',
    dob: '1982-11-02',
    nationality: 'NER',
    person: 'agadez-boss',
  },
  {
    ref: 'wl-blue-1',
    colour: 'blue',
    listedName: 'BEN AISSA, Kareem',
    dob: '1988-06-21',
    nationality: 'TUN',
    person: 'hawala-palermo',
  },
  {
    ref: 'wl-red-3',
    colour: 'red',
    listedName: 'OKONKWO, Emeka Chukwudi',
    dob: '1975-01-30',
    nationality: 'NGA',
  },
  {
    ref: 'wl-yellow-2',
    colour: 'yellow',
    listedName: 'BELLO, Rukayya',
    dob: '2011-04-09',
    nationality: 'NGA',
  },
];

/** A stolen or lost passport on the list, with its full TD3 machine-readable zone. */
export interface ListedDocument {
  readonly ref: string;
  readonly number: string;
  readonly status: 'stolen' | 'lost';
  readonly holder: PassportHolder;
  readonly mrz: readonly [string, string];
  /** The network member found carrying it, if any. */
  readonly carriedBy?: string;
}

const HOLDERS: readonly (PassportHolder & {
  readonly status: 'stolen' | 'lost';
  readonly carriedBy?: string;
})[] = [
  {
    issuingState: 'TUN',
    nationality: 'TUN',
    surname: 'Ben Youssef',
    givenNames: 'Salem',
    birth: '810517',
    sex: 'M',
    expiry: '290311',
    status: 'stolen',
    carriedBy: 'sfax-boss',
  },
  {
    issuingState: 'NER',
    nationality: 'NER',
    surname: 'Hamani',
    givenNames: 'Issa',
    birth: '930822',
    sex: 'M',
    expiry: '280105',
    status: 'stolen',
  },
  {
    issuingState: 'LBY',
    nationality: 'LBY',
    surname: 'Al Werfalli',
    givenNames: 'Mabrouka',
    birth: '870203',
    sex: 'F',
    expiry: '270919',
    status: 'lost',
  },
  {
    issuingState: 'MLI',
    nationality: 'MLI',
    surname: 'Keita',
    givenNames: 'Oumar',
    birth: '990610',
    sex: 'M',
    expiry: '300228',
    status: 'stolen',
  },
  {
    issuingState: 'NER',
    nationality: 'NER',
    surname: 'Souley',
    givenNames: 'Aicha',
    birth: '100715',
    sex: 'F',
    expiry: '310101',
    status: 'lost',
  },
];

/** The listed passports, numbered by the seed. */
export function listedDocuments(ids: IdentifierPool): ListedDocument[] {
  return HOLDERS.map(({ status, carriedBy, ...holder }, i) => {
    const number = ids.documentNumber();
    return {
      ref: `wl-doc-${i + 1}`,
      number,
      status,
      holder,
      mrz: td3Mrz(number, holder),
      ...(carriedBy ? { carriedBy } : {}),
    };
  });
}
