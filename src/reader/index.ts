/** The reader: a parsed Markdown report (mdast) → the typed ReportModel. Never throws. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { expectedVersion } from '../formats/index.js';
import type { DateValue, Located, ReportModel } from '../model/types.js';
import { parseDateOnly } from './dates.js';
import { fmString, keyPosition, readFrontMatter } from './front-matter.js';
import { readPeriods } from './period.js';
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
    const source = new Source(typeof file?.value === 'string' ? file.value : String(file?.value ?? ''));
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
    const lastLine = Math.max(source.lineCount, root.position?.end.line ?? 1);
    model.suppressions = attempt(() => readSuppressions(root, lastLine), []);
  } catch {
    // Whatever went wrong, the parts read so far are kept; the rest stays empty.
  }
  return model;
}
