/**
 * The receipt as a printable HTML page (issue 4): plain semantic HTML in the person's language,
 * a print stylesheet (no screen-only notes, black on white, no page break inside an answer),
 * no script, every text escaped.
 */
import type { ReceiptContent } from './receipt-content.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `
body { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; color: #0b0c0c; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 1.75rem; margin-bottom: 1rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #b1b4b6; padding-bottom: .25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.reference { font-size: 1.25rem; font-weight: 700; letter-spacing: .05em; }
dl.answers dt { font-weight: 700; margin-top: .75rem; }
dl.answers dd { margin: 0; }
.note { background: #f3f2f1; padding: .75rem 1rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .note { display: none; }
  dl.answers dt, dl.answers dd { break-inside: avoid; }
  h2 { break-after: avoid; }
}`;

const PRINT_NOTE = {
  lv: 'Lai izdrukātu, izmantojiet pārlūka drukāšanas komandu (Ctrl+P).',
  en: "To print, use your browser's print command (Ctrl+P).",
};

export function renderReceiptHtml(content: ReceiptContent): string {
  const facts = content.facts
    .map(
      (fact) =>
        `<dt>${escapeHtml(fact.label)}</dt><dd${fact.value === content.reference ? ' class="reference"' : ''}>${escapeHtml(fact.value)}</dd>`,
    )
    .join('');
  const sections = content.sections
    .map((section) => {
      const answers = section.answers
        .map(
          (answer) =>
            `<dt>${escapeHtml(answer.label)}</dt>${answer.lines.map((line) => `<dd>${escapeHtml(line)}</dd>`).join('')}`,
        )
        .join('');
      return `${section.title ? `<h2>${escapeHtml(section.title)}</h2>` : ''}<dl class="answers">${answers}</dl>`;
    })
    .join('');
  return `<!doctype html>
<html lang="${content.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${content.heading} ${content.reference}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(content.heading)}</h1>
<p class="note">${escapeHtml(PRINT_NOTE[content.language])}</p>
<dl class="facts">${facts}</dl>
${sections}
<p>${escapeHtml(content.footer)}</p>
</main>
</body>
</html>`;
}
