/**
 * Tilastot: the queue's size, cases by state, and processing times (from sending to the decision) as median
 * and 90th percentile, overall and month by month. Every chart has a title and its numbers as a table.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import styled from 'styled-components';
import { LoadingSpinner } from 'suomifi-ui-components';
import { CASE_STATES, type Dashboard, dashboardQuery } from '../../api/back-office';
import { colors, spacing, typography } from '../../ui/tokens';
import { BackOfficePage } from '../layout/back-office-page';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { useLabels } from '../ui/use-labels';
import { ChartFigure } from './chart-figure';

const TICK = { fill: colors.blackBase, fontSize: 13 };
const CHART_STYLE = { width: '100%', height: '100%' };

export function DashboardPage() {
  const { t } = useTranslation('backOffice');
  const dashboard = useQuery(dashboardQuery);
  return (
    <BackOfficePage title={t('dashboard.title')}>
      {dashboard.isPending && <LoadingSpinner text={t('loading', { ns: 'common' })} />}
      {dashboard.isError && <ApiErrorAlert error={dashboard.error} focus={false} />}
      {dashboard.data && <DashboardView data={dashboard.data} />}
    </BackOfficePage>
  );
}

/** 'YYYY-MM' → 'M/YYYY'. */
export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${Number(match[2])}/${match[1]}` : month;
}

function days(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : String(Math.round(value * 10) / 10).replace('.', ',');
}

function DashboardView({ data }: { data: Dashboard }) {
  const { t } = useTranslation('backOffice');
  const labels = useLabels();
  const states = [
    ...CASE_STATES,
    ...Object.keys(data.byState).filter((s) => !(CASE_STATES as readonly string[]).includes(s)),
  ];
  const byState = states.map((state) => ({ name: labels.caseState(state), count: data.byState[state] ?? 0 }));
  const monthly = data.monthly.map((m) => ({ ...m, label: monthLabel(m.month) }));

  return (
    <>
      <Figures>
        <Figure>
          <dt>{t('dashboard.queueSize')}</dt>
          <dd data-testid="queue-size">{data.queueSize}</dd>
        </Figure>
        <Figure>
          <dt>{t('dashboard.median')}</dt>
          <dd>{t('dashboard.days', { value: days(data.processingDays.median) })}</dd>
        </Figure>
        <Figure>
          <dt>{t('dashboard.p90')}</dt>
          <dd>{t('dashboard.days', { value: days(data.processingDays.p90) })}</dd>
        </Figure>
        <Figure>
          <dt>{t('dashboard.decidedCount')}</dt>
          <dd>{data.processingDays.count}</dd>
        </Figure>
      </Figures>

      <ChartFigure
        title={t('dashboard.byState.title')}
        table={{
          caption: t('dashboard.byState.title'),
          columns: [t('dashboard.byState.state'), t('dashboard.byState.count')],
          rows: byState.map((row) => [row.name, row.count]),
        }}
      >
        <BarChart
          data={byState}
          accessibilityLayer={false}
          responsive
          style={CHART_STYLE}
          margin={{ left: 0, right: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={TICK} interval={0} angle={-30} textAnchor="end" height={80} />
          <YAxis allowDecimals={false} tick={TICK} width={40} />
          <Bar
            dataKey="count"
            name={t('dashboard.byState.count')}
            fill={colors.highlightBase}
            isAnimationActive={false}
          />
        </BarChart>
      </ChartFigure>

      <ChartFigure
        title={t('dashboard.monthly.title')}
        table={{
          caption: t('dashboard.monthly.title'),
          columns: [
            t('dashboard.monthly.month'),
            t('dashboard.monthly.submitted'),
            t('dashboard.monthly.decided'),
          ],
          rows: monthly.map((m) => [m.label, m.submitted, m.decided]),
        }}
      >
        <BarChart
          data={monthly}
          accessibilityLayer={false}
          responsive
          style={CHART_STYLE}
          margin={{ left: 0, right: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={TICK} />
          <YAxis allowDecimals={false} tick={TICK} width={40} />
          <Legend wrapperStyle={{ color: colors.blackBase }} />
          <Bar
            dataKey="submitted"
            name={t('dashboard.monthly.submitted')}
            fill={colors.highlightBase}
            isAnimationActive={false}
          />
          <Bar
            dataKey="decided"
            name={t('dashboard.monthly.decided')}
            fill={colors.successDark1}
            isAnimationActive={false}
          />
        </BarChart>
      </ChartFigure>

      <ChartFigure
        title={t('dashboard.times.title')}
        description={t('dashboard.times.description')}
        table={{
          caption: t('dashboard.times.title'),
          columns: [t('dashboard.monthly.month'), t('dashboard.times.median')],
          rows: monthly.map((m) => [m.label, days(m.medianDays)]),
        }}
      >
        <LineChart
          data={monthly}
          accessibilityLayer={false}
          responsive
          style={CHART_STYLE}
          margin={{ left: 0, right: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={TICK} />
          <YAxis tick={TICK} width={40} />
          <Line
            type="monotone"
            dataKey="medianDays"
            name={t('dashboard.times.median')}
            stroke={colors.brandBase}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ChartFigure>
    </>
  );
}

const Figures = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 200px), 1fr));
  gap: ${spacing.m};
  margin: 0 0 ${spacing.xl};
`;

const Figure = styled.div`
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-top: 4px solid ${colors.highlightBase};

  dt {
    ${typography.bodySemiBoldSmall};
  }

  dd {
    ${typography.heading2};
    margin: ${spacing.xs} 0 0;
  }
`;
