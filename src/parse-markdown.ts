/** The Markdown syntax of a report, shared by the checker and the layout so both see the same tree. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { restoreForeignDirectives } from '../plugins/remark-nianbao-directives.js';

/** CommonMark + GFM tables + YAML front matter + directives (for live numbers). */
export function createParser() {
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
}

/** Parse a report; directives that are not nianbao's go back to the text that was typed. */
export function parseReportMarkdown(markdown: string): Root {
  const tree = createParser().parse(markdown);
  restoreForeignDirectives(tree, markdown);
  return tree;
}
