/**
 * Which form each service of the catalogue starts, and the answers it starts with (the intermediary
 * framework permit is the VTJkysely form with "framework permit" already answered yes).
 */
import type { ServiceId } from '../../catalogue/catalogue';

export interface ServiceForm {
  form: 'muutosrajapinta' | 'vtjkysely' | 'subsystem';
  /** The interface whose permits a change application is for. */
  interface: 'muutosrajapinta' | 'vtjkysely' | null;
  preset?: Record<string, unknown>;
}

export const SERVICE_FORMS: Record<ServiceId, ServiceForm> = {
  muutosrajapinta: { form: 'muutosrajapinta', interface: 'muutosrajapinta' },
  vtjkyselyPublic: { form: 'vtjkysely', interface: 'vtjkysely' },
  vtjkyselyCompany: { form: 'vtjkysely', interface: 'vtjkysely' },
  intermediaryFramework: { form: 'vtjkysely', interface: 'vtjkysely', preset: { framework: true } },
  // Linked to a data-permit application of the organisation (chosen on the start page), not to a kind.
  subsystem: { form: 'subsystem', interface: null },
};
