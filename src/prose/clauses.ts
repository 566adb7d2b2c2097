/** Sentences and clauses of a prose text, as offset ranges (no copying of the text). */

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;\n]/g;
const CLAUSE_END = /[，,、：:（）()【】\[\]。！？!?；;\n]/g;

function split(text: string, re: RegExp, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + 1;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

export const sentences = (text: string): Span[] => split(text, SENTENCE_END, 0, text.length);
export const clauses = (text: string, sentence: Span): Span[] => split(text, CLAUSE_END, sentence.start, sentence.end);
