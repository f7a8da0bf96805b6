/**
 * A shell snippet that signs a delivery the way Fullcircle checks it: HMAC-SHA256 over
 * "<unix seconds>.<raw body>" with the source's secret, sent as `Fullcircle-Signature: t=…,v1=…`.
 */
export function signedCurlExample(url: string, secret: string, sample: unknown): string {
  const body = JSON.stringify(sample).replace(/'/g, `'\\''`);
  return [
    `SECRET='${secret}'`,
    `BODY='${body}'`,
    `T=$(date +%s)`,
    `SIG=$(printf '%s.%s' "$T" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')`,
    `curl -X POST '${url}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "Fullcircle-Signature: t=$T,v1=$SIG" \\`,
    `  --data-raw "$BODY"`,
  ].join('\n');
}

/** The same signature in Node.js, for senders writing their own integration. */
export function signedNodeExample(): string {
  return [
    `const t = Math.floor(Date.now() / 1000);`,
    `const v1 = crypto.createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest('hex');`,
    `headers['Fullcircle-Signature'] = \`t=\${t},v1=\${v1}\`;`,
  ].join('\n');
}
