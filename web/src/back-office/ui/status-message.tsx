/** A polite live region for "done" messages; always in the page, so that a change is announced. */
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors, spacing, typography } from '../../ui/tokens';

export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <Status role="status" $empty={!children}>
      {children}
    </Status>
  );
}

const Status = styled.p<{ $empty: boolean }>`
  ${typography.bodySemiBoldSmall};
  margin: ${({ $empty }) => ($empty ? '0' : `${spacing.s} 0`)};
  padding: ${({ $empty }) => ($empty ? '0' : `${spacing.xs} ${spacing.s}`)};
  border-left: ${({ $empty }) => ($empty ? 'none' : `4px solid ${colors.successBase}`)};
  background: ${({ $empty }) => ($empty ? 'none' : colors.successSecondary)};
`;
