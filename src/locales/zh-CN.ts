import type { MessageCatalogue } from './types.js';

const withHint = (text: string, hint?: string) => (hint ? `${text}${hint}` : text);

export const zhCN: MessageCatalogue = {
  'json-syntax': (p) => `文件不是合法的 JSON：${p.detail}。请修正此处的语法。`,
  'json-comment': () => '不允许注释：微信按严格 JSON 解析配置文件。请删除注释（说明可写到 README 中）。',
  'json-trailing-comma': () => '多余的逗号：严格 JSON 不允许在 `}` 或 `]` 前出现逗号，请删除。',
  'json-merge-conflict': () => '存在未解决的 git 合并冲突标记。请解决冲突，只保留一个版本的内容。',
  'json-empty': () => '文件为空。请写入一个 JSON 对象，至少为 `{}`。',
  'json-bom': () => '文件以 UTF-8 BOM（字节顺序标记）开头，微信编译会拒绝它（"Unexpected token"）。请以不带 BOM 的 UTF-8 保存。',
  'json-not-object': (p) => `文件内容必须是 JSON 对象，当前为 ${p.received}。请用 \`{ … }\` 包裹配置项。`,
  'json-too-deep': (p) =>
    `此处的嵌套超过 ${p.max} 层；微信的配置文件不会嵌套这么深，因此不再继续检查此文件。请去掉多余的嵌套。`,
  'json-invalid-utf8': () => '文件中含有不是合法 UTF-8 的字节（显示为 �）。请以 UTF-8 编码保存文件，并重新输入损坏的文字。',
  'input-unreadable': (p) =>
    `读取 ${p.field || '传入的值'} 时抛出了 ${p.detail}，因此没有检查。请传入普通数据（例如 JSON.parse 的结果），不要使用会抛出异常的 getter 或 Proxy 对象。`,
  'internal-error': (p) =>
    `校验器意外出错（${p.detail}），文件没有检查完整。这是 miniprogram-schema 的缺陷，请连同该文件一起报告。`,
  'diagnostics-truncated': (p) =>
    `……从此处起还有 ${p.count} 条 "${p.key}" 诊断未列出（每个文件中同一类最多显示 ${p.max} 条）。请先修正上面列出的问题，再重新检查。`,
  'duplicate-key': (p) => `同一对象中出现了多个 "${p.key}"，只有最后一个生效。请只保留一个。`,
  'invalid-type': (p) => withHint(`${p.field} 字段需为 ${p.expected}，当前为 ${p.received}。`, p.hint),
  'invalid-value': (p) => withHint(`${p.field} 的取值 ${p.value} 无效，可选值为：${p.allowed}。`, p.hint),
  'missing-key': (p) => `缺少必填字段 ${p.field}，请添加 "${p.key}"。`,
  'unknown-key': (p) => withHint(`${p.field} 不是微信认识的配置项，将被忽略。`, p.hint ?? '请删除或检查拼写。'),
  'invalid-color': (p) =>
    withHint(`${p.field} 的值 ${p.value} 不是十六进制颜色，请写成${p.expected ?? '十六进制颜色，如 "#ffffff"'}。`, p.hint),
  'invalid-format': (p) => withHint(`${p.field} 的值 ${p.value} 格式不正确：${p.expected}。`, p.hint),
  'too-small': (p) => withHint(`${p.field} 至少需要 ${p.min} 个${p.expected ?? '元素'}，当前为 ${p.count} 个。`, p.hint),
  'too-big': (p) => withHint(`${p.field} 最多只能有 ${p.max} 个${p.expected ?? '元素'}，当前为 ${p.count} 个。`, p.hint),
  'theme-variable-missing': (p) =>
    `${p.field} 引用了 "@${p.variable}"，但 theme.json 的 "${p.mode}" 中没有定义 "${p.variable}"。请在 theme.json 的 "${p.mode}" 对象中补上该变量。`,
  'theme-variable-invalid': (p) =>
    withHint(`${p.field} 引用的 "@${p.variable}" 在 ${p.mode} 模式下的值 ${p.value} 不适用于此字段：${p.detail}。`, p.hint),
  'theme-variable-not-allowed': (p) => `${p.field} 的值为 ${p.value}：该字段不支持 "@变量" 引用，请直接写出取值。`,
  'hint-string-boolean': (p) => `请去掉引号，写成 ${p.value}。`,
  'hint-string-number': (p) => `请去掉引号，写成数字 ${p.value}。`,
  'hint-did-you-mean': (p) => `你是不是想写 "${p.suggestion}"？`,
};
