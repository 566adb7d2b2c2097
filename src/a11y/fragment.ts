/**
 * The CMS fragment in a document of its own. axe's page-level rules (`html-has-lang`,
 * `document-title`, `landmark-one-main`, `region`, `page-has-heading-one`) only mean something
 * on a whole page, and a CMS puts the fragment inside its own page with its own `lang`, title and
 * `<main>`: so the fragment is checked inside the smallest such page, nothing more. The
 * stylesheet a CMS loads beside it (styles/screen.css) goes in too, so the line-height and
 * reflow checks measure what the portal shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stylesDir } from '../layout/index.js';

const escapeText = (value: string) =>
  value.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

export interface FragmentShellOptions {
  /** `<title>` text (the report title). */
  title: string;
  /** CSS for the shell; default: styles/screen.css. Pass '' for none. */
  css?: string;
}

let screenCss: string | null = null;

/** styles/screen.css, the stylesheet a CMS loads beside the fragment. */
export function defaultFragmentCss(): string {
  screenCss ??= readFileSync(path.join(stylesDir(), 'screen.css'), 'utf8');
  return screenCss;
}

export function fragmentDocument(fragment: string, options: FragmentShellOptions): string {
  const css = (options.css ?? defaultFragmentCss()).replace(/<\/style/gi, '<\\/style');
  return (
    `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n` +
    `<title>${escapeText(options.title || '政府信息公开工作年度报告')}</title>\n` +
    (css ? `<style>\n${css}\n</style>\n` : '') +
    `</head>\n<body>\n<main>\n${fragment}\n</main>\n</body>\n</html>\n`
  );
}
