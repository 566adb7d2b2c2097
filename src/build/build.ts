/**
 * The build: for each Markdown report, check → layout → print (Chromium) → post-process
 * (pdf-lib) → verify (PDF/UA-1 checks, round trip, HTML accessibility checks; `verify: false`
 * skips) → write PDF, HTML, fragment, JSON and CSV atomically. A report that fails verification
 * is never written: no output of it appears, and files from an earlier build stay as they were.
 * One browser for all files; one bad file never stops the others. Nothing is printed here:
 * results go back to the caller.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readReportFile } from '../cli/read-report-file.js';
import type { Finding } from '../model/findings.js';
import type { CheckResult } from '../pipeline.js';
import { reportDate } from '../pdf/dates.js';
import { postProcessPdf, type PostProcessFix } from '../pdf/postprocess.js';
import { wasInterrupted } from '../render/cleanup.js';
import { firstLine } from '../render/launch.js';
import { RenderSession, type PrintOptions, type PrintResult } from '../render/session.js';
import { writeAllAtomic, type OutputFile } from './atomic.js';
import { dataCsv, dataJson, reportData } from './data.js';
import { defaultLayout, packageRoot, type Layout } from './layout.js';
import { reportMetadata } from './metadata.js';
import { verifyBuiltReport, VerifyBuildError, type BuildVerification } from './verify-build.js';
import type { Browser } from 'puppeteer';

/** Rule id of the finding made when Chromium cannot start (an environment problem, not the report's). */
export const BROWSER_LAUNCH_RULE = 'browser-launch';

export type OutputKind = 'pdf' | 'html' | 'fragment' | 'json' | 'csv';

/** Anything that prints HTML to PDF (a RenderSession; tests pass failing ones). */
export interface Printer {
  printPdf(printHtml: string, options: PrintOptions): Promise<PrintResult>;
  /** The browser behind the printer: the HTML accessibility checks run in it. */
  readonly browser?: Browser;
}

export interface BuildOptions {
  outDir: string;
  /** Build even when the check finds errors (the layout then marks the pages as a draft). */
  draft?: boolean;
  /** Reports rendered at the same time (pages in the pool). Default 2. */
  concurrency?: number;
  /** Reuse a browser (tests, batch tools); otherwise one is opened and closed here. */
  printer?: Printer;
  layout?: Layout;
  check?: (markdown: string, options: { path: string }) => CheckResult;
  /** Called after each output file is written (the CLI prints a line). */
  onOutput?: (event: { file: string; kind: OutputKind; path: string }) => void;
  env?: NodeJS.ProcessEnv;
  /**
   * Prove each report before writing it (default true): `verifyPdf` and the round trip on the
   * PDF, the HTML accessibility checks on the page and the fragment. A report that fails any
   * check gets status 'verify-failed' and no output file at all (older files stay as they were).
   */
  verify?: boolean;
  /** Post-processing fixes to leave out: tests only (a PDF that must fail verification). */
  skipFixes?: readonly PostProcessFix[];
}

/**
 * 'verify-failed': built in memory but failed the PDF/UA, round-trip or HTML checks; nothing
 * was written.
 */
export type BuildStatus = 'built' | 'check-failed' | 'verify-failed' | 'failed';

export interface BuildResult {
  /** The input file as given. */
  file: string;
  status: BuildStatus;
  /** Check findings (all severities), or one fatal finding when the file could not be built. */
  messages: Finding[];
  /** Paths written, in order pdf, html, fragment, json, csv. */
  outputs: Partial<Record<OutputKind, string>>;
  pages?: number;
  /** What the build verification found (absent with `verify: false` or when nothing was built). */
  verification?: BuildVerification;
}

export async function buildReports(inputs: readonly string[], options: BuildOptions): Promise<BuildResult[]> {
  const outDir = path.resolve(options.outDir);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new Error(`无法创建输出文件夹 ${outDir}（${code || '未知原因'}）`, { cause: error });
  }
  const layout = options.layout ?? (await defaultLayout());
  const check = options.check ?? (await loadCheck());
  const concurrency = Math.max(1, options.concurrency ?? 2);
  // Opened on first use (a batch where every file fails its check never starts Chromium).
  let opening: Promise<RenderSession> | null = null;
  const getPrinter = async (): Promise<Printer> => {
    if (options.printer) return options.printer;
    opening ??= RenderSession.open({ concurrency });
    return opening;
  };
  const names = outputNames(inputs);
  const results: BuildResult[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    // After Ctrl-C no new report starts; the cleanup handler ends the process.
    while (next < inputs.length && !wasInterrupted()) {
      const index = next++;
      const file = inputs[index]!;
      const name = names[index];
      results[index] = name
        ? await buildOne(file, name, { ...options, outDir, layout, check, getPrinter })
        : fatal(file, 'output-name-clash', `输出文件名与前面的报告重复：${path.basename(file)}（请改名后再生成）`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  } finally {
    if (opening) await (await (opening as Promise<RenderSession>).catch(() => null))?.close();
  }
  return results;
}

interface OneOptions extends BuildOptions {
  layout: Layout;
  check: NonNullable<BuildOptions['check']>;
  getPrinter: () => Promise<Printer>;
}

async function buildOne(file: string, name: string, options: OneOptions): Promise<BuildResult> {
  const read = await readReportFile(file);
  if (!read.ok) return fatal(file, 'input-unreadable', read.message);
  let checked: CheckResult;
  try {
    checked = options.check(read.text, { path: file });
  } catch (error) {
    return fatal(file, 'internal-error', `检查时发生内部错误：${firstLine(error)}`);
  }
  const { model, messages } = checked;
  const hasErrors = messages.some((m) => m.severity === 'error');
  if (!options.draft && hasErrors) {
    return { file, status: 'check-failed', messages, outputs: {} };
  }
  try {
    const meta = reportMetadata(model, path.basename(file, path.extname(file)));
    // The draft mark is for reports that failed the check; a clean report built with --draft has none.
    const draft = Boolean(options.draft) && hasErrors;
    const page = await options.layout.render({ markdown: read.text, model, path: file, outputName: name, title: meta.title, draft });
    const printer = await options.getPrinter();
    // Fonts, styles, and images next to the Markdown.
    const allowedDirs = [...options.layout.assetDirs, packageRoot(), path.dirname(path.resolve(file))];
    const printed = await printer.printPdf(page.printHtml, { workDir: options.outDir, allowedDirs });
    const data = reportData(model, path.basename(file));
    const json = dataJson(data);
    const post = await postProcessPdf(printed.pdf, {
      ...meta,
      // The PDF's title is the one on the page.
      title: page.title || meta.title,
      date: reportDate(model, options.env).date,
      attachment: { name: `${asciiName(name)}.json`, bytes: new TextEncoder().encode(json), mimeType: 'application/json', description: '报告数据（各表格数值）' },
      ...(options.skipFixes ? { skipFixes: options.skipFixes } : {}),
    });
    const warnings = renderWarnings(printed);
    if (post.artifacts.unreadable > 0) {
      warnings.push(fatalFinding('build-artifacts', `PDF 中有 ${post.artifacts.unreadable} 个内容流无法解析，其中未标记的内容（如页码）没有标为 Artifact`, 'warning'));
    }
    let verification: BuildVerification | undefined;
    if (options.verify ?? true) {
      // Everything is checked in memory, before any file is written.
      verification = await verifyBuiltReport(
        { pdf: post.pdf, printHtml: page.printHtml, html: page.html, fragment: page.fragment, title: page.title || meta.title, allowedDirs },
        printer.browser,
      );
      if (!verification.ok) {
        return { file, status: 'verify-failed', messages: [...messages, ...warnings, ...verification.failures], outputs: {}, pages: post.pages, verification };
      }
    }
    const target = (suffix: string) => path.join(options.outDir, `${name}${suffix}`);
    const files: Array<OutputFile & { kind: OutputKind }> = [
      { kind: 'pdf', path: target('.pdf'), data: post.pdf },
      { kind: 'html', path: target('.html'), data: page.html },
      { kind: 'fragment', path: target('.fragment.html'), data: page.fragment },
      { kind: 'json', path: target('.json'), data: json },
      { kind: 'csv', path: target('.csv'), data: dataCsv(data) },
    ];
    await writeAllAtomic(files);
    const outputs: BuildResult['outputs'] = {};
    for (const f of files) {
      outputs[f.kind] = f.path;
      options.onOutput?.({ file, kind: f.kind, path: f.path });
    }
    const built: BuildResult = { file, status: 'built', messages: [...messages, ...warnings], outputs, pages: post.pages };
    return verification ? { ...built, verification } : built;
  } catch (error) {
    if (error instanceof VerifyBuildError) {
      return { file, status: 'failed', messages: [...messages, fatalFinding('verify-could-not-run', error.message)], outputs: {} };
    }
    const message = firstLine(error);
    const launch = message.startsWith('无法启动浏览器');
    const text = launch || message.startsWith('PDF 渲染失败') ? message : `生成失败：${message}`;
    return { file, status: 'failed', messages: [...messages, fatalFinding(launch ? BROWSER_LAUNCH_RULE : 'build-failed', text)], outputs: {} };
  }
}

/** Output base names (`report.md` → `report`); null for a name already taken by an earlier input. */
function outputNames(inputs: readonly string[]): Array<string | null> {
  const taken = new Set<string>();
  return inputs.map((file) => {
    const name = path.basename(file, path.extname(file));
    if (taken.has(name)) return null;
    taken.add(name);
    return name;
  });
}

/** PDF file specs want an ASCII name beside the Unicode one; keep ASCII names as they are. */
function asciiName(name: string): string {
  return /^[\x20-\x7e]+$/.test(name) ? name : 'report-data';
}

function fatalFinding(ruleId: string, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId, severity, message, position: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}

/** What the print refused or could not load: the PDF was made, but may lack an image or a font. */
function renderWarnings(printed: PrintResult): Finding[] {
  const warnings: Finding[] = [];
  for (const url of new Set(printed.blocked)) {
    warnings.push(fatalFinding('build-offline', `生成时不加载外部资源，已阻止：${url}（请把文件放在报告旁边，用相对路径引用）`, 'warning'));
  }
  for (const family of printed.failedFonts) {
    warnings.push(fatalFinding('build-font', `字体加载失败：${family}（PDF 中的文字可能改用了其他字体）`, 'warning'));
  }
  return warnings;
}

function fatal(file: string, ruleId: string, message: string): BuildResult {
  return { file, status: 'failed', messages: [fatalFinding(ruleId, message)], outputs: {} };
}

async function loadCheck(): Promise<NonNullable<BuildOptions['check']>> {
  const { checkReport } = await import('../pipeline.js');
  return checkReport;
}
