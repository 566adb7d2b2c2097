/** Optional YAML front matter: title, agency, year, kind, date. */
import type { Root, Yaml } from 'mdast';
import { parse } from 'yaml';
import type { Position } from '../model/types.js';
import { nodePosition, type Source } from './text.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  node: Yaml | null;
}

export function readFrontMatter(tree: Root): FrontMatter {
  const node = (tree.children ?? []).find((n): n is Yaml => n.type === 'yaml') ?? null;
  if (!node) return { data: {}, node: null };
  try {
    const data: unknown = parse(node.value ?? '', { maxAliasCount: 50 });
    if (data && typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, node };
  } catch {
    // Broken YAML: treated as no front matter; the rules see an empty object.
  }
  return { data: {}, node };
}

/** Position of `key:` inside the front matter (the whole line), else the front matter block. */
export function keyPosition(fm: FrontMatter, key: string, source: Source): Position {
  const pos = nodePosition(fm.node);
  if (!fm.node?.position) return pos;
  for (let line = pos.line; line <= pos.endLine; line++) {
    const text = source.line(line);
    if (new RegExp(`^\\s*${key}\\s*:`).test(text)) return { line, column: 1, endLine: line, endColumn: text.length + 1 };
  }
  return pos;
}

/** A string-ish value (numbers and dates from YAML become strings). */
export function fmString(data: Record<string, unknown>, key: string): string | null {
  const v = data[key];
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    return `${v.getUTCFullYear()}-${v.getUTCMonth() + 1}-${v.getUTCDate()}`;
  }
  return null;
}
