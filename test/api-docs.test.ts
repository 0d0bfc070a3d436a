/** docs/api (TypeDoc) documents every export of every entry point; `npm run check:fresh` keeps it current. */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = [
  ['src/index.ts', 'miniprogram-schema.md'],
  ['src/code2session/index.ts', 'miniprogram-schema/code2session.md'],
  ['src/errcodes/index.ts', 'miniprogram-schema/errcodes.md'],
] as const;

function exportNames(entry: string): string[] {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(symbol).map((s) => s.getName());
}

describe('API reference', () => {
  it.each(ENTRIES)('%s: every export has a section in docs/api', (entry, page) => {
    const doc = readFileSync(new URL(`../docs/api/${page}`, import.meta.url), 'utf8');
    const headings = new Set([...doc.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!.replace(/\\/g, '').replace(/\(.*$/, '').trim()));
    const names = exportNames(entry);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => !headings.has(name))).toEqual([]);
  });
});
