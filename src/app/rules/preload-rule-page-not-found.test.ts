import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'preload-rule-page-not-found';
const subpackages = [{ root: 'pkg', name: 'shop', pages: ['list'] }];

describe(CODE, () => {
  it('accepts main pages, full subpackage page paths and plugin pages', () => {
    expectPasses(CODE, { pages, subpackages, preloadRule: {
      'pages/index/index': { packages: ['shop'] }, 'pkg/list': { packages: ['__APP__'] }, '__plugin__/wx1/page': { packages: ['pkg'] },
    } });
  });

  it('rejects an undeclared page (and skips the check without subpackages, as WeChat does)', () => {
    const rule = { '/pages/index/index': { packages: ['shop'] } };
    const [d] = expectFails(CODE, { pages, subpackages, preloadRule: rule }, [['preloadRule', '/pages/index/index']]);
    expect(d?.message).toContain('Write "pages/index/index" instead.');
    expectPasses(CODE, { pages, preloadRule: rule });
  });
});
