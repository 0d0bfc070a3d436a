import { describe, expect, it } from 'vitest';
import { pathProblem, suggestPath } from './path-checks.js';

const fix = (value: string) => {
  const problem = pathProblem(value, 'page');
  return { problem, suggestion: problem && suggestPath(value, problem) };
};

describe('suggestPath', () => {
  it('suggests nothing for a URL: there is no project path to offer', () => {
    expect(fix('https://example.com/pages/index/index')).toEqual({ problem: 'double-slash', suggestion: undefined });
    expect(fix('HTTP://example.com/a.js')).toEqual({ problem: 'double-slash', suggestion: undefined });
    expect(fix('weixin://dl/business')).toEqual({ problem: 'double-slash', suggestion: undefined });
  });

  it('suggests nothing for a path that climbs out with ../', () => {
    expect(fix('../pages/index/index')).toEqual({ problem: 'leading-dot', suggestion: undefined });
    expect(fix('pages/../index')).toEqual({ problem: 'parent-dir', suggestion: undefined });
    expect(fix('pages/index/..')).toEqual({ problem: 'parent-dir', suggestion: undefined });
  });

  it('suggests the plain page path for the fixable forms', () => {
    expect(fix('./pages/index/index').suggestion).toBe('pages/index/index');
    expect(fix('/pages/index/index').suggestion).toBe('pages/index/index');
    expect(fix('pages\\index\\index').suggestion).toBe('pages/index/index');
    expect(fix('pages//index/index').suggestion).toBe('pages/index/index');
    expect(fix('pages/index/index.js').suggestion).toBe('pages/index/index');
    expect(fix('pages/index/index?id=1').suggestion).toBe('pages/index/index');
    expect(fix('pages/index/index?id=1\nx').suggestion).toBe('pages/index/index');
    expect(fix(' pages/index/index').suggestion).toBe('pages/index/index');
  });

  it('suggests nothing when the fix would leave nothing', () => {
    expect(fix('?id=1')).toEqual({ problem: 'query', suggestion: undefined });
    expect(fix('/')).toEqual({ problem: 'leading-slash', suggestion: undefined });
  });
});
