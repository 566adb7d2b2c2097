/**
 * Fonts. The official faces (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体) are commercial and
 * usually absent; fonts the user names (option or front matter `fonts:`) come first, then:
 *
 * - print (`printHtml`): the TrueType-outline open fonts shipped through npm, loaded from
 *   node_modules by file:// URL with their unicode-range slices (Chromium loads only the slices a
 *   page uses). TrueType outlines embed as CID TrueType fonts with a correct ToUnicode map; CFF
 *   fonts (Debian's Noto CJK, Fandol) would embed as Type 3 and map 人 to the Kangxi radical ⼈,
 *   so the print stacks end with the shipped faces and name no system or generic family.
 *     正文 / 页码  → Noto Serif SC 400 (bold text: its real 700 face)
 *     标题        → Noto Serif SC 900, declared as the family's normal weight: a real heavy face,
 *                   never synthetic bold (which Skia draws as Type 3)
 *     一、 headings → Noto Sans SC 500 (黑体-like), 700 for bold
 *     （一）       → LXGW WenKai (楷体-like), regular and bold
 * - screen and the standalone page (no external resources allowed): system family names only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FontOptions } from './types.js';

export type FontRole = keyof Required<FontOptions>;
export const FONT_ROLES: readonly FontRole[] = ['body', 'title', 'heading', 'kai', 'pageNumber'];

interface ShippedFace {
  pkg: string;
  css: string;
  /** Weight the face is declared with in our family. */
  weight: number;
}

/** Our family names, so a system font of the same name can never stand in. */
const SHIPPED_FAMILY: Record<FontRole, string> = {
  body: 'nianbao-fangsong',
  title: 'nianbao-xiaobiaosong',
  heading: 'nianbao-hei',
  kai: 'nianbao-kai',
  pageNumber: 'nianbao-fangsong',
};

const SHIPPED: Record<string, ShippedFace[]> = {
  'nianbao-fangsong': [
    { pkg: '@fontsource/noto-serif-sc', css: '400.css', weight: 400 },
    { pkg: '@fontsource/noto-serif-sc', css: '700.css', weight: 700 },
  ],
  'nianbao-xiaobiaosong': [
    { pkg: '@fontsource/noto-serif-sc', css: '900.css', weight: 400 },
    { pkg: '@fontsource/noto-serif-sc', css: '900.css', weight: 700 },
  ],
  'nianbao-hei': [
    { pkg: '@fontsource/noto-sans-sc', css: '500.css', weight: 400 },
    { pkg: '@fontsource/noto-sans-sc', css: '700.css', weight: 700 },
  ],
  'nianbao-kai': [
    { pkg: 'lxgw-wenkai-webfont', css: 'lxgwwenkai-regular.css', weight: 400 },
    { pkg: 'lxgw-wenkai-webfont', css: 'lxgwwenkai-bold.css', weight: 700 },
  ],
};

/** System names for screens and the standalone page: the official faces first, then common CJK faces. */
const SYSTEM: Record<FontRole, string[]> = {
  body: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'serif'],
  title: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'STSong', 'serif'],
  heading: ['黑体', 'SimHei', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'],
  kai: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Kaiti SC', 'LXGW WenKai', 'serif'],
  pageNumber: ['宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'serif'],
};

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);
const require = createRequire(import.meta.url);

function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

/** Directories the print page loads font files from. */
export function fontDirs(): string[] {
  return [...new Set(Object.values(SHIPPED).flat().map((f) => packageDir(f.pkg)))];
}

const quote = (name: string) => (GENERIC.has(name) ? name : `"${name.replace(/["\\\u0000-\u001f]/g, '')}"`);

const names = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());

/** Chinese keys accepted in the front matter, next to the English ones. */
const CHINESE_KEYS: Record<string, FontRole> = { 正文: 'body', 标题: 'title', 黑体: 'heading', 一级标题: 'heading', 楷体: 'kai', 二级标题: 'kai', 页码: 'pageNumber' };

/** User fonts per role: the option wins over the front matter `fonts:`. */
export function userFonts(option: FontOptions | undefined, frontMatter: Record<string, unknown>): Record<FontRole, string[]> {
  const fm = frontMatter.fonts && typeof frontMatter.fonts === 'object' ? (frontMatter.fonts as Record<string, unknown>) : {};
  const fromFm: Partial<Record<FontRole, unknown>> = {};
  for (const [key, value] of Object.entries(fm)) {
    const role = (FONT_ROLES as readonly string[]).includes(key) ? (key as FontRole) : CHINESE_KEYS[key];
    if (role) fromFm[role] = value;
  }
  const out = {} as Record<FontRole, string[]>;
  for (const role of FONT_ROLES) {
    const fromOption = names(option?.[role]);
    out[role] = fromOption.length ? fromOption : names(fromFm[role]);
  }
  return out;
}

const faceCache = new Map<string, string>();

/** The package's @font-face rules, renamed to our family, with absolute file:// woff2 URLs. */
function shippedFaces(family: string, face: ShippedFace): string {
  const key = `${family}|${face.pkg}|${face.css}|${face.weight}`;
  const cached = faceCache.get(key);
  if (cached !== undefined) return cached;
  const dir = packageDir(face.pkg);
  const css = readFileSync(path.join(dir, face.css), 'utf8');
  const rules: string[] = [];
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = block[1] ?? '';
    const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(body)?.[1];
    if (!url) continue;
    const range = /unicode-range:\s*([^;]+);?/.exec(body)?.[1]?.trim();
    const href = pathToFileURL(path.resolve(dir, url)).href;
    rules.push(
      `@font-face{font-family:"${family}";font-style:normal;font-weight:${face.weight};font-display:block;` +
        `src:url("${href}") format("woff2");${range ? `unicode-range:${range};` : ''}}`,
    );
  }
  const result = rules.join('\n');
  faceCache.set(key, result);
  return result;
}

export type FontMode = 'print' | 'system';

/** Font stack per role: user fonts, then shipped (print) or system (screen, standalone) families. */
export function fontStacks(mode: FontMode, user: Record<FontRole, string[]>): Record<FontRole, string> {
  const out = {} as Record<FontRole, string>;
  for (const role of FONT_ROLES) {
    const tail = mode === 'print' ? [SHIPPED_FAMILY[role]] : SYSTEM[role];
    out[role] = [...new Set([...user[role], ...tail])].map(quote).join(', ');
  }
  return out;
}

/** CSS assigning the stacks to the layout's elements (and, for print, the @font-face rules). */
export function fontCss(mode: FontMode, user: Record<FontRole, string[]>): string {
  const s = fontStacks(mode, user);
  const faces =
    mode === 'print'
      ? [...new Set(FONT_ROLES.map((r) => SHIPPED_FAMILY[r]))].flatMap((family) => (SHIPPED[family] ?? []).map((f) => shippedFaces(family, f))).join('\n') + '\n'
      : '';
  return (
    faces +
    `.nb-report{font-family:${s.body}}\n` +
    // The UA's monospace would send CJK to a system fallback (CFF on Debian: Type 3 in the PDF).
    `.nb-report :is(code,kbd,samp,pre,tt,var){font-family:${s.body}}\n` +
    `.nb-report .nb-title{font-family:${s.title}}\n` +
    `.nb-report .nb-section{font-family:${s.heading}}\n` +
    `.nb-report .nb-sub,.nb-report .nb-runin{font-family:${s.kai}}\n` +
    `@page:left{@bottom-left{font-family:${s.pageNumber}}}\n` +
    `@page:right{@bottom-right{font-family:${s.pageNumber}}}\n` +
    `@page{@top-center{font-family:${s.heading}}}\n`
  );
}
