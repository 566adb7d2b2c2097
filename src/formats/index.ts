/** The official formats, declared once (FORMAT.md). */
export * from './types.js';
export { SECTIONS, CHINESE_ORDINALS } from './sections.js';
export { TABLE2, TABLE2_ROW_HEADER } from './table2.js';
export { TABLE3, TABLE3_RESULT_ROWS } from './table3.js';
export { TABLE4 } from './table4.js';

import type { FormatVersion } from './types.js';

/** FORMAT.md §0: reports for 2020 and earlier use the 2019 format; 2021 onward the 2021 format. */
export function expectedVersion(year: number): FormatVersion {
  return year <= 2020 ? '2019' : '2021';
}
