/**
 * The catalogue of `nianbao verify` checks, as data: the CLI and the docs print it, and every
 * verify module reports against an id from here.
 */
import type { CheckStatus, Message, VerifyItem } from './types.js';

/** The round-trip checks (`roundTrip`, `verify --html`) live beside their helpers; listed here too. */
export { ROUND_TRIP_CHECKS } from './round-trip-checks.js';

export interface CheckDefinition {
  /** Stable id used by the modules and in JSON output. */
  id: string;
  /** Matterhorn checkpoint, or a veraPDF rule / `house` rule for conditions Matterhorn lacks. */
  checkpoint: string;
  /** What must hold, as a short sentence in both languages (used for passes and in docs). */
  requirement: Message;
}

export const CHECKS = [
  { id: 'xmp-present', checkpoint: '06-001', requirement: { zh: '目录含 XMP 元数据流', en: 'the catalog has an XMP metadata stream' } },
  { id: 'xmp-pdfuaid', checkpoint: '06-002', requirement: { zh: 'XMP 中 pdfuaid:part 为 1', en: 'XMP declares pdfuaid:part = 1' } },
  { id: 'xmp-title', checkpoint: '06-003', requirement: { zh: 'XMP 含非空 dc:title', en: 'XMP has a non-empty dc:title' } },
  { id: 'display-doc-title-entry', checkpoint: '07-001', requirement: { zh: 'ViewerPreferences 含 DisplayDocTitle', en: 'ViewerPreferences has DisplayDocTitle' } },
  { id: 'display-doc-title-true', checkpoint: '07-002', requirement: { zh: 'DisplayDocTitle 为 true 且文档标题非空', en: 'DisplayDocTitle is true and the document title is not empty' } },
  { id: 'catalog-lang', checkpoint: '11-001', requirement: { zh: '目录设置了自然语言 /Lang', en: 'the catalog sets the natural language (/Lang)' } },
  { id: 'mark-info', checkpoint: 'veraPDF 6.2-1', requirement: { zh: 'MarkInfo 中 Marked 为 true', en: 'MarkInfo /Marked is true' } },
  { id: 'suspects', checkpoint: '01-007', requirement: { zh: 'MarkInfo 中 Suspects 不为 true', en: 'MarkInfo /Suspects is not true' } },
  { id: 'struct-tree-root', checkpoint: 'veraPDF 7.1-11', requirement: { zh: '目录含结构树根 StructTreeRoot', en: 'the catalog has a StructTreeRoot' } },
  { id: 'role-map-unmapped', checkpoint: '02-001', requirement: { zh: '非标准结构类型都映射到标准类型', en: 'every non-standard structure type is role-mapped to a standard type' } },
  { id: 'role-map-standard', checkpoint: '02-004', requirement: { zh: 'RoleMap 不重新映射标准结构类型', en: 'the RoleMap does not remap standard structure types' } },
  { id: 'parent-tree', checkpoint: 'house:parent-tree', requirement: { zh: 'ParentTree 与页面标记内容一一对应', en: 'the ParentTree matches the marked content of every page' } },
  { id: 'artifact-in-tagged', checkpoint: '01-003', requirement: { zh: '标签内容中没有 Artifact', en: 'no Artifact inside tagged content' } },
  { id: 'tagged-in-artifact', checkpoint: '01-004', requirement: { zh: 'Artifact 中没有标签内容', en: 'no tagged content inside an Artifact' } },
  { id: 'untagged-content', checkpoint: '01-005', requirement: { zh: '所有绘制内容均已标记或为 Artifact', en: 'all painted content is tagged or an Artifact' } },
  { id: 'table-structure', checkpoint: '09-004', requirement: { zh: '表格结构为 Table → TR → TH/TD', en: 'tables are structured Table → TR → TH/TD' } },
  { id: 'table-regular', checkpoint: 'house:table-regular', requirement: { zh: '表格每行的列数（含合并）相同', en: 'every table row spans the same number of columns' } },
  { id: 'th-scope-heads-cells', checkpoint: 'house:th-scope', requirement: { zh: '每个非空 TH 在其 Scope 方向上有它作表头的单元格', en: 'every non-empty TH heads some cell in the direction of its /Scope' } },
  { id: 'th-repeated', checkpoint: 'house:th-repeated', requirement: { zh: '跨页重复的表头副本不并入原 TH（应为 Artifact）', en: 'copies of a header repeated on later pages are not added to the TH (they are Artifacts)' } },
  { id: 'container-content', checkpoint: 'house:container-content', requirement: { zh: '表格框线、底色等不作为 Table/TR/L 的内容（应为 Artifact）', en: 'Table, TR and L own no content directly (borders and backgrounds are Artifacts)' } },
  { id: 'list-structure', checkpoint: '09-005', requirement: { zh: '列表结构为 L → LI → Lbl/LBody', en: 'lists are structured L → LI → Lbl/LBody' } },
  { id: 'heading-first', checkpoint: '14-002', requirement: { zh: '第一个标题为 H1', en: 'the first heading is H1' } },
  { id: 'heading-skip', checkpoint: '14-003', requirement: { zh: '标题层级不跳级', en: 'heading levels are not skipped' } },
  { id: 'heading-mixed', checkpoint: '14-007', requirement: { zh: '不同时使用 H 与 H1–H6', en: 'H is not mixed with numbered headings H1–H6' } },
  { id: 'table-headers', checkpoint: '15-003', requirement: { zh: '表头 TH 有 Scope，或单元格用 Headers 指向 TH', en: 'every TH has /Scope, or cells use resolvable /Headers' } },
  { id: 'figure-alt', checkpoint: '13-004', requirement: { zh: '每个 Figure 都有替代文本 Alt', en: 'every Figure has /Alt' } },
  { id: 'tabs-present', checkpoint: '28-008', requirement: { zh: '有注释的页面设置了 /Tabs', en: 'pages with annotations have /Tabs' } },
  { id: 'tabs-structure', checkpoint: '28-009', requirement: { zh: '有注释的页面 /Tabs 为 /S', en: 'pages with annotations have /Tabs /S' } },
  { id: 'link-tagged', checkpoint: '28-011', requirement: { zh: '链接注释位于 Link 标签内', en: 'link annotations sit in Link tags' } },
  { id: 'link-contents', checkpoint: '28-012', requirement: { zh: '链接注释有替代描述 /Contents', en: 'link annotations have /Contents' } },
  { id: 'font-embedded', checkpoint: '31-009', requirement: { zh: '所有字体均已嵌入', en: 'all fonts are embedded' } },
  { id: 'font-tounicode', checkpoint: '31-027', requirement: { zh: '所有字体都有 ToUnicode 映射', en: 'all fonts have a ToUnicode map' } },
  { id: 'tounicode-complete', checkpoint: 'veraPDF 7.21.7-1', requirement: { zh: '页面使用的每个字符码都在 ToUnicode 中', en: 'every character code shown on a page is in its font’s ToUnicode map' } },
  { id: 'no-type3-cjk', checkpoint: 'house:no-type3-cjk', requirement: { zh: '中文不使用 Type 3 字体', en: 'no Type 3 font is used for CJK text' } },
  { id: 'tounicode-clean', checkpoint: 'house:tounicode-clean', requirement: { zh: 'ToUnicode 不映射到康熙部首或 U+FFFD', en: 'ToUnicode maps to no Kangxi radical and no U+FFFD' } },
  { id: 'outline', checkpoint: 'house:outline', requirement: { zh: '书签包含每个一级、二级标题', en: 'the outline has an entry for every H1 and H2 heading' } },
] as const satisfies readonly CheckDefinition[];

export type CheckId = (typeof CHECKS)[number]['id'];

const BY_ID = new Map<string, CheckDefinition>(CHECKS.map((c) => [c.id, c]));

export function checkDefinition(id: CheckId): CheckDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown check ${id}`);
  return found;
}

/** A failure of check `id`, with a specific message. */
export function fail(id: CheckId, message: Message, detail?: string): VerifyItem {
  return item(id, 'fail', message, detail);
}

/** A pass of check `id`: the message is the requirement itself. */
export function pass(id: CheckId, detail?: string): VerifyItem {
  return item(id, 'pass', checkDefinition(id).requirement, detail);
}

/** The failures of one check, or a single pass when there are none. */
export function outcome(id: CheckId, failures: readonly VerifyItem[], passDetail?: string): VerifyItem[] {
  return failures.length > 0 ? [...failures] : [pass(id, passDetail)];
}

function item(id: CheckId, status: CheckStatus, message: Message, detail: string | undefined): VerifyItem {
  const base: VerifyItem = { checkpoint: checkDefinition(id).checkpoint, check: id, status, message };
  return detail === undefined ? base : { ...base, detail };
}
