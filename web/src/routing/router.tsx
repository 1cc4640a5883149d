/** The app's addresses. */
import { createBrowserRouter } from 'react-router';
import {
  AcceptInvitationPage,
  CreateOrganisationPage,
  OrganisationPage,
  PermitsPage,
  UsersPage,
} from '../accounts';
import { ApplicationPage, ApplicationsListPage, PermitPage, StartApplicationPage } from '../applications';
import { backOfficeRoute } from '../back-office/routes';
import { CataloguePage } from '../catalogue/catalogue-page';
import { MyDataPage } from '../citizen/my-data-page';
import { Layout } from '../layout/layout';
import { LoginPage } from '../login/login-page';
import { MyPage } from '../my-page/my-page';
import { ErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';

export const router = createBrowserRouter([
  backOfficeRoute,
  {
    element: <Layout />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <CataloguePage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'my-page', element: <MyPage /> },
          { path: 'my-data', element: <MyDataPage /> },
          { path: 'organisations/new', element: <CreateOrganisationPage /> },
          { path: 'organisations/:organisationId', element: <OrganisationPage /> },
          { path: 'organisations/:organisationId/users', element: <UsersPage /> },
          { path: 'organisations/:organisationId/permits', element: <PermitsPage /> },
          { path: 'applications/new', element: <StartApplicationPage /> },
          { path: 'organisations/:organisationId/applications', element: <ApplicationsListPage /> },
          { path: 'organisations/:organisationId/applications/:applicationId', element: <ApplicationPage /> },
          { path: 'organisations/:organisationId/permits/:permitId', element: <PermitPage /> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
