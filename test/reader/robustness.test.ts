import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { readReport } from '../../src/reader/index.js';
import { readTables } from '../../src/reader/tables.js';
import { readSections } from '../../src/reader/sections.js';
import { readTitle } from '../../src/reader/title.js';
import { readSignOff } from '../../src/reader/sign-off.js';
import { readPeriods } from '../../src/reader/period.js';
import { readSuppressions } from '../../src/reader/suppressions.js';
import { readFrontMatter } from '../../src/reader/front-matter.js';
import { Source } from '../../src/reader/text.js';
import { readTable2 } from '../../src/reader/table2.js';
import { readTable3 } from '../../src/reader/table3.js';
import { readTable4 } from '../../src/reader/table4.js';
import { classifyTable } from '../../src/reader/table-classify.js';
import type { Table } from 'mdast';
import { fixture, read } from './helpers.js';

const EMPTY = {
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

describe('the reader never throws', () => {
  it('reads an empty file as an empty model', () => {
    expect(read('')).toEqual(EMPTY);
  });

  it.each([
    ['only a table', '| 自然人 |\n|---|\n| 1 |'],
    ['a one-column table', '| 结果维持 |\n|---|\n| 0 |\n| 1 |'],
    ['a table with only a header', '| 信息内容 | 本年制发件数 |\n|---|---|'],
    ['a huge cell', `| 项目 | 自然人 |\n|---|---|\n| ${'一、本年新收'.repeat(20000)} | ${'9'.repeat(5000)} |`],
    ['HTML', '<table><tr><td>一、总体情况</td></tr></table>\n\n<div>\n\n## 二、主动公开政府信息情况\n\n</div>'],
    ['front matter that is a list', '---\n- a\n- b\n---\n'],
    ['front matter with odd types', '---\ntitle: 123\nyear: 二〇二一\ndate: [1, 2]\nkind: 7\n---\n'],
    ['only separators', '| | |\n|---|---|\n| | |'],
    ['nested tables in lists and quotes', '- > | 结果维持 | 总计 |\n  > |---|---|\n  > | 1 | 1 |'],
    ['unclosed comments', '<!-- nianbao-disable a\n\n| a |\n|---|\n'],
    ['broken dates', '## 六、其他需要报告的事项\n\n二〇二一年十三月四十日\n\n统计期限为9999年99月99日至0000年0月0日'],
  ])('%s', (_name, md) => {
    expect(() => read(md)).not.toThrow();
  });

  it('survives a malformed tree and a file without a value', () => {
    const bad = { type: 'root', children: [{ type: 'table', children: [{ type: 'tableRow' }, null] }, { type: 'heading' }] } as unknown as Root;
    expect(() => readReport(bad, new VFile())).not.toThrow();
    expect(readReport(undefined as unknown as Root, undefined as unknown as VFile)).toEqual(EMPTY);
  });

  it('reads the table styles of a 15-column 表四 with a one-column table next to it', () => {
    const m = read('| 结果维持 |\n|---|\n| 3 |\n');
    expect(m.table4?.rows[0]?.cells['review.upheld']?.value).toBe(3);
  });

  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  const parse = (md: string) => {
    const file = new VFile({ value: md });
    return readReport(processor.parse(file), file);
  };

  const seedLines = fixture('beibei-2020-as-published.md').split('\n');
  const token = fc.oneof(
    fc.constantFrom(...seedLines),
    fc.constantFrom('|', '| |', '|---|', '\n', '---', '<!-- nianbao-disable -->', '<br>', '（六）其他处理', '3.其他', '　', '一、', '第二十条第（一）项', '信息内容', '总计'),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );

  it('fuzz: random mixtures of report lines and noise (the parts themselves do not throw either)', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (parts) => {
        const md = parts.join('\n');
        const m = parse(md);
        expect(Array.isArray(m.sections)).toBe(true);
        // readReport catches; make sure nothing is silently lost to an exception.
        const tree = processor.parse(md);
        const source = new Source(md);
        const sections = readSections(tree, source);
        readFrontMatter(tree);
        readTitle(tree, source, sections.firstSectionIndex);
        readTables(tree, '2021');
        readTables(tree, null);
        const tables = tree.children.filter((n): n is Table => n.type === 'table');
        for (const t of tables) {
          classifyTable(t);
          readTable3(t);
          readTable4(t);
        }
        readTable2(tables.map((table) => ({ table, title: null })), '2019');
        readSignOff(tree, source, sections.lastSectionIndex);
        readPeriods(tree, source);
        readSuppressions(tree, source.lineCount);
      }),
      { numRuns: 300 },
    );
  });

  it('fuzz: the seed with random lines dropped or swapped still reads', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(seedLines.length - 1), { maxLength: 10 }), fc.array(fc.nat(seedLines.length - 1), { maxLength: 6 }), (drop, swap) => {
        const lines = seedLines.filter((_, i) => !drop.includes(i));
        for (let k = 0; k + 1 < swap.length; k += 2) {
          const a = swap[k]! % lines.length;
          const b = swap[k + 1]! % lines.length;
          [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        }
        const m = parse(lines.join('\n'));
        for (const t of [m.table2, m.table3, m.table4]) {
          for (const row of t?.rows ?? []) for (const c of Object.values(row.cells)) expect(c.position.line).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('file values', () => {
  it('reads a file whose value is a Uint8Array (exact positions need the text)', () => {
    const md = fixture('beibei-2020-as-published.md');
    const file = new VFile({ value: new TextEncoder().encode(md) });
    const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(file);
    const m = readReport(tree, file);
    expect(m.agency?.position).toEqual({ line: 1, column: 3, endLine: 1, endColumn: 16 });
    expect(m.periodStatements[0]?.position.column).toBe(54);
  });
});
