/** Turns findings into what a person or a CI reads: `file:line:column  severity  message  rule-id`. */
import pc from 'picocolors';
import type { Finding, Severity } from '../model/findings.js';

export interface FileResult {
  file: string;
  messages: Finding[];
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

export function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) for (const message of result.messages) counts[message.severity] += 1;
  return counts;
}

export function formatHuman(results: readonly FileResult[], opts: { color: boolean }): string {
  const colors = pc.createColors(opts.color);
  const paint: Record<Severity, (text: string) => string> = {
    error: colors.red,
    warning: colors.yellow,
    info: colors.blue,
  };
  const lines: string[] = [];
  for (const { file, messages } of results) {
    for (const m of messages) {
      const place = colors.dim(`${file}:${m.position.line}:${m.position.column}`);
      const severity = paint[m.severity](SEVERITY_LABEL[m.severity].padEnd(7));
      lines.push(`${place}  ${severity}  ${m.message}  ${colors.dim(m.ruleId)}`);
      if (m.cause) {
        lines.push(`    ${colors.dim(`${file}:${m.cause.position.line}:${m.cause.position.column}`)}  ${m.cause.message}`);
      }
    }
  }
  const counts = countBySeverity(results);
  const summary =
    `共检查 ${results.length} 个文件：${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 条提示` +
    ` (${results.length} file(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info)`;
  lines.push(counts.error > 0 ? colors.red(summary) : colors.green(summary));
  return lines.join('\n') + '\n';
}

/** The JSON contract of `check --format json`: one flat object per finding. */
export function formatJson(results: readonly FileResult[]): string {
  const rows = results.flatMap(({ file, messages }) =>
    messages.map((m) => ({
      file,
      line: m.position.line,
      column: m.position.column,
      endLine: m.position.endLine,
      endColumn: m.position.endColumn,
      severity: m.severity,
      ruleId: m.ruleId,
      message: m.message,
    })),
  );
  return JSON.stringify(rows, null, 2) + '\n';
}
