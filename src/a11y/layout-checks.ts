/** The two checks axe does not make: body-text line height, and no sideways page scroll at a width. */
import type { Page } from 'puppeteer';
import { lineHeightScript, reflowScript, type LineHeightMeasure, type ReflowMeasure } from './in-page.js';
import type { HtmlCheckItem } from './types.js';

export const DEFAULT_BODY_TEXT = 'p, li, td, th, caption, dd, dt';
export const DEFAULT_MIN_LINE_HEIGHT = 1.3;

export async function checkLineHeight(page: Page, selector: string, min: number): Promise<HtmlCheckItem> {
  const m = await page.evaluate(lineHeightScript(selector, min)) as LineHeightMeasure;
  const detail = { min, measured: m.count, worst: m.worst, below: m.below };
  if (!m.worst) {
    return {
      id: 'line-height',
      status: 'pass',
      message: { zh: '行高检查：页面没有正文文字可测', en: 'Line height: no body text to measure' },
      detail,
    };
  }
  const w = m.worst;
  const at = `${w.selector}（${w.tag}，${w.fontSize}px 字，行高 ${round(w.lineHeight)}px${w.normal ? '，normal' : ''}）`;
  const atEn = `${w.selector} (${w.tag}, ${w.fontSize}px text, ${round(w.lineHeight)}px line${w.normal ? ', normal' : ''})`;
  if (m.below.length === 0) {
    return {
      id: 'line-height',
      status: 'pass',
      message: {
        zh: `行高检查通过：${m.count} 处正文最小行距 ${w.ratio} 倍（要求 ≥ ${min}）`,
        en: `Line height passes: smallest of ${m.count} body-text elements is ${w.ratio}× (needs ≥ ${min})`,
      },
      detail,
    };
  }
  return {
    id: 'line-height',
    status: 'fail',
    message: {
      zh: `行距不足：正文行高应不小于字号的 ${min} 倍，最小为 ${w.ratio} 倍，位置：${at}${m.below.length > 1 ? ` 等${m.below.length >= 10 ? '至少 10' : ` ${m.below.length}`} 处` : ''}`,
      en: `Line height too small: body text needs ≥ ${min}× the font size, the smallest is ${w.ratio}× at ${atEn}${m.below.length > 1 ? ` and ${m.below.length >= 10 ? 'at least 9' : m.below.length - 1} more` : ''}`,
    },
    detail,
  };
}

export async function checkReflow(page: Page): Promise<HtmlCheckItem> {
  const m = await page.evaluate(reflowScript()) as ReflowMeasure;
  const id = `reflow-${m.width}`;
  const detail = { ...m };
  if (m.scrollWidth <= m.clientWidth) {
    return {
      id,
      status: 'pass',
      message: {
        zh: `${m.width}px 宽度下页面无横向滚动`,
        en: `No horizontal page scroll at ${m.width} px`,
      },
      detail,
    };
  }
  const culprits = m.overflowing.map((o) => o.selector).join(', ');
  return {
    id,
    status: 'fail',
    message: {
      zh: `${m.width}px 宽度下页面需要横向滚动（内容宽 ${m.scrollWidth}px，可视宽 ${m.clientWidth}px）；宽表格应放在自己可滚动的容器中${culprits ? `。超出的元素：${culprits}` : ''}`,
      en: `The page scrolls sideways at ${m.width} px (content ${m.scrollWidth} px wide, viewport ${m.clientWidth} px); wide tables must scroll inside their own box${culprits ? `. Sticking out: ${culprits}` : ''}`,
    },
    detail,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
