/** The official layout (src/layout) behind the build's Layout interface. */
import path from 'node:path';
import { fontDirs, renderReportHtml } from '../layout/index.js';
import type { Layout } from './layout.js';

export const officialLayout: Layout = {
  name: 'official',
  render: (input) =>
    renderReportHtml(input.markdown, {
      model: input.model,
      draft: input.draft,
      // The standalone page sits next to the PDF in the output folder.
      pdfHref: `${encodeURIComponent(input.outputName)}.pdf`,
      baseDir: path.dirname(path.resolve(input.path)),
    }),
  assetDirs: fontDirs(),
};
