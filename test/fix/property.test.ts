import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixReport } from '../../src/fix/index.js';
import { checkReport } from '../../src/pipeline.js';
import { CLEAN_2019, CLEAN_2021, typedCells } from './helpers.js';

/** Every total cell of 表三 (总计 column, （七） row) and 表四 (three 总计), as [line index, cell index]. */
function totalCells(markdown: string): [number, number][] {
  const out: [number, number][] = [];
  markdown.split('\n').forEach((line, i) => {
    const parts = line.split('|');
    const numeric = (k: number) => /^\s*\d+\s*$/.test(parts[k] ?? '');
    if (line.includes('（七）总计')) for (let k = 4; k <= 10; k++) out.push([i, k]);
    else if (parts.length === 17 && parts.slice(1, -1).every((_, k) => numeric(k + 1))) out.push([i, 5], [i, 10], [i, 15]);
    else if (parts.length === 12 && numeric(10)) out.push([i, 10]);
  });
  return out;
}

function blank(markdown: string, cells: readonly [number, number][]): string {
  const lines = markdown.split('\n');
  for (const [i, k] of cells) {
    const parts = lines[i]!.split('|');
    parts[k] = '  ';
    lines[i] = parts.join('|');
  }
  return lines.join('\n');
}

describe('filling any set of blank totals (property)', () => {
  for (const [name, clean, rows] of [['2019', CLEAN_2019, 22], ['2021', CLEAN_2021, 24]] as const) {
    it(`restores the clean ${name} report, whichever totals are blank`, () => {
      const cells = totalCells(clean);
      // （七） row, one 总计 per other 表三 row, three 表四 总计.
      expect(cells.length).toBe(7 + rows + 3);
      fc.assert(
        fc.property(fc.subarray(cells, { minLength: 1 }), (chosen) => {
          const md = blank(clean, chosen);
          const result = fixReport(md);
          expect(result.output).toBe(clean);
          expect(result.refusals).toEqual([]);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('never changes a typed number, whatever cells are blank', () => {
    const all = CLEAN_2021.split('\n').flatMap((line, i) =>
      line.startsWith('|') ? line.split('|').flatMap((p, k) => (/^\s*\d+\s*$/.test(p) ? [[i, k] as [number, number]] : [])) : [],
    );
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1, maxLength: 40 }), (chosen) => {
        const md = blank(CLEAN_2021, chosen);
        const before = typedCells(checkReport(md).model);
        const after = typedCells(checkReport(fixReport(md).output).model);
        for (const [key, cell] of before) expect(after.get(key)).toEqual(cell);
        // Whatever was filled is the clean report's value.
        const clean = typedCells(checkReport(CLEAN_2021).model);
        for (const [key, cell] of after) expect(cell).toEqual(clean.get(key));
      }),
      { numRuns: 15 },
    );
  });
});
