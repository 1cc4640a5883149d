/** The providers around the router: data fetching, the Suomi.fi components' ids, page-wide styles. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { ConfigProvider } from 'suomifi-ui-components';
import { ApiError } from './api/client';
import { router } from './routing/router';
import { GlobalStyle } from './ui/global-style';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) is an answer; only a server or network failure is worth another try.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider idPrefix="tl">
        <GlobalStyle />
        <RouterProvider router={router} />
      </ConfigProvider>
    </QueryClientProvider>
  );
}
