/** Damaged input never escapes as a stack trace: verifyPdf either reports or rejects with VerifyInputError. */
import { PDFDocument, PDFName, PDFStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { verifyPdf } from '../../src/verify/index.js';
import { VerifyInputError } from '../../src/verify/types.js';
import { buildTaggedPdf } from './tagged-pdf-builder.js';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function outcome(bytes: Uint8Array): Promise<'report' | 'input-error'> {
  try {
    await verifyPdf(bytes);
    return 'report';
  } catch (error) {
    if (error instanceof VerifyInputError) return 'input-error';
    throw error;
  }
}

describe('damaged PDFs', () => {
  it('rejects non-PDF, empty and truncated files with a clear message', async () => {
    const good = await buildTaggedPdf();
    await expect(verifyPdf(new Uint8Array())).rejects.toThrow(/not a PDF/);
    await expect(verifyPdf(new TextEncoder().encode('hello'))).rejects.toBeInstanceOf(VerifyInputError);
    await expect(verifyPdf(good.slice(0, 600))).rejects.toBeInstanceOf(VerifyInputError);
  });

  it('never throws anything but VerifyInputError on randomly corrupted bytes', async () => {
    const good = await buildTaggedPdf();
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (let seed = 1; seed <= 40; seed++) {
        const next = random(seed);
        const bytes = good.slice();
        for (let i = 0; i < 1 + Math.floor(next() * 20); i++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
        expect(['report', 'input-error']).toContain(await outcome(bytes));
      }
    } finally {
      console.warn = warn;
    }
  });
});

describe('content that cannot be read', () => {
  it('fails 01-005 for a content stream with an unknown filter instead of passing silently', async () => {
    const doc = await PDFDocument.load(await buildTaggedPdf(), { updateMetadata: false });
    const contents = doc.getPages()[0]!.node.get(PDFName.of('Contents'));
    const stream = doc.context.lookup(contents, PDFStream);
    stream.dict.set(PDFName.of('Filter'), PDFName.of('JBIG2Decode'));
    const result = await verifyPdf(await doc.save({ useObjectStreams: false }));
    const failure = result.items.find((i) => i.check === 'untagged-content' && i.status === 'fail');
    expect(failure?.message.en).toBe('page 1: 1 content streams cannot be decoded, so cannot be checked');
  });
});
