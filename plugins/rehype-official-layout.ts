/**
 * rehype plugin: the official layout of a 政府信息公开工作年度报告. Takes the sanitised hast of the
 * Markdown and the report model; rebuilds the official tables from the model (表二 pieces merged),
 * sets the heading outline (h1 title, h2 sections, h3 （一） sub-headings), gathers the sign-off,
 * adds the draft mark, and wraps everything in `<article class="nb-report">`.
 * The title it settled on is left in `file.data.reportTitle`.
 */
import type { ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { ReportModel } from '../src/model/types.js';
import { arrangeHeadings } from '../src/layout/headings.js';
import { replaceOfficialTables } from '../src/layout/official-tables.js';
import { arrangeSignOff } from '../src/layout/sign-off.js';
import { DRAFT_TEXT } from '../src/layout/strings.js';
import { el, text } from '../src/layout/table-kit.js';

declare module 'vfile' {
  interface DataMap {
    reportTitle: string;
  }
}

export interface OfficialLayoutOptions {
  model: ReportModel;
  /** Add the visible draft mark 「草稿：未通过校验」. */
  draft?: boolean;
}

const rehypeOfficialLayout: Plugin<[OfficialLayoutOptions], Root> = function (options) {
  return (tree: Root, file: VFile) => {
    replaceOfficialTables(tree, options.model);
    arrangeSignOff(tree, options.model);
    const { title } = arrangeHeadings(tree, options.model);
    file.data.reportTitle = title;
    const body = tree.children.filter((n): n is ElementContent => n.type !== 'doctype');
    const article = el('article', { className: ['nb-report'], lang: 'zh-CN' }, body);
    if (options.draft) {
      article.properties = { ...article.properties, className: ['nb-report', 'nb-is-draft'] };
      article.children.unshift(el('p', { className: ['nb-draft'], role: 'note' }, [el('strong', {}, [text(DRAFT_TEXT)])]), text('\n'));
    }
    tree.children = [article];
  };
};

export default rehypeOfficialLayout;
