import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkReport } from '../../src/pipeline.js';

const SOURCES = ['test/fixtures/beibei-2020-as-published.md', 'content/beibei-2020.md'].map((f) => readFileSync(f, 'utf8'));

/** Characters that matter to the reader: table syntax, numbers, CJK labels, widths, spaces. */
const interesting = fc.constantFrom('|', '-', '\n', ' ', '　', '0', '9', '１', '.', '、', '（', '）', '一', '三', '总计', '<!--', '-->', '#', '**', '年', '月', '日', '万元', '元', '\u00a0', '<br>', '---', ':');

type Edit =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete-chars'; at: number; length: number }
  | { kind: 'truncate'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(interesting, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete-chars' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(source: string, e: Edit): string {
  const lines = source.split('\n');
  const line = (n: number) => n % Math.max(lines.length, 1);
  switch (e.kind) {
    case 'delete-line':
      lines.splice(line(e.at), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(e.at), 0, lines[line(e.at)] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const a = line(e.at);
      const b = line(e.with);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'insert': {
      const at = e.at % (source.length + 1);
      return source.slice(0, at) + e.text + source.slice(at);
    }
    case 'delete-chars': {
      const at = e.at % (source.length + 1);
      return source.slice(0, at) + source.slice(at + e.length);
    }
    case 'truncate':
      return source.slice(0, e.at % (source.length + 1));
  }
}

describe('check never crashes', () => {
  it('ends every mutated report in findings, never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.array(edit, { minLength: 1, maxLength: 12 }), (source, edits) => {
        const mutated = edits.reduce(apply, source);
        const { messages, model } = checkReport(mutated);
        expect(model).toBeDefined();
        for (const m of messages) {
          expect(['error', 'warning', 'info']).toContain(m.severity);
          expect(m.ruleId).toMatch(/^[a-z0-9-]+$/);
          expect(m.ruleId).not.toBe('internal-error');
          expect(m.message.length).toBeGreaterThan(0);
          expect(m.position.line).toBeGreaterThanOrEqual(1);
          expect(m.position.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  }, 300_000);

  it('handles degenerate inputs', () => {
    for (const input of ['', '\n', '|', '| a |\n|---|', '---\n---\n', '---\nyear: [\n---\n', '# 2020年政府信息公开工作年度报告', '\u0000', '一、'.repeat(5000)]) {
      expect(() => checkReport(input)).not.toThrow();
    }
  });
});
