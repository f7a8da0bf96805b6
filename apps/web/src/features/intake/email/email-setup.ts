import type { ChannelStatus } from '@fullcircle/shared';

export interface EmailSetup {
  live: boolean;
  summary: string;
  addresses: string[];
  /** "mail.example.com:2525" as the API reports it. */
  server: { host: string; port: string } | null;
}

/** The email channel's entry of GET /api/intake/channels, read for the Email settings page. */
export function emailSetup(statuses: readonly ChannelStatus[]): EmailSetup {
  const email = statuses.find((s) => s.channel === 'email');
  const addresses = email?.endpoints.filter((e) => e.label === 'Feedback address').map((e) => e.value) ?? [];
  const server = email?.endpoints.find((e) => e.label === 'SMTP server')?.value;
  const split = server ? /^(.*):(\d+)$/.exec(server) : null;
  return {
    live: email?.state === 'live',
    summary: email?.summary ?? '',
    addresses,
    server: split ? { host: split[1], port: split[2] } : null,
  };
}

/** `feedback+FC-7K2M9QXD@example.com`: the address a reply carrying a conversation reference goes to. */
export function plusAddress(address: string, reference: string): string {
  const at = address.lastIndexOf('@');
  return at > 0 ? `${address.slice(0, at)}+${reference}${address.slice(at)}` : address;
}

/** A command an admin can paste to send a test message with swaks. */
export function swaksCommand(address: string, server: { host: string; port: string }): string {
  return [
    `swaks --server ${server.host} --port ${server.port} \\`,
    `  --to ${address} \\`,
    `  --from you@example.com \\`,
    `  --header 'Subject: Test feedback' \\`,
    `  --body 'Hello from swaks'`,
  ].join('\n');
}

/**
 * The MX record for an address's domain, pointing at the SMTP server's host name. An MX record
 * names a host, never an IP address: for one, the admin fills in their server's name.
 */
export function mxRecord(address: string, host: string): string {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  const isIp = /^[\d.]+$/.test(host) || host.startsWith('[');
  return `${domain}.  IN  MX  10  ${isIp ? '<your-server-hostname>' : host}.`;
}
