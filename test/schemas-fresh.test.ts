import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without declarations
import { staleFiles, staleReport } from '../scripts/check-fresh.mjs';

describe('generated JSON Schemas and types', () => {
  it('are committed and match the zod schemas (fix: npm run build:schemas)', async () => {
    const stale = (await staleFiles()) as Array<{ file: string; problem: string }>;
    expect(stale, stale.length ? staleReport(stale) : '').toEqual([]);
  });

  it('names every stale file in both languages', () => {
    const report = staleReport([{ file: 'schemas/en/app.schema.json', problem: 'outdated' }]) as string;
    expect(report).toContain('schemas/en/app.schema.json');
    expect(report).toContain('已过期');
    expect(report).toContain('out of date');
    expect(report).toContain('npm run build:schemas');
  });
});
