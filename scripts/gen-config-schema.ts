/**
 * Writes schemas/miniprogram-schema.config.schema.json, the JSON Schema of the configuration file:
 * every diagnostic code is a property of `rules`, with its description, so editors complete and
 * explain the codes. `scripts/check-fresh.mjs` calls `generateConfigSchema()` and compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnosticCodes } from '../src/project/codes.js';
import { RULE_SETTINGS } from '../src/validate/rule-settings.js';
import { cdnUrl } from '../src/links.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CONFIG_SCHEMA_FILE = 'schemas/miniprogram-schema.config.schema.json';

export function generateConfigSchema(): string {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const setting = { enum: [...RULE_SETTINGS] };
  const rules = Object.fromEntries(diagnosticCodes().map((info) => [info.code, {
    ...setting,
    description: `${info.description.en}${info.severity ? ` (default: ${info.severity})` : ''}\n${info.description.zh}`,
  }]));
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: cdnUrl(version, CONFIG_SCHEMA_FILE),
    title: 'miniprogram-schema configuration',
    description: 'Settings of the miniprogram-schema CLI (miniprogram-schema.config.json, or the "miniprogram-schema" key of package.json).\nminiprogram-schema 命令行工具的配置（miniprogram-schema.config.json，或 package.json 的 "miniprogram-schema" 键）。',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity per diagnostic code: "off" drops it, "warn" makes it a warning, "error" an error.\n每个诊断代码的级别："off" 关闭，"warn" 设为警告，"error" 设为错误。',
        type: 'object',
        properties: rules,
        additionalProperties: false,
      },
      ignore: {
        description: 'Files left out of the report: globs relative to the folder of this file (picomatch syntax).\n不报告的文件：相对于本配置文件所在目录的 glob（picomatch 语法）。',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      locale: {
        description: 'Message language (the --locale option wins).\n提示语言（--locale 选项优先）。',
        enum: ['zh-CN', 'en'],
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(path.join(ROOT, CONFIG_SCHEMA_FILE), generateConfigSchema());
  console.log(`miniprogram-schema: ${CONFIG_SCHEMA_FILE} written · 已生成`);
}
