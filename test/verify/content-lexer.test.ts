import { describe, expect, it } from 'vitest';
import { ContentSyntaxError, operations, type Operand } from '../../src/pdf/content-lexer.js';
import { toUnicodeTargets, isCjk, isRadical } from '../../src/verify/tounicode.js';

const ops = (text: string) => [...operations(new TextEncoder().encode(text))];
const latin1 = (operand: Operand | undefined): string =>
  operand?.kind === 'string' ? new TextDecoder('latin1').decode(operand.bytes) : `<${operand?.kind}>`;

describe('content stream tokenizer', () => {
  it('reads operators with their operands', () => {
    const result = ops('q 1 0 0 1 10.5 -2 cm /F1 12 Tf BT (Hi) Tj ET Q');
    expect(result.map((o) => o.operator)).toEqual(['q', 'cm', 'Tf', 'BT', 'Tj', 'ET', 'Q']);
    expect(result[1]!.operands).toEqual([1, 0, 0, 1, 10.5, -2].map((value) => ({ kind: 'number', value })));
    expect(result[2]!.operands[0]).toEqual({ kind: 'name', value: 'F1' });
  });

  it('keeps nested parentheses and escapes inside literal strings', () => {
    const [show] = ops('(a (b) \\) c\\n\\101\\\r\nd) Tj');
    expect(show!.operator).toBe('Tj');
    expect(latin1(show!.operands[0])).toBe('a (b) ) c\nAd');
  });

  it('reads hex strings, arrays and property dictionaries', () => {
    const result = ops('[<48 65> -250 (llo)] TJ /Span <</MCID 3 /ActualText <FEFF4E00> /Nested << /A [1 2] >> >> BDC EMC');
    expect(result[0]!.operands[0]).toMatchObject({ kind: 'array' });
    const array = result[0]!.operands[0] as Extract<Operand, { kind: 'array' }>;
    expect(latin1(array.items[0])).toBe('He');
    const props = result[1]!.operands[1] as Extract<Operand, { kind: 'dict' }>;
    expect(props.entries.get('MCID')).toEqual({ kind: 'number', value: 3 });
    expect(props.entries.get('Nested')).toMatchObject({ kind: 'dict' });
  });

  it('decodes #xx in names and skips comments', () => {
    const result = ops('% comment (not a string\n/Na#6De BMC EMC');
    expect(result[0]).toMatchObject({ operator: 'BMC', operands: [{ kind: 'name', value: 'Name' }] });
  });

  it('reads on past damage when lenient (verify) and throws when strict (post-processing)', () => {
    const damaged = new TextEncoder().encode('q ) 1 0 0 1 0 0 cm (open Tj');
    expect([...operations(damaged)].map((o) => o.operator)).toEqual(['q', 'cm']);
    expect(() => [...operations(damaged, { strict: true })]).toThrow(ContentSyntaxError);
    expect(() => [...operations(new TextEncoder().encode('[1 q] TJ'), { strict: true })]).toThrow(/数组或字典中出现操作符/);
  });

  it('gives each operation its operand and operator offsets', () => {
    const [cm, q] = ops('  1 0 0 1 5 6 cm q');
    expect(cm).toMatchObject({ operator: 'cm', start: 2, offset: 14, end: 16 });
    expect(q).toMatchObject({ operator: 'q', start: 17, offset: 17, end: 18 });
  });

  it('skips inline image data, even when it looks like operators', () => {
    const result = ops('BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EMC f\xff EI Q');
    expect(result.map((o) => o.operator)).toEqual(['BI', 'Q']);
  });
});

describe('ToUnicode CMap reader', () => {
  it('reads bfchar and both bfrange forms', () => {
    const cmap = `2 beginbfchar <01> <4EBA> <02> <D840DC00> endbfchar
2 beginbfrange <10> <12> <0041> <20> <21> [<2F08> <FFFD>] endbfrange`;
    expect(toUnicodeTargets(cmap)).toEqual([0x4eba, 0x20000, 0x41, 0x42, 0x43, 0x2f08, 0xfffd]);
  });

  it('classifies CJK and radicals', () => {
    expect(isCjk(0x4eba)).toBe(true);
    expect(isCjk(0x3001)).toBe(true);
    expect(isCjk(0x41)).toBe(false);
    expect(isRadical(0x2f08)).toBe(true);
    expect(isRadical(0x4eba)).toBe(false);
  });
});
