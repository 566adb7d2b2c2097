/**
 * Walks one page's content streams and tracks marked-content nesting (BMC/BDC/EMC): which MCIDs
 * occur, and which painting operators sit outside both tagged content and Artifacts.
 */
import type { PDFContext, PDFDict } from 'pdf-lib';
import { PAINTING_OPERATORS, operations, type Operand } from '../pdf/content-lexer.js';
import { getDict, getNumber, inherited, asDict, pageContent, undecodableContent } from './pdf-objects.js';

export interface PageMarkedContent {
  /** MCID → tag of its marked-content sequence. */
  mcids: Map<number, string>;
  duplicateMcids: number[];
  /** Painting operators outside any tagged sequence or Artifact. */
  untagged: number;
  /** The first few of them, e.g. `f` at byte 1234. */
  untaggedExamples: string[];
  /** Artifact sequences opened inside tagged content (01-003). */
  artifactInTagged: number;
  /** Tagged sequences (with MCID) opened inside an Artifact (01-004). */
  taggedInArtifact: number;
  /** EMC without an open sequence, or sequences left open at the end. */
  unbalanced: number;
  /** Content streams that could not be decoded (so could not be checked). */
  undecodable: number;
}

type Frame = 'artifact' | 'tagged' | 'other';

export function scanPage(ctx: PDFContext, page: PDFDict): PageMarkedContent {
  const resources = asDict(inherited(ctx, page, 'Resources'));
  const properties = getDict(ctx, resources, 'Properties');
  const result: PageMarkedContent = {
    mcids: new Map(),
    duplicateMcids: [],
    untagged: 0,
    untaggedExamples: [],
    artifactInTagged: 0,
    taggedInArtifact: 0,
    unbalanced: 0,
    undecodable: undecodableContent(ctx, page),
  };
  const stack: Frame[] = [];
  const inside = (kind: Frame): boolean => stack.includes(kind);

  for (const op of operations(pageContent(ctx, page))) {
    if (op.operator === 'BMC' || op.operator === 'BDC') {
      const tag = op.operands[0]?.kind === 'name' ? op.operands[0].value : '';
      const mcid = op.operator === 'BDC' ? mcidOf(ctx, op.operands[1], properties) : undefined;
      let frame: Frame = 'other';
      if (tag === 'Artifact') {
        frame = 'artifact';
        if (inside('tagged')) result.artifactInTagged++;
      } else if (mcid !== undefined) {
        frame = 'tagged';
        if (inside('artifact')) result.taggedInArtifact++;
        if (result.mcids.has(mcid)) result.duplicateMcids.push(mcid);
        else result.mcids.set(mcid, tag);
      }
      stack.push(frame);
    } else if (op.operator === 'EMC') {
      if (stack.pop() === undefined) result.unbalanced++;
    } else if (PAINTING_OPERATORS.has(op.operator) && !inside('tagged') && !inside('artifact')) {
      result.untagged++;
      if (result.untaggedExamples.length < 3) result.untaggedExamples.push(`${op.operator} @${op.offset}`);
    }
  }
  result.unbalanced += stack.length;
  return result;
}

function mcidOf(ctx: PDFContext, operand: Operand | undefined, properties: PDFDict | undefined): number | undefined {
  if (operand?.kind === 'dict') {
    const mcid = operand.entries.get('MCID');
    return mcid?.kind === 'number' ? mcid.value : undefined;
  }
  if (operand?.kind === 'name') {
    return getNumber(ctx, getDict(ctx, properties, operand.value), 'MCID');
  }
  return undefined;
}
