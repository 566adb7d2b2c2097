/** What the PDF says about itself (Info and XMP), taken from the report model. */
import type { ReportModel } from '../model/types.js';

export interface ReportMetadata {
  title: string;
  author: string | null;
  subject: string;
  keywords: string[];
  lang: string;
}

export function reportMetadata(model: ReportModel, fallbackTitle: string): ReportMetadata {
  const agency = model.agency?.value ?? model.signOff.agency?.value ?? null;
  const year = model.year?.value ?? null;
  const title = model.title?.value ?? fallbackTitle;
  const subject = `${agency ?? ''}${year !== null ? `${year}年` : ''}政府信息公开工作年度报告`;
  const keywords = ['政府信息公开', '工作年度报告', ...(agency ? [agency] : []), ...(year !== null ? [`${year}年`] : [])];
  return { title, author: agency, subject, keywords, lang: 'zh-CN' };
}
