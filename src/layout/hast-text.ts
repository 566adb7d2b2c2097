/** Plain text of a hast node (hast-util-to-string is not a dependency; this is all it does). */
import type { Nodes } from 'hast';

export function toString(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => toString(c)).join('');
  return '';
}
