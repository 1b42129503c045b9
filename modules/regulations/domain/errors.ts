// Error codes of the regulations module (law library).
import { defineErrors } from '../../../platform/errors/index.js';

export const RegulationsErrors = defineErrors({
  REGULATIONS_VERSION_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该法规版本：{key}',
    en: 'No such version in the law library: {key}',
  },
  REGULATIONS_WORK_NOT_FOUND: {
    status: 404,
    'zh-CN': '法规库中没有“{key}”',
    en: 'The law library has no "{key}"',
  },
  REGULATIONS_ARTICLE_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到“{key}”{date}有效文本中的{label}',
    en: 'No {label} in the text of "{key}" in force {date}',
  },
  REGULATIONS_RUN_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该导入任务',
    en: 'No such import run',
  },
  REGULATIONS_UPLOAD_EMPTY: {
    status: 400,
    'zh-CN': '请至少选择一个 .md 文件',
    en: 'Choose at least one .md file',
  },
  REGULATIONS_UPLOAD_NOT_MARKDOWN: {
    status: 400,
    'zh-CN': '只能导入 .md 文件（Markdown 法规文本）：{name}',
    en: 'Only .md files (Markdown law texts) can be imported: {name}',
  },
  REGULATIONS_UPLOAD_TOO_LARGE: {
    status: 413,
    'zh-CN': '上传内容过大：一次最多 {maxFiles} 个文件、共 {maxMb} MB',
    en: 'Upload too large: at most {maxFiles} files and {maxMb} MB at once',
  },
  REGULATIONS_IMPORT_RUNNING: {
    status: 409,
    'zh-CN': '已有一个导入任务正在进行，请待其完成后再导入',
    en: 'An import is already running; wait until it has finished',
  },
});
