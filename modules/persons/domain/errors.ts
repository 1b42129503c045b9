// Error codes of the persons module.
import { defineErrors } from '../../../platform/errors/index.js';

export const PersonsErrors = defineErrors({
  PERSONS_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该人员档案，或不在您的辖区范围内',
    en: 'No such person file in your region',
  },
  PERSONS_NOT_REGISTERED: {
    status: 404,
    'zh-CN': '该身份证号码尚未建档',
    en: 'No person file for this ID number yet',
  },
  PERSONS_ALREADY_REGISTERED: {
    status: 409,
    'zh-CN': '该身份证号码已建档',
    en: 'A person file for this ID number exists already',
  },
  PERSONS_ORGANIZATION_NOT_FOUND: {
    status: 404,
    'zh-CN': '未找到该统一社会信用代码的组织，或不在您的辖区范围内',
    en: 'No organization with this unified social credit code in your region',
  },
  PERSONS_ORGANIZATION_EXISTS: {
    status: 409,
    'zh-CN': '该统一社会信用代码已登记',
    en: 'An organization with this unified social credit code exists already',
  },
  PERSONS_REGION_INVALID: {
    status: 400,
    'zh-CN': '行政区划代码“{regionCode}”不存在或不在您的辖区范围内',
    en: 'Region code "{regionCode}" is unknown or outside your region',
  },
  PERSONS_VERIFICATION_FAILED: {
    status: 401,
    'zh-CN': '身份核验未通过：身份证号码或验证码有误，或验证码已过期、已使用',
    en: 'Identity not verified: wrong ID number or code, or the code has expired or been used',
  },
  PERSONS_VERIFICATION_RATE_LIMITED: {
    status: 429,
    'zh-CN': '核验失败次数过多，请 {minutes} 分钟后再试，或到窗口重新领取验证码',
    en: 'Too many failed attempts; try again in {minutes} minutes or ask for a new code',
  },
  PERSONS_CITIZEN_SESSION_REQUIRED: {
    status: 401,
    'zh-CN': '请先核验身份（身份证号码和窗口提供的验证码）',
    en: 'Please verify your identity first (ID number and the code from the service window)',
  },
});
