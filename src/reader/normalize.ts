/** Label normalisation and matching, shared by rows, columns and sections (FORMAT.md §7). */
import { distance } from 'fastest-levenshtein';

const BR = /<br\s*\/?>/gi;
const TAGS = /<[^>]*>/g;
const QUOTES = /[“”„‟"＂〝〞「」『』]/g;
const SQUOTES = /[‘’‛'＇]/g;

/**
 * The matching key of a label: NFKC (full-width → half-width), no whitespace at all (incl. U+3000,
 * NBSP, `<br>` and line breaks), quotes unified, `1、`/`1．` → `1.`, `一．`/`一.` → `一、`.
 */
export function normalizeLabel(text: string): string {
  const input = String(text ?? '');
  // Official labels are normalised over and over while matching: remember short keys.
  const cached = input.length <= 200 ? CACHE.get(input) : undefined;
  if (cached !== undefined) return cached;
  const key = computeKey(input);
  if (input.length <= 200) {
    if (CACHE.size > 20_000) CACHE.clear();
    CACHE.set(input, key);
  }
  return key;
}

const CACHE = new Map<string, string>();

function computeKey(input: string): string {
  let s = input.replace(BR, '').replace(TAGS, '');
  s = s.normalize('NFKC');
  s = s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
  s = s.replace(QUOTES, '"').replace(SQUOTES, "'");
  // Numbered leaves: `1、`, `1.`, `1．` (NFKC made it `.`) all become `1.`.
  s = s.replace(/^(\d{1,2})[、,，.]/, '$1.');
  s = s.replace(/([)）])(\d{1,2})[、,，.]/g, '$1$2.');
  // Chinese ordinals of sections: `一.`, `一．`, `一，` → `一、`.
  s = s.replace(/^([一二三四五六七八九十]{1,3})[.,，:：]/, '$1、');
  // Full-width brackets are already half-width after NFKC; unify the odd ones.
  s = s.replace(/[〔［【]/g, '(').replace(/[〕］】]/g, ')');
  return s;
}

/** Display form: trimmed, inner whitespace runs kept as typed (only ends trimmed). */
export function trimText(text: string): string {
  return String(text ?? '').replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '');
}

export interface LabelCandidate {
  id: string;
  label: string;
  aliases?: readonly string[];
}

export interface LabelHit {
  id: string;
  official: string;
  quality: 'exact' | 'normalized' | 'alias';
}

/** Exact, normalised or alias match of one typed label against candidates (first hit wins). */
export function matchLabel(typed: string, candidates: readonly LabelCandidate[]): LabelHit | null {
  const t = trimText(typed);
  const key = normalizeLabel(t);
  if (!key) return null;
  for (const c of candidates) if (t === c.label) return { id: c.id, official: c.label, quality: 'exact' };
  for (const c of candidates) if (key === normalizeLabel(c.label)) return { id: c.id, official: c.label, quality: 'normalized' };
  for (const c of candidates) {
    for (const a of c.aliases ?? []) {
      if (key === normalizeLabel(a)) return { id: c.id, official: c.label, quality: 'alias' };
    }
  }
  return null;
}

/** Quality of a typed text that is known to stand for `official`. */
export function qualityOf(typed: string, official: string): 'exact' | 'normalized' {
  return trimText(typed) === official ? 'exact' : 'normalized';
}

export interface Closest {
  id: string;
  label: string;
  distance: number;
}

/**
 * Closest candidate by edit distance on normalised keys. Null when nothing is "reasonably close":
 * at most a third of the longer key's length, and never more than 6 edits.
 */
export function closestLabel(typed: string, candidates: readonly LabelCandidate[]): Closest | null {
  const key = normalizeLabel(typed);
  if (!key || key.length > 400) return null;
  let best: Closest | null = null;
  for (const c of candidates) {
    for (const label of [c.label, ...(c.aliases ?? [])]) {
      const other = normalizeLabel(label);
      const d = distance(key, other);
      const limit = Math.min(6, Math.floor(Math.max(key.length, other.length) / 3));
      if (d <= limit && (!best || d < best.distance)) best = { id: c.id, label: c.label, distance: d };
    }
  }
  return best;
}

/** Separators users put between a group and a leaf label: `不予公开 / 1.属于国家秘密`, `行政复议·结果维持`. */
const SEPARATORS = /^[·•・\/\\\-－—–_>›»:：|｜,，、]+/;

/**
 * If `key` (normalised) starts with one of `prefixes` (normalised), returns the rest with
 * leading separators removed; otherwise null.
 */
export function stripPrefix(key: string, prefixes: readonly string[]): string | null {
  for (const p of prefixes) {
    const pk = normalizeLabel(p);
    if (pk && key.startsWith(pk)) return normalizeLabel(key.slice(pk.length).replace(SEPARATORS, ''));
  }
  return null;
}

/** Removes leading separators from a normalised key. */
export function stripSeparators(key: string): string {
  return key.replace(SEPARATORS, '');
}

export interface KeyHit {
  id: string;
  official: string;
  alias: boolean;
}

/** Match an already normalised key against candidates (label first, then aliases). */
export function matchKey(key: string, candidates: readonly LabelCandidate[]): KeyHit | null {
  if (!key) return null;
  for (const c of candidates) if (key === normalizeLabel(c.label)) return { id: c.id, official: c.label, alias: false };
  for (const c of candidates) {
    for (const a of c.aliases ?? []) if (key === normalizeLabel(a)) return { id: c.id, official: c.label, alias: true };
  }
  return null;
}

/**
 * Quality of a match found for a typed cell: 'exact' when the cell (trimmed) is the official text, or
 * the official text preceded by a group label (an accepted way of typing it); 'alias' for aliases.
 */
export function matchQuality(typed: string, official: string, alias: boolean, prefixed: boolean): 'exact' | 'normalized' | 'alias' {
  if (alias) return 'alias';
  const t = trimText(typed);
  if (t === official) return 'exact';
  if (prefixed && t.endsWith(official)) return 'exact';
  return 'normalized';
}
