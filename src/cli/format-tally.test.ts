import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.js';
import type { ProjectReport } from '../project/types.js';
import { renderTally } from './format-tally.js';

const d = (code: string, file: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ severity, code, file, path: [], message: 'm', line: 1, column: 1 });

function report(diagnostics: Diagnostic[]): ProjectReport {
  return { root: '/p', files: [], diagnostics, errorCount: 0, warningCount: 0 };
}

describe('pretty tally', () => {
  it('counts by code and by file, most errors first, readable from the end', () => {
    const lines = renderTally(report([d('unknown-key', 'a.json', 'warning'), d('component-missing', 'a.json'), d('component-missing', 'b.json'), d('unknown-key', 'b.json', 'warning')]), 'en', '/p');
    expect(lines).toEqual([
      'By code:',
      '  component-missing  2 errors',
      '  unknown-key        2 warnings',
      'By file:',
      '  a.json             1 error, 1 warning',
      '  b.json             1 error, 1 warning',
      '',
    ]);
  });

  it('speaks Chinese, sums up files beyond ten, and stays out of short reports', () => {
    const many = Array.from({ length: 12 }, (_, i) => d('x', `f${String(i).padStart(2, '0')}.json`));
    const lines = renderTally(report(many), 'zh-CN', '/p');
    expect(lines[0]).toBe('按代码：');
    expect(lines).toContain('  ……另有 2 个文件');
    expect(renderTally(report([d('x', 'a.json')]), 'en', '/p')).toEqual([]);
  });
});
