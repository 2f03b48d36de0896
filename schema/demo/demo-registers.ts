/**
 * Service register entries of the demo services (issue 7): real-looking content in Latvian and
 * English, so the catalogue, the service pages and the CPSV-AP export have something to show.
 */
import type { ServiceRegister } from '../register/service-register.ts';
import type { RichTextDoc } from '../rich-text/rich-text-doc.ts';

const steps = (...items: string[]): RichTextDoc => ({
  format: 'rich-text/1',
  blocks: [{ type: 'list', ordered: true, items: items.map((text) => [{ text }]) }],
});

export const DECLARATION_OF_RESIDENCE_REGISTER: ServiceRegister = {
  audience: ['citizens'],
  lifeSituations: ['moving-house', 'birth-of-a-child'],
  channels: ['online', 'e-address', 'in-person'],
  cost: {
    amountEur: 0,
    note: {
      lv: 'Tiešsaistē bez maksas. Klātienē pašvaldībā var būt nodeva līdz 4,27 EUR.',
      en: 'Free online. At the municipal office a fee of up to EUR 4.27 may apply.',
    },
  },
  legalDeadline: 'P1M',
  legalBasis: [
    {
      title: {
        lv: 'Dzīvesvietas deklarēšanas likums',
        en: 'Law on the Declaration of the Place of Residence',
      },
      url: 'https://likumi.lv/ta/id/325749-dzivesvietas-deklaresanas-likums',
    },
  ],
  eligibility: {
    lv: 'Latvijas pilsoņi, nepilsoņi un ārzemnieki ar uzturēšanās atļauju, kuri dzīvo Latvijā.',
    en: 'Citizens, non-citizens and foreigners with a residence permit who live in Latvia.',
  },
  requiredDocuments: [
    {
      lv: 'Ja neesat īpašnieks: īres līgums vai īpašnieka piekrišana',
      en: 'If you are not the owner: a rental agreement or the owner’s consent',
    },
  ],
  outputs: [
    {
      lv: 'Deklarētā dzīvesvieta Iedzīvotāju reģistrā',
      en: 'Your declared address in the Population Register',
    },
  ],
  keywords: {
    lv: ['adrese', 'deklarēšana', 'pārvākšanās', 'dzīvesvieta'],
    en: ['address', 'move', 'residence', 'registration'],
  },
  contactPoint: {
    email: 'info@demo-agency.example.lv',
    phone: '+371 6700 0000',
    url: 'https://demo-agency.example.lv/dzivesvieta',
    hours: { lv: 'Darba dienās 8.30–17.00', en: 'Working days 8:30–17:00' },
  },
  faq: [
    {
      question: {
        lv: 'Cik ilgā laikā jādeklarē jaunā dzīvesvieta?',
        en: 'How soon must I declare my new address?',
      },
      answer: {
        lv: 'Viena mēneša laikā pēc pārcelšanās.',
        en: 'Within one month of moving.',
      },
    },
    {
      question: { lv: 'Vai varu deklarēt bērna dzīvesvietu?', en: 'Can I declare my child’s address?' },
      answer: {
        lv: 'Jā, vecāks deklarē nepilngadīga bērna dzīvesvietu.',
        en: 'Yes, a parent declares the address of a child under 18.',
      },
    },
  ],
  howItIsDone: {
    lv: steps(
      'Piesakieties ar eParakstu vai internetbanku.',
      'Aizpildiet veidlapu: jūsu dati jau būs ievadīti.',
      'Norādiet jauno adresi un tiesisko pamatu tur dzīvot.',
      'Iesniedziet pieteikumu un saglabājiet atsauces numuru.',
      'Pašvaldība pārbauda ziņas un reģistrē dzīvesvietu; jūs saņemsiet paziņojumu.',
    ),
    en: steps(
      'Sign in with eSignature or your online bank.',
      'Fill in the form: your details are already filled in.',
      'Give the new address and your legal basis for living there.',
      'Submit the request and keep the reference number.',
      'The municipality checks the details and registers the address; you get a notice.',
    ),
  },
};

export const COMPANY_CERTIFICATE_REQUEST_REGISTER: ServiceRegister = {
  audience: ['businesses'],
  lifeSituations: ['running-a-business', 'starting-a-business'],
  channels: ['online', 'e-address'],
  cost: {
    amountEur: 7.5,
    note: {
      lv: 'Maksājums par katru izziņu; apmaksājiet pēc rēķina saņemšanas.',
      en: 'Charged per certificate; pay after you receive the invoice.',
    },
  },
  legalDeadline: 'P10D',
  legalBasis: [
    {
      title: { lv: 'Komerclikums', en: 'Commercial Law' },
      url: 'https://likumi.lv/ta/id/5490-komerclikums',
    },
  ],
  eligibility: {
    lv: 'Uzņēmuma valdes loceklis vai pilnvarota persona.',
    en: 'A board member of the company or an authorised person.',
  },
  requiredDocuments: [],
  outputs: [
    {
      lv: 'Elektroniski parakstīta izziņa jūsu e-adresē',
      en: 'An electronically signed certificate in your e-address mailbox',
    },
  ],
  keywords: {
    lv: ['izziņa', 'uzņēmums', 'komersants', 'nodokļi'],
    en: ['certificate', 'company', 'business', 'tax'],
  },
  contactPoint: {
    email: 'uznemumi@demo-agency.example.lv',
    phone: '+371 6700 0001',
    url: '',
    hours: { lv: 'Darba dienās 9.00–16.00', en: 'Working days 9:00–16:00' },
  },
  faq: [
    {
      question: { lv: 'Kurā valodā būs izziņa?', en: 'In which language is the certificate?' },
      answer: {
        lv: 'Latviešu vai angļu valodā, kā izvēlaties veidlapā.',
        en: 'In Latvian or English, as you choose in the form.',
      },
    },
  ],
  howItIsDone: {
    lv: steps(
      'Piesakieties kā uzņēmuma pārstāvis.',
      'Izvēlieties izziņas veidu un valodu.',
      'Iesniedziet pieteikumu un apmaksājiet rēķinu.',
      'Izziņu saņemsiet uzņēmuma e-adresē.',
    ),
    en: steps(
      'Sign in as a representative of the company.',
      'Choose the kind of certificate and its language.',
      'Submit the request and pay the invoice.',
      'You receive the certificate in the company’s e-address mailbox.',
    ),
  },
};
