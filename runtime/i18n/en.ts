import type { UiStrings } from './ui-strings.ts';

function enCount(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** English interface texts, for people who choose English on the toggle. */
export const en: UiStrings = {
  languageName: 'English',
  switchToThisLanguage: 'Show in English',
  skipToContent: 'Skip to main content',
  platformName: 'E-services',
  homeLink: 'Go to the home page',
  loading: 'Loading…',
  footer: 'Forms for public services of Latvian state institutions',

  home: {
    title: 'Forms for public services',
    intro: 'Here you can send applications to Latvian public institutions online.',
    howTo:
      "To start, open the link to the service you need from the institution's website or the service catalogue.",
  },
  pageNotFound: {
    title: 'Page not found',
    body: 'Check that the address is correct. If you followed a link, it may be out of date.',
  },
  serviceNotFound: {
    title: 'Service not found',
    body: "This service is not available. Check that the link is correct, or look for the service on the institution's website.",
  },
  versionNotFound: {
    title: 'This version of the form was not found',
    body: 'The link points to a version of the form that does not exist. You can fill in the latest form.',
    latestLink: 'Open the latest form',
  },
  retired: {
    title: 'This service is no longer available',
    body: 'The institution no longer offers this service online. If you have questions, contact the institution.',
  },
  loadError: {
    title: 'The form could not be opened',
    body: 'Check your internet connection and try again.',
    retry: 'Try again',
  },

  form: {
    requiredHint: 'Fields marked with an asterisk (*) must be filled in.',
    submit: 'Submit',
    submitting: 'Submitting…',
    errorSummaryTitle: 'Please correct the following',
    formLevelError: 'Form',
    stepProgress: (current, total) => `Step ${current} of ${total}`,
    dateHint: 'Day, month and year, for example 16.11.1975',
    next: 'Continue',
    back: 'Back',
  },
  check: {
    title: 'Check your answers',
    intro: 'Before you submit, check that everything is right. To correct something, choose “Change”.',
    change: 'Change',
    notAnswered: 'Not given',
    yes: 'Yes',
    no: 'No',
    submitIntro: 'By submitting this application you confirm that the information you gave is true.',
  },
  submitError: {
    network:
      'Your application could not be sent. Check your internet connection and press “Submit” again. What you entered has been kept.',
    tooLarge: 'Your application is too large. Shorten the longest texts and try again.',
    retired: 'This service is no longer available, so the application cannot be submitted.',
    notFound: 'This form is no longer available. Open the link to the service again.',
    tryAgain: 'Something went wrong. Please try again in a moment.',
  },
  done: {
    title: 'Application sent',
    referenceLabel: 'Your reference number',
    sentTo: (agency) => `Your application has been sent to ${agency}.`,
    keepReference: 'Write down or save this number. You will need it if you contact the institution.',
    processingTime: (duration) => `They will review it and reply within ${duration}.`,
    noReferenceTitle: 'Reference number not found',
    noReferenceBody:
      'This browser no longer holds the reference number. If you already sent your application, you do not need to send it again.',
    backToForm: 'Open the form',
  },
  duration: {
    days: (n) => enCount(n, 'day', 'days'),
    weeks: (n) => enCount(n, 'week', 'weeks'),
    months: (n) => enCount(n, 'month', 'months'),
  },

  errors: {
    required: 'Fill in this field.',
    minLength: (n) => `Enter at least ${enCount(n, 'character', 'characters')}.`,
    maxLength: (n) => `Enter no more than ${enCount(n, 'character', 'characters')}.`,
    pattern: 'Check that this is in the right format.',
    format: {
      'lv-personal-code': 'Enter a personal code, like 161175-19997.',
      'lv-company-code': 'Enter an 11-digit registration number, like 40003032949.',
      'lv-phone': 'Enter a phone number starting with +371, like +371 2612 3456.',
      'lv-postal-code': 'Enter a postal code, like LV-1050.',
      email: 'Enter an e-mail address, like janis.berzins@example.lv.',
      date: 'Enter a real date.',
    },
    formatOther: 'Check that this is in the right format.',
    minimum: (n) => `Enter a number of ${n} or more.`,
    maximum: (n) => `Enter a number of ${n} or less.`,
    exclusiveMinimum: (n) => `Enter a number greater than ${n}.`,
    exclusiveMaximum: (n) => `Enter a number less than ${n}.`,
    multipleOf: (n) => `Enter a number that is a multiple of ${n}.`,
    integer: 'Enter a whole number.',
    number: 'Enter a number.',
    choose: 'Choose one of the options.',
    mustAccept: 'Tick this to continue.',
    minItems: (n) => `Choose or add at least ${n}.`,
    maxItems: (n) => `Choose or add no more than ${n}.`,
    uniqueItems: 'Each answer must be different.',
    other: 'Check this answer.',
  },

  // The form library's own English texts are already plain; an empty map keeps them.
  formLibrary: {},
};
