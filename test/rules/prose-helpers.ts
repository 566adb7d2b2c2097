/** Helpers for the prose rule tests: put sentences into a clean report and find where they are. */
import { CLEAN_2019, CLEAN_2021, columnOf, edit, lineOf } from './e2e-helpers.js';

const PLACEHOLDER_2021 = '2024年，平潭综合实验区认真落实政务公开工作有关决策部署。';
const PLACEHOLDER_2019 = '2019年，我办认真贯彻落实《条例》，大力推进政务公开工作。';

/** clean-2021 (一 218, 二 4, （七） 218, 四 4; 表四 复议 7, 诉讼 0 + 19) with `paragraphs` under 一、总体情况. */
export const in2021 = (...paragraphs: string[]) => edit(CLEAN_2021, PLACEHOLDER_2021, paragraphs.join('\n\n'));

/** clean-2019 (一 20, 二 2, （七） 21, 四 1; 规范性文件 22 | 22 | 40) with `paragraphs` under 一、总体情况. */
export const in2019 = (...paragraphs: string[]) => edit(CLEAN_2019, PLACEHOLDER_2019, paragraphs.join('\n\n'));

/** Line and column where `text` (unique in the file) starts. */
export function where(md: string, text: string, after?: string): { line: number; column: number } {
  const line = lineOf(md, after ?? text);
  const lineText = md.split('\n')[line - 1] ?? '';
  const from = after ? lineText.indexOf(after) : 0;
  const at = lineText.indexOf(text, from);
  if (at < 0) return { line, column: columnOf(md, line, text) };
  return { line, column: at + 1 };
}
