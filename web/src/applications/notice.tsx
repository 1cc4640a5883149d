/** A confirmation after an action ("Hakemus on lähetetty DVV:lle"), focused so that it is heard first. */
import { type ReactNode, useEffect, useRef } from 'react';
import styled from 'styled-components';
import { Heading } from 'suomifi-ui-components';
import { colors, spacing } from '../ui/tokens';

export function Notice({ heading, children }: { heading: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Box role="status">
      <Heading variant="h2" ref={ref} tabIndex={-1} mb={children ? 'xs' : undefined}>
        {heading}
      </Heading>
      {children}
    </Box>
  );
}

const Box = styled.div`
  margin-bottom: ${spacing.l};
  padding: ${spacing.m};
  border: 1px solid ${colors.successBase};
  border-left: 6px solid ${colors.successBase};
  background: ${colors.whiteBase};
`;
