/** remark plugin: reads the report model from the Markdown tree into `file.data.report`. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Plugin } from 'unified';
import { readReport } from '../src/reader/index.js';
import type { ReportModel } from '../src/model/types.js';

declare module 'vfile' {
  interface DataMap {
    report: ReportModel;
  }
}

const remarkNianbaoModel: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    file.data.report = readReport(tree, file);
  };
};

export default remarkNianbaoModel;
