import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'chat-tool-subpackage';
const tool = (root: string) => ({ root, entryPagePath: 'pages/index', desc: 'Group check-in' });
const chat = { root: 'chat', pages: ['pages/index'], independent: true, renderer: 'skyline' };

describe(CODE, () => {
  it('accepts one tool in an independent Skyline subpackage', () => {
    expectPasses(CODE, { pages, subpackages: [chat], chatTools: [tool('chat/')] });
    expectPasses(CODE, { pages, subpackages: [chat], chatTools: [{ ...tool('chat'), entryPagePath: 'chat/pages/index' }] });
  });

  it('warns on an entry page outside the subpackage', () => {
    expectFails(CODE, { pages, subpackages: [chat], chatTools: [{ ...tool('chat'), entryPagePath: 'pages/other' }] }, [['chatTools', 0, 'entryPagePath']], 'warning');
  });

  it('warns on a second tool and on undeclared, non-independent or non-Skyline roots', () => {
    expectFails(CODE, {
      pages,
      subpackages: [{ ...chat, independent: false }, { ...chat, root: 'web', renderer: 'webview' }],
      chatTools: [tool('chat'), tool('web'), tool('none')],
    }, [['chatTools'], ['chatTools', 0, 'root'], ['chatTools', 1, 'root'], ['chatTools', 2, 'root']], 'warning');
  });
});
