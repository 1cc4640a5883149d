/** Staff rows → response bodies, field by field. */
import type { StaffUser } from './model.js';

export const presentStaff = (s: StaffUser) => ({
  id: s.id,
  provider: s.provider,
  subject: s.subject,
  name: s.name,
  email: s.email,
  role: s.role,
  disabled: s.disabledAt !== null,
  disabledAt: s.disabledAt?.toISOString() ?? null,
  createdAt: s.createdAt.toISOString(),
  lastLoginAt: s.lastLoginAt?.toISOString() ?? null,
});
