/** The feedback screens' words, in plain Latvian and English (no codes, no jargon). */
import type { FeedbackKind } from '../../schema/feedback/feedback-model.ts';
import type { Language } from '../../schema/service-definition.ts';

const lv = {
  entry: 'Sniegt atsauksmi vai iesniegt sūdzību',
  formTitle: 'Atsauksme, sūdzība vai jautājums',
  intro:
    'Pastāstiet, kas jums patika vai nepatika, vai pajautājiet. Atbildi saņemsiet savā darba vietā „Mani pieteikumi”.',
  aboutService: (title: string) =>
    `Par pakalpojumu „${title}”. Jūsu ziņa nonāks pie iestādes, kas to sniedz.`,
  aboutPlatform: 'Par e-pakalpojumu vietni kopumā. Jūsu ziņa nonāks pie vietnes uzturētāja.',
  kindLegend: 'Ko vēlaties darīt?',
  kinds: {
    suggestion: 'Ierosināt uzlabojumu',
    complaint: 'Iesniegt sūdzību',
    question: 'Uzdot jautājumu',
  } satisfies Record<FeedbackKind, string>,
  kindNames: { suggestion: 'Priekšlikums', complaint: 'Sūdzība', question: 'Jautājums' } satisfies Record<
    FeedbackKind,
    string
  >,
  subject: 'Temats',
  subjectHint: 'Īsi, līdz 150 rakstzīmēm.',
  body: 'Jūsu ziņa',
  bodyHint: 'Rakstiet vienkāršā tekstā, līdz 5000 rakstzīmēm. Nerakstiet paroles vai bankas datus.',
  send: 'Nosūtīt',
  sending: 'Sūta…',
  errorSummary: 'Lūdzu, izlabojiet:',
  chooseKind: 'Izvēlieties, ko vēlaties darīt.',
  required: 'Aizpildiet šo lauku.',
  tooLong: (max: number) => `Ne vairāk kā ${max} rakstzīmes.`,
  markup: 'Rakstiet vienkāršu tekstu bez HTML birkām.',
  failed: 'Neizdevās nosūtīt. Mēģiniet vēlreiz.',
  serviceGone: 'Šāds pakalpojums nav atrasts. Atsauksmi varat sniegt par vietni kopumā.',
  platformUnavailable: 'Atsauksmes par vietni kopumā šobrīd nevar pieņemt. Izvēlieties pakalpojumu.',
  doneTitle: 'Paldies, jūsu ziņa ir saņemta',
  doneNumber: 'Numurs',
  doneBody: 'Iestāde to izskatīs. Statusu un atbildi redzēsiet savā darba vietā.',
  openIt: 'Skatīt manu ziņu',
  signInTitle: 'Pieslēdzieties, lai sniegtu atsauksmi',
  signInBody: 'Lai iestāde varētu jums atbildēt, vispirms pieslēdzieties.',
  signIn: 'Pieslēgties',
  listTitle: 'Manas atsauksmes, sūdzības un jautājumi',
  about: 'Par',
  platform: 'Vietne kopumā',
  backToMy: 'Atpakaļ uz maniem pieteikumiem',
  notFoundTitle: 'Ziņa nav atrasta',
  notFoundBody: 'Jums nav atsauksmes vai sūdzības ar šādu numuru.',
  whatYouWrote: 'Ko jūs rakstījāt',
  timeline: 'Kas noticis',
  fromAgency: 'Iestādes atbilde',
  fromYou: 'Jūsu atbilde',
  waitingForYou: 'Iestāde gaida jūsu atbildi.',
  replyTitle: 'Atbildēt iestādei',
  replyLabel: 'Jūsu atbilde',
  replySend: 'Nosūtīt atbildi',
  replySent: 'Atbilde nosūtīta iestādei.',
};

export type FeedbackStrings = typeof lv;

const en: FeedbackStrings = {
  entry: 'Give feedback or complain',
  formTitle: 'Feedback, complaint or question',
  intro:
    'Tell us what worked or did not, or ask a question. You will find the answer in your workplace, "My requests".',
  aboutService: (title: string) =>
    `About the service "${title}". Your message goes to the agency that provides it.`,
  aboutPlatform: 'About this e-services website as a whole. Your message goes to the team that runs it.',
  kindLegend: 'What would you like to do?',
  kinds: { suggestion: 'Suggest an improvement', complaint: 'Make a complaint', question: 'Ask a question' },
  kindNames: { suggestion: 'Suggestion', complaint: 'Complaint', question: 'Question' },
  subject: 'Subject',
  subjectHint: 'Short, up to 150 characters.',
  body: 'Your message',
  bodyHint: 'Plain text, up to 5,000 characters. Do not write passwords or bank details.',
  send: 'Send',
  sending: 'Sending…',
  errorSummary: 'Please correct:',
  chooseKind: 'Choose what you would like to do.',
  required: 'Fill in this field.',
  tooLong: (max: number) => `At most ${max} characters.`,
  markup: 'Write plain text without HTML tags.',
  failed: 'It could not be sent. Please try again.',
  serviceGone: 'This service was not found. You can give feedback about the website as a whole.',
  platformUnavailable: 'Feedback about the website as a whole cannot be received now. Choose a service.',
  doneTitle: 'Thank you, your message has been received',
  doneNumber: 'Number',
  doneBody: 'The agency will look into it. You will see its status and the answer in your workplace.',
  openIt: 'See my message',
  signInTitle: 'Sign in to give feedback',
  signInBody: 'So that the agency can answer you, please sign in first.',
  signIn: 'Sign in',
  listTitle: 'My feedback, complaints and questions',
  about: 'About',
  platform: 'The website as a whole',
  backToMy: 'Back to my requests',
  notFoundTitle: 'Message not found',
  notFoundBody: 'You have no feedback or complaint with this number.',
  whatYouWrote: 'What you wrote',
  timeline: 'What has happened',
  fromAgency: 'Answer from the agency',
  fromYou: 'Your reply',
  waitingForYou: 'The agency is waiting for your reply.',
  replyTitle: 'Reply to the agency',
  replyLabel: 'Your reply',
  replySend: 'Send the reply',
  replySent: 'Your reply was sent to the agency.',
};

export function feedbackStrings(language: Language): FeedbackStrings {
  return language === 'lv' ? lv : en;
}

/** Where the feedback form is: for a service, or for the platform when `serviceCode` is absent. */
export function feedbackFormPath(serviceCode?: string): string {
  return serviceCode ? `/feedback?service=${encodeURIComponent(serviceCode)}` : '/feedback';
}
