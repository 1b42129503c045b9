// Request and response schemas of the kernel's auth, user and organization endpoints.
import { z } from 'zod';
import { pageQuery } from '../http/pagination.js';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名须为 3–32 位字母、数字或 . _ -，以字母开头');

export const loginBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const organizationRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  kindName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});

export const me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleName: z.string(),
  organization: organizationRef,
  permissions: z.array(z.string()),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof me>;

export const session = z.object({ user: me, csrfToken: z.string() });

export const role = z.object({
  code: z.string(),
  name: z.string(),
  permissions: z.array(z.string()),
});

export const user = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleName: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  regionCode: z.string(),
  status: z.enum(['active', 'disabled']),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof user>;

export const userFilter = z.strictObject({
  q: z.string().trim().max(64).optional(),
  role: z.string().max(64).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  organizationId: z.uuid().optional(),
});
export const userListQuery = z.strictObject({ ...pageQuery.shape, ...userFilter.shape });
export type UserListQuery = z.infer<typeof userListQuery>;

export const createUserBody = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1, '请输入姓名').max(64),
  role: z.string().min(1).max(64),
  organizationId: z.uuid('请选择所属机构'),
  password: z.string().min(1).max(256),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const userIdParams = z.strictObject({ id: z.uuid('用户编号格式不正确') });
export const emptyBody = z.strictObject({}).optional();

export interface OrgNode {
  id: string;
  name: string;
  kind: string;
  kindName: string;
  regionCode: string;
  regionName: string;
  parentId: string | null;
  children: OrgNode[];
}
export const orgNode: z.ZodType<OrgNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    kindName: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    parentId: z.string().nullable(),
    children: z.array(orgNode),
  }),
);
