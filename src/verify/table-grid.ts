/**
 * A table as a grid of slots, built the way the HTML table model does it (rowspan/colspan,
 * row groups), and the HTML "algorithm for assigning header cells" (scope, headers ids). Both
 * the HTML side and the PDF side of the round trip use it, so their results are comparable.
 */

export type Scope = 'auto' | 'row' | 'col' | 'both' | 'rowgroup' | 'colgroup';

export interface CellInput {
  text: string;
  header: boolean;
  rowspan: number;
  colspan: number;
  scope: Scope;
  id?: string | undefined;
  /** Explicit header ids (`headers` attribute, or the PDF's /Headers). */
  headers?: string[] | undefined;
}

export interface RowInput {
  cells: CellInput[];
  /** Row group (thead/tbody/tfoot) index. */
  group: number;
}

export interface Cell extends CellInput {
  x: number;
  y: number;
  width: number;
  height: number;
  group: number;
}

export interface Grid {
  /** Cells in anchor order (row by row, left to right). */
  cells: Cell[];
  slots: (Cell | undefined)[][];
  /** Column groups as [first column, last column]. */
  colgroups: [number, number][];
}

export function buildGrid(rows: readonly RowInput[], colgroups: [number, number][] = []): Grid {
  const slots: (Cell | undefined)[][] = rows.map(() => []);
  const cells: Cell[] = [];
  const groupEnd = (y: number): number => {
    let end = y;
    while (end + 1 < rows.length && rows[end + 1]!.group === rows[y]!.group) end++;
    return end;
  };
  rows.forEach((row, y) => {
    let x = 0;
    for (const input of row.cells) {
      while (slots[y]![x] !== undefined) x++;
      const last = groupEnd(y);
      const height = input.rowspan <= 0 ? last - y + 1 : Math.min(input.rowspan, last - y + 1);
      const width = Math.max(1, input.colspan);
      const cell: Cell = { ...input, x, y, width, height, group: row.group };
      cells.push(cell);
      for (let dy = 0; dy < height; dy++) for (let dx = 0; dx < width; dx++) slots[y + dy]![x + dx] ??= cell;
      x += width;
    }
  });
  return { cells, slots, colgroups };
}

function coveredCells(grid: Grid, predicate: (x: number, y: number) => boolean): Cell[] {
  const out = new Set<Cell>();
  grid.slots.forEach((row, y) => row.forEach((cell, x) => cell && predicate(x, y) && out.add(cell)));
  return [...out];
}

function isColumnHeader(grid: Grid, cell: Cell): boolean {
  if (!cell.header) return false;
  if (cell.scope === 'col' || cell.scope === 'both') return true;
  if (cell.scope !== 'auto') return false;
  return coveredCells(grid, (_, y) => y >= cell.y && y < cell.y + cell.height).every((c) => c.header);
}

function isRowHeader(grid: Grid, cell: Cell): boolean {
  if (!cell.header) return false;
  if (cell.scope === 'row' || cell.scope === 'both') return true;
  if (cell.scope !== 'auto' || isColumnHeader(grid, cell)) return false;
  return coveredCells(grid, (x) => x >= cell.x && x < cell.x + cell.width).every((c) => c.header);
}

function isEmpty(cell: Cell): boolean {
  return cell.text.trim() === '';
}

/** The header cells of `principal`: its explicit header ids, else the scope-based scan. */
export function headerCells(grid: Grid, principal: Cell): Cell[] {
  if (principal.headers && principal.headers.length > 0) {
    const byId = new Map(grid.cells.filter((c) => c.id !== undefined).map((c) => [c.id!, c]));
    return principal.headers.map((id) => byId.get(id)).filter((c): c is Cell => c !== undefined && c !== principal);
  }
  const found: Cell[] = [];
  for (let y = principal.y; y < principal.y + principal.height; y++) scan(grid, principal, principal.x, y, -1, 0, found);
  for (let x = principal.x; x < principal.x + principal.width; x++) scan(grid, principal, x, principal.y, 0, -1, found);
  for (const cell of grid.cells) {
    if (!cell.header) continue;
    const right = principal.x + principal.width - 1;
    const bottom = principal.y + principal.height - 1;
    if (cell.scope === 'rowgroup' && cell.group === principal.group && cell.x <= right && cell.y <= bottom) found.push(cell);
    if (cell.scope === 'colgroup' && cell.x <= right && cell.y <= bottom && sameColgroup(grid, cell, principal)) found.push(cell);
  }
  return [...new Set(found)].filter((c) => c !== principal && !isEmpty(c));
}

/**
 * Whether column-group header `a` covers cell `b`. With declared <colgroup>s, by the HTML rules;
 * with none, the header's own columns stand for its group (what browsers, Chromium's PDF tags
 * included, do).
 */
function sameColgroup(grid: Grid, a: Cell, b: Cell): boolean {
  if (grid.colgroups.length === 0) return b.x + b.width > a.x && b.x < a.x + a.width;
  return grid.colgroups.some(([first, last]) => a.x >= first && a.x <= last && b.x >= first && b.x <= last);
}

/** HTML "internal algorithm for scanning and assigning header cells". */
function scan(grid: Grid, principal: Cell, x0: number, y0: number, dx: number, dy: number, found: Cell[]): void {
  const opaque: Cell[] = [];
  let inHeaderBlock = principal.header;
  let block: Cell[] = principal.header ? [principal] : [];
  for (let x = x0 + dx, y = y0 + dy; x >= 0 && y >= 0; x += dx, y += dy) {
    const current = grid.slots[y]?.[x];
    if (!current) continue;
    if (current.header) {
      inHeaderBlock = true;
      block.push(current);
      let blocked = false;
      if (dx === 0) {
        blocked = opaque.some((o) => o.x === current.x && o.width === current.width) || !isColumnHeader(grid, current);
      } else {
        blocked = opaque.some((o) => o.y === current.y && o.height === current.height) || !isRowHeader(grid, current);
      }
      if (!blocked) found.push(current);
    } else if (inHeaderBlock) {
      inHeaderBlock = false;
      opaque.push(...block);
      block = [];
    }
  }
}
