import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_MESSAGES, type ProjectMessageCode, projectMessage } from './messages.js';

const params = { field: 'pages[0]', target: 'pages/a/a', tried: '"pages/a/a.js"', key: 'tag', size: 50_000, max: 40, detail: 'EACCES', mode: 'dark', from: 'shop', to: '__APP__', count: 3 };
const CODES = Object.keys(PROJECT_MESSAGES) as ProjectMessageCode[];

describe('project messages', () => {
  it.each(CODES)('%s has a Chinese and an English message with every parameter filled in', (code) => {
    const zh = projectMessage('zh-CN', code, params);
    const en = projectMessage('en', code, params);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    for (const text of [zh, en]) expect(text).not.toMatch(/undefined|NaN|\$\{/);
  });

  it('documents every code in docs/rules.md (generated from the catalogue)', () => {
    const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(CODES.filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });
});
