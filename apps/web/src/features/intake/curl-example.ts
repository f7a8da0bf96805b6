/** A request an integrator can paste into a shell: placeholders in angle brackets, quoted so the shell leaves them alone. */
export function curlExample(endpoint: string): string {
  const body = JSON.stringify({ text: 'The checkout page timed out twice.', customer: { email: 'jane@example.com' } });
  return [
    `curl -X POST '${endpoint}' \\`,
    `  -H 'Authorization: Bearer <your-api-key>' \\`,
    `  -H 'Idempotency-Key: <a-unique-id-per-item>' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${body}'`,
  ].join('\n');
}
