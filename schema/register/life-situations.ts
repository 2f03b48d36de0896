/**
 * The life situations register (issue 7, P7): the moments in life, and business events, by which
 * people look for services ("I am moving house") instead of by agency. A fixed, seeded list in
 * the shared model: the definition checker refuses a service linked to a code not listed here,
 * the server serves it at /api/life-situations, and the runtime shows it on the catalogue page.
 * Adding one is a code change reviewed like any other (codes appear in public URLs).
 */
import type { LocalizedText } from '../service-definition.ts';
import type { Audience } from './service-register.ts';

export interface LifeSituation {
  /** Stable, URL-safe (`/life-situations/{code}`). */
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Who meets it: people (life events) or companies (business events). */
  audience: Audience;
}

export const LIFE_SITUATIONS: readonly LifeSituation[] = [
  {
    code: 'birth-of-a-child',
    name: { lv: 'Bērna piedzimšana', en: 'Birth of a child' },
    description: {
      lv: 'Bērna dzimšanas reģistrēšana, pabalsti, deklarētā dzīvesvieta un vieta bērnudārzā.',
      en: 'Registering the birth, benefits, the declared address and a kindergarten place.',
    },
    audience: 'citizens',
  },
  {
    code: 'moving-house',
    name: { lv: 'Dzīvesvietas maiņa', en: 'Moving house' },
    description: {
      lv: 'Jaunās dzīvesvietas deklarēšana un adreses maiņa iestādēs.',
      en: 'Declaring your new address and updating it with public bodies.',
    },
    audience: 'citizens',
  },
  {
    code: 'marriage',
    name: { lv: 'Laulība', en: 'Getting married' },
    description: {
      lv: 'Laulības reģistrēšana, uzvārda maiņa un dokumentu atjaunošana.',
      en: 'Registering a marriage, changing your surname and renewing documents.',
    },
    audience: 'citizens',
  },
  {
    code: 'losing-a-job',
    name: { lv: 'Darba zaudēšana', en: 'Losing a job' },
    description: {
      lv: 'Bezdarbnieka statuss, pabalsts un atbalsts darba meklēšanā.',
      en: 'Unemployment status, benefit and help finding work.',
    },
    audience: 'citizens',
  },
  {
    code: 'retirement',
    name: { lv: 'Pensionēšanās', en: 'Retiring' },
    description: {
      lv: 'Vecuma pensijas pieprasīšana un ar to saistītie atvieglojumi.',
      en: 'Claiming the old-age pension and the reliefs that come with it.',
    },
    audience: 'citizens',
  },
  {
    code: 'death-of-a-relative',
    name: { lv: 'Tuvinieka nāve', en: 'Death of a relative' },
    description: {
      lv: 'Miršanas fakta reģistrēšana, apbedīšanas pabalsts un mantojums.',
      en: 'Registering a death, the funeral benefit and inheritance.',
    },
    audience: 'citizens',
  },
  {
    code: 'starting-a-business',
    name: { lv: 'Uzņēmuma dibināšana', en: 'Starting a business' },
    description: {
      lv: 'Uzņēmuma reģistrēšana, nodokļu maksātāja reģistrācija un pirmās atļaujas.',
      en: 'Registering a company, registering for taxes and the first permits.',
    },
    audience: 'businesses',
  },
  {
    code: 'running-a-business',
    name: { lv: 'Uzņēmuma darbība', en: 'Running a business' },
    description: {
      lv: 'Izziņas, atļaujas, licences un pārskati, kas uzņēmumam vajadzīgi ikdienā.',
      en: 'Certificates, permits, licences and reports a company needs day to day.',
    },
    audience: 'businesses',
  },
  {
    code: 'closing-a-business',
    name: { lv: 'Uzņēmuma slēgšana', en: 'Closing a business' },
    description: {
      lv: 'Uzņēmuma likvidācija un izslēgšana no reģistriem.',
      en: 'Winding up a company and removing it from the registers.',
    },
    audience: 'businesses',
  },
];

const BY_CODE = new Map(LIFE_SITUATIONS.map((situation) => [situation.code, situation]));

/** The life situation with this code, or undefined. */
export function findLifeSituation(code: string): LifeSituation | undefined {
  return BY_CODE.get(code);
}
