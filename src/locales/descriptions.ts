import type { LocalizedText } from './catalogue.js';
import type { EngineMessageCode } from './types.js';

/** The codes the engine reports as a diagnostic (the `hint-*` texts are parts of other messages). */
export type EngineDiagnosticCode = Exclude<EngineMessageCode, `hint-${string}`>;

/** What each engine code means, for the docs and SARIF; the messages themselves (en.ts, zh-CN.ts) say what to write instead. */
export const ENGINE_CODE_DESCRIPTIONS: Readonly<Record<EngineDiagnosticCode, LocalizedText>> = {
  'json-syntax': { 'zh-CN': '文件不是合法的 JSON。', en: 'The file is not valid JSON.' },
  'json-comment': { 'zh-CN': '配置文件中有注释（微信按严格 JSON 读取）。', en: 'Comments in a config file (WeChat reads strict JSON).' },
  'json-trailing-comma': { 'zh-CN': '} 或 ] 之前多了逗号。', en: 'A comma before } or ].' },
  'json-merge-conflict': { 'zh-CN': '未解决的 git 合并冲突标记。', en: 'An unresolved git merge-conflict marker.' },
  'json-empty': { 'zh-CN': '文件为空。', en: 'The file is empty.' },
  'json-not-object': { 'zh-CN': '文件内容不是 JSON 对象。', en: 'The file does not hold a JSON object.' },
  'json-too-deep': { 'zh-CN': '嵌套层级过深，无法检查。', en: 'Values nested too deeply to check.' },
  'json-bom': { 'zh-CN': 'JSON 之前有 UTF-8 BOM（微信编译会失败）。', en: 'A UTF-8 byte order mark before the JSON (WeChat\'s compile fails on it).' },
  'json-invalid-utf8': { 'zh-CN': '含有非 UTF-8 字节。', en: 'Bytes that are not valid UTF-8.' },
  'input-unreadable': { 'zh-CN': '传给校验函数的值在读取时抛出异常（getter 或 Proxy）。', en: 'A value passed to a validator whose getter or Proxy trap throws.' },
  'diagnostics-truncated': { 'zh-CN': '同一代码的诊断超过 maxPerCode 条（只计数，不列出）。', en: 'More diagnostics of one code than maxPerCode (counted, not listed).' },
  'internal-error': { 'zh-CN': '本工具的内部错误，请反馈。', en: 'A bug in this package; please report it.' },
  'duplicate-key': { 'zh-CN': '同一对象中重复的键（以最后一个为准）。', en: 'A key written twice in one object (the last one wins).' },
  'invalid-type': { 'zh-CN': '值的类型错误。', en: 'A value of the wrong type.' },
  'invalid-value': { 'zh-CN': '值不在允许的范围内。', en: 'A value outside the allowed set.' },
  'missing-key': { 'zh-CN': '缺少必填项。', en: 'A required key is missing.' },
  'unknown-key': { 'zh-CN': '微信不认识的键（会被忽略）。', en: 'A key WeChat does not know here (ignored by WeChat).' },
  'invalid-color': { 'zh-CN': '不是十六进制颜色值。', en: 'Not a hex colour.' },
  'invalid-format': { 'zh-CN': '字符串格式不符合要求。', en: 'A string without the expected form.' },
  'too-small': { 'zh-CN': '项数或数值过小。', en: 'Too few items or too small a value.' },
  'too-big': { 'zh-CN': '项数或数值过大。', en: 'Too many items or too large a value.' },
  'theme-variable-missing': { 'zh-CN': 'theme.json 中未定义的 "@变量"。', en: 'An "@variable" that theme.json does not define.' },
  'theme-variable-invalid': { 'zh-CN': 'theme.json 变量的值在使用处不合法。', en: 'A theme.json variable whose value is invalid where it is used.' },
  'theme-variable-not-allowed': { 'zh-CN': '不支持 "@变量" 的字段中使用了变量。', en: 'An "@variable" in a field that does not take one.' },
};
