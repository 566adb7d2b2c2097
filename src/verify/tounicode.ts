/** Reads the destination code points of a ToUnicode CMap (bfchar and bfrange sections). */

const MAX_RANGE = 0x10000;

/** Character code → the code points it maps to. */
export function parseToUnicode(cmap: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    const hexes = [...section[1]!.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((m) => m[1]!.replace(/\s/g, ''));
    for (let i = 0; i + 1 < hexes.length; i += 2) out.set(parseInt(hexes[i]!, 16), codePoints(hexes[i + 1]!));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const tokens = [...section[1]!.matchAll(/<([0-9a-fA-F\s]*)>|\[|\]/g)].map((m) => (m[1] === undefined ? m[0] : m[1].replace(/\s/g, '')));
    let i = 0;
    while (i + 2 < tokens.length) {
      const low = parseInt(tokens[i]!, 16);
      const high = parseInt(tokens[i + 1]!, 16);
      if (tokens[i + 2] === '[') {
        let j = i + 3;
        for (let code = low; j < tokens.length && tokens[j] !== ']'; code++) out.set(code, codePoints(tokens[j++]!));
        i = j + 1;
        continue;
      }
      const start = codePoints(tokens[i + 2]!);
      const last = start[start.length - 1];
      if (last !== undefined && high >= low) {
        const count = Math.min(high - low, MAX_RANGE);
        for (let k = 0; k <= count; k++) out.set(low + k, [...start.slice(0, -1), last + k]);
      }
      i += 3;
    }
  }
  return out;
}

/** Every Unicode code point the CMap maps some character code to. */
export function toUnicodeTargets(cmap: string): number[] {
  return [...parseToUnicode(cmap).values()].flat();
}

/** UTF-16BE hex → code points. */
function codePoints(hex: string): number[] {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  if (hex.length === 2) units.push(parseInt(hex, 16));
  return [...String.fromCharCode(...units)].map((c) => c.codePointAt(0)!);
}

const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fdf],
  [0x3000, 0x303f],
  [0x3040, 0x30ff],
  [0x3100, 0x312f],
  [0x31c0, 0x31ef],
  [0x3200, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3ffff],
];

export function isCjk(cp: number): boolean {
  return CJK_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

/** Kangxi radicals and CJK radicals supplement: what broken ToUnicode maps send hanzi to. */
export function isRadical(cp: number): boolean {
  return cp >= 0x2e80 && cp <= 0x2fdf;
}

export function hexCp(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
