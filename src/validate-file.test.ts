import { describe, expect, it } from 'vitest';
import { kindOfFile, validateFile } from './index.js';

describe('validateFile', () => {
  it('tells the kind from the file name, from "component": true, or from the kind given', () => {
    expect(kindOfFile('{}', { fileName: 'miniprogram/app.json' })).toBe('app');
    expect(kindOfFile('{}', { fileName: 'C:\\p\\project.config.json' })).toBe('project.config');
    expect(kindOfFile('{ "component": true }', { fileName: 'c/c.json' })).toBe('component');
    expect(kindOfFile({ component: true })).toBe('component');
    expect(kindOfFile('{ "component": true }', { fileName: 'c/c.json', kind: 'page' })).toBe('page');
    expect(kindOfFile('{}', { kind: 'project-config' })).toBe('project.config');
    expect(kindOfFile('not json', { fileName: 'p/p.json' })).toBe('page');
    expect(() => kindOfFile('{}', { kind: 'nope' })).toThrow(RangeError);
  });

  it('checks the file as its kind, with the misplaced-key codes of the CLI', () => {
    expect(validateFile('{ "pages": [] }', { fileName: 'app.json' }).diagnostics.map((d) => d.code)).toContain('pages-empty');
    const page = validateFile('{ "tabBar": {} }', { fileName: 'pages/a/a.json' });
    expect(page.diagnostics.map((d) => [d.code, d.file])).toEqual([['app-key-in-page', 'pages/a/a.json']]);
    const component = validateFile('{ "component": true, "navigationBarTitleText": "x" }', { fileName: 'c/c.json', locale: 'zh-CN' });
    expect(component.diagnostics.map((d) => d.code)).toEqual(['page-key-in-component']);
  });
});
