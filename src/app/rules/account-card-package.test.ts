import { describe, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'account-card-package';
const card = (root: string) => ({ root, cardList: [{ type: 1, componentPath: 'card/index' }] });

describe(CODE, () => {
  it('accepts the root of an independent subpackage', () => {
    expectPasses(CODE, { pages, subpackages: [{ root: 'cards/', pages: ['x'], independent: true }], accountCardPackage: card('cards') });
  });

  it('rejects a regular subpackage or an undeclared root', () => {
    expectFails(CODE, { pages, subpackages: [{ root: 'cards', pages: ['x'] }], accountCardPackage: card('cards') }, [['accountCardPackage', 'root']]);
  });
});
