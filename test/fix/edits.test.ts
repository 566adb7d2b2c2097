import { describe, expect, it } from 'vitest';
import { applyEdits, unifiedDiff } from '../../src/fix/index.js';
import type { TextEdit } from '../../src/fix/index.js';
import { cellSource, SourceText } from '../../src/fix/source-text.js';
import { FixVerificationError, verifyFixed } from '../../src/fix/verify-result.js';
import { readReportModel } from '../../src/pipeline.js';
import { CLEAN_2021 } from './helpers.js';

const at = (start: number, end: number, text: string): TextEdit => ({
  start,
  end,
  text,
  position: { line: 1, column: start + 1, endLine: 1, endColumn: end + 1 },
  description: text,
});

describe('applyEdits', () => {
  it('applies edits from the end, whatever their order', () => {
    expect(applyEdits('| a |  |', [at(7, 7, 'x'), at(2, 3, 'b')])).toBe('| b |  x|');
  });

  it('refuses overlapping edits rather than garbling the text', () => {
    expect(() => applyEdits('abcdef', [at(1, 3, 'x'), at(2, 4, 'y')])).toThrow(/overlapping/);
    expect(() => applyEdits('abcdef', [at(2, 2, 'x'), at(2, 2, 'y')])).toThrow(/overlapping/);
    expect(() => applyEdits('abc', [at(2, 9, 'x')])).toThrow(/range/);
  });
});

describe('cellSource', () => {
  it('splits a cell into pipes, padding and content; U+3000 counts as content', () => {
    const source = new SourceText('x\n| a |\u3000１２ |');
    const cell = cellSource(source, { line: 2, column: 5, endLine: 2, endColumn: 11 })!;
    expect(source.text.slice(cell.innerStart, cell.innerEnd)).toBe('\u3000１２ ');
    expect(cell.content).toBe('\u3000１２');
    expect(cellSource(source, { line: 2, column: 11, endLine: 2, endColumn: 11 })).toBeNull();
  });
});

describe('unifiedDiff', () => {
  it('prints changed lines in hunks with two lines of context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = before.replace('c\n', 'C\n').replace('j\n', 'J\n');
    expect(unifiedDiff(before, after, 'r.md')).toBe(
      ['--- r.md', '+++ r.md', '@@ -1,5 +1,5 @@', ' a', ' b', '-c', '+C', ' d', ' e', '@@ -8,3 +8,3 @@', ' h', ' i', '-j', '+J', ''].join('\n'),
    );
  });

  it('merges nearby changes, handles added and removed lines, and is empty without changes', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nb\nc\n', 'r.md')).toBe('');
    expect(unifiedDiff('a\nb\n', 'a\nx\nb\n', 'r.md')).toBe(['--- r.md', '+++ r.md', '@@ -1,2 +1,3 @@', ' a', '+x', ' b', ''].join('\n'));
    expect(unifiedDiff('a\nb\nc\nd\n', 'A\nb\nc\nD\n', 'r.md')).toContain('@@ -1,4 +1,4 @@');
    expect(unifiedDiff('a\n', '', 'r.md')).toContain('@@ -1,1 +0,0 @@');
  });
});

describe('verifyFixed', () => {
  it('throws when a typed number would read differently after the edits', () => {
    const before = readReportModel(CLEAN_2021);
    expect(() => verifyFixed(before, readReportModel(CLEAN_2021), [])).not.toThrow();
    const changed = readReportModel(CLEAN_2021.replace('| 217 | 1 | 0 | 0 | 0 | 0 | 218 |', '| 217 | 1 | 0 | 0 | 0 | 0 | 219 |'));
    expect(() => verifyFixed(before, changed, [])).toThrow(FixVerificationError);
    const relabelled = readReportModel(CLEAN_2021.replace('| 2.重复申请 |', '| 3.要求提供公开出版物 |'));
    expect(() => verifyFixed(before, relabelled, [])).toThrow(/行或列变了/);
  });
});
