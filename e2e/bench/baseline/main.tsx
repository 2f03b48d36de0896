import Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';

/**
 * The baseline of issue 4's benchmark: a plain default @rjsf/core form with the default ajv
 * validator, as a team would start. It loads the same schema the runtime serves.
 */
declare global {
  interface Window {
    __BENCH_DATA?: Record<string, unknown>;
    __benchSubmitted?: number;
  }
}

const form = new URLSearchParams(window.location.search).get('form') ?? '200';
const schema = (await (await fetch(`/forms/${form}.json`)).json()) as RJSFSchema;
const container = document.getElementById('root');
if (!container) throw new Error('baseline: no #root');
createRoot(container).render(
  <Form
    schema={schema}
    validator={validator}
    formData={window.__BENCH_DATA}
    onSubmit={() => {
      window.__benchSubmitted = performance.now();
    }}
  />,
);
