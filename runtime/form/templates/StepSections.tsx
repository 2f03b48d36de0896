import { getDefaultRegistry } from '@rjsf/core';
import type { ObjectFieldTemplateProps, RJSFSchema } from '@rjsf/utils';
import type { FormContext, FormData } from '../form-context.ts';
import { groupIntoSteps } from '../group-into-steps.ts';

const DefaultObjectFieldTemplate = getDefaultRegistry<FormData, RJSFSchema, FormContext>().templates
  .ObjectFieldTemplate;

/**
 * The root object is laid out as the form's steps: one titled section per step, in order. The
 * root's own schema title is not repeated, because the page already shows the service title as
 * its heading. Nested objects keep RJSF's fieldset with a legend.
 */
export function StepSections(props: ObjectFieldTemplateProps<FormData, RJSFSchema, FormContext>) {
  const { fieldPathId, properties, registry } = props;
  if (fieldPathId.path.length > 0) return <DefaultObjectFieldTemplate {...props} />;
  const { steps, language } = registry.formContext;
  const groups = groupIntoSteps(properties, steps, (property) => property.name);
  return (
    <div className="form-steps">
      {groups.map(({ step, items }) =>
        step ? (
          <section className="form-step" key={step.id} aria-labelledby={`step-${step.id}-title`}>
            <h2 className="form-step__title" id={`step-${step.id}-title`}>
              {step.title[language] || step.title.lv}
            </h2>
            {items.map((item) => item.content)}
          </section>
        ) : (
          <div className="form-step" key="all">
            {items.map((item) => item.content)}
          </div>
        ),
      )}
    </div>
  );
}
