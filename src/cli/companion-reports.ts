/**
 * The other reports a report is checked against (cross-year rules): the files given with
 * `--previous` and the Markdown files in the same folder. Each is read into a model once.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readReportModel } from '../pipeline.js';
import type { ReportModel } from '../model/types.js';
import { readReportFile } from './read-report-file.js';

export class CompanionReports {
  private readonly models = new Map<string, Promise<ReportModel | null>>();
  private readonly folders = new Map<string, Promise<string[]>>();

  constructor(private readonly previous: readonly string[]) {}

  /** Models of every companion of `file` except the file itself; unreadable companions are skipped. */
  async othersFor(file: string): Promise<ReportModel[]> {
    const self = path.resolve(file);
    const candidates = [...this.previous.map((p) => path.resolve(p)), ...(await this.siblings(self))];
    const unique = [...new Set(candidates)].filter((candidate) => candidate !== self);
    const models = await Promise.all(unique.map((candidate) => this.model(candidate)));
    return models.filter((model): model is ReportModel => model !== null);
  }

  private siblings(file: string): Promise<string[]> {
    const folder = path.dirname(file);
    let listing = this.folders.get(folder);
    if (!listing) {
      listing = readdir(folder, { withFileTypes: true })
        .then((entries) => entries.filter((e) => e.isFile() && /\.(md|markdown)$/i.test(e.name)).map((e) => path.join(folder, e.name)))
        .catch(() => []);
      this.folders.set(folder, listing);
    }
    return listing;
  }

  private model(file: string): Promise<ReportModel | null> {
    let model = this.models.get(file);
    if (!model) {
      model = readReportFile(file).then((read) => (read.ok ? readReportModel(read.text, { path: file }) : null));
      this.models.set(file, model);
    }
    return model;
  }
}
