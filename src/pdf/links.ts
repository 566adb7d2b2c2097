/**
 * Link annotations get a `/Contents` text (PDF/UA-1, Matterhorn 28-011/012): Chromium writes
 * none. The text names the target: the web address, the e-mail address, or an in-document link.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';

export function describeLinks(doc: PDFDocument): number {
  let described = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const entry of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(entry);
      if (!(annot instanceof PDFDict)) continue;
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link' || annot.has(PDFName.of('Contents'))) continue;
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(linkText(doc, annot)));
      described++;
    }
  }
  return described;
}

function linkText(doc: PDFDocument, annot: PDFDict): string {
  const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = stringOf(action ? doc.context.lookup(action.get(PDFName.of('URI'))) : undefined);
  if (uri?.startsWith('mailto:')) return `电子邮件：${uri.slice('mailto:'.length)}`;
  if (uri) return `链接：${uri}`;
  return '文档内链接';
}

function stringOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}
