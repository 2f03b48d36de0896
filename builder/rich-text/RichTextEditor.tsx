import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useMemo, useRef } from 'react';
import { isSafeLink, type RichTextDoc } from '../../schema/rich-text/rich-text-doc.ts';
import { $docToEditor, $editorToDoc } from './lexical-convert.ts';
import { RichTextToolbar } from './RichTextToolbar.tsx';

export interface RichTextEditorProps {
  /** Id of the visible label element (the editor is a textbox named by it). */
  labelledBy: string;
  value: RichTextDoc | undefined;
  /** Called with the new document when the person leaves the editor having changed something. */
  onCommit: (doc: RichTextDoc | undefined) => void;
  testId: string;
  lang?: string;
}

const THEME = {
  text: { bold: 'rt-bold', italic: 'rt-italic' },
  list: { ul: 'rt-ul', ol: 'rt-ol' },
  link: 'rt-link',
};

/**
 * Help-text editor (Lexical, in its own room: builder/rich-text). It edits the neutral document
 * of rich-text-doc.ts and hands it back on blur, so one edit session is one undo step in the
 * designer (Lexical's own history handles Ctrl+Z while typing inside). The parent remounts it
 * (key) when the value changes from outside, e.g. on undo or selecting another field.
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const { value, onCommit, testId } = props;
  const initial = useRef(value);
  const latest = useRef<RichTextDoc | undefined>(value);
  const config = useMemo(
    () => ({
      namespace: testId,
      nodes: [ListNode, ListItemNode, LinkNode],
      theme: THEME,
      onError: (error: Error) => {
        throw error;
      },
      editorState: () => $docToEditor(initial.current),
    }),
    [testId],
  );

  return (
    <LexicalComposer initialConfig={config}>
      <fieldset
        className="rich-editor"
        aria-labelledby={props.labelledBy}
        onBlur={(event) => {
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          if (JSON.stringify(latest.current) !== JSON.stringify(initial.current)) {
            initial.current = latest.current;
            onCommit(latest.current);
          }
        }}
      >
        <RichTextToolbar testId={testId} />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="rich-editor__input"
              aria-labelledby={props.labelledBy}
              aria-multiline
              lang={props.lang}
              data-testid={testId}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeLink} />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(state) => {
            latest.current = state.read(() => $editorToDoc());
          }}
        />
      </fieldset>
    </LexicalComposer>
  );
}
