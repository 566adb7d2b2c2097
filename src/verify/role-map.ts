/** RoleMap: every non-standard type maps to a standard one (02-001); standard types are not remapped (02-004). */
import { fail, outcome } from './checks.js';
import { type PdfFile, getDict } from './pdf-objects.js';
import { nodePath, STANDARD_TYPES, type StructTree } from './struct-tree.js';
import type { VerifyItem } from './types.js';

export function roleMapChecks(pdf: PdfFile, tree: StructTree | undefined): VerifyItem[] {
  if (!tree) return [...outcome('role-map-unmapped', []), ...outcome('role-map-standard', [])];
  const unmapped: VerifyItem[] = [];
  const seen = new Set<string>();
  for (const node of tree.all) {
    if (STANDARD_TYPES.has(node.type) || seen.has(node.rawType)) continue;
    seen.add(node.rawType);
    unmapped.push(
      fail(
        'role-map-unmapped',
        { zh: `结构类型 /${node.rawType} 不是标准类型，也没有映射到标准类型`, en: `structure type /${node.rawType} is neither standard nor role-mapped to a standard type` },
        nodePath(node),
      ),
    );
  }
  const remapped: VerifyItem[] = [];
  const roleMap = getDict(pdf.ctx, tree.root, 'RoleMap');
  for (const [key] of roleMap?.entries() ?? []) {
    const name = key.decodeText();
    if (STANDARD_TYPES.has(name)) {
      remapped.push(fail('role-map-standard', { zh: `RoleMap 重新映射了标准类型 /${name}`, en: `the RoleMap remaps the standard type /${name}` }, 'RoleMap'));
    }
  }
  return [...outcome('role-map-unmapped', unmapped), ...outcome('role-map-standard', remapped)];
}
