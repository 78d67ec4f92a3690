import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nonPublicKind } from './addresses.js';

describe('nonPublicKind', () => {
  // Each address sits in a block a fetch must never reach from a server on someone's network.
  const refused: [string, string][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['100.127.255.255', 'shared (carrier-grade NAT)'],
    ['192.0.2.7', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['fec0::1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback (mapped IPv4)'],
    ['::ffff:7f00:1', 'loopback (mapped IPv4)'],
    ['::FFFF:10.0.0.1', 'private (mapped IPv4)'],
    ['::ffff:169.254.169.254', 'link-local (mapped IPv4)'],
    ['64:ff9b::7f00:1', 'loopback (NAT64 IPv4)'],
    ['2002:a00:1::', 'private (6to4 IPv4)'],
    ['2002:7f00:1::1', 'loopback (6to4 IPv4)'],
    ['::127.0.0.1', 'reserved'],
    ['2001::1', 'reserved'],
    ['2001:db8::1', 'documentation'],
    ['100::1', 'reserved'],
    ['localhost', 'not an IP address'],
    ['', 'not an IP address'],
  ];
  for (const [address, kind] of refused) {
    it(`refuses ${JSON.stringify(address)} as ${kind}`, () => assert.equal(nonPublicKind(address), kind));
  }

  // Just outside the blocks above, or plainly public: these must stay fetchable.
  const allowed = [
    '8.8.8.8',
    '93.184.216.34',
    '1.1.1.1',
    '9.255.255.255',
    '11.0.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '126.255.255.255',
    '128.0.0.1',
    '169.253.1.1',
    '172.15.255.255',
    '172.32.0.1',
    '192.167.1.1',
    '192.169.0.1',
    '223.255.255.255',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '2a00:1450:4001:82a::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ];
  for (const address of allowed) {
    it(`allows ${address}`, () => assert.equal(nonPublicKind(address), undefined));
  }
});
