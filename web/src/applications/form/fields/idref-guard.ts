/**
 * The Suomi.fi MultiSelect keeps pointing its input at its option list (aria-controls, aria-activedescendant,
 * and aria-owns on the combobox) after the list has closed and left the page: references to nothing, which
 * assistive technology cannot follow (axe: aria-valid-attr-value). This hides such a reference while its
 * target is missing and brings it back when the list opens again.
 */
import { useEffect } from 'react';

const ATTRIBUTES = ['aria-controls', 'aria-activedescendant', 'aria-owns'] as const;

export function useStaleIdrefGuard(inputId: string): void {
  useEffect(() => {
    const stashed = new Map<Element, Map<string, string>>();

    const check = () => {
      const input = document.getElementById(inputId);
      if (!input) return;
      const combobox = input.closest('[role="combobox"]');
      for (const element of combobox ? [input, combobox] : [input]) {
        const saved = stashed.get(element) ?? new Map<string, string>();
        stashed.set(element, saved);
        for (const attribute of ATTRIBUTES) {
          const current = element.getAttribute(attribute);
          if (current !== null) {
            // Set (again) by the component: remember it, and hide it while its target is missing.
            saved.set(attribute, current);
            if (current && !document.getElementById(current)) element.removeAttribute(attribute);
          } else {
            const previous = saved.get(attribute);
            if (previous && document.getElementById(previous)) element.setAttribute(attribute, previous);
          }
        }
      }
    };

    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: [...ATTRIBUTES],
    });
    check();
    return () => observer.disconnect();
  }, [inputId]);
}
