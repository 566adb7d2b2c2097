import { SECTIONS } from '../formats/index.js';
import type { Rule } from './types.js';
import { sectionPlace } from './shared/template.js';

const rule: Rule = {
  id: 'section-missing',
  title: '缺少规定的章节',
  severity: 'error',
  docs:
    'All six sections of the official format (一、总体情况 … 六、其他需要报告的事项) must be present. One finding ' +
    'per missing section, placed where the section belongs: at the start of the next section that is present, ' +
    'or at the end of the document when no later section exists.',
  check(model, context) {
    const present = new Set(model.sections.map((s) => s.number));
    return SECTIONS.filter((def) => !present.has(def.number)).map((def) => {
      const next = model.sections
        .filter((s) => s.number > def.number)
        .sort((a, b) => a.position.line - b.position.line)[0];
      const where = next ? `，应位于「${next.official}」之前` : '，应位于报告末尾';
      return {
        severity: 'error' as const,
        message: `缺少第${def.title.slice(0, 1)}部分「${def.title}」${where}`,
        position: sectionPlace(model, context, def.number),
      };
    });
  },
};

export default rule;
