import { describe, expect, it } from 'vitest';
import { readReportModel } from '../../src/pipeline.js';
import { proseOffsetPosition } from '../../src/prose/index.js';

const at = (md: string, needle: string, index = 0) => {
  const model = readReportModel(md);
  const p = model.prose[index]!;
  const start = p.text.indexOf(needle);
  expect(start, p.text).toBeGreaterThanOrEqual(0);
  const pos = proseOffsetPosition(p, start, start + needle.length);
  return `${pos.line}:${pos.column}-${pos.endLine}:${pos.endColumn}`;
};

describe('model.prose', () => {
  it('keeps paragraphs, headings and list items with their section, and leaves tables out', () => {
    const md = '# 标题\n\n## 一、总体情况\n\n正文一。\n\n- 列表项\n\n| 自然人 |\n|---|\n| 1 |\n\n## 三、收到和处理政府信息公开申请情况\n\n> 引文\n';
    const prose = readReportModel(md).prose.map((p) => `${p.kind}:${p.section}:${p.text}`);
    expect(prose).toEqual([
      'heading:0:标题',
      'heading:1:一、总体情况',
      'paragraph:1:正文一。',
      'listItem:1:列表项',
      'heading:3:三、收到和处理政府信息公开申请情况',
      'paragraph:3:引文',
    ]);
  });

  it('maps text offsets back to the source through emphasis, escapes, entities and soft breaks', () => {
    expect(at('共收到**政府信息公开申请18件**。', '18件')).toBe('1:14-1:17');
    expect(at('共收到\\*申请&amp;18件', '18件')).toBe('1:13-1:16');
    expect(at('第一行\n  共收到申请18件', '18件')).toBe('2:8-2:11');
    expect(at('- 列表\n  续行申请18件', '18件')).toBe('2:7-2:10');
    expect(at('> 引文\n> 申请 18 件', '18')).toBe('2:6-2:8');
  });

  it('replaces live numbers by a mark that is no digit', () => {
    const model = readReportModel('共收到申请:num[表三 一 总计]件。');
    expect(model.prose[0]!.text).toBe('共收到申请\uFFFC件。');
  });
});
