/**
 * The generated declarations (src/types.generated.ts) must keep every enum an enum: a union of string
 * literals with plain `string` is `string` (no check, no completion). Theme variables are `` `@${string}` ``;
 * lists WeChat leaves open are `'a' | 'b' | (string & {})`.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FILE = new URL('../src/types.generated.ts', import.meta.url);

/** Members of a union, looking through parentheses and nested unions. */
function members(node: ts.TypeNode): ts.TypeNode[] {
  if (ts.isParenthesizedTypeNode(node)) return members(node.type);
  if (ts.isUnionTypeNode(node)) return node.types.flatMap(members);
  return [node];
}

const isStringLiteral = (node: ts.TypeNode) => ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal);
const isPlainString = (node: ts.TypeNode) => node.kind === ts.SyntaxKind.StringKeyword;

function insideUnion(node: ts.Node): boolean {
  let parent = node.parent;
  while (ts.isParenthesizedTypeNode(parent)) parent = parent.parent;
  return ts.isUnionTypeNode(parent);
}

/** `where: type text` of every union that mixes string literals with plain `string`. */
export function collapsedUnions(source: string): string[] {
  const file = ts.createSourceFile('types.ts', source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, where: string) => {
    const name = (ts.isPropertySignature(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name ? node.name.getText(file) : undefined;
    const here = name ? (where ? `${where}.${name}` : name) : where;
    if (ts.isUnionTypeNode(node) && !insideUnion(node)) {
      const all = members(node);
      if (all.some(isStringLiteral) && all.some(isPlainString)) found.push(`${here}: ${node.getText(file)}`);
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(file, '');
  return found;
}

describe('generated types', () => {
  it('have no union of string literals with plain string', () => {
    expect(collapsedUnions(readFileSync(FILE, 'utf8'))).toEqual([]);
  });

  it('the check finds a collapse, also in parentheses and arrays', () => {
    expect(collapsedUnions("export interface A { a?: ('black' | 'white') | string; b: ('x' | string)[]; c: 'x' | `@${string}`; d: 'x' | (string & {}) }")).toEqual([
      "A.a: ('black' | 'white') | string",
      "A.b: 'x' | string",
    ]);
  });
});
