import { describe, expect, it } from 'vitest';
import { expectFails, expectPasses } from './rule-test-helpers.js';

const pages = ['pages/index/index', 'pages/logs/logs'];
const CODE = 'supported-materials-format';
const item = (extra: Record<string, string> = {}) => ({ materialType: 'image/*', name: '用${nickname}打开', desc: '打开图片', path: 'pages/index/index', ...extra });

describe(CODE, () => {
  it('accepts the documented form', () => {
    expectPasses(CODE, { pages, supportedMaterials: [item(), item({ materialType: 'video/*' })] });
  });

  it('warns on a name without ${nickname}, a long desc, a repeated type and an undeclared page', () => {
    const [name] = expectFails(CODE, {
      pages, supportedMaterials: [item({ name: 'Open' }), item({ materialType: 'video/*', desc: 'x'.repeat(23), path: 'pages/x/x' }), item({ name: 'Open ${nickname} file' })],
    }, [
      ['supportedMaterials', 0, 'name'], ['supportedMaterials', 1, 'desc'], ['supportedMaterials', 1, 'path'],
      ['supportedMaterials', 2, 'name'], ['supportedMaterials', 2, 'materialType'],
    ], 'warning');
    expect(name?.message).toContain('${nickname}');
  });
});
