/** The staff vocabulary: DVV's handlers and administrators, apart from the customers' users. */

export const STAFF_ROLES = ['handler', 'admin'] as const;
/** handler (käsittelijä) handles cases; admin (ylläpitäjä) also manages staff and may decide any case. */
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who vouched for the person: the agency's OIDC provider, or (outside production) the development login. */
export type StaffProvider = 'oidc' | 'development';

export interface StaffUser {
  id: string;
  provider: StaffProvider;
  subject: string;
  name: string;
  email: string;
  role: StaffRole;
  disabledAt: Date | null;
  createdAt: Date;
  lastLoginAt: Date | null;
}

/** The staff member behind a back-office request. */
export interface StaffActor {
  staffUserId: string;
  sessionId: string;
  name: string;
  email: string;
  role: StaffRole;
  csrfToken: string;
  /** The absolute timeout. */
  expiresAt: Date;
}
