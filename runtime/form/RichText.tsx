// biome-ignore-all lint/suspicious/noArrayIndexKey: a rich-text document is rendered whole from data; its parts never reorder in place
import type { ReactNode } from 'react';
import {
  isSafeLink,
  type RichInline,
  type RichTextDoc,
  sanitizeRichText,
} from '../../schema/rich-text/rich-text-doc.ts';

function Run({ run }: { run: RichInline }) {
  let node: ReactNode = run.text;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.italic) node = <em>{node}</em>;
  // Checked again here although the server sanitised it: a definition is data, never trusted.
  if (run.link && isSafeLink(run.link)) {
    node = (
      <a href={run.link} rel="noopener noreferrer" target="_blank">
        {node}
      </a>
    );
  }
  return node;
}

const runs = (content: RichInline[]) => content.map((run, i) => <Run key={i} run={run} />);

/**
 * Renders the neutral rich-text document (schema/rich-text/rich-text-doc.ts) as React elements:
 * paragraphs, lists, bold, italic and safe links. No HTML is parsed, so nothing in a definition
 * can inject markup; Lexical never reaches the citizen's page.
 */
export function RichText({ doc, className, id }: { doc: RichTextDoc; className?: string; id?: string }) {
  return (
    <div className={className} id={id}>
      {doc.blocks.map((block, i) =>
        block.type === 'paragraph' ? (
          <p key={i}>{runs(block.content)}</p>
        ) : block.ordered ? (
          <ol key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{runs(item)}</li>
            ))}
          </ol>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{runs(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}

/** The field's rich help in `language` (uiSchema `ui:helpRich`), or undefined. */
export function richHelpFor(uiSchema: unknown, language: string): RichTextDoc | undefined {
  if (typeof uiSchema !== 'object' || uiSchema === null) return undefined;
  const rich = (uiSchema as Record<string, unknown>)['ui:helpRich'];
  if (typeof rich !== 'object' || rich === null) return undefined;
  return sanitizeRichText((rich as Record<string, unknown>)[language]);
}
