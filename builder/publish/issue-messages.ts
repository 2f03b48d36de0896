import type { ApiIssue } from '../../schema/api-error.ts';
import type { DefinitionIssueCode } from '../../schema/definition-issue.ts';
import type { Language } from '../../schema/service-definition.ts';
import { type FieldRef, fieldAtPath } from './field-at-path.ts';

/** One problem as staff read it: a sentence, and the field to jump to when there is one. */
export interface PlainIssue {
  text: string;
  field: FieldRef | undefined;
}

type Sentence = (field: string | undefined) => string;

const q = (label: string | undefined) => (label ? `'${label}'` : '');

/**
 * Every definition issue code in plain Latvian and English (DEFRA FormDefinitionError: the model
 * owns the codes, the designer owns the words). Never ajv's or the server's developer message.
 */
const SENTENCES: Record<Language, Record<DefinitionIssueCode, Sentence>> = {
  lv: {
    invalid_shape: (f) =>
      f ? `Lauka ${q(f)} iestatījumi nav pilnīgi.` : 'Veidlapas fails nav pilnīgs vai ir bojāts.',
    unknown_model_version: () => 'Fails ir izveidots ar nezināmu veidotāja versiju.',
    invalid_service_code: () =>
      'Pakalpojuma kods drīkst saturēt tikai mazos latīņu burtus, ciparus un defises (3–64 rakstzīmes).',
    too_large: () => 'Veidlapa ir pārāk liela. Sadaliet to vai izņemiet liekos laukus.',
    unknown_dialect: () => 'Veidlapas fails nav paredzēts šim veidotājam.',
    invalid_schema: (f) =>
      f ? `Lauka ${q(f)} iestatījumi ir nederīgi.` : 'Veidlapas iestatījumi ir nederīgi.',
    root_not_object: () => 'Veidlapā nav neviena lauka.',
    remote_ref: (f) => `Lauks ${q(f)} atsaucas uz ārēju failu, to nedrīkst.`,
    unresolved_ref: (f) => `Lauks ${q(f)} atsaucas uz daļu, kuras nav.`,
    ref_cycle: (f) => `Lauks ${q(f)} atsaucas pats uz sevi.`,
    too_deep: (f) => `Lauks ${q(f)} ir ielikts pārāk daudzās sadaļās vienu iekš otras.`,
    too_many_properties: (f) =>
      f ? `Sadaļā ${q(f)} ir pārāk daudz lauku.` : 'Veidlapā ir pārāk daudz lauku.',
    too_many_enum_values: (f) => `Laukam ${q(f)} ir pārāk daudz izvēles iespēju (ne vairāk kā 1000).`,
    pattern_too_long: (f) => `Lauka ${q(f)} paraugs ir pārāk garš.`,
    invalid_pattern: (f) => `Lauka ${q(f)} paraugs nav derīgs. Izvēlieties paraugu no saraksta.`,
    unsafe_pattern: (f) => `Lauka ${q(f)} paraugs var iesaldēt veidlapu. Izvēlieties paraugu no saraksta.`,
    unknown_format: (f) => `Laukam ${q(f)} ir nezināms veids.`,
    unknown_field: (f) => `Norādīts lauks ${q(f)}, kura veidlapā nav.`,
    duplicate_step_field: (f) =>
      f ? `Lauks ${q(f)} ir vairākos soļos.` : 'Diviem soļiem ir viens un tas pats nosaukums sistēmā.',
    invalid_duration: () => 'Izskatīšanas termiņš nav norādīts pareizi.',
    forbidden_property_name: (f) => `Lauka ${q(f)} sistēmas nosaukums nav atļauts.`,
    unsupported_keyword: (f) => `Laukam ${q(f)} ir iestatījums, ko veidotājs neatbalsta.`,
    unbounded_unique_items: (f) => `Laukam ${q(f)} jānorāda lielākais atbilžu skaits.`,
    field_not_in_step: (f) => `Lauks ${q(f)} nav nevienā solī, tāpēc neviens to nevarēs aizpildīt.`,
    invalid_ui_order: (f) => (f ? `Sadaļas ${q(f)} lauku secība nav pilnīga.` : 'Lauku secība nav pilnīga.'),
    too_complex: (f) => (f ? `Lauks ${q(f)} ir pārāk sarežģīts.` : 'Veidlapa ir pārāk sarežģīta.'),
    invalid_condition: (f) =>
      f
        ? `Lauka ${q(f)} rādīšanas nosacījums nedarbojas. Pārbaudiet lauku un vērtību.`
        : 'Kāds rādīšanas nosacījums nedarbojas.',
    conditions_not_compiled: () =>
      'Rādīšanas nosacījumi neatbilst veidlapai. Atveriet nosacījumu un saglabājiet to vēlreiz.',
    unknown_life_situation: () => 'Pakalpojumam norādīta dzīves situācija, kuras reģistrā nav.',
  },
  en: {
    invalid_shape: (f) =>
      f ? `The settings of ${q(f)} are incomplete.` : 'The form file is incomplete or damaged.',
    unknown_model_version: () => 'The file was made by a version of the builder we do not know.',
    invalid_service_code: () =>
      'The service code may only have lower-case letters, digits and hyphens (3–64 characters).',
    too_large: () => 'The form is too large. Split it or remove fields it does not need.',
    unknown_dialect: () => 'The form file is not meant for this builder.',
    invalid_schema: (f) =>
      f ? `The settings of ${q(f)} are not valid.` : 'The form settings are not valid.',
    root_not_object: () => 'The form has no fields.',
    remote_ref: (f) => `${q(f)} refers to an outside file, which is not allowed.`,
    unresolved_ref: (f) => `${q(f)} refers to a part that does not exist.`,
    ref_cycle: (f) => `${q(f)} refers to itself.`,
    too_deep: (f) => `${q(f)} sits inside too many sections.`,
    too_many_properties: (f) =>
      f ? `The section ${q(f)} has too many fields.` : 'The form has too many fields.',
    too_many_enum_values: (f) => `${q(f)} has too many choices (at most 1000).`,
    pattern_too_long: (f) => `The pattern of ${q(f)} is too long.`,
    invalid_pattern: (f) => `The pattern of ${q(f)} is not valid. Choose a pattern from the list.`,
    unsafe_pattern: (f) => `The pattern of ${q(f)} could freeze the form. Choose a pattern from the list.`,
    unknown_format: (f) => `${q(f)} has an unknown kind.`,
    unknown_field: (f) => `The field ${q(f)} is named, but the form does not have it.`,
    duplicate_step_field: (f) =>
      f ? `${q(f)} is in more than one step.` : 'Two steps share the same internal name.',
    invalid_duration: () => 'The processing time is not given correctly.',
    forbidden_property_name: (f) => `The internal name of ${q(f)} is not allowed.`,
    unsupported_keyword: (f) => `${q(f)} has a setting the builder does not support.`,
    unbounded_unique_items: (f) => `${q(f)} needs a largest number of answers.`,
    field_not_in_step: (f) => `${q(f)} is in no step, so nobody could fill it in.`,
    invalid_ui_order: (f) =>
      f ? `The order of fields in ${q(f)} is incomplete.` : 'The order of fields is incomplete.',
    too_complex: (f) => (f ? `${q(f)} is too complex.` : 'The form is too complex.'),
    invalid_condition: (f) =>
      f
        ? `The condition for showing ${q(f)} cannot work. Check its field and value.`
        : 'A condition for showing a field cannot work.',
    conditions_not_compiled: () =>
      'The conditions do not match the form. Open a condition and save it again.',
    unknown_life_situation: () => 'The service names a life situation that is not in the register.',
  },
};

const FALLBACK: Record<Language, string> = {
  lv: 'Veidlapā ir problēma, kas jānovērš pirms publicēšanas.',
  en: 'The form has a problem to fix before publishing.',
};

/** Codes whose sentence needs a field: without one they would read oddly, so use the general text. */
function isKnownCode(code: string): code is DefinitionIssueCode {
  return Object.hasOwn(SENTENCES.lv, code);
}

/**
 * A definition issue as a sentence naming the field by its label.
 * @example describeIssue({ code: 'unsafe_pattern', path: '/form/schema/properties/phone/pattern', message: '' }, def, 'lv')
 * // { text: "Lauka 'Tālrunis' paraugs var iesaldēt veidlapu. ...", field: { pointer: '/properties/phone', ... } }
 */
export function describeIssue(issue: ApiIssue, definition: unknown, language: Language): PlainIssue {
  const field = fieldAtPath(definition, issue.path, language);
  if (!isKnownCode(issue.code)) return { text: FALLBACK[language], field };
  const text = SENTENCES[language][issue.code](field?.label).replace(/\s+/g, ' ').replace(" ''", '').trim();
  return { text, field };
}

/** Issues for a list: one sentence each, repeated sentences once. */
export function describeIssues(
  issues: readonly ApiIssue[],
  definition: unknown,
  language: Language,
): PlainIssue[] {
  const seen = new Set<string>();
  const result: PlainIssue[] = [];
  for (const issue of issues) {
    const plain = describeIssue(issue, definition, language);
    if (seen.has(plain.text)) continue;
    seen.add(plain.text);
    result.push(plain);
  }
  return result;
}
