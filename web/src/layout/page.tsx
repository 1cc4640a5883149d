/**
 * A page: its h1 and the document title. After a navigation inside the app, focus moves to the new h1, as
 * a full page load would put a screen reader at the top of the new page.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Heading } from 'suomifi-ui-components';

export function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = t('pageTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    // 'default' is the location the app was loaded at: the browser has put focus at the top already.
    if (key !== 'default') heading.current?.focus();
  }, [key]);

  return (
    <>
      <Heading variant="h1" ref={heading} tabIndex={-1} mb="m">
        {title}
      </Heading>
      {children}
    </>
  );
}
