/** scripts/gen-schemas.ts on small schemas: what each piece of `.meta()` becomes in the editor schema. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { escapeMarkdown, rawJsonSchema, rewriteNode, splitDefinitions } from '../scripts/gen-schemas.js';
import { field, withDoc } from '../src/meta.js';
import { themeableColorSchema } from '../src/primitives/color.js';

const item = z.strictObject({ name: z.string().apply(withDoc, field({ zh: '名称。', en: 'Name.' })) }).apply(withDoc, { id: 'Item', ...field({ zh: '一项。', en: 'One item.' }) });
const sample = z.strictObject({
  style: z.enum(['a', 'b']).optional().apply(withDoc, field({
    zh: '样式。', en: 'Style.', default: 'a', since: '2.1.0', docUrl: 'https://example.com/doc',
    values: { a: { zh: '甲', en: 'A one' }, b: { zh: '乙', en: 'B one' } },
  })),
  color: themeableColorSchema.optional().apply(withDoc, field({ zh: '颜色。', en: 'Colour.' })),
  old: z.boolean().optional().apply(withDoc, field({ zh: '旧开关。', en: 'Old switch.', deprecated: { zh: '请改用 style。', en: 'Use style.' } })),
  items: z.array(item).optional().apply(withDoc, field({ zh: '列表。', en: 'List.', snippets: [{ label: 'item', description: { zh: '一项', en: 'an item' }, body: { name: '$1' } }] })),
  version: z.string().superRefine(() => undefined).optional().apply(withDoc, field({ zh: '版本。', en: 'Version.', jsonSchema: { pattern: '^\\d+$' } })),
}).apply(withDoc, { id: 'Sample', ...field({ zh: '示例。', en: 'Sample.' }) });

const { root, definitions } = splitDefinitions(rawJsonSchema(sample));
type Node = Record<string, any>;
const en = rewriteNode(root, 'en') as Node;
const zh = rewriteNode(root, 'zh-CN') as Node;

describe('gen-schemas node rewrite', () => {
  it('writes description and markdownDescription in the locale, with version, default and doc link', () => {
    expect(en.properties.style.description).toBe('Style.');
    expect(zh.properties.style.description).toBe('样式。');
    expect(en.properties.style.markdownDescription).toBe('Style.\n\nSince base library 2.1.0 · Default: `"a"` · [Official docs](https://example.com/doc)');
    expect(zh.properties.style.markdownDescription).toBe('样式。\n\n基础库 2.1.0 起支持 · 默认值：`"a"` · [官方文档](https://example.com/doc)');
    expect(en.properties.style.default).toBe('a');
  });

  it('documents each enum value and drops our own meta keys', () => {
    expect(zh.properties.style.enumDescriptions).toEqual(['甲', '乙']);
    expect(en.properties.style.markdownEnumDescriptions).toEqual(['A one', 'B one']);
    const text = JSON.stringify([en, zh, ...Object.values(definitions).map((d) => rewriteNode(d, 'en'))]);
    const leftovers = text.match(/"(zh|en|since|docUrl|values|themeVariable|deprecatedDoc|snippets|jsonSchema)":/g);
    expect(leftovers).toBeNull();
  });

  it('turns deprecation and snippets into VS Code keywords', () => {
    expect(en.properties.old.deprecationMessage).toBe('Deprecated: Use style.');
    expect(zh.properties.old.deprecationMessage).toBe('已废弃: 请改用 style。');
    expect(zh.properties.items.defaultSnippets).toEqual([{ label: 'item', description: '一项', body: { name: '$1' } }]);
  });

  it('explains a colour-or-@variable union on every branch', () => {
    const branches = en.properties.color.anyOf as Node[];
    expect(branches.map((b) => b.patternErrorMessage)).toEqual([expect.stringMatching(/^Expected a hex colour.*, or "@name"/), expect.stringMatching(/^Expected a hex colour/)]);
    expect((zh.properties.color.anyOf as Node[])[0]!.patternErrorMessage).toMatch(/^应为十六进制颜色.*，或"@变量名"/);
  });

  it('keeps objects closed, shares named schemas as definitions, and adds the jsonSchema form of a refinement', () => {
    expect(en.additionalProperties).toBe(false);
    expect(en.properties.items.items).toEqual({ $ref: '#/definitions/Item' });
    expect(rewriteNode(definitions.Item!, 'en')).toMatchObject({ description: 'One item.', additionalProperties: false, required: ['name'] });
    expect(en.properties.version.pattern).toBe('^\\d+$');
  });

  it('writes JSDoc text with both languages and tags for the type generator', () => {
    expect((rewriteNode(root, 'jsdoc') as Node).properties.style.description).toBe(
      '样式。\nStyle.\n@default "a"\n@since 2.1.0 (requires base library 2.1.0 · 基础库 2.1.0 起支持)\n@see https://example.com/doc',
    );
    expect((rewriteNode(root, 'jsdoc') as Node).properties.old.description).toContain('@deprecated 请改用 style。 Use style.');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(rewriteNode(root, 'en'))).toBe(JSON.stringify(en));
  });
});

describe('escapeMarkdown', () => {
  it('keeps plain text plain and code spans as code', () => {
    expect(escapeMarkdown('root may not be __APP__; alias "@/*" → `src/*`')).toBe('root may not be \\_\\_APP\\_\\_; alias "@/\\*" → `src/*`');
  });
});
