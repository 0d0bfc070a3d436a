/**
 * The configuration file: `miniprogram-schema.config.json`, or a `"miniprogram-schema"` key in
 * package.json, found from the checked folder upward to the repository root (the folder holding
 * `.git`) or the file-system root. Shape: `{ "rules": { code: "off" | "warn" | "error" },
 * "ignore": [glob…], "locale": "zh-CN" | "en" }` (schemas/miniprogram-schema.config.schema.json).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../meta.js';
import { ruleSettingsProblems } from '../project/rule-codes.js';
import { RULE_SETTINGS, type RuleSettings } from '../validate/rule-settings.js';

export const CONFIG_FILE_NAME = 'miniprogram-schema.config.json';
export const PACKAGE_JSON_KEY = 'miniprogram-schema';
/** A config is a few lines; anything bigger is not one (and is not read into memory). */
const MAX_CONFIG_BYTES = 1024 * 1024;
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const KEYS = ['$schema', 'rules', 'ignore', 'locale'];

export interface MiniprogramSchemaConfig {
  /** Per-code severity: `off`, `warn` or `error`. */
  rules?: RuleSettings;
  /** Files to leave out of the report, as globs relative to the folder of the config file. */
  ignore?: string[];
  /** Message language. */
  locale?: Locale;
}

export interface LoadedConfig {
  config: MiniprogramSchemaConfig;
  /** The file it came from (absolute). */
  file: string;
  /** Where `ignore` globs are relative to: the config file's folder. */
  dir: string;
}

/** A config file that cannot be read or does not have the documented shape. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The nearest configuration above `startDir`, or `undefined` when there is none. */
export function findConfig(startDir: string, locale: Locale): LoadedConfig | undefined {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const own = path.join(dir, CONFIG_FILE_NAME);
    if (isFile(own)) return loadConfigFile(own, locale);
    const manifest = path.join(dir, 'package.json');
    if (isFile(manifest)) {
      const value = readJson(manifest, locale) as Record<string, unknown> | null;
      if (value !== null && typeof value === 'object' && Object.hasOwn(value, PACKAGE_JSON_KEY)) {
        return { config: checkConfig(value[PACKAGE_JSON_KEY], `${manifest} ("${PACKAGE_JSON_KEY}")`, locale), file: manifest, dir };
      }
    }
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
  }
}

/** Reads a config file named on the command line (`--config`). */
export function loadConfigFile(file: string, locale: Locale): LoadedConfig {
  const absolute = path.resolve(file);
  const value = readJson(absolute, locale);
  const isManifest = path.basename(absolute) === 'package.json';
  const config = isManifest ? (value as Record<string, unknown> | null)?.[PACKAGE_JSON_KEY] ?? {} : value;
  return { config: checkConfig(config, absolute, locale), file: absolute, dir: path.dirname(absolute) };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function readJson(file: string, locale: Locale): unknown {
  const zh = locale === 'zh-CN';
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_CONFIG_BYTES) throw new ConfigError(zh ? `配置文件 ${file} 过大（${size} 字节）。` : `The config file ${file} is too large (${size} bytes).`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new ConfigError(zh ? `无法读取配置文件 ${file}（${code}）。` : `Cannot read the config file ${file} (${code}).`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const detail = (error as Error).message;
    throw new ConfigError(zh ? `配置文件 ${file} 不是合法的 JSON：${detail}` : `The config file ${file} is not valid JSON: ${detail}`);
  }
}

/** Checks the documented shape; every problem is listed, in `locale`. */
export function checkConfig(value: unknown, where: string, locale: Locale): MiniprogramSchemaConfig {
  const zh = locale === 'zh-CN';
  const problems: string[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(zh ? '配置应为一个 JSON 对象。' : 'The configuration must be a JSON object.');
  } else {
    const config = value as Record<string, unknown>;
    for (const key of Object.keys(config)) {
      if (!KEYS.includes(key)) problems.push(zh ? `未知的配置项 "${key}"（可用：${KEYS.join('、')}）。` : `Unknown setting "${key}" (known: ${KEYS.join(', ')}).`);
    }
    const { rules, ignore, locale: language } = config;
    if (rules !== undefined) {
      if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) {
        problems.push(zh ? `"rules" 应为对象，例如 { "unknown-key": "off" }，值为 ${RULE_SETTINGS.join(' / ')}。` : `"rules" must be an object, e.g. { "unknown-key": "off" }, with values ${RULE_SETTINGS.join(' / ')}.`);
      } else {
        problems.push(...ruleSettingsProblems(rules as Record<string, unknown>, locale));
      }
    }
    if (ignore !== undefined && !(Array.isArray(ignore) && ignore.every((glob) => typeof glob === 'string' && glob !== ''))) {
      problems.push(zh ? '"ignore" 应为非空字符串（glob）组成的数组，例如 ["miniprogram_npm/**"]。' : '"ignore" must be an array of non-empty strings (globs), e.g. ["miniprogram_npm/**"].');
    }
    if (language !== undefined && !LOCALES.includes(language as Locale)) {
      problems.push(zh ? `"locale" 只能是 zh-CN 或 en，而不是 ${JSON.stringify(language)}。` : `"locale" must be zh-CN or en, not ${JSON.stringify(language)}.`);
    }
  }
  if (problems.length) {
    throw new ConfigError(`${zh ? `配置 ${where} 有误：` : `Invalid configuration in ${where}:`}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return value as MiniprogramSchemaConfig;
}
