/**
 * Every sentence the runtime itself shows, per language. Form texts come from the service
 * definition; these are the frame around them. Kept as plain functions where a number goes in,
 * so each language can inflect it its own way (Latvian nouns change with the number).
 */
export interface UiStrings {
  /** This language's own name, on the toggle that switches *to* it. */
  languageName: string;
  /** Spoken name of the toggle that switches *to* this language, in this language. */
  switchToThisLanguage: string;
  skipToContent: string;
  platformName: string;
  homeLink: string;
  loading: string;
  footer: string;

  home: { title: string; intro: string; howTo: string };
  pageNotFound: { title: string; body: string };
  serviceNotFound: { title: string; body: string };
  versionNotFound: { title: string; body: string; latestLink: string };
  retired: { title: string; body: string };
  loadError: { title: string; body: string; retry: string };

  form: {
    requiredHint: string;
    submit: string;
    submitting: string;
    errorSummaryTitle: string;
    /** Shown in the summary for an error that belongs to no single field. */
    formLevelError: string;
    /** "2. solis no 5": where the citizen is in a form of several steps. */
    stepProgress: (current: number, total: number) => string;
    /** How to type a date (the runtime's date fields are text: `16.11.1975`). */
    dateHint: string;
    next: string;
    back: string;
  };
  /** The "check your answers" page before submitting. */
  check: {
    title: string;
    intro: string;
    /** The link back to a question; its spoken name adds the question's title. */
    change: string;
    notAnswered: string;
    yes: string;
    no: string;
    submitIntro: string;
  };
  submitError: {
    network: string;
    tooLarge: string;
    retired: string;
    notFound: string;
    tryAgain: string;
  };
  done: {
    title: string;
    referenceLabel: string;
    sentTo: (agency: string) => string;
    keepReference: string;
    processingTime: (duration: string) => string;
    noReferenceTitle: string;
    noReferenceBody: string;
    backToForm: string;
  };
  /** Words for `targetProcessingTime`; `undefined` when the unit is not one we say aloud. */
  duration: { days: (n: number) => string; weeks: (n: number) => string; months: (n: number) => string };

  /** Plain-language validation messages, by JSON Schema keyword. */
  errors: {
    required: string;
    minLength: (n: number) => string;
    maxLength: (n: number) => string;
    pattern: string;
    format: Record<string, string>;
    formatOther: string;
    minimum: (n: number) => string;
    maximum: (n: number) => string;
    exclusiveMinimum: (n: number) => string;
    exclusiveMaximum: (n: number) => string;
    multipleOf: (n: number) => string;
    integer: string;
    number: string;
    choose: string;
    mustAccept: string;
    minItems: (n: number) => string;
    maxItems: (n: number) => string;
    uniqueItems: string;
    other: string;
  };

  /** The form library's own few words (array buttons, yes/no), keyed by its English original. */
  formLibrary: Record<string, string>;
}
