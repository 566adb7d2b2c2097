/** The XMP packet PDF/UA-1 asks for (Matterhorn 06-001…003): dc:title, pdfuaid:part 1, dates. */

export interface DocumentMetadata {
  title: string;
  /** The agency that publishes the report. */
  author: string | null;
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. `zh-CN`. */
  lang: string;
  creator: string;
  producer: string;
  /** Creation and modification date (from the report, never the clock). */
  date: Date;
}

/** Returns the packet as UTF-8 bytes (pdf-lib truncates JS strings to 8 bits). */
export function buildXmp(meta: DocumentMetadata): Uint8Array {
  const date = isoDate(meta.date);
  const creator = meta.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>` : '';
  const subjects = meta.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('');
  const packet = [
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about=""`,
    ` xmlns:dc="http://purl.org/dc/elements/1.1/"`,
    ` xmlns:xmp="http://ns.adobe.com/xap/1.0/"`,
    ` xmlns:pdf="http://ns.adobe.com/pdf/1.3/"`,
    ` xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">`,
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    creator,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    subjects ? `<dc:subject><rdf:Bag>${subjects}</rdf:Bag></dc:subject>` : '',
    `<dc:language><rdf:Bag><rdf:li>${xml(meta.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<pdf:Producer>${xml(meta.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${xml(meta.keywords.join(' '))}</pdf:Keywords>`,
    `<pdfuaid:part>1</pdfuaid:part>`,
    `</rdf:Description>`,
    `</rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ].filter((line) => line !== '');
  return new TextEncoder().encode(packet.join('\n'));
}

/** `2021-01-20T00:00:00Z` (seconds precision, UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function xml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
