/**
 * The back office's addresses, under /back-office, with its own layout: the login is open, everything else
 * needs a staff session, and Henkilöstö an administrator.
 */
import type { RouteObject } from 'react-router';
import { ErrorPage } from '../routing/error-page';
import { CasePage } from './case/case-page';
import { ConnectionsPage } from './connections/connections-page';
import { DashboardPage } from './dashboard/dashboard-page';
import { DisclosuresPage } from './disclosures/disclosures-page';
import { BackOfficeLayout } from './layout/back-office-layout';
import { BackOfficeNotFound } from './layout/back-office-not-found';
import { RequireStaff } from './layout/require-staff';
import { BackOfficeLoginPage } from './login/back-office-login-page';
import { PermitPage } from './permits/permit-page';
import { PermitRegisterPage } from './permits/permit-register-page';
import { QueuePage } from './queue/queue-page';
import { StaffPage } from './staff/staff-page';

export const backOfficeRoute: RouteObject = {
  path: 'back-office',
  element: <BackOfficeLayout />,
  children: [
    {
      errorElement: <ErrorPage />,
      children: [
        { path: 'login', element: <BackOfficeLoginPage /> },
        {
          element: <RequireStaff />,
          children: [
            { index: true, element: <QueuePage /> },
            { path: 'applications/:applicationId', element: <CasePage /> },
            { path: 'permits', element: <PermitRegisterPage /> },
            { path: 'permits/:permitId', element: <PermitPage /> },
            { path: 'connections', element: <ConnectionsPage /> },
            { path: 'dashboard', element: <DashboardPage /> },
            { path: 'disclosures', element: <DisclosuresPage /> },
            {
              element: <RequireStaff requiredRole="admin" />,
              children: [{ path: 'staff', element: <StaffPage /> }],
            },
            { path: '*', element: <BackOfficeNotFound /> },
          ],
        },
      ],
    },
  ],
};
