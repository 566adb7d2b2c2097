/**
 * Which layout the build uses. The official one (src/layout) turns the model into the official
 * page; the dev layout renders the Markdown plainly (tests of the print pipeline itself).
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportModel } from '../model/types.js';
import { devFontDir, renderDevHtml, type LayoutOutput } from './dev-layout.js';

export type { LayoutOutput };

export interface LayoutInput {
  markdown: string;
  model: ReportModel;
  /** Source file path (relative images resolve from its folder). */
  path: string;
  /** Output base name: the page links to `<outputName>.pdf`. */
  outputName: string;
  title: string;
  draft: boolean;
}

export interface Layout {
  name: string;
  render(input: LayoutInput): LayoutOutput | Promise<LayoutOutput>;
  /** Folders the print HTML loads files from (fonts, styles). */
  assetDirs: string[];
}

export const devLayout: Layout = {
  name: 'dev',
  render: (input) => renderDevHtml(input.markdown, { title: input.title }),
  assetDirs: [devFontDir()],
};

/** The package root (the folder of nianbao's package.json): fonts and styles live below it. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'nianbao') return dir;
      } catch {
        // keep looking upwards
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The official layout (src/layout), loaded on first use. */
export async function defaultLayout(): Promise<Layout> {
  const { officialLayout } = await import('./official-layout.js');
  return officialLayout;
}
