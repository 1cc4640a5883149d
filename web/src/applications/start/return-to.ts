/** Where the catalogue's "Aloita" leads once the person is identified: starting that application. */
import type { ServiceId } from '../../catalogue/catalogue';

export function startAddress(service: ServiceId): string {
  return `/applications/new?service=${service}`;
}
