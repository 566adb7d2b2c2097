/**
 * Every check proved both ways: the well-formed PDF passes all of them; each switch of the
 * builder breaks one thing and must fail exactly the checks listed.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/verify/checks.js';
import { verifyPdf } from '../../src/verify/index.js';
import { buildTaggedPdf, type BuildOptions } from './tagged-pdf-builder.js';

async function failedChecks(options: Partial<BuildOptions>): Promise<string[]> {
  const result = await verifyPdf(await buildTaggedPdf(options));
  return [...new Set(result.items.filter((i) => i.status === 'fail').map((i) => i.check))].sort();
}

const CASES: [string, Partial<BuildOptions>, string[]][] = [
  ['no XMP', { xmp: 'missing' }, ['xmp-pdfuaid', 'xmp-present', 'xmp-title']],
  ['pdfuaid:part 2', { xmp: 'part2' }, ['xmp-pdfuaid']],
  ['pdfuaid prefix bound to another namespace', { xmp: 'wrong-namespace' }, ['xmp-pdfuaid']],
  ['XMP without dc:title', { xmp: 'no-title' }, ['xmp-title']],
  ['no DisplayDocTitle', { displayDocTitle: 'missing' }, ['display-doc-title-entry', 'display-doc-title-true']],
  ['DisplayDocTitle false', { displayDocTitle: false }, ['display-doc-title-true']],
  ['no title anywhere', { infoTitle: false, xmp: 'no-title' }, ['display-doc-title-true', 'xmp-title']],
  ['no Info /Title but dc:title (still a title to display)', { infoTitle: false }, []],
  ['no /Lang', { lang: false }, ['catalog-lang']],
  ['/Lang not a language tag', { lang: 'invalid' }, ['catalog-lang']],
  ['no MarkInfo', { markInfo: false }, ['mark-info']],
  ['Suspects true', { suspects: true }, ['suspects']],
  ['non-standard type without RoleMap', { roleMap: 'unmapped' }, ['role-map-unmapped']],
  ['RoleMap remapping a standard type', { roleMap: 'remap-standard' }, ['role-map-standard']],
  ['TH spanning two columns over a two-column row', { table: 'colspan-mismatch' }, ['table-regular', 'th-scope-heads-cells']],
  ['row label with Scope Column', { table: 'row-label-col' }, ['th-scope-heads-cells']],
  ['table rule tagged as Table content', { tableRule: 'content' }, ['container-content']],
  ['a shown code missing from ToUnicode', { toUnicode: 'partial' }, ['tounicode-complete']],
  ['ParentTree entry missing', { parentTree: 'missing-entry' }, ['parent-tree']],
  ['element claims an MCID that is not painted', { parentTree: 'phantom-mcid' }, ['parent-tree']],
  ['Artifact inside tagged content', { pageNumber: 'artifact-in-tagged' }, ['artifact-in-tagged']],
  ['tagged content inside an Artifact', { pageNumber: 'tagged-in-artifact' }, ['tagged-in-artifact']],
  ['untagged page number', { pageNumber: 'untagged' }, ['untagged-content']],
  ['TD directly in Table (its row is then short)', { table: 'td-outside-tr' }, ['table-regular', 'table-structure', 'th-scope-heads-cells']],
  ['LI > NonStruct', { list: 'li-nonstruct' }, ['list-structure']],
  ['first heading H2', { headings: ['H2', 'H3'] }, ['heading-first']],
  ['H1 then H3', { headings: ['H1', 'H3'] }, ['heading-skip']],
  ['H1 and an unnumbered H', { headings: ['H1', 'H'] }, ['heading-mixed']],
  ['TH without Scope, no Headers', { table: 'th-no-scope' }, ['table-headers']],
  ['Headers naming a missing ID', { table: 'bad-headers-id' }, ['table-headers']],
  ['Figure without Alt', { figureAlt: false }, ['figure-alt']],
  ['no /Tabs', { tabs: 'missing' }, ['tabs-present']],
  ['/Tabs /R', { tabs: 'R' }, ['tabs-structure']],
  ['link annotation without StructParent', { link: 'untagged' }, ['link-tagged']],
  ['link annotation in a Span', { link: 'in-span' }, ['link-tagged']],
  ['link annotation without Contents', { linkContents: false }, ['link-contents']],
  ['Helvetica not embedded', { unembeddedFont: true }, ['font-embedded']],
  ['font without ToUnicode', { toUnicode: 'missing' }, ['font-tounicode']],
  ['Type 3 font mapped to hanzi', { toUnicode: 'cjk' }, ['no-type3-cjk', 'outline']],
  ['ToUnicode to a Kangxi radical', { toUnicode: 'radical' }, ['no-type3-cjk', 'outline', 'tounicode-clean']],
  ['no outline', { outline: 'missing' }, ['outline']],
  ['outline without the H2', { outline: 'no-h2' }, ['outline']],
];

describe('verifyPdf on built PDFs', () => {
  it('passes every check on the well-formed PDF', async () => {
    const result = await verifyPdf(await buildTaggedPdf());
    expect(result.items.filter((i) => i.status === 'fail')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(new Set(result.items.map((i) => i.check))).toEqual(new Set(CHECKS.map((c) => c.id)));
  });

  it.each(CASES)('%s → fails exactly %j', async (_name, options, expected) => {
    expect(await failedChecks(options)).toEqual([...expected].sort());
  });

  it('accepts a non-standard type that the RoleMap maps to a standard one', async () => {
    expect(await failedChecks({ roleMap: 'mapped' })).toEqual([]);
  });

  it('without a structure tree fails the StructTreeRoot check and every structure check', async () => {
    const failed = await failedChecks({ structTree: false });
    expect(failed).toEqual(
      expect.arrayContaining(['struct-tree-root', 'parent-tree', 'table-structure', 'list-structure', 'heading-first', 'figure-alt', 'link-tagged']),
    );
  });

  it('fails every check of the catalogue in some case', () => {
    // th-repeated fails on a real Chromium print (chromium-fixtures.test.ts).
    const covered = new Set(CASES.flatMap(([, , ids]) => ids).concat('struct-tree-root', 'th-repeated'));
    expect(CHECKS.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('reports checkpoints, bilingual messages and details', async () => {
    const result = await verifyPdf(await buildTaggedPdf({ pageNumber: 'untagged' }));
    const failure = result.items.find((i) => i.status === 'fail');
    expect(failure).toMatchObject({ checkpoint: '01-005', check: 'untagged-content' });
    expect(failure?.message.zh).toMatch(/第 1 页/);
    expect(failure?.message.en).toMatch(/page 1/);
    expect(failure?.detail).toMatch(/page 1, first: /);
  });
});
