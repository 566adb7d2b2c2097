import type { ModelSection } from '../model/types.js';
import type { Rule } from './types.js';

const rule: Rule = {
  id: 'section-order',
  title: '章节顺序应与规定格式一致',
  severity: 'error',
  docs:
    'The six sections must appear in the official order, each once. Walking the sections in source order, a ' +
    'section whose number is lower than one already seen is out of order (cause: that earlier section); a ' +
    'number seen before is a repeated section (cause: its first occurrence).',
  check(model) {
    const seen = new Map<number, ModelSection>();
    let highest: ModelSection | null = null;
    const out = [];
    for (const section of [...model.sections].sort((a, b) => a.position.line - b.position.line)) {
      const first = seen.get(section.number);
      if (first) {
        out.push({
          severity: 'error' as const,
          message: `「${section.official}」重复出现；每个部分只应出现一次`,
          position: section.position,
          cause: { message: `「${first.official}」首次出现于此`, position: first.position },
        });
        continue;
      }
      if (highest && section.number < highest.number) {
        out.push({
          severity: 'error' as const,
          message: `「${section.official}」顺序有误，应位于「${highest.official}」之前`,
          position: section.position,
          cause: { message: `「${highest.official}」在此`, position: highest.position },
        });
      }
      seen.set(section.number, section);
      if (!highest || section.number > highest.number) highest = section;
    }
    return out;
  },
};

export default rule;
