/**
 * remark-nianbao-live-numbers: replaces `:num[表三 一 总计]`, `:sum[表三 （三） 总计]` and
 * `:pct[表三 （一） 总计]` with their values from the report model, as plain text, and records each
 * in `model.liveNumbers` (a rule reports the ones that could not be resolved).
 */
import type { Root, Parent, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { LiveNumber, Position, ReportModel } from '../src/model/types.js';
import { evaluateLiveNumber, LIVE_KINDS, type LiveKind } from '../src/live/evaluate.js';

const NO_POSITION: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function positionOf(node: RootContent): Position {
  const p = node.position;
  return p ? { line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column } : NO_POSITION;
}

/** Replace live-number directives under `parent` with text; returns what was found. */
export function resolveLiveNumbers(parent: Parent, model: ReportModel): LiveNumber[] {
  const found: LiveNumber[] = [];
  parent.children = parent.children.map((child) => {
    const node = child as RootContent;
    if (node.type === 'textDirective' && (LIVE_KINDS as readonly string[]).includes(node.name)) {
      const kind = node.name as LiveKind;
      const reference = toString(node);
      const result = evaluateLiveNumber(kind, reference, node.attributes ?? {}, model);
      const text = result.ok ? result.value : null;
      found.push({ kind, reference, text, problem: result.ok ? null : result.problem, position: positionOf(node) });
      // Unresolved references stay visible (a draft build shows them) and block a normal build.
      const replacement: Text = { type: 'text', value: text ?? `【${reference}？】`, position: node.position };
      return replacement as typeof child;
    }
    if ('children' in node) found.push(...resolveLiveNumbers(node as Parent, model));
    return child;
  });
  return found;
}

const remarkNianbaoLiveNumbers: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    const model = (file.data as { report?: ReportModel }).report;
    if (model) model.liveNumbers = resolveLiveNumbers(tree, model);
  };
};

export default remarkNianbaoLiveNumbers;
