/** Help texts, one per language. Written for people who run the check in a terminal or in CI. */
import type { LocalizedText } from '../locales/catalogue.js';

const OUTPUT_OPTIONS_EN = `  -f, --format <format>              Output format (default: pretty)
                                       pretty  problems with code frames (coloured on a terminal)
                                       json    the report object, for scripts
                                       github  GitHub Actions annotations
                                       sarif   SARIF 2.1.0, for GitHub code scanning
                                       gitlab  GitLab code quality report
  -c, --config <file>                Config file (default: the nearest miniprogram-schema.config.json
                                     or package.json "miniprogram-schema", up to the repository root)
      --rule <code>=<off|warn|error> Override one code's severity (repeatable)
      --ignore <glob>                Leave matching files out of the report (repeatable)
      --max-warnings <n>             More than n warnings fail the check
      --verbose                      Also list what a reported cause explains (each reference)
  -l, --locale <zh-CN|en>            Message language (default: from LANG / LC_ALL)
      --strict                       Warnings fail the check too
  -q, --quiet                        Show errors only
  -h, --help                         Show this help`;

const OUTPUT_OPTIONS_ZH = `  -f, --format <格式>                输出格式（默认 pretty）
                                       pretty  带代码片段的问题列表（终端中彩色显示）
                                       json    报告对象，供脚本使用
                                       github  GitHub Actions 注释
                                       sarif   SARIF 2.1.0，用于 GitHub 代码扫描
                                       gitlab  GitLab 代码质量报告
  -c, --config <文件>                配置文件（默认向上查找最近的 miniprogram-schema.config.json
                                     或 package.json 的 "miniprogram-schema"，直到仓库根目录）
      --rule <代码>=<off|warn|error> 修改某个代码的级别（可重复）
      --ignore <glob>                不报告匹配的文件（可重复）
      --max-warnings <n>             警告多于 n 个时视为失败
      --verbose                      同时列出已归因问题涵盖的每一处引用
  -l, --locale <zh-CN|en>            提示语言（默认取自 LANG / LC_ALL）
      --strict                       有警告也视为失败
  -q, --quiet                        只显示错误
  -h, --help                         显示本帮助`;

const EXIT_EN = `Exit codes: 0 no errors · 1 errors found (or warnings with --strict, or over --max-warnings) · 2 usage error, bad config or unreadable input`;
const EXIT_ZH = `退出码：0 无错误 · 1 发现错误（或 --strict 下有警告，或警告超过 --max-warnings）· 2 参数错误、配置错误或无法读取输入`;

export const CHECK_HELP: LocalizedText = {
  en: `Usage: miniprogram-schema check [dir] [options]

Checks a whole mini program project: project.config.json (miniprogramRoot), app.json, theme.json,
sitemap.json, every page and subpackage page, every component reached through usingComponents,
tabBar icons and the workers folder. Nothing is written.

Options:
${OUTPUT_OPTIONS_EN}

${EXIT_EN}

Examples:
  miniprogram-schema check
  miniprogram-schema check ./my-app --format github --strict
`,
  'zh-CN': `用法：miniprogram-schema check [目录] [选项]

检查整个小程序项目：project.config.json（miniprogramRoot）、app.json、theme.json、sitemap.json、
所有主包与分包页面、通过 usingComponents 引用到的所有组件、tabBar 图标以及 workers 目录。不会写入任何文件。

选项：
${OUTPUT_OPTIONS_ZH}

${EXIT_ZH}

示例：
  miniprogram-schema check
  miniprogram-schema check ./my-app --format github --strict
`,
};

export const VALIDATE_HELP: LocalizedText = {
  en: `Usage: miniprogram-schema validate <file…> [options]

Validates single config files. The kind comes from the file name (app.json, sitemap.json,
theme.json, project.config.json, project.private.config.json); other files are component json
when they contain "component": true, else page json, unless --kind says otherwise.

Options:
  -k, --kind <kind>                  app | page | component | sitemap | theme | project.config | project.private.config
${OUTPUT_OPTIONS_EN}

${EXIT_EN}

Examples:
  miniprogram-schema validate miniprogram/app.json
  miniprogram-schema validate pages/index/index.json --kind page
`,
  'zh-CN': `用法：miniprogram-schema validate <文件…> [选项]

校验单个配置文件。类型由文件名决定（app.json、sitemap.json、theme.json、project.config.json、
project.private.config.json）；其他文件中含 "component": true 的按组件 json 校验，否则按页面 json 校验，
也可用 --kind 指定。

选项：
  -k, --kind <类型>                  app | page | component | sitemap | theme | project.config | project.private.config
${OUTPUT_OPTIONS_ZH}

${EXIT_ZH}

示例：
  miniprogram-schema validate miniprogram/app.json
  miniprogram-schema validate pages/index/index.json --kind page
`,
};
