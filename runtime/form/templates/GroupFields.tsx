import { getDefaultRegistry } from '@rjsf/core';
import type { ObjectFieldTemplateProps, RJSFSchema } from '@rjsf/utils';
import type { FormContext, FormData } from '../form-context.ts';

const DefaultObjectFieldTemplate = getDefaultRegistry<FormData, RJSFSchema, FormContext>().templates
  .ObjectFieldTemplate;

/**
 * The root of a group's form is only a run of questions: the step's heading and the service
 * title are already on the page, so no fieldset or legend is added around them. Nested objects
 * (an address) keep RJSF's fieldset with a legend.
 */
export function GroupFields(props: ObjectFieldTemplateProps<FormData, RJSFSchema, FormContext>) {
  if (props.fieldPathId.path.length > 0) return <DefaultObjectFieldTemplate {...props} />;
  return <>{props.properties.map((property) => property.content)}</>;
}
