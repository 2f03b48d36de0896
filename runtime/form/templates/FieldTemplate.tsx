import {
  ADDITIONAL_PROPERTY_FLAG,
  descriptionId,
  errorId,
  type FieldTemplateProps,
  getTemplate,
  getUiOptions,
  helpId,
  type RJSFSchema,
} from '@rjsf/utils';
import type { ReactNode } from 'react';
import type { FormContext, FormData } from '../form-context.ts';
import { RichText, richHelpFor } from '../RichText.tsx';

const GROUP_WIDGETS = new Set(['radio', 'checkboxes']);

/**
 * One question: label, hints (description and `ui:help`), error message, then the control
 * (GOV.UK order: what to enter and what went wrong are read before the input, not after it).
 * Objects and single checkboxes render their own title inside `children`, so their help
 * follows them instead of preceding their heading. Radio groups and checkbox lists get a `<fieldset>` with a `<legend>`,
 * since a `<label for>` cannot name a group (WCAG 1.3.1). The hint and the message keep RJSF's
 * ids, which its inputs already reference with `aria-describedby`. The asterisk sits outside the
 * `<label>` and is hidden from screen readers: the inputs carry `required`, which they announce,
 * and the label text stays exactly the field's title, so tests find it with `getByLabel(title)`.
 *
 * Speed (issue 4, time to ready): a question is one element (`form-group field`) around its parts;
 * RJSF's WrapIfAdditionalTemplate, which would add a second one, is only used where it has work to
 * do (a key of `additionalProperties`, which the citizen may rename or remove).
 */
export function FieldTemplate(props: FieldTemplateProps<FormData, RJSFSchema, FormContext>) {
  const {
    id,
    label,
    children,
    rawErrors,
    rawHelp,
    rawDescription,
    hidden,
    required,
    displayLabel,
    hideError,
  } = props;
  const { registry, uiSchema, schema } = props;
  const options = getUiOptions(uiSchema);
  if (hidden) return <div className="hidden">{children}</div>;

  const errors = hideError ? [] : (rawErrors ?? []);
  const isGroup = typeof options.widget === 'string' && GROUP_WIDGETS.has(options.widget);
  const marker = required ? (
    <span className="field__required" aria-hidden="true">
      {' '}
      *
    </span>
  ) : null;
  // Rich help (bold, lists, links) replaces its plain-text fallback; a content block's rich
  // text is its body, so it takes the description's place.
  const rich = richHelpFor(uiSchema, registry.formContext?.language ?? 'lv');
  const isContent = schema.type === 'null';
  const hint =
    rich && isContent ? (
      <RichText className="field__hint rich-text" id={descriptionId(id)} doc={rich} />
    ) : displayLabel && rawDescription ? (
      <p className="field__hint" id={descriptionId(id)}>
        {rawDescription}
      </p>
    ) : null;
  const message =
    errors.length > 0 ? (
      <p className="field__error" id={errorId(id)}>
        {errors.join(' ')}
      </p>
    ) : null;
  const help =
    rich && !isContent ? (
      <RichText className="field__hint rich-text" id={helpId(id)} doc={rich} />
    ) : rawHelp ? (
      <p className="field__hint" id={helpId(id)}>
        {rawHelp}
      </p>
    ) : null;

  let body: ReactNode;
  if (isGroup && displayLabel) {
    body = (
      <fieldset className="field__group">
        <legend className="field__label">
          {label}
          {marker}
        </legend>
        {hint}
        {help}
        {message}
        {children}
      </fieldset>
    );
  } else {
    body = (
      <>
        {displayLabel && label ? (
          marker ? (
            <div className="field__label-row">
              <label className="field__label" htmlFor={id}>
                {label}
              </label>
              {marker}
            </div>
          ) : (
            // Without an asterisk the label needs no row around it (one element less per question).
            <label className="field__label" htmlFor={id}>
              {label}
            </label>
          )
        ) : null}
        {hint}
        {displayLabel ? help : null}
        {message}
        {children}
        {displayLabel ? null : help}
      </>
    );
  }

  const className = errors.length > 0 ? 'field field--error' : 'field';
  if (!(ADDITIONAL_PROPERTY_FLAG in schema)) {
    // RJSF's classes (the type, `ui:classNames`) and `ui:style`, as its wrapper would carry them.
    return (
      <div className={`form-group ${props.classNames ?? ''} ${className}`} style={props.style}>
        {body}
      </div>
    );
  }
  const WrapIfAdditionalTemplate = getTemplate('WrapIfAdditionalTemplate', registry, options);
  return (
    <WrapIfAdditionalTemplate {...props}>
      <div className={className}>{body}</div>
    </WrapIfAdditionalTemplate>
  );
}
