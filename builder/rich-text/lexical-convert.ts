import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type LexicalNode,
} from 'lexical';
import {
  RICH_TEXT_FORMAT,
  type RichBlock,
  type RichInline,
  type RichTextDoc,
  sanitizeRichText,
} from '../../schema/rich-text/rich-text-doc.ts';

/** Text runs of an element: text nodes with their format, links with their address. */
function $runsOf(node: LexicalNode, link?: string): RichInline[] {
  if ($isTextNode(node)) {
    const run: RichInline = { text: node.getTextContent() };
    if (node.hasFormat('bold')) run.bold = true;
    if (node.hasFormat('italic')) run.italic = true;
    if (link) run.link = link;
    return [run];
  }
  if ($isLineBreakNode(node)) return [{ text: ' ' }];
  if ($isLinkNode(node)) return node.getChildren().flatMap((c) => $runsOf(c, node.getURL()));
  if ($isElementNode(node)) return node.getChildren().flatMap((c) => $runsOf(c, link));
  return [];
}

/** Reads the editor into the neutral format; must run inside `editor.read()`. */
export function $editorToDoc(): RichTextDoc | undefined {
  const blocks: RichBlock[] = [];
  for (const node of $getRoot().getChildren()) {
    if ($isListNode(node)) {
      const items = node
        .getChildren()
        .filter($isListItemNode)
        .map((item) => $runsOf(item));
      blocks.push({ type: 'list', ordered: node.getListType() === 'number', items });
    } else blocks.push({ type: 'paragraph', content: $runsOf(node) });
  }
  return sanitizeRichText({ format: RICH_TEXT_FORMAT, blocks });
}

function $nodesOf(runs: RichInline[]): LexicalNode[] {
  return runs.map((run) => {
    const text = $createTextNode(run.text);
    if (run.bold) text.toggleFormat('bold');
    if (run.italic) text.toggleFormat('italic');
    if (!run.link) return text;
    const link = $createLinkNode(run.link);
    link.append(text);
    return link;
  });
}

/** Fills the editor from the neutral format; must run inside `editor.update()`. */
export function $docToEditor(doc: RichTextDoc | undefined): void {
  const root = $getRoot();
  root.clear();
  for (const block of doc?.blocks ?? []) {
    if (block.type === 'paragraph') {
      root.append($createParagraphNode().append(...$nodesOf(block.content)));
    } else {
      const list = $createListNode(block.ordered ? 'number' : 'bullet');
      for (const item of block.items) list.append($createListItemNode().append(...$nodesOf(item)));
      root.append(list);
    }
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}
