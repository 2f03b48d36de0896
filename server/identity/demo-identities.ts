import type { AssuranceLevel } from '../../schema/index.ts';
import type { StaffRole } from './eforms-claims.ts';

export {
  DEMO_REPRESENTATION_REGISTER,
  type PowerOfAttorney,
  type PowerOfAttorneyScope,
  type RegisteredCompany,
  type RepresentationRegister,
} from './demo-representation-register.ts';

/**
 * A person who can sign in at the embedded demo identity provider. What the provider asserts
 * about them (claims) is derived from this record only; nothing here is a real person.
 */
export interface DemoIdentity {
  /** Stable log-in name typed on the sign-in page, e.g. `janis`. */
  login: string;
  /** Hyphenated Latvian personal code; the subject (`sub`) is derived from it. */
  personalCode: string;
  givenName: string;
  familyName: string;
  /** Asserted as `acr`: the level a real sign-in method of this person would reach. */
  assuranceLevel: AssuranceLevel;
  /** `representations` claim values, consistent with DEMO_REPRESENTATION_REGISTER (a test checks). */
  representations: readonly string[];
  /** Agency code for agency staff. */
  agency?: string;
  /** Staff roles; absent for citizens. */
  roles?: readonly StaffRole[];
  email?: string;
  phoneNumber?: string;
  /** One line shown on the sign-in page so testers pick the right person. */
  about: { lv: string; en: string };
}

/** Every demo identity signs in with this password; it is printed on the sign-in page. */
export const DEMO_PASSWORD = 'demo';

/**
 * The seeded people: citizens at each assurance level, a company board member, a person holding
 * a power of attorney, staff of two agencies (so tenant isolation can be shown) and a platform
 * admin. Personal codes pass the Latvian check-digit rule; Pēteris has a new-form code.
 */
export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  {
    login: 'janis',
    personalCode: '161175-19997',
    givenName: 'Jānis',
    familyName: 'Bērziņš',
    assuranceLevel: 'high',
    representations: [],
    email: 'janis.berzins@example.lv',
    phoneNumber: '+37120000001',
    about: {
      lv: 'Iedzīvotājs; devis pilnvaru Ilzei Liepai',
      en: 'Citizen; has given Ilze Liepa a power of attorney',
    },
  },
  {
    login: 'anna',
    personalCode: '061193-06460',
    givenName: 'Anna',
    familyName: 'Kalniņa',
    assuranceLevel: 'substantial',
    representations: [],
    email: 'anna.kalnina@example.lv',
    about: { lv: 'Iedzīvotāja', en: 'Citizen' },
  },
  {
    login: 'karlis',
    personalCode: '080695-13127',
    givenName: 'Kārlis',
    familyName: 'Vītols',
    assuranceLevel: 'low',
    representations: [],
    about: {
      lv: 'Iedzīvotājs, pieteicies ar vājāku autentifikācijas līdzekli',
      en: 'Citizen who signed in with a weaker means',
    },
  },
  {
    login: 'peteris',
    personalCode: '321111-12345',
    givenName: 'Pēteris',
    familyName: 'Ozols',
    assuranceLevel: 'high',
    representations: ['PK:321111-12345-UR:40003032949'],
    email: 'peteris.ozols@example.lv',
    about: {
      lv: 'SIA Demo Būve valdes loceklis',
      en: 'Board member of SIA Demo Būve',
    },
  },
  {
    login: 'ilze',
    personalCode: '020385-14728',
    givenName: 'Ilze',
    familyName: 'Liepa',
    assuranceLevel: 'substantial',
    representations: ['DP:161175-19997-PK:020385-14728'],
    about: {
      lv: 'Rīkojas Jāņa Bērziņa vārdā ar pilnvaru',
      en: 'Acts for Jānis Bērziņš on a power of attorney',
    },
  },
  {
    login: 'dace',
    personalCode: '140790-20589',
    givenName: 'Dace',
    familyName: 'Kļaviņa',
    assuranceLevel: 'high',
    representations: [],
    agency: 'demo-agency',
    roles: ['agency-admin', 'designer', 'reviewer', 'case-worker'],
    about: {
      lv: 'Demonstrācijas iestādes administratore, veidotāja, recenzente un lietu pārzine',
      en: 'Demo agency: agency admin, designer, reviewer and case worker',
    },
  },
  {
    login: 'martins',
    personalCode: '250988-13166',
    givenName: 'Mārtiņš',
    familyName: 'Zariņš',
    assuranceLevel: 'high',
    representations: [],
    agency: 'demo-agency',
    roles: ['designer'],
    about: { lv: 'Demonstrācijas iestādes formu veidotājs', en: 'Demo agency: designer only' },
  },
  {
    login: 'laura',
    personalCode: '110379-18477',
    givenName: 'Laura',
    familyName: 'Ābele',
    assuranceLevel: 'high',
    representations: [],
    agency: 'other-agency',
    roles: ['agency-admin', 'designer', 'case-worker'],
    about: {
      lv: 'Citas iestādes administratore, veidotāja un lietu pārzine',
      en: 'Other agency: agency admin, designer and case worker',
    },
  },
  {
    login: 'admin',
    personalCode: '301282-25901',
    givenName: 'Edgars',
    familyName: 'Krūmiņš',
    assuranceLevel: 'high',
    representations: [],
    roles: ['platform-admin'],
    about: { lv: 'Platformas administrators', en: 'Platform administrator' },
  },
];
