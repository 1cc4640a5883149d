/**
 * A back-office page: its h1 and the document title ("… – Tietolupa – käsittely"). After a navigation
 * inside the app to another page, focus moves to the new h1, as in the customer pages (layout/page.tsx);
 * a change of the same page's query (the queue's filters) leaves focus where it is.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Heading } from 'suomifi-ui-components';

export function BackOfficePage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('backOffice');
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const keyAtMount = useRef(key);

  useEffect(() => {
    document.title = t('pageTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    // 'default' is the location the app was loaded at: the browser has put focus at the top already.
    if (keyAtMount.current !== 'default') heading.current?.focus();
  }, []);

  return (
    <>
      <Heading variant="h1" ref={heading} tabIndex={-1} mb="m">
        {title}
      </Heading>
      {children}
    </>
  );
}
