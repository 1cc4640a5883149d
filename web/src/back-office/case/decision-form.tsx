/**
 * Deciding a case in two steps. First the decision: grant (the data groups applied for, pre-ticked, which
 * the handler may untick; turvakielto only if it was applied for; a framework permit's end customers each
 * approved or not; validity; conditions) or deny with reasons. Then a confirmation showing exactly what
 * will be decided. A refusal (409, 403, 422) is shown on the confirmation step with the draft intact.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styled from 'styled-components';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  DateInput,
  ErrorSummary,
  Heading,
  InlineAlert,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { useDecide } from '../../api/back-office';
import { colors, spacing } from '../../ui/tokens';
import { ApiErrorAlert } from '../ui/api-error-alert';
import { DateField } from '../ui/date-field';
import { formatDate, helsinkiDate } from '../ui/format';
import { ButtonRow, FactList } from '../ui/table';
import { useLanguage } from '../ui/use-labels';
import {
  type AppliedFor,
  checkDraft,
  type DecisionDraft,
  type DraftError,
  notGranted,
  toDecisionBody,
} from './decision-draft';

const INPUT_ID: Record<DraftError['field'], string> = {
  outcome: 'decision-outcome-granted',
  dataGroups: 'decision-groups-0',
  turvakielto: 'decision-turvakielto-yes',
  products: 'decision-products-0',
  validFrom: 'decision-valid-from',
  validUntil: 'decision-valid-until',
  termsDays: 'decision-terms-days',
  reasons: 'decision-reasons',
};

interface Props {
  caseId: string;
  applied: AppliedFor;
  draft: DecisionDraft;
  /** Called once the decision is made (the form then goes away; the page shows the result). */
  onDecided?: () => void;
  onChange: (draft: DecisionDraft) => void;
}

export function DecisionForm(props: Props) {
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  return step === 'edit' ? (
    <DecisionEditor {...props} onReady={() => setStep('confirm')} />
  ) : (
    <DecisionConfirmation {...props} onBack={() => setStep('edit')} />
  );
}

function DecisionEditor({ applied, draft, onChange, onReady }: Props & { onReady: () => void }) {
  const { t } = useTranslation('backOffice');
  const language = useLanguage();
  const names = useGroupTitles(applied);
  const today = helsinkiDate(new Date());
  const [tried, setTried] = useState(0);
  const summary = useRef<HTMLHeadingElement>(null);
  const errors = tried > 0 ? checkDraft(draft, applied, today) : [];
  const errorOf = (field: DraftError['field']) => {
    const error = errors.find((e) => e.field === field);
    return error ? t(`case.decision.errors.${error.key}`) : undefined;
  };
  const set = (change: Partial<DecisionDraft>) => onChange({ ...draft, ...change });

  useEffect(() => {
    if (tried > 0) summary.current?.focus();
  }, [tried]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (checkDraft(draft, applied, today).length > 0) {
      setTried((n) => n + 1);
      return;
    }
    onReady();
  }

  return (
    <form onSubmit={submit} noValidate>
      {errors.length > 0 && (
        <ErrorSummary
          headingText={t('validation.summaryHeading')}
          headingRef={summary}
          headingVariant="h4"
          items={errors.map((error) => ({
            text: t(`case.decision.errors.${error.key}`),
            inputId: INPUT_ID[error.field],
          }))}
          mb="m"
        />
      )}
      <RadioButtonGroup
        name="decision-outcome"
        labelText={t('case.decision.outcome')}
        value={draft.outcome}
        onChange={(value) => set({ outcome: value as 'granted' | 'denied' })}
        groupStatus={errorOf('outcome') ? 'error' : 'default'}
        groupStatusText={errorOf('outcome')}
        mb="l"
      >
        <RadioButton id="decision-outcome-granted" value="granted">
          {t('case.decision.grant')}
        </RadioButton>
        <RadioButton id="decision-outcome-denied" value="denied">
          {t('case.decision.deny')}
        </RadioButton>
      </RadioButtonGroup>

      {draft.outcome === 'granted' && (
        <>
          {applied.dataGroups.length > 0 && (
            <CheckboxGroup
              labelText={t('case.decision.dataGroups')}
              groupHintText={t('case.decision.dataGroupsHint', { count: applied.dataGroups.length })}
              groupStatus={errorOf('dataGroups') ? 'error' : 'default'}
              groupStatusText={errorOf('dataGroups')}
              mb="l"
            >
              {applied.dataGroups.map((code, index) => (
                <Checkbox
                  key={code}
                  id={`decision-groups-${index}`}
                  checked={draft.dataGroups.includes(code)}
                  hintText={code}
                  onClick={({ checkboxState }) =>
                    set({
                      dataGroups: checkboxState
                        ? [...draft.dataGroups, code]
                        : draft.dataGroups.filter((c) => c !== code),
                    })
                  }
                >
                  {names.name(code)}
                </Checkbox>
              ))}
            </CheckboxGroup>
          )}

          {applied.turvakielto && (
            <RadioButtonGroup
              name="decision-turvakielto"
              labelText={t('case.decision.turvakielto')}
              groupHintText={t('case.decision.turvakieltoHint')}
              value={draft.turvakielto}
              onChange={(value) => set({ turvakielto: value as 'yes' | 'no' })}
              groupStatus={errorOf('turvakielto') ? 'error' : 'default'}
              groupStatusText={errorOf('turvakielto')}
              mb="l"
            >
              <RadioButton id="decision-turvakielto-yes" value="yes">
                {t('case.decision.turvakieltoYes')}
              </RadioButton>
              <RadioButton id="decision-turvakielto-no" value="no">
                {t('case.decision.turvakieltoNo')}
              </RadioButton>
            </RadioButtonGroup>
          )}

          {applied.products.length > 0 && (
            <CheckboxGroup
              labelText={t('case.decision.products')}
              groupHintText={t('case.decision.productsHint')}
              groupStatus={errorOf('products') ? 'error' : 'default'}
              groupStatusText={errorOf('products')}
              mb="l"
            >
              {applied.products.map((product, index) => (
                <Checkbox
                  key={product}
                  id={`decision-products-${index}`}
                  checked={draft.products.includes(product)}
                  onClick={({ checkboxState }) =>
                    set({
                      products: checkboxState
                        ? [...draft.products, product]
                        : draft.products.filter((p) => p !== product),
                    })
                  }
                >
                  {product}
                </Checkbox>
              ))}
            </CheckboxGroup>
          )}

          {draft.endCustomers.length > 0 && (
            <EndCustomers aria-labelledby="decision-end-customers">
              <Heading variant="h4" id="decision-end-customers" mb="s">
                {t('case.decision.endCustomers')}
              </Heading>
              {draft.endCustomers.map((customer, index) => (
                <RadioButtonGroup
                  key={customer.businessId}
                  name={`decision-end-customer-${index}`}
                  labelText={`${customer.name || customer.businessId} (${customer.businessId})`}
                  groupHintText={
                    customer.dataGroups.length > 0
                      ? t('case.decision.endCustomerGroups', {
                          groups: customer.dataGroups.map((code) => names.name(code)).join(', '),
                        })
                      : undefined
                  }
                  value={customer.approved ? 'approve' : 'deny'}
                  onChange={(value) =>
                    set({
                      endCustomers: draft.endCustomers.map((c, i) =>
                        i === index ? { ...c, approved: value === 'approve' } : c,
                      ),
                    })
                  }
                  mb="m"
                >
                  <RadioButton value="approve">{t('case.decision.endCustomerApprove')}</RadioButton>
                  <RadioButton value="deny">{t('case.decision.endCustomerDeny')}</RadioButton>
                </RadioButtonGroup>
              ))}
            </EndCustomers>
          )}

          <DateRow>
            <DateField>
              <DateInput
                fullWidth
                id="decision-valid-from"
                labelText={t('case.decision.validFrom')}
                hintText={t('dateHint')}
                datePickerEnabled
                language={language}
                value={draft.validFrom}
                onChange={({ value }) => set({ validFrom: value })}
                status={errorOf('validFrom') ? 'error' : 'default'}
                statusText={errorOf('validFrom')}
              />
            </DateField>
            <DateField>
              <DateInput
                fullWidth
                id="decision-valid-until"
                labelText={t('case.decision.validUntil')}
                hintText={t('dateHint')}
                datePickerEnabled
                language={language}
                value={draft.validUntil}
                onChange={({ value }) => set({ validUntil: value })}
                status={errorOf('validUntil') ? 'error' : 'default'}
                statusText={errorOf('validUntil')}
              />
            </DateField>
          </DateRow>
          <TextInput
            id="decision-terms-days"
            labelText={t('case.decision.termsDays')}
            hintText={t('case.decision.termsDaysHint')}
            inputMode="numeric"
            value={draft.termsDays}
            onChange={(value) => set({ termsDays: String(value ?? '') })}
            status={errorOf('termsDays') ? 'error' : 'default'}
            statusText={errorOf('termsDays')}
            mb="l"
          />
          <Textarea
            id="decision-conditions"
            labelText={t('case.decision.conditions')}
            hintText={t('case.decision.conditionsHint')}
            optionalText={t('optional')}
            value={draft.conditions}
            onChange={(event) => set({ conditions: event.target.value })}
            maxLength={10000}
            fullWidth
            mb="l"
          />
        </>
      )}

      {draft.outcome === 'denied' && (
        <Textarea
          id="decision-reasons"
          labelText={t('case.decision.reasons')}
          hintText={t('case.decision.reasonsHint')}
          value={draft.reasons}
          onChange={(event) => set({ reasons: event.target.value })}
          status={errorOf('reasons') ? 'error' : 'default'}
          statusText={errorOf('reasons')}
          maxLength={10000}
          fullWidth
          mb="l"
        />
      )}

      <Button type="submit">{t('case.decision.review')}</Button>
    </form>
  );
}

function DecisionConfirmation({ caseId, applied, draft, onBack, onDecided }: Props & { onBack: () => void }) {
  const { t } = useTranslation('backOffice');
  const names = useGroupTitles(applied);
  const decide = useDecide(caseId);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = toDecisionBody(draft, applied);
  const withheld = notGranted(draft, applied);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div>
      <Heading variant="h4" ref={heading} tabIndex={-1} mb="s">
        {t('case.decision.confirmHeading')}
      </Heading>
      <InlineAlert status="warning" mb="m">
        {t('case.decision.confirmNotice')}
      </InlineAlert>
      {body.outcome === 'granted' ? (
        <FactList>
          <dt>{t('case.decision.outcome')}</dt>
          <dd>{t('case.decision.grant')}</dd>
          {body.dataGroups && body.dataGroups.length > 0 && (
            <>
              <dt>{t('case.decision.grantedGroups')}</dt>
              <dd>
                <ul>
                  {body.dataGroups.map((code) => (
                    <li key={code}>{names.name(code)}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {withheld.length > 0 && (
            <>
              <dt>{t('case.decision.notGrantedGroups')}</dt>
              <dd>
                <ul>
                  {withheld.map((code) => (
                    <li key={code}>{names.name(code)}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {applied.turvakielto && (
            <>
              <dt>{t('case.decision.turvakielto')}</dt>
              <dd>
                {body.turvakielto ? t('case.decision.turvakieltoYes') : t('case.decision.turvakieltoNo')}
              </dd>
            </>
          )}
          {body.products && (
            <>
              <dt>{t('case.decision.products')}</dt>
              <dd>{body.products.join(', ')}</dd>
            </>
          )}
          {body.endCustomers && (
            <>
              <dt>{t('case.decision.endCustomers')}</dt>
              <dd>
                <ul>
                  {body.endCustomers.map((customer) => (
                    <li key={customer.businessId}>
                      {`${customer.name || customer.businessId} (${customer.businessId}): `}
                      {customer.approved
                        ? t('case.decision.endCustomerApprove')
                        : t('case.decision.endCustomerDeny')}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{t('case.decision.validity')}</dt>
          <dd>{`${formatDate(body.validFrom)} – ${formatDate(body.validUntil)}`}</dd>
          <dt>{t('case.decision.termsDays')}</dt>
          <dd>{t('case.decision.termsDaysValue', { count: body.termsDays ?? 0 })}</dd>
          <dt>{t('case.decision.conditions')}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{body.conditions || t('case.decision.noConditions')}</dd>
        </FactList>
      ) : (
        <FactList>
          <dt>{t('case.decision.outcome')}</dt>
          <dd>{t('case.decision.deny')}</dd>
          <dt>{t('case.decision.reasons')}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{body.reasons}</dd>
        </FactList>
      )}
      <ApiErrorAlert error={decide.error} />
      <ButtonRow>
        <Button
          disabled={decide.isPending}
          onClick={() => decide.mutate(body, { onSuccess: () => onDecided?.() })}
        >
          {t('case.decision.confirm')}
        </Button>
        <Button variant="secondary" disabled={decide.isPending} onClick={onBack}>
          {t('case.decision.back')}
        </Button>
      </ButtonRow>
    </div>
  );
}

const DateRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.m};
  margin-bottom: ${spacing.l};
`;

const EndCustomers = styled.section`
  margin-bottom: ${spacing.l};
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
`;

/** The data groups' names in the UI language, from what the server sent with the case. */
function useGroupTitles(applied: AppliedFor) {
  const language = useLanguage();
  return { name: (code: string) => applied.groupTitles[code]?.[language] ?? code };
}
