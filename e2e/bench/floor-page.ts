import type { JsonSchema } from '../../schema/json-schema.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function control(name: string, field: JsonSchema, required: boolean): string {
  const id = `root_${name}`;
  const req = required ? ' required' : '';
  if (field.oneOf) {
    const options = field.oneOf
      .map(
        (option) =>
          `<option value="${escapeHtml(String(option.const))}">${escapeHtml(String(option.title))}</option>`,
      )
      .join('');
    return `<select id="${id}" name="${name}"${req}><option value=""></option>${options}</select>`;
  }
  if (field.type === 'boolean') return `<input id="${id}" name="${name}" type="checkbox">`;
  if (field.type === 'integer') {
    return `<input id="${id}" name="${name}" type="number" step="1" min="${field.minimum}" max="${field.maximum}"${req}>`;
  }
  const type = field.format === 'email' ? 'email' : field.format === 'date' ? 'date' : 'text';
  const limits = [
    typeof field.minLength === 'number' ? ` minlength="${field.minLength}"` : '',
    typeof field.maxLength === 'number' ? ` maxlength="${field.maxLength}"` : '',
    typeof field.pattern === 'string'
      ? ` pattern="${escapeHtml(field.pattern.replace(/^\^|\$$/g, ''))}"`
      : '',
  ].join('');
  return `<input id="${id}" name="${name}" type="${type}"${limits}${req}>`;
}

/**
 * The floor: the same fields as plain server-rendered HTML inputs with the browser's own
 * constraint validation, and no framework. A short inline script only fills test data and times
 * the submit, as the other pages do.
 */
export function floorPage(schema: JsonSchema): string {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {})
    .map(([name, field]) => {
      const label = `<label for="root_${name}">${escapeHtml(field.title ?? name)}</label>`;
      return `<div class="field">${label}${control(name, field, required.has(name))}</div>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="lv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}.field{margin-bottom:1rem}label{display:block;font-weight:700}input,select{font:inherit;padding:.4rem;border:2px solid #1b1b1b}</style>
</head><body><main><h1>Etalonveidlapa</h1>
<form id="form">
${fields}
<button type="submit" id="submit">Iesniegt</button>
</form></main>
<script>
  const form = document.getElementById('form');
  const data = window.__BENCH_DATA;
  if (data) for (const [name, value] of Object.entries(data)) {
    const el = form.elements.namedItem(name);
    if (el && el.type === 'checkbox') el.checked = value === true; else if (el) el.value = String(value);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.__benchSubmitted = performance.now();
  });
</script>
</body></html>`;
}
