/**
 * `miniprogram-schema/types` (dist/config-types.d.ts): every named config type, no import (a type-only consumer never
 * loads zod's declarations), no runtime code.
 */
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIST = new URL('../dist/', import.meta.url);
const built = existsSync(new URL('config-types.d.ts', DIST));

function exportedNames(file: URL): string[] {
  const source = ts.createSourceFile('x.d.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  source.forEachChild((node) => {
    const exported = (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported) names.push(node.name.text);
    if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) names.push(...node.exportClause.elements.map((e) => e.name.text));
  });
  return names.sort();
}

describe.skipIf(!built)('the types entry', () => {
  it('exports every named config type, and nothing imports anything', () => {
    const text = readFileSync(new URL('config-types.d.ts', DIST), 'utf8');
    expect(text).not.toMatch(/^\s*(import|export \* from|export .* from)\b/m);
    expect(text).not.toMatch(/import\(/);
    expect(exportedNames(new URL('config-types.d.ts', DIST))).toEqual(exportedNames(new URL('../src/types.generated.ts', import.meta.url)));
    expect(readFileSync(new URL('config-types.d.cts', DIST), 'utf8')).toBe(text);
  });

  it('has no runtime code', () => {
    for (const file of ['config-types.js', 'config-types.cjs']) expect(readFileSync(new URL(file, DIST), 'utf8').trim()).toMatch(/^(export \{\};?)?$/);
  });
});
