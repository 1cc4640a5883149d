/**
 * Focusing a field from the error summary (after GOV.UK's error summary): the field's label or legend is
 * scrolled into view, then its first input gets focus. Group fields (radio buttons, check boxes, lists)
 * carry the id on their wrapper; their first input is focused.
 */
import { fieldDomId } from './paths';

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea, select, button:not([disabled])';

export function focusField(path: string): void {
  const element = document.getElementById(fieldDomId(path));
  if (!element) return;
  const target = element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE);
  const label =
    (target?.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(target.id)}"]`) : null) ??
    element.closest('fieldset')?.querySelector<HTMLElement>('legend') ??
    element;
  label.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}
