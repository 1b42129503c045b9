// Roles and permissions of filing review (备案审查) and cleanup (清理). A district or department
// files the documents it issued; the city bureau's reviewers decide; reading is scoped by region.
import { defineRole, grant } from '../../../platform/auth/roles.js';
import { RegulationsPermissions } from './permissions.js';

export const FilingPermissions = {
  /** See filings and cleanup campaigns of one's region. */
  read: 'regulations:filing_read',
  /** File a normative document one's body issued; submit its corrected text. */
  file: 'regulations:file',
  /** Review filings: pass, ask for correction, revoke; validity registration. */
  review: 'regulations:review',
  /** Run cleanup campaigns and record their decisions. */
  cleanup: 'regulations:cleanup',
  /** Change the periods of filing review and validity. */
  configure: 'regulations:filing_configure',
} as const;

const P = FilingPermissions;

defineRole(
  'filing_clerk',
  { 'zh-CN': '规范性文件报备人员', en: 'Normative-document filing clerk' },
  [P.read, P.file, RegulationsPermissions.read, 'organization:read'],
);
defineRole('filing_reviewer', { 'zh-CN': '备案审查人员', en: 'Filing reviewer' }, [
  P.read,
  P.review,
  P.cleanup,
  RegulationsPermissions.read,
  'organization:read',
  'audit:read',
]);
grant(['admin'], Object.values(P));
grant(['district_staff'], [P.read, P.file]);
grant(['city_leader'], [P.read]);
