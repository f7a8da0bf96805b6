/**
 * The name a board comment shows: the first word of the customer's name, never anything that
 * could reach them (an email or phone stored as a name), else "A customer".
 */
export function publicFirstName(name: string | null | undefined): string {
  const first = name?.trim().split(/\s+/)[0] ?? '';
  if (!first || first.includes('@') || /\d/.test(first) || first.length > 40) return 'A customer';
  return first;
}
