import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * SSRF guard for every URL the platform calls on an agency's behalf (webhooks). Checked at
 * registration and again at connect time through the socket's `lookup`, so a DNS answer that
 * changes after registration (rebinding) is caught where it matters.
 *
 * IP literals in any spelling are normalised by the WHATWG URL parser first (`2130706433`,
 * `0x7f000001`, `0177.0.0.1`, `127.1` all become `127.0.0.1`); ipaddr.js then classifies the
 * address, and IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries.
 * Only globally routable unicast addresses pass, unless the platform administrator allow-listed
 * the host or its network (development and tests allow loopback that way, explicitly).
 */
export interface OutboundPolicy {
  /** Plain http is for development and tests only. */
  allowHttp: boolean;
  /** Host names (exact, lower-case) or CIDR ranges (`127.0.0.0/8`, `::1/128`) that may be called anyway. */
  allowList: readonly string[];
}

export type UrlCheck =
  | { ok: true; url: URL }
  | {
      ok: false;
      code:
        | 'invalid_url'
        | 'scheme_not_allowed'
        | 'credentials_in_url'
        | 'address_not_allowed'
        | 'dns_failed';
      message: string;
    };

type Address = ipaddr.IPv4 | ipaddr.IPv6;

function parsedAllowList(policy: OutboundPolicy) {
  const ranges: Array<[Address, number]> = [];
  const hosts = new Set<string>();
  for (const entry of policy.allowList) {
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const ip = ipaddr.parse(entry);
      ranges.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
    } else hosts.add(entry.toLowerCase());
  }
  return { ranges, hosts };
}

function normalise(ip: Address): Address {
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()
    ? (ip as ipaddr.IPv6).toIPv4Address()
    : ip;
}

/** Why an address may not be called, or null when it may. */
export function forbiddenAddressReason(address: string, policy: OutboundPolicy): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const ip = normalise(ipaddr.parse(address));
  const { ranges } = parsedAllowList(policy);
  for (const [network, bits] of ranges) {
    const candidate = normalise(network);
    if (candidate.kind() === ip.kind() && ip.match(candidate, bits)) return null;
  }
  const range = ip.range();
  return range === 'unicast' ? null : `${ip.toString()} is in a ${range} range`;
}

/** Syntax, scheme, credentials and IP-literal checks; no DNS. */
export function checkUrlSyntax(raw: string, policy: OutboundPolicy): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, code: 'invalid_url', message: 'This is not a valid URL.' };
  }
  if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:')) {
    return { ok: false, code: 'scheme_not_allowed', message: 'Only https:// addresses may be used.' };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      code: 'credentials_in_url',
      message: 'Put no user name or password in the URL; use the signing secret.',
    };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) {
    const reason = forbiddenAddressReason(host, policy);
    if (reason)
      return {
        ok: false,
        code: 'address_not_allowed',
        message: `This address may not be called: ${reason}.`,
      };
  }
  return { ok: true, url };
}

export type Lookup = (
  hostname: string,
  options: { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/** Full check: syntax, then every address the name resolves to (all must be allowed). */
export async function checkOutboundUrl(
  raw: string,
  policy: OutboundPolicy,
  lookup: Lookup = dnsLookup,
): Promise<UrlCheck> {
  const syntax = checkUrlSyntax(raw, policy);
  if (!syntax.ok) return syntax;
  const host = syntax.url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host) || parsedAllowList(policy).hosts.has(host.toLowerCase())) return syntax;
  const addresses = await new Promise<LookupAddress[] | null>((resolve) =>
    lookup(host, { all: true }, (err, found) => resolve(err ? null : found)),
  );
  if (!addresses || addresses.length === 0) {
    return { ok: false, code: 'dns_failed', message: `The name "${host}" could not be resolved.` };
  }
  for (const { address } of addresses) {
    const reason = forbiddenAddressReason(address, policy);
    if (reason)
      return {
        ok: false,
        code: 'address_not_allowed',
        message: `"${host}" resolves to a forbidden address: ${reason}.`,
      };
  }
  return syntax;
}

/**
 * A `lookup` for http.request/https.request that refuses forbidden answers at connect time, so the
 * address checked is the address connected to.
 */
export function createGuardedLookup(policy: OutboundPolicy, lookup: typeof dnsLookup = dnsLookup) {
  const { hosts } = parsedAllowList(policy);
  return (
    hostname: string,
    options: object,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      if (!hosts.has(hostname.toLowerCase())) {
        for (const { address } of list) {
          const reason = forbiddenAddressReason(address, policy);
          if (reason) {
            const refusal: NodeJS.ErrnoException = new Error(`Refused to connect to ${hostname}: ${reason}`);
            refusal.code = 'EADDRNOTALLOWED';
            return callback(refusal, []);
          }
        }
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
