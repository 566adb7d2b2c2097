import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES_DOC_PATH, renderRulesDoc } from '../../scripts/rules-doc.js';
import { RULES } from '../../src/rules/index.js';

describe('docs/rules.md', () => {
  it('is up to date (regenerate with: node --import tsx scripts/rules-doc.ts)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
  });

  it('lists every rule module of src/rules, and each rule id is its file name', () => {
    const dir = fileURLToPath(new URL('../../src/rules/', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(files);
  });
});
