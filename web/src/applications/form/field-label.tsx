/** A field's label; a mandatory one ends in `*`, which a screen reader hears as "pakollinen". */
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from 'suomifi-ui-components';

export function FieldLabel({ text, required }: { text: string; required?: boolean | undefined }) {
  const { t } = useTranslation('applications');
  if (!required) return <>{text}</>;
  return (
    <>
      {text}
      <span aria-hidden="true"> *</span>
      <VisuallyHidden> ({t('form.required')})</VisuallyHidden>
    </>
  );
}
