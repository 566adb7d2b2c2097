import { describe, expect, it } from 'vitest';
import { CLEAN_2019, CLEAN_2021, check } from './e2e-helpers.js';

const IDENTITY_RULES = ['table3-row-total', 'table3-result-total', 'table3-balance', 'table4-group-total'];

/** Every (line, cell index) of the 表三 and 表四 data cells: the numeric cells of rows with 10 or 15 cells. */
function dataCells(md: string): { line: number; index: number }[] {
  return md.split('\n').flatMap((text, i) => {
    const cells = text.split('|').slice(1, -1);
    if (cells.length !== 10 && cells.length !== 15) return [];
    return cells.flatMap((c, index) => (/^\s*\d+\s*$/.test(c) ? [{ line: i + 1, index }] : []));
  });
}

function bump(md: string, line: number, index: number): string {
  const lines = md.split('\n');
  const cells = lines[line - 1]!.split('|');
  cells[index + 1] = ` ${Number(cells[index + 1]) + 1} `;
  lines[line - 1] = cells.join('|');
  return lines.join('\n');
}

describe.each([
  ['2019', CLEAN_2019, 23 * 7 + 15],
  ['2021', CLEAN_2021, 25 * 7 + 15],
])('every 表三/表四 cell of the clean %s report is covered by an identity', (_name, md, count) => {
  const cells = dataCells(md);

  it('finds all the data cells', () => {
    expect(cells).toHaveLength(count);
  });

  it('changing any one cell by 1 gives identity errors and nothing else, each place once', () => {
    for (const { line, index } of cells) {
      const errors = check(bump(md, line, index)).filter((f) => f.severity !== 'info');
      const where = `line ${line} cell ${index}`;
      expect(errors.length, where).toBeGreaterThan(0);
      expect(errors.filter((f) => !IDENTITY_RULES.includes(f.ruleId)), where).toEqual([]);
      // one finding per broken identity line: never two findings at the same place from the same rule
      const places = errors.map((f) => `${f.ruleId} ${f.position.line}:${f.position.column}`);
      expect(new Set(places).size, where).toBe(places.length);
    }
  });
});
