// Error codes of the kernel. Each module defines its own in its domain folder.
import { defineErrors } from './registry.js';

export const KernelErrors = defineErrors({
  INTERNAL: {
    status: 500,
    'zh-CN': '系统内部错误，请稍后重试；如仍失败请联系管理员（请求号 {requestId}）',
    en: 'Internal error; please retry, or contact the administrator (request {requestId})',
  },
  VALIDATION_FAILED: {
    status: 400,
    'zh-CN': '提交的内容有误，请按提示修改后重试',
    en: 'The request is invalid; please correct the marked fields',
  },
  MALFORMED_JSON: {
    status: 400,
    'zh-CN': '请求内容不是有效的 JSON',
    en: 'The request body is not valid JSON',
  },
  EMPTY_BODY: { status: 400, 'zh-CN': '请求内容为空', en: 'The request body is empty' },
  BODY_TOO_LARGE: {
    status: 413,
    'zh-CN': '提交的内容过大（上限 {limit} 字节）',
    en: 'The request body is too large (limit {limit} bytes)',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    'zh-CN': '不支持的内容类型，请以 JSON 提交',
    en: 'Unsupported content type; send JSON',
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    'zh-CN': '请求的接口不存在：{method} {url}',
    en: 'No such endpoint: {method} {url}',
  },
  NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该记录，或您无权查看',
    en: 'Record not found, or you may not see it',
  },
  BAD_REQUEST: {
    status: 400,
    'zh-CN': '请求无法处理：{reason}',
    en: 'The request cannot be processed: {reason}',
  },
  CONFLICT: {
    status: 409,
    'zh-CN': '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and retry',
  },
  AUTH_REQUIRED: { status: 401, 'zh-CN': '请先登录', en: 'Please log in' },
  AUTH_SESSION_EXPIRED: {
    status: 401,
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired; please log in again',
  },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    'zh-CN': '用户名或密码错误',
    en: 'Wrong username or password',
  },
  AUTH_RATE_LIMITED: {
    status: 429,
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed logins; try again in {minutes} minutes',
  },
  AUTH_ACCOUNT_DISABLED: {
    status: 403,
    'zh-CN': '该账号已停用，请联系管理员',
    en: 'This account is disabled; contact the administrator',
  },
  AUTH_CSRF_INVALID: {
    status: 403,
    'zh-CN': '页面已过期或请求来源不可信，请刷新页面后重试',
    en: 'The page is stale or the request origin is not trusted; reload and retry',
  },
  AUTH_FORBIDDEN: {
    status: 403,
    'zh-CN': '您没有执行此操作的权限（{action}）',
    en: 'You may not do this ({action})',
  },
  AUTH_OUT_OF_REGION: {
    status: 403,
    'zh-CN': '该记录不在您的辖区范围内',
    en: 'This record is outside your region',
  },
  AUTH_PASSWORD_WRONG: {
    status: 400,
    'zh-CN': '当前密码不正确',
    en: 'The current password is wrong',
  },
  AUTH_PASSWORD_WEAK: {
    status: 400,
    'zh-CN': '新密码至少 {minLength} 位，且须同时包含字母和数字',
    en: 'The new password needs at least {minLength} characters with letters and digits',
  },
  AUTH_PASSWORD_REUSED: {
    status: 400,
    'zh-CN': '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  USER_NOT_FOUND: {
    status: 404,
    'zh-CN': '用户不存在，或不在您的辖区范围内',
    en: 'No such user in your region',
  },
  USER_USERNAME_TAKEN: {
    status: 409,
    'zh-CN': '用户名“{username}”已被使用',
    en: 'The username "{username}" is taken',
  },
  USER_ROLE_UNKNOWN: { status: 400, 'zh-CN': '未知角色：{role}', en: 'Unknown role: {role}' },
  USER_CANNOT_DISABLE_SELF: {
    status: 400,
    'zh-CN': '不能停用自己的账号',
    en: 'You cannot disable your own account',
  },
  ORGANIZATION_NOT_FOUND: {
    status: 404,
    'zh-CN': '组织机构不存在，或不在您的辖区范围内',
    en: 'No such organization in your region',
  },
});
