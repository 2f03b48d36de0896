/**
 * `$ref` resolution and cycles. Only same-document refs exist once walk-schema has reported
 * remote ones; here each must land on a subschema, and no ref chain may come back to itself.
 *
 * A cycle is a cycle in the graph "subschema contains subschema" plus "ref site points at
 * target": following a ref into a subtree that contains the ref again (a -> b -> a, or `#` used
 * below the root) describes infinitely nested data, which a form cannot render and rjsf's
 * default-filling would chase. Containment alone is a tree, so every cycle goes through a ref.
 */
import { LIMITS } from '../definition-issue.ts';
import { appendPointer, parsePointer } from '../json-pointer.ts';
import type { Issues } from './shape-helpers.ts';
import type { SchemaIndex } from './walk-schema.ts';

/**
 * Resolves every local `$ref` in the index and reports unresolved ones and cycles.
 * @param basePath where the schema sits in the definition, e.g. `/form/schema`
 */
export function checkRefs(index: SchemaIndex, basePath: string, issues: Issues): void {
  const targets = new Int32Array(index.nodes.length).fill(-1);
  index.nodes.forEach((node, id) => {
    if (node.ref === undefined) return;
    const target = findRefTarget(node.ref, index);
    if (target === undefined) {
      issues.push({
        code: 'unresolved_ref',
        path: `${basePath}${node.pointer}/$ref`,
        message: `$ref "${node.ref.slice(0, 80)}" does not point at a schema in this form.`,
      });
    } else {
      targets[id] = target;
    }
  });
  const closing = findRefsClosingCycles(index, targets);
  for (const id of closing) {
    const node = index.nodes[id]!;
    issues.push({
      code: 'ref_cycle',
      path: `${basePath}${node.pointer}/$ref`,
      message: `$ref "${node.ref!.slice(0, 80)}" leads back to itself.`,
    });
  }
  if (closing.size > 0 || index.nodes.length === 0) return;
  const expanded = countExpandedProperties(index, targets);
  if (expanded > LIMITS.maxPropertiesTotal) {
    issues.push({
      code: 'too_many_properties',
      path: basePath,
      message: `With its $refs expanded the form has ${expanded} properties; at most ${LIMITS.maxPropertiesTotal} are allowed.`,
    });
  }
}

/**
 * Properties counted once per use: a definition with 1000 fields referenced from 1000 places is a
 * million-field form to ajv's code generator and to the renderer, though the text is small.
 * The graph is acyclic here, so a post-order pass sums each node once.
 */
function countExpandedProperties(index: SchemaIndex, targets: Int32Array): number {
  const total = new Float64Array(index.nodes.length).fill(-1);
  const stack = [0];
  while (stack.length > 0) {
    const id = stack[stack.length - 1]!;
    const node = index.nodes[id]!;
    const next = [...node.children, ...(targets[id]! >= 0 ? [targets[id]!] : [])];
    const pending = next.filter((child) => total[child]! < 0);
    if (pending.length > 0) {
      stack.push(...pending);
      continue;
    }
    stack.pop();
    if (total[id]! >= 0) continue;
    total[id] = next.reduce((sum, child) => sum + total[child]!, node.propertyCount);
  }
  return total[0]!;
}

/** `#` or `#/json/pointer` (URI-encoded, RFC 6901 section 6). Anchors like `#name` need `$id`, which we refuse. */
function findRefTarget(ref: string, index: SchemaIndex): number | undefined {
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  const tokens = parsePointer(fragment);
  if (!tokens) return undefined;
  return index.byPointer.get(appendPointer('', ...tokens));
}

/**
 * Depth-first search with an explicit stack. When an edge reaches a node still on the stack, the
 * stack segment from that node is the cycle; the ref site reported is the closing edge's own
 * node when it is a ref, else the first ref edge taken along the segment.
 */
function findRefsClosingCycles(index: SchemaIndex, targets: Int32Array): Set<number> {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Uint8Array(index.nodes.length);
  const stackPosition = new Int32Array(index.nodes.length);
  const closing = new Set<number>();
  const isRefEdge = (id: number, edge: number) => edge === index.nodes[id]!.children.length;
  for (let start = 0; start < index.nodes.length; start++) {
    if (colour[start] !== WHITE) continue;
    const stack = [start];
    const nextEdge = [0];
    colour[start] = GREY;
    while (stack.length > 0) {
      const top = stack.length - 1;
      const id = stack[top]!;
      const children = index.nodes[id]!.children;
      const edgeCount = children.length + (targets[id]! >= 0 ? 1 : 0);
      const edge = nextEdge[top]!;
      if (edge >= edgeCount) {
        colour[id] = BLACK;
        stack.pop();
        nextEdge.pop();
        continue;
      }
      nextEdge[top] = edge + 1;
      const next = edge < children.length ? children[edge]! : targets[id]!;
      if (colour[next] === GREY) {
        if (isRefEdge(id, edge)) {
          closing.add(id);
        } else {
          for (let j = stackPosition[next]!; j < top; j++) {
            if (isRefEdge(stack[j]!, nextEdge[j]! - 1)) {
              closing.add(stack[j]!);
              break;
            }
          }
        }
      } else if (colour[next] === WHITE) {
        colour[next] = GREY;
        stackPosition[next] = stack.length;
        stack.push(next);
        nextEdge.push(0);
      }
    }
  }
  return closing;
}
