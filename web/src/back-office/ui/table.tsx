/**
 * Plain HTML tables in the Suomi.fi look. A wide table scrolls sideways inside a focusable, labelled region
 * (so a keyboard can scroll it and a narrow screen, 320 px, still works), the caption names the table.
 */
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { colors, focuses, spacing, typography } from '../../ui/tokens';

export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Scroll role="region" aria-label={label} tabIndex={0}>
      {children}
    </Scroll>
  );
}

const Scroll = styled.div`
  overflow-x: auto;
  margin-bottom: ${spacing.l};

  &:focus-visible {
    ${focuses.boxShadowFocus};
    outline: none;
  }
`;

export const Table = styled.table`
  ${typography.bodyTextSmall};
  width: 100%;
  border-collapse: collapse;

  caption {
    ${typography.bodySemiBold};
    text-align: left;
    padding-bottom: ${spacing.xs};
  }

  th,
  td {
    padding: ${spacing.xs} ${spacing.s};
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid ${colors.depthLight1};
  }

  thead th {
    ${typography.bodySemiBoldSmall};
    background: ${colors.depthLight3};
    border-bottom: 2px solid ${colors.depthLight1};
    white-space: nowrap;
  }

  td.number,
  th.number {
    text-align: right;
  }
`;

/** A column header that sorts: a button inside the th, aria-sort on the th. */
export function SortableHeader({
  label,
  direction,
  onToggle,
  hint,
  className,
}: {
  label: string;
  direction: 'ascending' | 'descending' | 'none';
  onToggle: () => void;
  hint: string;
  className?: string;
}) {
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" aria-sort={direction} className={className}>
      <SortButton type="button" onClick={onToggle} title={hint}>
        {label} <span aria-hidden="true">{arrow}</span>
      </SortButton>
    </th>
  );
}

const SortButton = styled.button`
  ${typography.bodySemiBoldSmall};
  padding: 0;
  color: ${colors.highlightBase};
  background: none;
  border: none;
  cursor: pointer;
  white-space: nowrap;

  &:hover {
    text-decoration: underline;
  }

  &:focus-visible {
    ${focuses.boxShadowFocus};
    outline: none;
  }
`;

/** Label–value pairs (a summary of a case or a permit). */
export const FactList = styled.dl`
  display: grid;
  grid-template-columns: minmax(8em, max-content) 1fr;
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.l};

  dt {
    ${typography.bodySemiBoldSmall};
  }

  dd {
    ${typography.bodyTextSmall};
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media (max-width: 480px) {
    grid-template-columns: 1fr;
    gap: 0;

    dd {
      margin-bottom: ${spacing.s};
    }
  }
`;

export const Section = styled.section`
  margin-bottom: ${spacing.xl};
`;

export const ButtonRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
  align-items: center;
`;

export const Panel = styled.div`
  padding: ${spacing.m};
  margin-bottom: ${spacing.l};
  border: 1px solid ${colors.depthLight1};
  background: ${colors.highlightLight4};
`;
