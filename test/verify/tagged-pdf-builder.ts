/**
 * Builds a small tagged PDF from scratch with pdf-lib's low-level objects: by default it passes
 * every `nianbao verify` check; each option breaks exactly one thing, so every check can be
 * proved both ways. The font is a tiny embedded Type 3 font (a box per glyph) with a ToUnicode map.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFContext } from 'pdf-lib';

export interface BuildOptions {
  xmp: 'ok' | 'missing' | 'part2' | 'no-title' | 'wrong-namespace';
  displayDocTitle: true | false | 'missing';
  infoTitle: boolean;
  lang: boolean | 'invalid';
  markInfo: boolean;
  suspects: boolean;
  /** P typed as /Para: mapped to P by the RoleMap, unmapped, or a RoleMap that also remaps a standard type. */
  roleMap: 'none' | 'mapped' | 'unmapped' | 'remap-standard';
  structTree: boolean;
  /** Drop the ParentTree entry of MCID 1, or claim an MCID that is not on the page. */
  parentTree: 'ok' | 'missing-entry' | 'phantom-mcid';
  pageNumber: 'artifact' | 'untagged' | 'tagged-in-artifact' | 'artifact-in-tagged';
  /** Heading structure: [H1, H2] by default. */
  headings: [string, string];
  table: 'ok' | 'th-no-scope' | 'td-outside-tr' | 'bad-headers-id' | 'colspan-mismatch' | 'row-label-col';
  /** The table rule drawn as an Artifact, or as the Table's own content. */
  tableRule: 'artifact' | 'content';
  list: 'ok' | 'li-nonstruct';
  figureAlt: boolean;
  tabs: 'S' | 'R' | 'missing';
  link: 'ok' | 'untagged' | 'in-span';
  linkContents: boolean;
  /** Page number in Helvetica, not embedded. */
  unembeddedFont: boolean;
  toUnicode: 'ok' | 'missing' | 'cjk' | 'radical' | 'partial';
  outline: 'ok' | 'missing' | 'no-h2';
}

export const DEFAULTS: BuildOptions = {
  xmp: 'ok',
  displayDocTitle: true,
  infoTitle: true,
  lang: true,
  markInfo: true,
  suspects: false,
  roleMap: 'none',
  structTree: true,
  parentTree: 'ok',
  pageNumber: 'artifact',
  headings: ['H1', 'H2'],
  table: 'ok',
  tableRule: 'artifact',
  list: 'ok',
  figureAlt: true,
  tabs: 'S',
  link: 'ok',
  linkContents: true,
  unembeddedFont: false,
  toUnicode: 'ok',
  outline: 'ok',
};

/** The HTML this PDF stands for (for round-trip tests). */
export const SOURCE_HTML = `<!doctype html><html lang="en"><head><title>Report</title></head><body>
<h1>Title</h1><h2>Section</h2><p>Visit the <a href="https://example.org/">site</a></p>
<table><tr><th scope="col">A</th><th scope="col">B</th></tr><tr><th scope="row">r1</th><td>1</td></tr></table>
<ul><li>one</li></ul><img alt="box" src="x.png"></body></html>`;

const XMP = (part: string, title: boolean, ns: string): string => `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfuaid="${ns}">
<pdfuaid:part>${part}</pdfuaid:part>
${title ? '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Report</rdf:li></rdf:Alt></dc:title>' : ''}
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;

function hex(text: string): string {
  return `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('')}>`;
}

function type3Font(ctx: PDFContext, toUnicode: BuildOptions['toUnicode']): PDFRef {
  const proc = ctx.register(ctx.stream('500 0 50 0 450 700 d1 50 0 400 700 re f'));
  const charProcs: Record<string, PDFRef> = {};
  const differences: (number | PDFName)[] = [32];
  const widths: number[] = [];
  const mappings: string[] = [];
  for (let code = 32; code <= 126; code++) {
    charProcs[`g${code}`] = proc;
    differences.push(PDFName.of(`g${code}`));
    widths.push(500);
    let cp = code;
    if (toUnicode === 'cjk' && code >= 0x61 && code <= 0x7a) cp = 0x4e00 + code;
    if (toUnicode === 'radical' && code === 0x54 /* T */) cp = 0x2f08;
    if (toUnicode === 'partial' && code === 0x56 /* V */) continue;
    mappings.push(`<${code.toString(16)}> <${cp.toString(16).padStart(4, '0')}>`);
  }
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
${mappings.length} beginbfchar
${mappings.join('\n')}
endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end`;
  const font = ctx.obj({
    Type: 'Font',
    Subtype: 'Type3',
    FontBBox: [0, 0, 500, 700],
    FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    CharProcs: ctx.obj(charProcs),
    Encoding: ctx.obj({ Type: 'Encoding', Differences: ctx.obj(differences) }),
    FirstChar: 32,
    LastChar: 126,
    Widths: ctx.obj(widths),
    Resources: ctx.obj({}),
  });
  if (toUnicode !== 'missing') font.set(PDFName.of('ToUnicode'), ctx.register(ctx.stream(cmap)));
  return ctx.register(font);
}

export async function buildTaggedPdf(overrides: Partial<BuildOptions> = {}): Promise<Uint8Array> {
  const o: BuildOptions = { ...DEFAULTS, ...overrides };
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const page = doc.addPage([300, 400]);
  const pageRef = page.ref;
  const fonts: Record<string, PDFRef> = { F1: type3Font(ctx, o.toUnicode) };
  if (o.unembeddedFont) fonts.F2 = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  page.node.set(PDFName.of('Resources'), ctx.obj({ Font: ctx.obj(fonts) }));

  const text = (x: number, y: number, s: string, font = 'F1'): string => `BT /${font} 10 Tf ${x} ${y} Td ${hex(s)} Tj ET`;
  const numberFont = o.unembeddedFont ? 'F2' : 'F1';
  const pageNumber = `0 0 0 RG 20 30 m 280 30 l S ${text(145, 15, '1', numberFont)}`;
  const tagged = (tag: string, mcid: number, body: string): string => `/${tag} <</MCID ${mcid}>> BDC ${body} EMC`;
  const [h1Tag, h2Tag] = o.headings;
  const parts = [
    tagged(h1Tag, 0, text(20, 370, 'Title')),
    tagged(h2Tag, 1, text(20, 350, 'Section')),
    tagged('P', 2, text(20, 330, 'Visit the ')),
    tagged('Link', 3, text(70, 330, 'site')),
    tagged('TH', 4, text(20, 300, 'A')),
    tagged('TH', 5, text(80, 300, 'B')),
    tagged('TH', 6, text(20, 285, 'r1')),
    tagged('TD', 7, text(80, 285, '1')),
    tagged('Lbl', 8, text(20, 260, '-')),
    tagged('LBody', 9, text(30, 260, 'one')),
    tagged('Figure', 10, '0.5 g 20 200 40 40 re f'),
  ];
  const rule = '0 G 15 293 m 120 293 l S';
  parts.push(o.tableRule === 'artifact' ? `/Artifact BMC ${rule} EMC` : tagged('Table', 12, rule));
  if (o.pageNumber === 'artifact') parts.push(`/Artifact <</Type /Pagination /Subtype /Footer>> BDC ${pageNumber} EMC`);
  if (o.pageNumber === 'untagged') parts.push(pageNumber);
  if (o.pageNumber === 'tagged-in-artifact') parts.push(`/Artifact BMC ${tagged('P', 11, pageNumber)} EMC`);
  if (o.pageNumber === 'artifact-in-tagged') parts[2] = `/P <</MCID 2>> BDC ${text(20, 330, 'Visit the ')} /Artifact BMC ${pageNumber} EMC EMC`;
  page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(parts.join('\n'))));

  // Link annotation.
  const annot = ctx.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [70, 325, 95, 340],
    Border: [0, 0, 0],
    A: ctx.obj({ Type: 'Action', S: 'URI', URI: PDFString.of('https://example.org/') }),
  });
  if (o.linkContents) annot.set(PDFName.of('Contents'), PDFHexString.fromText('Link to example.org'));
  if (o.link !== 'untagged') annot.set(PDFName.of('StructParent'), PDFNumber.of(1));
  const annotRef = ctx.register(annot);
  page.node.set(PDFName.of('Annots'), ctx.obj([annotRef]));
  if (o.tabs !== 'missing') page.node.set(PDFName.of('Tabs'), PDFName.of(o.tabs));

  const catalog = doc.catalog;
  if (o.structTree) {
    const elem = (type: string, parent: PDFRef, extra: Record<string, unknown> = {}): { ref: PDFRef; dict: PDFDict } => {
      const dict = ctx.obj({ Type: 'StructElem', S: type, P: parent, Pg: pageRef, ...extra } as never) as unknown as PDFDict;
      return { ref: ctx.register(dict), dict };
    };
    const setKids = (parent: { dict: PDFDict }, kids: (PDFRef | number | PDFDict)[]): void => {
      parent.dict.set(PDFName.of('K'), ctx.obj(kids.map((k) => (typeof k === 'number' ? PDFNumber.of(k) : k))));
    };
    const rootRef = ctx.nextRef();
    const document = elem('Document', rootRef);
    const h1 = elem(h1Tag, document.ref);
    const h2 = elem(h2Tag, document.ref);
    const p = elem(o.roleMap === 'none' ? 'P' : 'Para', document.ref);
    const link = elem(o.link === 'in-span' ? 'Span' : 'Link', p.ref);
    const table = elem('Table', document.ref);
    const tr1 = elem('TR', table.ref);
    const tr2 = elem('TR', table.ref);
    const attrs = (scope: string | undefined, extra: Record<string, unknown> = {}): PDFDict =>
      ctx.obj({ O: 'Table', ...(scope && o.table !== 'th-no-scope' ? { Scope: scope } : {}), ...extra } as never) as unknown as PDFDict;
    const thA = elem('TH', tr1.ref, { A: attrs('Column', o.table === 'colspan-mismatch' ? { ColSpan: 2 } : {}), ID: PDFString.of('a') });
    const thB = elem('TH', tr1.ref, { A: attrs('Column'), ID: PDFString.of('b') });
    const thR = elem('TH', tr2.ref, { A: attrs(o.table === 'row-label-col' ? 'Column' : 'Row'), ID: PDFString.of('r1') });
    const headerIds = o.table === 'bad-headers-id' ? ['b', 'nope'] : ['b', 'r1'];
    const td = elem('TD', o.table === 'td-outside-tr' ? table.ref : tr2.ref, {
      A: attrs(undefined, o.table === 'th-no-scope' ? {} : { Headers: ctx.obj(headerIds.map((id) => PDFString.of(id))) }),
    });
    const list = elem('L', document.ref);
    const li = elem('LI', list.ref);
    const lbl = elem('Lbl', li.ref);
    const lbody = elem(o.list === 'li-nonstruct' ? 'NonStruct' : 'LBody', li.ref);
    const figure = elem('Figure', document.ref, o.figureAlt ? { Alt: PDFHexString.fromText('A grey box') } : {});
    const topKids = [h1.ref, h2.ref, p.ref, table.ref, list.ref, figure.ref];
    setKids(document, topKids);
    setKids(h1, [0]);
    setKids(h2, [1]);
    setKids(p, [2, link.ref]);
    const objr = ctx.obj({ Type: 'OBJR', Obj: annotRef, Pg: pageRef });
    setKids(link, [3, objr]);
    const tableKids: (PDFRef | number)[] = o.table === 'td-outside-tr' ? [tr1.ref, tr2.ref, td.ref] : [tr1.ref, tr2.ref];
    setKids(table, o.tableRule === 'content' ? [12, ...tableKids] : tableKids);
    setKids(tr1, [thA.ref, thB.ref]);
    setKids(tr2, o.table === 'td-outside-tr' ? [thR.ref] : [thR.ref, td.ref]);
    [thA, thB, thR, td].forEach((cell, i) => setKids(cell, [4 + i]));
    setKids(list, [li.ref]);
    setKids(li, [lbl.ref, lbody.ref]);
    setKids(lbl, [8]);
    setKids(lbody, [9]);
    setKids(figure, o.parentTree === 'phantom-mcid' ? [10, 42] : [10]);
    const mcidOwners: (PDFRef | null)[] = [h1.ref, h2.ref, p.ref, link.ref, thA.ref, thB.ref, thR.ref, td.ref, lbl.ref, lbody.ref, figure.ref];
    if (o.pageNumber === 'tagged-in-artifact') mcidOwners.push(p.ref);
    if (o.parentTree === 'missing-entry') mcidOwners[1] = null;
    if (o.tableRule === 'content') {
      while (mcidOwners.length < 12) mcidOwners.push(null);
      mcidOwners[12] = table.ref;
    }
    const parentTree = ctx.obj({ Nums: ctx.obj([0, ctx.obj(mcidOwners.map((r) => r ?? ctx.obj(null))), 1, link.ref]) });
    const root = ctx.obj({ Type: 'StructTreeRoot', K: document.ref, ParentTree: ctx.register(parentTree), ParentTreeNextKey: 2 });
    if (o.roleMap === 'mapped') root.set(PDFName.of('RoleMap'), ctx.obj({ Para: 'P' }));
    if (o.roleMap === 'remap-standard') root.set(PDFName.of('RoleMap'), ctx.obj({ Para: 'P', Span: 'P' }));
    ctx.assign(rootRef, root);
    catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(0));
    if (o.pageNumber === 'tagged-in-artifact') setKids(p, [2, link.ref, 11]);
  }
  if (o.markInfo) catalog.set(PDFName.of('MarkInfo'), ctx.obj(o.suspects ? { Marked: true, Suspects: true } : { Marked: true }));
  if (o.lang) catalog.set(PDFName.of('Lang'), PDFString.of(o.lang === 'invalid' ? 'Chinese' : 'en-US'));
  if (o.displayDocTitle !== 'missing') catalog.set(PDFName.of('ViewerPreferences'), ctx.obj({ DisplayDocTitle: o.displayDocTitle }));
  if (o.infoTitle) doc.setTitle('Report');
  if (o.xmp !== 'missing') {
    const xml = XMP(o.xmp === 'part2' ? '2' : '1', o.xmp !== 'no-title', o.xmp === 'wrong-namespace' ? 'http://example.org/ua/' : 'http://www.aiim.org/pdfua/ns/id/');
    catalog.set(PDFName.of('Metadata'), ctx.register(ctx.stream(new TextEncoder().encode(xml), { Type: 'Metadata', Subtype: 'XML' })));
  }
  if (o.outline !== 'missing') addOutline(ctx, catalog, pageRef, o.outline === 'no-h2' ? ['Title'] : ['Title', 'Section']);
  return doc.save({ useObjectStreams: false });
}

function addOutline(ctx: PDFContext, catalog: PDFDict, pageRef: PDFRef, titles: string[]): void {
  const outlinesRef = ctx.nextRef();
  const refs = titles.map(() => ctx.nextRef());
  titles.forEach((title, i) => {
    const item = ctx.obj({ Title: PDFHexString.fromText(title), Parent: outlinesRef, Dest: ctx.obj([pageRef, PDFName.of('Fit')]) });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i + 1 < refs.length) item.set(PDFName.of('Next'), refs[i + 1]!);
    ctx.assign(refs[i]!, item);
  });
  ctx.assign(outlinesRef, ctx.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: titles.length }));
  catalog.set(PDFName.of('Outlines'), outlinesRef);

}
