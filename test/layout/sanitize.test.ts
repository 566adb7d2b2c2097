import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenizeRawHtml } from '../../src/layout/raw-html.js';
import { byTag, findAll, parseHtml, render, startParser, stopParser, type DomNode } from './helpers.js';

beforeAll(startParser);
afterAll(stopParser);

const HOSTILE = `# 某局2021年政府信息公开工作年度报告

<script>alert('block')</script>

前言<script>alert('inline')</script>结束。<img src=x onerror="alert(1)">图片。

<iframe src="https://evil.example/"></iframe>

<div onclick="alert(2)" style="background:url(https://evil.example/x.png)">方块<span onmouseover=alert(3)>悬停</span></div>

[点我](javascript:alert(4)) 和 <a href="JaVaScRiPt:alert(5)">另一个</a> 和 <a href="jav&#x09;ascript:alert(6)">编码的</a>

<style>@import url(https://evil.example/x.css); body{background:url(https://evil.example/y.png)}</style>

<svg onload="alert(7)"><circle r="1"/></svg><object data="x.swf"></object><embed src="x.swf">

<form action="https://evil.example/"><input name="q"><button>提交</button></form>

<link rel="stylesheet" href="https://evil.example/z.css"><meta http-equiv="refresh" content="0;url=https://evil.example/">

<span id="table3" class="nb-draft">伪造</span>第一行<br>第二行 <sup>1</sup> <a href="https://www.gov.cn/">中国政府网</a>

![远程图片](https://evil.example/track.png)

## 一、总体情况

正文。
`;

async function fragmentDom(): Promise<{ dom: DomNode; html: string }> {
  const out = render(HOSTILE);
  return { dom: await parseHtml(out.fragment), html: out.fragment };
}

const allAttrs = (dom: DomNode) => findAll(dom, () => true).flatMap((n) => Object.entries(n.attrs).map(([k, v]) => ({ tag: n.tag, k, v })));

describe('raw HTML in the Markdown is sanitised', () => {
  it('removes scripts, frames, objects, forms, styles, svg, meta and link elements', async () => {
    const { dom } = await fragmentDom();
    for (const tag of ['script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'style', 'svg', 'link', 'meta']) {
      expect(byTag(dom, tag), tag).toHaveLength(0);
    }
  });

  it('keeps no event handler, style attribute or javascript: URL', async () => {
    const { dom, html } = await fragmentDom();
    for (const { tag, k, v } of allAttrs(dom)) {
      expect(k.startsWith('on'), `${tag} ${k}`).toBe(false);
      expect(k, tag).not.toBe('style');
      expect(v.replace(/[\s\0-\x1f]/g, '').toLowerCase()).not.toContain('javascript:');
    }
    expect(html.toLowerCase()).not.toContain('alert(');
    expect(html).not.toContain('evil.example');
  });

  it('drops the content of dangerous elements but keeps the text around them', async () => {
    const { dom } = await fragmentDom();
    const text = dom.text;
    expect(text).toContain('前言');
    expect(text).toContain('结束。');
    expect(text).toContain('方块');
    expect(text).toContain('悬停');
    expect(text).not.toContain("alert('block')");
  });

  it('keeps harmless markup and safe links, and cannot forge layout ids or classes', async () => {
    const { dom } = await fragmentDom();
    expect(byTag(dom, 'br').length).toBeGreaterThan(0);
    expect(byTag(dom, 'sup')).toHaveLength(1);
    const hrefs = byTag(dom, 'a').map((a) => a.attrs.href).filter(Boolean);
    expect(hrefs).toEqual(['https://www.gov.cn/']);
    const forged = findAll(dom, (n) => n.text === '伪造' && n.tag === 'span')[0]!;
    expect(forged.attrs.id).not.toBe('table3');
    expect(forged.attrs.class).toBeUndefined();
    // Remote images would load an external resource: only relative sources survive.
    for (const img of byTag(dom, 'img')) expect(img.attrs.src ?? '').not.toMatch(/^https?:/);
  });

  it('keeps a table pasted as HTML as an accessible table, without its handlers', async () => {
    const md = '# 某局2021年政府信息公开工作年度报告\n\n<table onmouseover="alert(8)"><tr><th>栏目</th><th>条数</th></tr><tr><td style="color:red">通知公告</td><td>12</td></tr></table>\n';
    const dom = await parseHtml(render(md).fragment);
    const table = byTag(dom, 'table')[0]!;
    expect(table.attrs.onmouseover).toBeUndefined();
    expect(byTag(table, 'td').map((c) => c.text)).toEqual(['12']);
    expect(byTag(table, 'th').map((c) => [c.text, c.attrs.scope ?? ''])).toEqual([['栏目', 'col'], ['条数', 'col'], ['通知公告', 'row']]);
    for (const c of findAll(table, () => true)) expect(c.attrs.style).toBeUndefined();
  });

  it('tokenises raw HTML without losing text or trusting broken tags', () => {
    expect(tokenizeRawHtml('a<b>c</b>d')).toEqual([
      { kind: 'text', value: 'a' },
      { kind: 'start', name: 'b', attrs: {}, selfClosing: false },
      { kind: 'text', value: 'c' },
      { kind: 'end', name: 'b' },
      { kind: 'text', value: 'd' },
    ]);
    expect(tokenizeRawHtml('1 < 2 &amp; <!-- x --> 3')).toEqual([{ kind: 'text', value: '1 < 2 & ' }, { kind: 'text', value: ' 3' }]);
  });
});
