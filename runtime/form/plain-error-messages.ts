import type { RJSFValidationError } from '@rjsf/utils';
import type { UiStrings } from '../i18n/ui-strings.ts';

type Messages = UiStrings['errors'];
type Params = Record<string, unknown> | undefined;

function limitOf(params: Params): number | undefined {
  const limit = params?.limit;
  return typeof limit === 'number' ? limit : undefined;
}

function withLimit(params: Params, say: (n: number) => string, messages: Messages): string {
  const limit = limitOf(params);
  return limit === undefined ? messages.other : say(limit);
}

/**
 * One sentence a citizen understands for a failed JSON Schema keyword. ajv's own messages
 * ("must NOT have fewer than 3 characters") are English developer text; these say what to do,
 * in the page's language. Also used for the server's issues, whose `code` is the same keyword.
 */
export function plainMessage(keyword: string | undefined, params: Params, messages: Messages): string {
  switch (keyword) {
    case 'required':
    case 'dependencies':
      return messages.required;
    case 'minLength':
      return withLimit(params, messages.minLength, messages);
    case 'maxLength':
      return withLimit(params, messages.maxLength, messages);
    case 'pattern':
      return messages.pattern;
    case 'format': {
      const format = params?.format;
      return typeof format === 'string' && Object.hasOwn(messages.format, format)
        ? (messages.format[format] ?? messages.formatOther)
        : messages.formatOther;
    }
    case 'minimum':
      return withLimit(params, messages.minimum, messages);
    case 'maximum':
      return withLimit(params, messages.maximum, messages);
    case 'exclusiveMinimum':
      return withLimit(params, messages.exclusiveMinimum, messages);
    case 'exclusiveMaximum':
      return withLimit(params, messages.exclusiveMaximum, messages);
    case 'multipleOf': {
      const multiple = params?.multipleOf;
      return typeof multiple === 'number' ? messages.multipleOf(multiple) : messages.other;
    }
    case 'type':
      return params?.type === 'integer'
        ? messages.integer
        : params?.type === 'number'
          ? messages.number
          : messages.other;
    case 'const':
      // A consent box is `const: true`: the plain instruction is to tick it.
      return params?.allowedValue === true ? messages.mustAccept : messages.choose;
    case 'enum':
    case 'oneOf':
    case 'anyOf':
      return messages.choose;
    case 'minItems':
      return withLimit(params, messages.minItems, messages);
    case 'maxItems':
      return withLimit(params, messages.maxItems, messages);
    case 'uniqueItems':
      return messages.uniqueItems;
    default:
      return messages.other;
  }
}

/**
 * RJSF's `transformErrors`: replaces every message with {@link plainMessage}, drops ajv's
 * `if` wrapper errors (the failed `then` keyword is reported on its own) and keeps one message
 * per field and wording, since a `oneOf` of choices fails once per choice.
 */
export function toPlainErrors(errors: RJSFValidationError[], messages: Messages): RJSFValidationError[] {
  const seen = new Set<string>();
  const plain: RJSFValidationError[] = [];
  for (const error of errors) {
    if (error.name === 'if') continue;
    const message = plainMessage(error.name, error.params, messages);
    const key = `${error.property ?? ''}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    plain.push({ ...error, message, stack: error.title ? `${error.title}: ${message}` : message });
  }
  return plain;
}
