/**
 * The whole flow in one place: parse Markdown → read the report model → run the rules.
 * (The build adds the official layout and HTML on top: see build/.)
 */
import { createParser } from './parse-markdown.js';
import { VFile } from 'vfile';
import remarkNianbaoDirectives from '../plugins/remark-nianbao-directives.js';
import remarkNianbaoModel from '../plugins/remark-nianbao-model.js';
import remarkNianbaoLiveNumbers from '../plugins/remark-nianbao-live-numbers.js';
import remarkNianbaoRules from '../plugins/remark-nianbao-rules.js';
import type { Finding } from './model/findings.js';
import type { ReportModel } from './model/types.js';

/** Markdown → report model, without the rules (other years' reports only need their model). */
export function createModelProcessor() {
  return createParser().use(remarkNianbaoDirectives).use(remarkNianbaoModel).use(remarkNianbaoLiveNumbers);
}

export function createCheckProcessor(options: CheckOptions = {}) {
  return createModelProcessor().use(remarkNianbaoRules, options.others ? { others: options.others } : {});
}

export interface CheckOptions {
  path?: string;
  /** Other reports checked in the same run (e.g. last year's report of the same agency, for cross-year rules). */
  others?: readonly ReportModel[];
}

export interface CheckResult {
  model: ReportModel;
  /** Findings sorted by position, suppressions applied. */
  messages: Finding[];
}

/** Check one report's Markdown in-process. Never throws on bad input: problems become findings. */
export function checkReport(markdown: string, options: CheckOptions = {}): CheckResult {
  const file = new VFile({ value: markdown, path: options.path });
  const processor = createCheckProcessor(options);
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const data = file.data as { report?: ReportModel; findings?: Finding[] };
  if (!data.report) throw new Error('remark-nianbao-model did not produce a model');
  return { model: data.report, messages: data.findings ?? [] };
}

/** Read one report's Markdown into its model only. Never throws on bad input. */
export function readReportModel(markdown: string, options: { path?: string } = {}): ReportModel {
  const file = new VFile({ value: markdown, path: options.path });
  const processor = createModelProcessor();
  processor.runSync(processor.parse(file), file);
  const report = (file.data as { report?: ReportModel }).report;
  if (!report) throw new Error('remark-nianbao-model did not produce a model');
  return report;
}
