/**
 * A chart with a title and its data as a table. The drawing is for the eye only (aria-hidden, not in the tab
 * order); the same numbers are in the table, which a button shows and hides for sighted users and which is
 * always in the page for screen readers (visually hidden while not shown).
 */
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled, { css } from 'styled-components';
import { Button, Heading } from 'suomifi-ui-components';
import { colors, spacing } from '../../ui/tokens';
import { Table } from '../ui/table';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export function ChartFigure({
  title,
  description,
  table,
  children,
}: {
  title: string;
  description?: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const { t } = useTranslation('backOffice');
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <Figure aria-labelledby={`${id}-title`}>
      <Heading variant="h2" id={`${id}-title`} mb="xs">
        {title}
      </Heading>
      {description && <Description>{description}</Description>}
      <Drawing aria-hidden="true">{children}</Drawing>
      <Button
        variant="secondaryNoBorder"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('dashboard.hideTable') : t('dashboard.showTable')}
      </Button>
      <TableBox id={`${id}-table`} $hidden={!showTable}>
        <Table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column, index) => (
                <th key={column} scope="col" className={index > 0 ? 'number' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table.
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table.
                    <td key={index} className="number">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      </TableBox>
    </Figure>
  );
}

const Figure = styled.section`
  margin: 0 0 ${spacing.xl};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
`;

const Description = styled.p`
  margin: 0 0 ${spacing.s};
`;

const Drawing = styled.div`
  width: 100%;
  height: 300px;
  margin-bottom: ${spacing.s};
`;

const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

const TableBox = styled.div<{ $hidden: boolean }>`
  overflow-x: auto;
  margin-top: ${spacing.s};
  ${({ $hidden }) => ($hidden ? visuallyHidden : '')}
`;
