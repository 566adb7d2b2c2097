/** Markdown in, findings out: helpers for end-to-end rule tests through checkReport. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Finding } from '../../src/model/findings.js';
import { checkReport } from '../../src/pipeline.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

export const CLEAN_2019 = fixture('rules/clean-2019.md');
export const CLEAN_2021 = fixture('rules/clean-2021.md');
export const SEED = fixture('beibei-2020-as-published.md');

export const check = (md: string): Finding[] => checkReport(md).messages;
export const findingsOf = (md: string, ruleId: string): Finding[] => check(md).filter((f) => f.ruleId === ruleId);
export const problems = (md: string): Finding[] => check(md).filter((f) => f.severity !== 'info');

/** Replace the one occurrence of `from` (fails when it is absent or not unique). */
export function edit(md: string, from: string, to: string): string {
  const parts = md.split(from);
  if (parts.length !== 2) throw new Error(`expected exactly one occurrence of ${JSON.stringify(from)}, found ${parts.length - 1}`);
  return parts.join(to);
}

/** 1-based number of the only line that contains `text`. */
export function lineOf(md: string, text: string): number {
  const lines = md.split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(text) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`expected one line with ${JSON.stringify(text)}, found ${hits.length}`);
  return hits[0]!;
}

/** 1-based column where `text` starts in line `line`. */
export function columnOf(md: string, line: number, text: string): number {
  const at = (md.split('\n')[line - 1] ?? '').indexOf(text);
  if (at < 0) throw new Error(`${JSON.stringify(text)} not on line ${line}`);
  return at + 1;
}

/** 1-based column of the `index`-th cell (0-based) of a table row: where its leading `|` is. */
export function cellColumn(md: string, line: number, index: number): number {
  const text = md.split('\n')[line - 1] ?? '';
  let seen = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '|' && ++seen === index) return i + 1;
  }
  throw new Error(`no cell ${index} on line ${line}`);
}

/** Exactly one finding of the rule, at this place and severity, whose message contains every text. */
export function expectOne(md: string, ruleId: string, at: { severity: Finding['severity']; line: number; column: number }, ...texts: string[]): Finding {
  const found = findingsOf(md, ruleId);
  expect(found, JSON.stringify(found, null, 1)).toHaveLength(1);
  const f = found[0]!;
  expect({ severity: f.severity, line: f.position.line, column: f.position.column }).toEqual(at);
  for (const t of texts) expect(f.message).toContain(t);
  return f;
}
