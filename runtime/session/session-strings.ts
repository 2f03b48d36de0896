import type { Language } from '../../schema/service-definition.ts';

/** The texts of sign-in, acting on behalf and the time-out warning, in both interface languages. */
export interface SessionStrings {
  signIn: string;
  signOut: string;
  signedInAs: (name: string) => string;
  signInRequiredTitle: string;
  signInRequiredText: string;
  signInToContinue: string;
  assuranceTitle: string;
  assuranceText: string;
  signInAgain: string;
  partyTitle: string;
  partyLegend: string;
  partyMyself: (name: string) => string;
  partyCompany: (code: string) => string;
  partyPerson: (code: string) => string;
  partyContinue: string;
  partyRequired: string;
  noCompanyTitle: string;
  noCompanyText: string;
  actingFor: (party: string) => string;
  changeParty: string;
  fromSignIn: string;
  timeoutTitle: string;
  timeoutText: (minutes: number, seconds: number) => string;
  staySignedIn: string;
  expiredTitle: string;
  expiredText: string;
  extendFailed: string;
}

const lv: SessionStrings = {
  signIn: 'Pieteikties',
  signOut: 'Iziet',
  signedInAs: (name) => `Pieteicies: ${name}`,
  signInRequiredTitle: 'Lai pieteiktos pakalpojumam, jāpiesakās',
  signInRequiredText:
    'Šo pakalpojumu var pieprasīt tikai pieteicies lietotājs. Pēc pieteikšanās jūs atgriezīsieties šajā veidlapā.',
  signInToContinue: 'Pieteikties un turpināt',
  assuranceTitle: 'Nepieciešams drošāks pieteikšanās veids',
  assuranceText:
    'Šim pakalpojumam jāpiesakās ar drošāku autentifikācijas līdzekli, piemēram, eID karti vai Smart-ID.',
  signInAgain: 'Pieteikties vēlreiz',
  partyTitle: 'Kā vārdā jūs iesniedzat pieteikumu?',
  partyLegend: 'Pieteikuma iesniedzējs',
  partyMyself: (name) => `Savā vārdā (${name})`,
  partyCompany: (code) => `Uzņēmuma vārdā, reģistrācijas Nr. ${code}`,
  partyPerson: (code) => `Pilnvaras devēja vārdā, personas kods ${code}`,
  partyContinue: 'Turpināt',
  partyRequired: 'Izvēlieties, kā vārdā iesniedzat pieteikumu',
  noCompanyTitle: 'Šo pakalpojumu var pieprasīt tikai uzņēmuma pārstāvis',
  noCompanyText:
    'Jūsu pieteikšanās datos nav neviena uzņēmuma, kuru jūs pārstāvat. Ja tas ir kļūdaini, sazinieties ar Uzņēmumu reģistru.',
  actingFor: (party) => `Jūs iesniedzat: ${party}`,
  changeParty: 'Mainīt',
  fromSignIn: 'No jūsu pieteikšanās datiem; mainīt nevar.',
  timeoutTitle: 'Jūsu sesija drīz beigsies',
  timeoutText: (minutes, seconds) =>
    minutes > 0
      ? `Drošības dēļ jūs tiksiet izrakstīts pēc ${minutes} min. Ievadītie dati šajā pārlūkā saglabāsies.`
      : `Drošības dēļ jūs tiksiet izrakstīts pēc ${seconds} sekundēm. Ievadītie dati šajā pārlūkā saglabāsies.`,
  staySignedIn: 'Palikt pieteiktam',
  expiredTitle: 'Jūs esat izrakstīts',
  expiredText:
    'Sesija beidzās neaktivitātes dēļ. Piesakieties vēlreiz, lai turpinātu; ievadītie dati saglabājās.',
  extendFailed: 'Neizdevās pagarināt sesiju. Mēģiniet vēlreiz.',
};

const en: SessionStrings = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name) => `Signed in: ${name}`,
  signInRequiredTitle: 'Sign in to apply for this service',
  signInRequiredText:
    'Only a signed-in person can request this service. After signing in you come back to this form.',
  signInToContinue: 'Sign in and continue',
  assuranceTitle: 'A stronger sign-in is needed',
  assuranceText: 'This service needs a stronger means of sign-in, such as an eID card or Smart-ID.',
  signInAgain: 'Sign in again',
  partyTitle: 'Who are you applying for?',
  partyLegend: 'Applicant',
  partyMyself: (name) => `For myself (${name})`,
  partyCompany: (code) => `For a company, registration No. ${code}`,
  partyPerson: (code) => `For the person who gave me a power of attorney, personal code ${code}`,
  partyContinue: 'Continue',
  partyRequired: 'Choose who you are applying for',
  noCompanyTitle: 'Only a company representative can request this service',
  noCompanyText:
    'Your sign-in shows no company that you represent. If that is wrong, contact the Enterprise Register.',
  actingFor: (party) => `You are applying: ${party}`,
  changeParty: 'Change',
  fromSignIn: 'From your sign-in; cannot be changed.',
  timeoutTitle: 'Your session will end soon',
  timeoutText: (minutes, seconds) =>
    minutes > 0
      ? `For your security you will be signed out in ${minutes} min. What you typed stays in this browser.`
      : `For your security you will be signed out in ${seconds} seconds. What you typed stays in this browser.`,
  staySignedIn: 'Stay signed in',
  expiredTitle: 'You have been signed out',
  expiredText:
    'Your session ended after a time without activity. Sign in again to continue; what you typed is kept.',
  extendFailed: 'The session could not be extended. Try again.',
};

export function sessionStrings(language: Language): SessionStrings {
  return language === 'lv' ? lv : en;
}
