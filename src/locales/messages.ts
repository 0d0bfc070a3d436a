/**
 * The engine's entries of the message catalogue: every code the JSON reader and the schema check report, with
 * what it means and its message in each locale (the message says what to write instead), and the `hint-*`
 * sentences other messages end with.
 */
import type { CodeEntry, LocalizedTemplate } from './catalogue.js';
import type { EngineMessageCode, MessageParams } from './types.js';

/** The codes the engine reports as a diagnostic (the `hint-*` texts are parts of other messages). */
export type EngineDiagnosticCode = Exclude<EngineMessageCode, `hint-${string}`>;

type EngineCatalogue = Readonly<Record<EngineDiagnosticCode, CodeEntry<MessageParams>>>
  & Readonly<Record<Exclude<EngineMessageCode, EngineDiagnosticCode>, LocalizedTemplate<MessageParams>>>;

const withHintZh = (text: string, hint?: string) => (hint ? `${text}${hint}` : text);
const withHintEn = (text: string, hint?: string) => (hint ? `${text} ${hint}` : text);

export const ENGINE_MESSAGES: EngineCatalogue = {
  'json-syntax': {
    description: { 'zh-CN': '文件不是合法的 JSON。', en: 'The file is not valid JSON.' },
    'zh-CN': (p) => `文件不是合法的 JSON：${p.detail}。请修正此处的语法。`,
    en: (p) => `The file is not valid JSON: ${p.detail}. Fix the syntax at this position.`,
  },
  'json-comment': {
    description: { 'zh-CN': '配置文件中有注释（微信按严格 JSON 读取）。', en: 'Comments in a config file (WeChat reads strict JSON).' },
    'zh-CN': () => '不允许注释：微信按严格 JSON 解析配置文件。请删除注释（说明可写到 README 中）。',
    en: () =>
      'Comments are not allowed: WeChat reads config files as strict JSON. Delete the comment (or move the note into a README).',
  },
  'json-trailing-comma': {
    description: { 'zh-CN': '} 或 ] 之前多了逗号。', en: 'A comma before } or ].' },
    'zh-CN': () => '多余的逗号：严格 JSON 不允许在 `}` 或 `]` 前出现逗号，请删除。',
    en: () => 'Trailing comma: strict JSON does not allow a comma before `}` or `]`. Delete it.',
  },
  'json-merge-conflict': {
    description: { 'zh-CN': '未解决的 git 合并冲突标记。', en: 'An unresolved git merge-conflict marker.' },
    'zh-CN': () => '存在未解决的 git 合并冲突标记。请解决冲突，只保留一个版本的内容。',
    en: () =>
      'Unresolved git merge-conflict marker. Resolve the conflict and keep one version of the lines.',
  },
  'json-empty': {
    description: { 'zh-CN': '文件为空。', en: 'The file is empty.' },
    'zh-CN': () => '文件为空。请写入一个 JSON 对象，至少为 `{}`。',
    en: () => 'The file is empty. Write a JSON object, at least `{}`.',
  },
  'json-bom': {
    description: { 'zh-CN': 'JSON 之前有 UTF-8 BOM（微信编译会失败）。', en: 'A UTF-8 byte order mark before the JSON (WeChat\'s compile fails on it).' },
    'zh-CN': () => '文件以 UTF-8 BOM（字节顺序标记）开头，微信编译会拒绝它（"Unexpected token"）。请以不带 BOM 的 UTF-8 保存。',
    en: () => 'The file starts with a UTF-8 byte order mark (BOM), which WeChat\'s compile rejects ("Unexpected token"). Save it as UTF-8 without BOM.',
  },
  'json-not-object': {
    description: { 'zh-CN': '文件内容不是 JSON 对象。', en: 'The file does not hold a JSON object.' },
    'zh-CN': (p) => `文件内容必须是 JSON 对象，当前为 ${p.received}。请用 \`{ … }\` 包裹配置项。`,
    en: (p) => `The file must contain a JSON object, but it contains ${p.received}. Wrap the settings in \`{ … }\`.`,
  },
  'json-too-deep': {
    description: { 'zh-CN': '嵌套层级过深，无法检查。', en: 'Values nested too deeply to check.' },
    'zh-CN': (p) =>
      `此处的嵌套超过 ${p.max} 层；微信的配置文件不会嵌套这么深，因此不再继续检查此文件。请去掉多余的嵌套。`,
    en: (p) =>
      `Values are nested more than ${p.max} levels deep here; no WeChat config nests like this, so the file is not checked further. Remove the extra nesting.`,
  },
  'json-invalid-utf8': {
    description: { 'zh-CN': '含有非 UTF-8 字节。', en: 'Bytes that are not valid UTF-8.' },
    'zh-CN': () => '文件中含有不是合法 UTF-8 的字节（显示为 �）。请以 UTF-8 编码保存文件，并重新输入损坏的文字。',
    en: () =>
      'The file contains bytes that are not valid UTF-8 (shown as �). Save the file as UTF-8 and retype the damaged text.',
  },
  'input-unreadable': {
    description: { 'zh-CN': '传给校验函数的值在读取时抛出异常（getter 或 Proxy）。', en: 'A value passed to a validator whose getter or Proxy trap throws.' },
    'zh-CN': (p) =>
      `读取 ${p.field || '传入的值'} 时抛出了 ${p.detail}，因此没有检查。请传入普通数据（例如 JSON.parse 的结果），不要使用会抛出异常的 getter 或 Proxy 对象。`,
    en: (p) =>
      `Reading ${p.field || 'the value'} threw ${p.detail}, so it was not checked. Pass plain data (e.g. the result of JSON.parse), without getters that throw or Proxy objects.`,
  },
  'internal-error': {
    description: { 'zh-CN': '本工具的内部错误，请反馈。', en: 'A bug in this package; please report it.' },
    'zh-CN': (p) =>
      `校验器意外出错（${p.detail}），文件没有检查完整。这是 miniprogram-schema 的缺陷，请连同该文件一起报告。`,
    en: (p) =>
      `The validator failed unexpectedly (${p.detail}), so the file was not fully checked. This is a bug in miniprogram-schema: please report it with the file.`,
  },
  'diagnostics-truncated': {
    description: { 'zh-CN': '同一代码的诊断超过 maxPerCode 条（只计数，不列出）。', en: 'More diagnostics of one code than maxPerCode (counted, not listed).' },
    'zh-CN': (p) =>
      `……从此处起还有 ${p.count} 条 "${p.key}" 诊断未列出（每个文件中同一类最多显示 ${p.max} 条）。请先修正上面列出的问题，再重新检查。`,
    en: (p) =>
      `…and ${p.count} more "${p.key}" diagnostics from here on, not listed (at most ${p.max} of one kind are shown per file). Fix the ones above and check again.`,
  },
  'duplicate-key': {
    description: { 'zh-CN': '同一对象中重复的键（以最后一个为准）。', en: 'A key written twice in one object (the last one wins).' },
    'zh-CN': (p) => `同一对象中出现了多个 "${p.key}"，只有最后一个生效。请只保留一个。`,
    en: (p) =>
      `Key "${p.key}" appears more than once in this object; only the last value counts. Keep one of them.`,
  },
  'invalid-type': {
    description: { 'zh-CN': '值的类型错误。', en: 'A value of the wrong type.' },
    'zh-CN': (p) => withHintZh(`${p.field} 字段需为 ${p.expected}，当前为 ${p.received}。`, p.hint),
    en: (p) => withHintEn(`${p.field} must be ${p.expected}, but it is ${p.received}.`, p.hint),
  },
  'invalid-value': {
    description: { 'zh-CN': '值不在允许的范围内。', en: 'A value outside the allowed set.' },
    'zh-CN': (p) => withHintZh(`${p.field} 的取值 ${p.value} 无效，可选值为：${p.allowed}。`, p.hint),
    en: (p) => withHintEn(`${p.field} is ${p.value}, which is not allowed. Use one of: ${p.allowed}.`, p.hint),
  },
  'missing-key': {
    description: { 'zh-CN': '缺少必填项。', en: 'A required key is missing.' },
    'zh-CN': (p) => `缺少必填字段 ${p.field}，请添加 "${p.key}"。`,
    en: (p) => `${p.field} is required but missing. Add "${p.key}".`,
  },
  'unknown-key': {
    description: { 'zh-CN': '微信不认识的键（会被忽略）。', en: 'A key WeChat does not know here (ignored by WeChat).' },
    'zh-CN': (p) => withHintZh(`${p.field} 不是微信认识的配置项，将被忽略。`, p.hint ?? '请删除或检查拼写。'),
    en: (p) =>
      withHintEn(`${p.field} is not a key WeChat knows here; it is ignored.`, p.hint ?? 'Remove it or check the spelling.'),
  },
  'invalid-color': {
    description: { 'zh-CN': '不是十六进制颜色值。', en: 'Not a hex colour.' },
    'zh-CN': (p) =>
      withHintZh(`${p.field} 的值 ${p.value} 不是十六进制颜色，请写成${p.expected ?? '十六进制颜色，如 "#ffffff"'}。`, p.hint),
    en: (p) =>
      withHintEn(
        `${p.field} is ${p.value}, which is not a hex colour. Write ${p.expected ?? 'a hex colour such as "#ffffff"'}.`,
        p.hint,
      ),
  },
  'invalid-format': {
    description: { 'zh-CN': '字符串格式不符合要求。', en: 'A string without the expected form.' },
    'zh-CN': (p) => withHintZh(`${p.field} 的值 ${p.value} 格式不正确：${p.expected}。`, p.hint),
    en: (p) => withHintEn(`${p.field} is ${p.value}, which does not have the expected form: ${p.expected}.`, p.hint),
  },
  'too-small': {
    description: { 'zh-CN': '项数或数值过小。', en: 'Too few items or too small a value.' },
    'zh-CN': (p) => withHintZh(`${p.field} 至少需要 ${p.min} 个${p.expected ?? '元素'}，当前为 ${p.count} 个。`, p.hint),
    en: (p) => withHintEn(`${p.field} needs at least ${p.min} ${p.expected ?? 'items'}, but has ${p.count}.`, p.hint),
  },
  'too-big': {
    description: { 'zh-CN': '项数或数值过大。', en: 'Too many items or too large a value.' },
    'zh-CN': (p) => withHintZh(`${p.field} 最多只能有 ${p.max} 个${p.expected ?? '元素'}，当前为 ${p.count} 个。`, p.hint),
    en: (p) => withHintEn(`${p.field} may have at most ${p.max} ${p.expected ?? 'items'}, but has ${p.count}.`, p.hint),
  },
  'theme-variable-missing': {
    description: { 'zh-CN': 'theme.json 中未定义的 "@变量"。', en: 'An "@variable" that theme.json does not define.' },
    'zh-CN': (p) =>
      `${p.field} 引用了 "@${p.variable}"，但 theme.json 的 "${p.mode}" 中没有定义 "${p.variable}"。请在 theme.json 的 "${p.mode}" 对象中补上该变量。`,
    en: (p) =>
      `${p.field} uses "@${p.variable}", but theme.json defines no "${p.variable}" in "${p.mode}". Add it to the "${p.mode}" object of theme.json.`,
  },
  'theme-variable-invalid': {
    description: { 'zh-CN': 'theme.json 变量的值在使用处不合法。', en: 'A theme.json variable whose value is invalid where it is used.' },
    'zh-CN': (p) =>
      withHintZh(`${p.field} 引用的 "@${p.variable}" 在 ${p.mode} 模式下的值 ${p.value} 不适用于此字段：${p.detail}。`, p.hint),
    en: (p) =>
      withHintEn(`${p.field} uses "@${p.variable}", whose ${p.mode} value ${p.value} is not valid here: ${p.detail}.`, p.hint),
  },
  'theme-variable-not-allowed': {
    description: { 'zh-CN': '不支持 "@变量" 的字段中使用了变量。', en: 'An "@variable" in a field that does not take one.' },
    'zh-CN': (p) => `${p.field} 的值为 ${p.value}：该字段不支持 "@变量" 引用，请直接写出取值。`,
    en: (p) =>
      `${p.field} is ${p.value}: this field does not accept "@variable" references. Write the value itself.`,
  },
  'hint-string-boolean': {
    'zh-CN': (p) => `请去掉引号，写成 ${p.value}。`,
    en: (p) => `Write ${p.value} without quotes.`,
  },
  'hint-string-number': {
    'zh-CN': (p) => `请去掉引号，写成数字 ${p.value}。`,
    en: (p) => `Write the number ${p.value} without quotes.`,
  },
  'hint-did-you-mean': {
    'zh-CN': (p) => `你是不是想写 "${p.suggestion}"？`,
    en: (p) => `Did you mean "${p.suggestion}"?`,
  },
};
