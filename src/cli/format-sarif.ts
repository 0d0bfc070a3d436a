/**
 * SARIF 2.1.0 (OASIS), the format of GitHub code scanning: one run, one result per diagnostic, rule
 * metadata (description, help text and documentation link) for every code that occurs.
 */
import path from 'node:path';
import { codeInfo } from '../project/codes.js';
import type { Diagnostic } from '../diagnostics.js';
import { REPOSITORY_URL } from '../links.js';
import type { Locale } from '../meta.js';
import type { ProjectReport } from '../project/types.js';
import { packageVersion } from './version.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export function renderSarif(report: ProjectReport, options: { locale: Locale; cwd: string }): string {
  const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((code, i) => [code, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'miniprogram-schema',
          version: packageVersion(),
          informationUri: REPOSITORY_URL,
          rules: codes.map((code) => ruleMetadata(code, options.locale)),
        },
      },
      // Paths are relative to the working folder (the checkout in CI), which code scanning expects.
      originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(options.cwd) } },
      results: report.diagnostics.map((d) => result(d, index.get(d.code)!, report.root, options.cwd)),
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleMetadata(code: string, locale: Locale) {
  const info = codeInfo(code);
  const description = info ? (locale === 'zh-CN' ? info.description.zh : info.description.en) : code;
  return {
    id: code,
    shortDescription: { text: description },
    fullDescription: { text: info ? `${info.description.en}\n${info.description.zh}` : code },
    help: { text: info ? `${description} ${info.helpUri}` : description, markdown: info ? `${description} [Documentation](${info.helpUri})` : description },
    ...(info ? { helpUri: info.helpUri } : {}),
    ...(info?.severity ? { defaultConfiguration: { level: level(info.severity) } } : {}),
  };
}

function result(d: Diagnostic, ruleIndex: number, root: string, cwd: string) {
  const file = path.relative(cwd, path.resolve(root, d.file ?? '.')).split(path.sep).join('/') || '.';
  return {
    ruleId: d.code,
    ruleIndex,
    level: level(d.severity),
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
        region: { startLine: d.line ?? 1, startColumn: d.column ?? 1 },
      },
    }],
  };
}

function level(severity: Diagnostic['severity']): 'error' | 'warning' {
  return severity === 'error' ? 'error' : 'warning';
}

function folderUri(folder: string): string {
  const posix = folder.split(path.sep).join('/');
  return `file://${encodeURI(posix.startsWith('/') ? posix : `/${posix}`)}/`;
}
