/**
 * The exported JSON Schemas in the engine VS Code runs (vscode-json-languageservice): completion,
 * hover and diagnostics as a user sees them.
 */
import { describe, expect, it } from 'vitest';
import { ErrorCode, getLanguageService, type Diagnostic, type LanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../src/meta.js';
import { committedSchema, corpusFiles, parseJson } from './json-schema-support.js';

function serviceFor(locale: Locale, kind = 'app'): LanguageService {
  const schema = committedSchema(locale, kind);
  const service = getLanguageService({});
  service.configure({ validate: true, allowComments: false, schemas: [{ uri: schema.$id, fileMatch: ['*.json'], schema }] });
  return service;
}

/** `|` in the text marks the cursor. */
function documentAt(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  const document = TextDocument.create('file:///project/app.json', 'json', 1, textWithCursor.replace('|', ''));
  return { document, position: document.positionAt(offset) };
}

async function complete(service: LanguageService, textWithCursor: string): Promise<string[]> {
  const { document, position } = documentAt(textWithCursor);
  const list = await service.doComplete(document, position, service.parseJSONDocument(document));
  return (list?.items ?? []).map((item) => item.label);
}

async function hover(service: LanguageService, textWithCursor: string): Promise<string> {
  const { document, position } = documentAt(textWithCursor);
  const result = await service.doHover(document, position, service.parseJSONDocument(document));
  const contents = result?.contents;
  return Array.isArray(contents) ? contents.map(String).join('\n') : typeof contents === 'string' ? contents : (contents?.value ?? '');
}

type Problem = Omit<Diagnostic, 'message'> & { message: string };

async function diagnose(service: LanguageService, text: string): Promise<Problem[]> {
  const document = TextDocument.create('file:///project/app.json', 'json', 1, text);
  const problems = await service.doValidation(document, service.parseJSONDocument(document), { schemaValidation: 'error' });
  return problems.map((problem) => ({ ...problem, message: typeof problem.message === 'string' ? problem.message : problem.message.value }));
}

const UNKNOWN_KEY = /^Property (.+) is not allowed\.$/;
const tab = (n: number) => ({ pagePath: `pages/t${n}/index`, text: `T${n}` });

describe('app.json schema in the VS Code JSON language service', () => {
  const en = serviceFor('en');
  const zh = serviceFor('zh-CN');

  it('completes the enum values of navigationBarTextStyle', async () => {
    const labels = await complete(en, '{ "pages": ["a"], "window": { "navigationBarTextStyle": | } }');
    expect(labels).toEqual(expect.arrayContaining(['"black"', '"white"']));
  });

  it('completes the keys inside window', async () => {
    const labels = await complete(en, '{ "pages": ["a"], "window": { | } }');
    expect(labels).toEqual(expect.arrayContaining(['navigationBarTitleText', 'navigationBarBackgroundColor', 'enablePullDownRefresh']));
    expect(labels).not.toContain('pages');
  });

  it('shows the description in the schema locale on hover', async () => {
    const text = '{ "pages": ["a"], "window": { "enablePullDownRefr|esh": true } }';
    expect(await hover(en, text)).toContain('pull-down refresh');
    expect(await hover(zh, text)).toContain('下拉刷新');
    expect(await hover(zh, text)).toContain('默认值');
  });

  it('flags a tab list of six', async () => {
    const text = JSON.stringify({ pages: ['a'], tabBar: { list: [1, 2, 3, 4, 5, 6].map(tab) } });
    const messages = (await diagnose(en, text)).map((d) => d.message);
    expect(messages.some((m) => /too many items/i.test(m) && m.includes('5'))).toBe(true);
  });

  it('flags a bad colour, saying what a colour looks like in the schema locale', async () => {
    const text = JSON.stringify({ pages: ['a'], window: { navigationBarBackgroundColor: 'red' } });
    const [enProblem] = await diagnose(en, text);
    const [zhProblem] = await diagnose(zh, text);
    expect(enProblem?.message).toMatch(/hex colour.*@name/);
    expect(zhProblem?.message).toMatch(/十六进制颜色.*@变量名/);
  });

  it('flags an unknown key', async () => {
    const messages = (await diagnose(en, '{ "pages": ["a"], "window": { "enablePullDownRefrsh": true } }')).map((d) => d.message);
    expect(messages).toContain('Property enablePullDownRefrsh is not allowed.');
  });

  it('accepts $schema (the published URL) at the root', async () => {
    const text = JSON.stringify({ $schema: committedSchema('en', 'app').$id, pages: ['a'] });
    expect(await diagnose(en, text)).toEqual([]);
  });

  it('marks a deprecated key with its deprecation message in each locale', async () => {
    const text = JSON.stringify({ pages: ['a'], navigateToMiniProgramAppIdList: ['wx0000000000000000'] });
    const [enHint] = (await diagnose(en, text)).filter((d) => d.code === ErrorCode.Deprecated);
    const [zhHint] = (await diagnose(zh, text)).filter((d) => d.code === ErrorCode.Deprecated);
    expect(enHint?.message).toMatch(/^Deprecated: /);
    expect(zhHint?.message).toMatch(/^已废弃: /);
  });

  it('allows up to ten tabs with a custom tab bar', async () => {
    const text = JSON.stringify({ pages: ['a'], tabBar: { custom: true, list: [1, 2, 3, 4, 5, 6].map(tab) } });
    expect(await diagnose(en, text)).toEqual([]);
  });
});

const accepted = corpusFiles().filter((file) => file.verdict === 'ok' && parseJson(file.text) !== undefined);

/** A file's own `$schema` (another tool's URL) would replace ours; point it at ours instead. */
function withOurSchema(text: string, kind: string): string {
  return text.replace(/^\uFEFF/, '').replace(/("\$schema"\s*:\s*)"[^"]*"/, `$1"${committedSchema('en', kind).$id}"`);
}

describe.skipIf(accepted.length === 0)('corpus files WeChat accepts', () => {
  const services = new Map<string, LanguageService>();
  const serviceOf = (kind: string) => services.get(kind) ?? services.set(kind, serviceFor('en', kind)).get(kind)!;

  // Window keys in a component json: WeChat checks components with its page schema and says nothing; we
  // warn on purpose, since they have no effect there (see src/component/schema.ts).
  const pageKeys = new Set(Object.keys(committedSchema('en', 'page').properties as object));
  const explained = (file: (typeof accepted)[number], key: string) =>
    file.warning.includes(`"${key}"`) || (file.kind === 'component' && pageKeys.has(key));

  // Not counted: deprecation hints (struck-through keys WeChat still accepts) and duplicate keys (a JSON
  // text warning, reported by our validator too, that WeChat's JSON.parse passes over).
  it.each(accepted.map((file) => [`${file.kind}: ${file.fixture}`, file] as const))('%s: no diagnostics except keys WeChat warns about too', async (_name, file) => {
    const problems = await diagnose(serviceOf(file.kind), withOurSchema(file.text, file.kind));
    const unexplained = problems.filter((problem) => {
      if (problem.code === ErrorCode.Deprecated || problem.code === ErrorCode.DuplicateKey) return false;
      const key = UNKNOWN_KEY.exec(problem.message)?.[1];
      return key === undefined || !explained(file, key);
    });
    expect(unexplained.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`)).toEqual([]);
  });
});
