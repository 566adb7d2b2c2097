import type { SectionDef } from './types.js';

/** The six sections, identical in the 2019 and 2021 formats (FORMAT.md §1). */
export const SECTIONS: readonly SectionDef[] = [
  { number: 1, title: '一、总体情况', variants: [] },
  { number: 2, title: '二、主动公开政府信息情况', variants: [] },
  { number: 3, title: '三、收到和处理政府信息公开申请情况', variants: [] },
  {
    number: 4,
    title: '四、政府信息公开行政复议、行政诉讼情况',
    variants: ['四、政府信息公开行政复议和行政诉讼情况'],
  },
  {
    number: 5,
    title: '五、存在的主要问题及改进情况',
    variants: ['五、政府信息公开工作存在的主要问题及改进情况', '五、存在的主要问题及改进措施'],
  },
  { number: 6, title: '六、其他需要报告的事项', variants: [] },
];

/** Chinese ordinals used by section (一、) and sub-item (（一）) numbering. */
export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
