import { isIPv4, isIPv6 } from 'node:net';

/** A block of addresses: its first bytes, how many bits of them count, and what it is. */
interface Block {
  bytes: readonly number[];
  bits: number;
  kind: string;
}

const block = (bytes: readonly number[], bits: number, kind: string): Block => ({ bytes, bits, kind });

/** IPv4 blocks that are not the public internet (IANA special-purpose registry). */
const IPV4_BLOCKS: readonly Block[] = [
  block([0], 8, 'unspecified'),
  block([10], 8, 'private'),
  block([100, 64], 10, 'shared (carrier-grade NAT)'),
  block([127], 8, 'loopback'),
  block([169, 254], 16, 'link-local'),
  block([172, 16], 12, 'private'),
  block([192, 0, 0], 24, 'reserved'),
  block([192, 0, 2], 24, 'documentation'),
  block([192, 88, 99], 24, 'reserved'),
  block([192, 168], 16, 'private'),
  block([198, 18], 15, 'benchmarking'),
  block([198, 51, 100], 24, 'documentation'),
  block([203, 0, 113], 24, 'documentation'),
  block([224], 4, 'multicast'),
  block([240], 4, 'reserved'),
];

/** IPv6 blocks that are not the public internet, beside the unspecified and loopback addresses. */
const IPV6_BLOCKS: readonly Block[] = [
  block([0xfc], 7, 'private'),
  block([0xfe, 0x80], 10, 'link-local'),
  block([0xff], 8, 'multicast'),
  block([0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'),
  // IETF protocol assignments, Teredo (2001::/32) among them: its addresses hide the IPv4 they reach.
  block([0x20, 0x01, 0x00], 23, 'reserved'),
];

/** Where public IPv6 addresses are; outside it: IPv4-compatible, discard, site-local, unassigned. */
const GLOBAL_UNICAST = block([0x20], 3, 'global unicast');

/** IPv6 forms that carry an IPv4 address, which decides: mapped, NAT64 (64:ff9b::/96) and 6to4 (2002::/16). */
const EMBEDDING_IPV4: readonly { prefix: Block; at: number }[] = [
  { prefix: block([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], 96, 'mapped'), at: 12 },
  { prefix: block([0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96, 'NAT64'), at: 12 },
  { prefix: block([0x20, 0x02], 16, '6to4'), at: 2 },
];

function within(address: Uint8Array, { bytes, bits }: Block): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const index = bit / 8;
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if (((address[index] ?? 0) & mask) !== ((bytes[index] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4Bytes(address: string): Uint8Array {
  return Uint8Array.from(address.split('.').map(Number));
}

/** The 16 bytes of a valid IPv6 address ("::" expanded, a dotted IPv4 tail read). */
function ipv6Bytes(address: string): Uint8Array {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted !== undefined) {
    const [a = 0, b = 0, c = 0, d = 0] = ipv4Bytes(dotted);
    text = `${text.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const known = [...groups(head), ...groups(tail)].length;
  const all = tail === undefined ? groups(head) : [...groups(head), ...Array(8 - known).fill('0'), ...groups(tail)];
  const bytes = new Uint8Array(16);
  all.forEach((group, index) => {
    const value = Number.parseInt(group, 16);
    bytes[index * 2] = value >> 8;
    bytes[index * 2 + 1] = value & 0xff;
  });
  return bytes;
}

function ipv4Kind(bytes: Uint8Array): string | undefined {
  return IPV4_BLOCKS.find((candidate) => within(bytes, candidate))?.kind;
}

function ipv6Kind(bytes: Uint8Array): string | undefined {
  if (bytes.every((byte) => byte === 0)) return 'unspecified';
  if (bytes.subarray(0, 15).every((byte) => byte === 0) && bytes[15] === 1) return 'loopback';
  for (const { prefix, at } of EMBEDDING_IPV4) {
    if (within(bytes, prefix)) {
      const kind = ipv4Kind(bytes.subarray(at, at + 4));
      return kind === undefined ? undefined : `${kind} (${prefix.kind} IPv4)`;
    }
  }
  const kind = IPV6_BLOCKS.find((candidate) => within(bytes, candidate))?.kind;
  return kind ?? (within(bytes, GLOBAL_UNICAST) ? undefined : 'reserved');
}

/**
 * Why an IP address is not on the public internet ("loopback", "private", "link-local", ...), or
 * undefined when it is. IPv6 forms that carry an IPv4 address are judged by that address. Anything
 * that is not an IP address at all is refused too.
 */
export function nonPublicKind(address: string): string | undefined {
  // A zone ("fe80::1%eth0") only names the interface.
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(bare)) return ipv4Kind(ipv4Bytes(bare));
  if (isIPv6(bare)) return ipv6Kind(ipv6Bytes(bare.toLowerCase()));
  return 'not an IP address';
}
