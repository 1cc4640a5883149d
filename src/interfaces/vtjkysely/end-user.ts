/**
 * Loppukayttaja: the end user every query must name (DVV: at most 50 characters, identifies the person who
 * makes the query, kept five years; -1904 when missing).
 *
 * Intermediaries (framework permit, "raamilupa") must also name the end customer the query is made for. DVV
 * publishes no convention for this (specs/eservice-domain.md §1.6), so this service defines one that fits in
 * the field every client already sends: the end customer's Y-tunnus, a colon, then the end user:
 *
 *     <Loppukayttaja>3120460-5:matti.meikalainen</Loppukayttaja>
 *
 * The prefix is read from every query, but only a framework permit uses it; such a query without it is
 * refused (-1904), and one for an end customer the permit does not cover gets 0019. The whole field is
 * logged as the end user, the Y-tunnus also as the end customer.
 */

export const END_USER_MAX_LENGTH = 50;

const END_CUSTOMER_PREFIX = /^(\d{7}-\d):(.*\S.*)$/s;

export interface EndUser {
  /** The Loppukayttaja as sent, trimmed. */
  endUser: string;
  /** The end customer's Y-tunnus, when the field starts with one. */
  endCustomer: string | undefined;
}

export function readEndUser(loppukayttaja: string): EndUser {
  const endUser = loppukayttaja.trim();
  return { endUser, endCustomer: END_CUSTOMER_PREFIX.exec(endUser)?.[1] };
}
