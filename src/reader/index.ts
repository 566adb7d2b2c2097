/**
 * The reader: a parsed Markdown report (mdast) → the typed ReportModel. Never throws: every part is
 * read on its own, and a part that fails leaves its fields null/empty.
 *
 * Choices the rules rely on:
 * - Labels are matched on normalised keys (normalize.ts); LabelMatch.quality is 'exact' when the cell
 *   is the official text (or the official text after a group label: `（三）1.属于国家秘密`),
 *   'normalized' when only the keys agree, 'alias' for aliases declared in src/formats.
 * - Typos (table-builder.ts, TYPO policy): a label that matches nothing is always in `unmatched` with
 *   its closest official label; within 2 edits (and where the position fits) its values are still read
 *   under that label, marked 'normalized', so no data is lost. The `unmatched` entry and the LabelMatch
 *   share the cell position.
 * - Version (table-builder.ts): each table's version comes from labels that exist in one version only
 *   (rows, columns, 表二 block titles); both seen → 'mixed'; none → null (表四 is always null).
 *   `versionEvidence` keeps the first label for each version. The report year is only used to choose
 *   表二 columns when a block has no header row.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { expectedVersion } from '../formats/index.js';
import type { DateValue, Located, ReportModel } from '../model/types.js';
import { parseDateOnly } from './dates.js';
import { fmString, keyPosition, readFrontMatter } from './front-matter.js';
import { readPeriods } from './period.js';
import { readProse } from './prose.js';
import { readSections } from './sections.js';
import { readSignOff } from './sign-off.js';
import { readSuppressions } from './suppressions.js';
import { readTables } from './tables.js';
import { Source } from './text.js';
import { agencyKindFrom, readTitle } from './title.js';

export { readCell } from './cell.js';
export { normalizeLabel, matchLabel, closestLabel } from './normalize.js';
export { matchSection } from './sections.js';
export { findDates, parseDateOnly } from './dates.js';

export function emptyModel(): ReportModel {
  return {
    frontMatter: {},
    title: null,
    agency: null,
    year: null,
    agencyKind: 'department',
    agencyKindSource: 'default',
    sections: [],
    headings: [],
    table2: null,
    table3: null,
    table4: null,
    otherTables: [],
    signOff: { agency: null, date: null },
    publicationDate: null,
    periodStatements: [],
    suppressions: [],
    prose: [],
  };
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function readReport(tree: Root, file: VFile): ReportModel {
  const model = emptyModel();
  try {
    const root: Root = tree && Array.isArray(tree.children) ? tree : { type: 'root', children: [] };
    const value: unknown = file?.value;
    const text = typeof value === 'string' ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : '';
    const source = new Source(text);
    const fm = attempt(() => readFrontMatter(root), { data: {}, node: null });
    model.frontMatter = fm.data;
    const sections = attempt(() => readSections(root, source), { sections: [], headings: [], lastSectionIndex: -1, firstSectionIndex: -1 });
    model.sections = sections.sections;
    model.headings = sections.headings;
    const title = attempt(() => readTitle(root, source, sections.firstSectionIndex), { title: null, agency: null, year: null });
    const fmTitle = fmString(fm.data, 'title');
    const fmAgency = fmString(fm.data, 'agency');
    // `year: 2021`, `year: "2021"` or `year: 2021年`.
    const fmYear = Number(/^\s*(\d{4})\s*年?度?\s*$/.exec(fmString(fm.data, 'year') ?? '')?.[1]);
    model.title = fmTitle ? { value: fmTitle, position: keyPosition(fm, 'title', source) } : title.title;
    model.agency = fmAgency ? { value: fmAgency, position: keyPosition(fm, 'agency', source) } : title.agency;
    model.year = Number.isInteger(fmYear) && fmYear > 0 ? { value: fmYear, position: keyPosition(fm, 'year', source) } : title.year;
    Object.assign(model, agencyKindFrom(fm.data.kind, model.agency?.value ?? null));
    const fmDate = fmString(fm.data, 'date');
    const date: DateValue | null = fmDate ? parseDateOnly(fmDate) : null;
    model.publicationDate = date ? ({ value: date, position: keyPosition(fm, 'date', source) } satisfies Located<DateValue>) : null;
    const hint = model.year ? expectedVersion(model.year.value) : null;
    Object.assign(model, attempt(() => readTables(root, hint), { table2: null, table3: null, table4: null, otherTables: [] }));
    model.signOff = attempt(() => readSignOff(root, source, sections.lastSectionIndex), { agency: null, date: null });
    model.periodStatements = attempt(() => readPeriods(root, source), []);
    model.prose = attempt(() => readProse(root, source, model.sections), []);
    const lastLine = Math.max(source.lineCount, root.position?.end.line ?? 1);
    model.suppressions = attempt(() => readSuppressions(root, lastLine), []);
  } catch {
    // Whatever went wrong, the parts read so far are kept; the rest stays empty.
  }
  return model;
}
