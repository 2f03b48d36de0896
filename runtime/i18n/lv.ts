import { latvianCount } from '../../schema/latvian-count.ts';
import type { UiStrings } from './ui-strings.ts';

/** Latvian interface texts: the primary language of every form. */
export const lv: UiStrings = {
  languageName: 'Latviešu',
  switchToThisLanguage: 'Rādīt latviešu valodā',
  skipToContent: 'Pāriet uz saturu',
  platformName: 'E-pakalpojumi',
  homeLink: 'Uz sākumlapu',
  loading: 'Ielādē…',
  footer: 'Valsts iestāžu e-pakalpojumu veidlapas',

  home: {
    title: 'E-pakalpojumu veidlapas',
    intro: 'Šeit jūs varat iesniegt iesniegumus valsts iestādēm tiešsaistē.',
    howTo:
      'Lai sāktu, atveriet saiti uz vajadzīgo pakalpojumu iestādes tīmekļvietnē vai pakalpojumu katalogā.',
  },
  pageNotFound: {
    title: 'Lapa nav atrasta',
    body: 'Pārbaudiet, vai adrese ir ievadīta pareizi. Ja sekojāt saitei, iespējams, tā ir novecojusi.',
  },
  serviceNotFound: {
    title: 'Pakalpojums nav atrasts',
    body: 'Šāds pakalpojums nav pieejams. Pārbaudiet, vai saite ir pareiza, vai meklējiet pakalpojumu iestādes tīmekļvietnē.',
  },
  versionNotFound: {
    title: 'Šī veidlapas versija nav atrasta',
    body: 'Saite norāda uz veidlapas versiju, kuras nav. Jūs varat aizpildīt jaunāko veidlapu.',
    latestLink: 'Atvērt jaunāko veidlapu',
  },
  retired: {
    title: 'Šis pakalpojums vairs nav pieejams',
    body: 'Iestāde šo pakalpojumu tiešsaistē vairs nepiedāvā. Ja jums ir jautājumi, sazinieties ar iestādi.',
  },
  loadError: {
    title: 'Veidlapu neizdevās atvērt',
    body: 'Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.',
    retry: 'Mēģināt vēlreiz',
  },

  form: {
    requiredHint: 'Ar zvaigznīti (*) atzīmētie lauki ir jāaizpilda obligāti.',
    submit: 'Iesniegt',
    submitting: 'Iesniedz…',
    errorSummaryTitle: 'Lūdzu, izlabojiet kļūdas',
    formLevelError: 'Veidlapa',
    stepProgress: (current, total) => `${current}. solis no ${total}`,
    dateHint: 'Diena, mēnesis, gads, piemēram, 16.11.1975',
    next: 'Turpināt',
    back: 'Atpakaļ',
  },
  check: {
    title: 'Pārbaudiet atbildes',
    intro: 'Pirms iesniegšanas pārbaudiet, vai viss ir pareizi. Ja kaut kas jālabo, izvēlieties “Mainīt”.',
    change: 'Mainīt',
    notAnswered: 'Nav norādīts',
    yes: 'Jā',
    no: 'Nē',
    submitIntro: 'Iesniedzot iesniegumu, jūs apliecināt, ka sniegtās ziņas ir patiesas.',
  },
  submitError: {
    network:
      'Iesniegumu neizdevās nosūtīt. Pārbaudiet interneta savienojumu un spiediet “Iesniegt” vēlreiz. Ievadītie dati ir saglabāti.',
    tooLarge: 'Iesniegums ir pārāk liels. Saīsiniet garākos tekstus un mēģiniet vēlreiz.',
    retired: 'Šis pakalpojums vairs nav pieejams, tāpēc iesniegumu nevar iesniegt.',
    notFound: 'Šī veidlapa vairs nav pieejama. Atveriet saiti uz pakalpojumu no jauna.',
    tryAgain: 'Radās kļūda. Lūdzu, mēģiniet vēlreiz pēc brīža.',
  },
  done: {
    title: 'Iesniegums nosūtīts',
    referenceLabel: 'Jūsu iesnieguma numurs',
    sentTo: (agency) => `Jūsu iesniegums ir nosūtīts iestādei: ${agency}.`,
    keepReference: 'Pierakstiet vai saglabājiet šo numuru. Tas būs vajadzīgs, ja sazināsieties ar iestādi.',
    processingTime: (duration) => `Iestāde to izskatīs un atbildēs ${duration} laikā.`,
    noReferenceTitle: 'Iesnieguma numurs nav atrodams',
    noReferenceBody:
      'Šajā pārlūkā vairs nav saglabāts iesnieguma numurs. Ja iesniegumu jau nosūtījāt, to atkārtoti iesniegt nevajag.',
    backToForm: 'Atvērt veidlapu',
  },
  duration: {
    days: (n) => latvianCount(n, 'dienas', 'dienu'),
    weeks: (n) => latvianCount(n, 'nedēļas', 'nedēļu'),
    months: (n) => latvianCount(n, 'mēneša', 'mēnešu'),
  },

  errors: {
    required: 'Aizpildiet šo lauku.',
    minLength: (n) => `Ievadiet vismaz ${latvianCount(n, 'rakstzīmi', 'rakstzīmes')}.`,
    maxLength: (n) => `Ievadiet ne vairāk kā ${latvianCount(n, 'rakstzīmi', 'rakstzīmes')}.`,
    pattern: 'Pārbaudiet, vai ievadīts pareizā formā.',
    format: {
      'lv-personal-code': 'Ievadiet personas kodu, piemēram, 161175-19997.',
      'lv-company-code': 'Ievadiet 11 ciparu reģistrācijas numuru, piemēram, 40003032949.',
      'lv-phone': 'Ievadiet tālruņa numuru ar +371, piemēram, +371 2612 3456.',
      'lv-postal-code': 'Ievadiet pasta indeksu, piemēram, LV-1050.',
      email: 'Ievadiet e-pasta adresi, piemēram, janis.berzins@example.lv.',
      date: 'Ievadiet pareizu datumu.',
    },
    formatOther: 'Pārbaudiet, vai ievadīts pareizā formā.',
    minimum: (n) => `Ievadiet skaitli, kas nav mazāks par ${n}.`,
    maximum: (n) => `Ievadiet skaitli, kas nav lielāks par ${n}.`,
    exclusiveMinimum: (n) => `Ievadiet skaitli, kas ir lielāks par ${n}.`,
    exclusiveMaximum: (n) => `Ievadiet skaitli, kas ir mazāks par ${n}.`,
    multipleOf: (n) => `Ievadiet skaitli, kas dalās ar ${n}.`,
    integer: 'Ievadiet veselu skaitli.',
    number: 'Ievadiet skaitli.',
    choose: 'Izvēlieties kādu no piedāvātajām atbildēm.',
    mustAccept: 'Lai turpinātu, atzīmējiet šo.',
    minItems: (n) => `Izvēlieties vai pievienojiet vismaz ${n}.`,
    maxItems: (n) => `Izvēlieties vai pievienojiet ne vairāk kā ${n}.`,
    uniqueItems: 'Katrai atbildei jābūt atšķirīgai.',
    other: 'Pārbaudiet šo atbildi.',
  },

  formLibrary: {
    Item: 'Ieraksts',
    Yes: 'Jā',
    No: 'Nē',
    Add: 'Pievienot',
    'Add Item': 'Pievienot',
    Remove: 'Noņemt',
    'Move up': 'Pārvietot augstāk',
    'Move down': 'Pārvietot zemāk',
    Copy: 'Kopēt',
    Clear: 'Notīrīt',
    'clear input': 'Notīrīt',
    Close: 'Aizvērt',
    Now: 'Tagad',
    'Select a date': 'Izvēlieties datumu',
    'No items yet. Use the button below to add some.':
      'Vēl nav neviena ieraksta. Pievienojiet ar pogu zemāk.',
    'Add data for optional field': 'Pievienot',
    'Remove data for optional field': 'Noņemt',
    'No data for optional field': 'Nav aizpildīts',
  },
};
