import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'entrance-declare-page';

describe(CODE, () => {
  it('accepts a declared page', () => {
    expectPasses(CODE, { pages, entranceDeclare: { locationMessage: { path: 'pages/logs/logs', query: 'a=1' } } });
  });

  it('rejects a missing path and an undeclared page', () => {
    const [missing] = expectFails(CODE, { pages, entranceDeclare: { locationMessage: { query: 'a=1' } } }, [['entranceDeclare', 'locationMessage']]);
    expect(missing?.message).toContain('has no path');
    expectFails(CODE, { pages, entranceDeclare: { locationMessage: { path: 'pages/map/map' } } }, [['entranceDeclare', 'locationMessage', 'path']]);
  });
});
