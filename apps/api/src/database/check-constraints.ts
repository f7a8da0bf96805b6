/** SQL for a CHECK constraint that keeps a text column to a closed set of values. */
export function oneOf(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
}
