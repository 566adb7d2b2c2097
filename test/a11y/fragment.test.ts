/** The fragment's minimal page shell (no browser). */
import { describe, expect, it } from 'vitest';
import { defaultFragmentCss, fragmentDocument } from '../../src/a11y/index.js';

describe('fragmentDocument', () => {
  it('wraps the fragment in a page with lang, charset, title and one <main>', () => {
    const html = fragmentDocument('<article class="nb-report"><p>正文</p></article>', { title: '报告', css: '' });
    expect(html).toBe(
      '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>报告</title>\n</head>\n' +
        '<body>\n<main>\n<article class="nb-report"><p>正文</p></article>\n</main>\n</body>\n</html>\n',
    );
  });

  it('carries styles/screen.css by default (what a CMS loads beside the fragment)', () => {
    const html = fragmentDocument('<p>x</p>', { title: 't' });
    expect(defaultFragmentCss()).toContain('.nb-report');
    expect(html).toContain(`<style>\n${defaultFragmentCss()}\n</style>`);
  });

  it('escapes the title and cannot be broken out of by the CSS', () => {
    const html = fragmentDocument('<p>x</p>', { title: 'A & <B>', css: 'p{}</style><script>1</script>' });
    expect(html).toContain('<title>A &amp; &lt;B&gt;</title>');
    expect(html).not.toContain('</style><script>');
  });

  it('has a title even when the report has none', () => {
    expect(fragmentDocument('<p>x</p>', { title: '', css: '' })).toContain('<title>政府信息公开工作年度报告</title>');
  });
});
