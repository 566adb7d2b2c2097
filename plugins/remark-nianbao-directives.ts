/**
 * remark-nianbao-directives: with remark-directive on, ordinary text such as `网址:www.example.gov.cn`
 * or `10:30 a:b` would turn into directives and lose characters. Every directive that is not one of
 * ours goes back to exactly the text that was typed.
 */
import type { Root, Parent, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { LIVE_KINDS } from '../src/live/evaluate.js';

const DIRECTIVES = new Set(['textDirective', 'leafDirective', 'containerDirective']);

const ours = (node: RootContent) => node.type === 'textDirective' && (LIVE_KINDS as readonly string[]).includes(node.name);

function sourceOf(node: RootContent, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/** Put every foreign directive under `parent` back as the text that was typed. */
export function restoreForeignDirectives(parent: Parent, source: string): void {
  parent.children = parent.children.map((child) => {
    const node = child as RootContent;
    if (DIRECTIVES.has(node.type) && !ours(node)) {
      const text = sourceOf(node, source);
      // Block directives become paragraphs so their text is still read and shown.
      return (node.type === 'textDirective'
        ? { type: 'text', value: text, position: node.position }
        : { type: 'paragraph', children: [{ type: 'text', value: text, position: node.position }], position: node.position }) as typeof child;
    }
    if ('children' in node) restoreForeignDirectives(node as Parent, source);
    return child;
  });
}

const remarkNianbaoDirectives: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    restoreForeignDirectives(tree, String(file.value ?? ''));
  };
};

export default remarkNianbaoDirectives;
