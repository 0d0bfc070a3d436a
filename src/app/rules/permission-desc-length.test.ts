import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'permission-desc-length';

describe(CODE, () => {
  it('accepts 30 characters, counting Chinese characters as one each', () => {
    expectPasses(CODE, { pages, permission: { 'scope.userLocation': { desc: '用'.repeat(30) } } });
  });

  it('warns on 31', () => {
    const [d] = expectFails(CODE, { pages, permission: { 'scope.userFuzzyLocation': { desc: '用'.repeat(31) } } }, [['permission', 'scope.userFuzzyLocation', 'desc']], 'warning');
    expect(d?.message).toContain('31 characters');
  });
});
