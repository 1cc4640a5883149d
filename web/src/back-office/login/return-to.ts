/** Where a login goes back to: only an address of the back office itself (never another site). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value) return '/back-office';
  if (!/^\/back-office(?:[/?#]|$)/.test(value)) return '/back-office';
  if (value.includes('\\') || value.startsWith('//')) return '/back-office';
  if (value.startsWith('/back-office/login')) return '/back-office';
  return value;
}
