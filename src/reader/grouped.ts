/** Header cells that may carry their group inline: `法人或其他组织·商业企业`, `行政诉讼-复议后起诉-总计`. */
import { matchKey, normalizeLabel, stripSeparators, type KeyHit, type LabelCandidate } from './normalize.js';

export interface GroupLabel {
  id: string;
  label: string;
}

export interface GroupedHit {
  /** Groups found as prefixes, outermost first. */
  groupIds: string[];
  /** The leaf matched after the prefixes, or null when the cell is only group labels. */
  leaf: KeyHit | null;
  /** The key left after removing the group prefixes. */
  rest: string;
}

/** Null when the cell is neither a group label nor a (group-prefixed) leaf label. */
export function parseGrouped(key: string, groups: readonly GroupLabel[], leaves: readonly LabelCandidate[]): GroupedHit | null {
  const direct = matchKey(key, leaves);
  if (direct) return { groupIds: [], leaf: direct, rest: key };
  const groupIds: string[] = [];
  let rest = key;
  for (let round = 0; round < 4 && rest; round++) {
    const g = groups.find((x) => rest.startsWith(normalizeLabel(x.label)));
    if (!g) break;
    groupIds.push(g.id);
    rest = normalizeLabel(stripSeparators(rest.slice(normalizeLabel(g.label).length)));
  }
  if (groupIds.length === 0) return null;
  if (!rest) return { groupIds, leaf: null, rest };
  const leaf = matchKey(rest, leaves);
  return leaf ? { groupIds, leaf, rest } : null;
}
