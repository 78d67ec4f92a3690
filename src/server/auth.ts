import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { StorytraceError } from '../errors/index.js';

/** Whether `Authorization` carries the bearer token; compared in constant time. */
export function hasToken(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (match?.[1] === undefined) return false;
  const given = Buffer.from(match[1]);
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Refuses a write without the token, when the server has one. */
export function requireToken(header: string | undefined, token: string | undefined): void {
  if (token !== undefined && !hasToken(header, token)) {
    throw new StorytraceError('UNAUTHORIZED', 'writes need "Authorization: Bearer $STORYTRACE_TOKEN"');
  }
}

/** A host only this machine can reach: "localhost", 127.0.0.0/8 or ::1. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '::ffff:127.0.0.1';
}
