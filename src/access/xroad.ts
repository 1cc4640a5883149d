/** X-Road client identifiers: INSTANCE/MEMBERCLASS/MEMBERCODE/SUBSYSTEM (specs/xroad-identification-data.md). */
export interface XRoadClientId {
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode: string;
}

/** Finnish instances: production, customer test and development. */
export const XROAD_INSTANCES = ['FI', 'FI-TEST', 'FI-DEV'] as const;
/** Member classes seen in Palveluväylä (GOV, MUN, ORG, COM); NGO is accepted as a possible fifth. */
export const XROAD_MEMBER_CLASSES = ['GOV', 'MUN', 'ORG', 'COM', 'NGO'] as const;
const PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function formatXRoadClient(id: XRoadClientId): string {
  return `${id.instance}/${id.memberClass}/${id.memberCode}/${id.subsystemCode}`;
}

/** Parses `FI-TEST/MUN/0101263-6/evaka`; undefined for anything else (a member without subsystem included). */
export function parseXRoadClient(value: string): XRoadClientId | undefined {
  const parts = value.split('/');
  if (parts.length !== 4) return undefined;
  const [instance, memberClass, memberCode, subsystemCode] = parts as [string, string, string, string];
  if (!(XROAD_INSTANCES as readonly string[]).includes(instance)) return undefined;
  if (!(XROAD_MEMBER_CLASSES as readonly string[]).includes(memberClass)) return undefined;
  if (!PART.test(memberCode) || !PART.test(subsystemCode)) return undefined;
  return { instance, memberClass, memberCode, subsystemCode };
}

/** The environment an instance belongs to: only FI is production. */
export function environmentOf(id: XRoadClientId): 'test' | 'production' {
  return id.instance === 'FI' ? 'production' : 'test';
}
