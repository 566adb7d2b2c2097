/** `<!-- nianbao-disable a b -->` … `<!-- nianbao-enable -->` and `<!-- nianbao-disable-next a -->`. */
import type { Nodes, Root } from 'mdast';
import type { Suppression } from '../model/types.js';

const COMMENT = /<!--\s*nianbao-(disable-next|disable|enable)(?![\w-])([\s\S]*?)-->/g;

interface Open {
  ruleIds: string[];
  fromLine: number;
}

const ids = (s: string): string[] => s.split(/[\s,，]+/).map((x) => x.trim()).filter(Boolean);

export function readSuppressions(tree: Root, lastLine: number): Suppression[] {
  const out: Suppression[] = [];
  let open: Open[] = [];
  const walk = (node: Nodes, parents: Nodes[]): void => {
    if (node.type === 'html') {
      const line = node.position?.start.line ?? 1;
      for (const m of (node.value ?? '').matchAll(COMMENT)) {
        const kind = m[1];
        const list = ids(m[2] ?? '');
        if (kind === 'disable') open.push({ ruleIds: list, fromLine: line });
        else if (kind === 'enable') {
          const still: Open[] = [];
          for (const o of open) {
            const endLine = node.position?.end.line ?? line;
            if (list.length === 0) {
              out.push({ ruleIds: o.ruleIds, fromLine: o.fromLine, toLine: endLine });
              continue;
            }
            // Enabling some ids: close the range for those, keep the others disabled.
            const closed = o.ruleIds.filter((r) => list.includes(r));
            const rest = o.ruleIds.filter((r) => !list.includes(r));
            if (o.ruleIds.length === 0 || closed.length === 0) {
              still.push(o);
              continue;
            }
            out.push({ ruleIds: closed, fromLine: o.fromLine, toLine: endLine });
            if (rest.length) still.push({ ruleIds: rest, fromLine: o.fromLine });
          }
          open = still;
        } else {
          const next = nextBlock(node, parents);
          const from = next?.position?.start.line ?? line;
          const to = next?.position?.end.line ?? node.position?.end.line ?? line;
          out.push({ ruleIds: list, fromLine: from, toLine: to });
        }
      }
      return;
    }
    if ('children' in node && Array.isArray(node.children)) {
      for (const c of node.children) walk(c as Nodes, [...parents, node]);
    }
  };
  walk(tree, []);
  for (const o of open) out.push({ ruleIds: o.ruleIds, fromLine: o.fromLine, toLine: Math.max(lastLine, o.fromLine) });
  return out.sort((a, b) => a.fromLine - b.fromLine);
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/** The next sibling block (skipping other comments); for a comment inside a paragraph, the next block after it. */
function nextBlock(node: Nodes, parents: Nodes[]): Nodes | null {
  let child: Nodes = node;
  for (let k = parents.length - 1; k >= 0; k--) {
    const parent = parents[k]!;
    if (PHRASING_PARENTS.has(parent.type)) {
      child = parent;
      continue;
    }
    const siblings = ('children' in parent ? parent.children : []) as Nodes[];
    const at = siblings.indexOf(child);
    for (let i = at + 1; i < siblings.length; i++) {
      const s = siblings[i]!;
      if (s.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(s.value)) continue;
      return s;
    }
    return null;
  }
  return null;
}
