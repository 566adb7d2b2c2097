import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/verify/html-model.js';
import { buildGrid, headerCells } from '../../src/verify/table-grid.js';

async function headersOf(html: string): Promise<Record<string, string[]>> {
  const [table] = (await readHtml(html)).tables;
  const grid = buildGrid(table!.rows, table!.colgroups);
  const out: Record<string, string[]> = {};
  for (const cell of grid.cells.filter((c) => !c.header)) out[cell.text] = headerCells(grid, cell).map((h) => h.text).sort();
  return out;
}

describe('HTML table grid and header assignment', () => {
  it('expands rowspan and colspan into slots', async () => {
    const [table] = (await readHtml('<table><tr><th rowspan="2">a</th><th colspan="2">b</th></tr><tr><td>1</td><td>2</td></tr></table>')).tables;
    const grid = buildGrid(table!.rows);
    expect(grid.cells.map((c) => [c.text, c.y, c.x, c.height, c.width])).toEqual([
      ['a', 0, 0, 2, 1],
      ['b', 0, 1, 1, 2],
      ['1', 1, 1, 1, 1],
      ['2', 1, 2, 1, 1],
    ]);
  });

  it('assigns column and row headers by scope', async () => {
    const html = `<table><thead><tr><th></th><th scope="col">Q1</th><th scope="col">Q2</th></tr></thead>
      <tbody><tr><th scope="row">new</th><td>5</td><td>6</td></tr></tbody></table>`;
    expect(await headersOf(html)).toEqual({ '5': ['Q1', 'new'], '6': ['Q2', 'new'] });
  });

  it('uses auto scope when none is given', async () => {
    const html = '<table><tr><th>x</th><th>A</th></tr><tr><th>r</th><td>1</td></tr></table>';
    expect(await headersOf(html)).toEqual({ '1': ['A', 'r'] });
  });

  it('gives a spanning column header to every column under it', async () => {
    const html = `<table><tr><th rowspan="2">item</th><th colspan="2" scope="col">result</th></tr>
      <tr><th scope="col">yes</th><th scope="col">no</th></tr><tr><th scope="row">r</th><td>1</td><td>2</td></tr></table>`;
    expect(await headersOf(html)).toEqual({ '1': ['r', 'result', 'yes'], '2': ['no', 'r', 'result'] });
  });

  it('applies colgroup headers through declared column groups, or their own span when none are declared', async () => {
    const body = `<thead><tr><th rowspan="2">item</th><th colspan="2" scope="colgroup">applicant</th></tr>
      <tr><th scope="col">a</th><th scope="col">b</th></tr></thead><tbody><tr><th scope="row">r</th><td>1</td><td>2</td></tr></tbody>`;
    const expected = { '1': ['a', 'applicant', 'r'], '2': ['applicant', 'b', 'r'] };
    expect(await headersOf(`<table>${body}</table>`)).toEqual(expected);
    expect(await headersOf(`<table><colgroup></colgroup><colgroup span="2"></colgroup>${body}</table>`)).toEqual(expected);
    expect(await headersOf(`<table><colgroup span="2"></colgroup><colgroup></colgroup>${body}</table>`)).toEqual({ '1': ['a', 'applicant', 'r'], '2': ['b', 'r'] });
  });

  it('applies rowgroup headers to the rest of their row group', async () => {
    const html = `<table><tbody><tr><th rowspan="2" scope="rowgroup">g</th><th scope="row">x</th><td>1</td></tr>
      <tr><th scope="row">y</th><td>2</td></tr></tbody><tbody><tr><th scope="row">z</th><td>3</td></tr></tbody></table>`;
    expect(await headersOf(html)).toEqual({ '1': ['g', 'x'], '2': ['g', 'y'], '3': ['z'] });
  });

  it('prefers explicit headers ids', async () => {
    const html = '<table><tr><th id="h1">A</th><th id="h2">B</th></tr><tr><td headers="h2">1</td><td headers="h1 h2">2</td></tr></table>';
    expect(await headersOf(html)).toEqual({ '1': ['B'], '2': ['A', 'B'] });
  });

  it('puts tfoot rows last and keeps headings in order', async () => {
    const model = await readHtml('<h1>One</h1><table><tfoot><tr><td>foot</td></tr></tfoot><tbody><tr><td>body</td></tr></tbody></table><h3>Two <b>bold</b></h3>');
    expect(model.headings).toEqual([
      { level: 1, text: 'One' },
      { level: 3, text: 'Two bold' },
    ]);
    expect(model.tables[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(['body', 'foot']);
  });
});
