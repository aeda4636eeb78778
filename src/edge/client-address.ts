// The address a request came from, as rate limits key it. Behind a load balancer or reverse proxy the
// socket is the proxy's, shared by every customer; the proxies say who they forwarded for in
// X-Forwarded-For, each appending the address it received from. Only the hops the operator trusts
// (TRUSTED_PROXY_HOPS) are believed: a client can write anything at the left of that header.
import type { IncomingMessage } from 'node:http';

/** The client's address: the socket's with no trusted hops, else the address the farthest trusted proxy saw. */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops === 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  // Nearest first: the socket (the last proxy), then what each proxy, from the nearest, says it saw.
  const chain = [socket, ...forwarded.reverse()];
  return chain[Math.min(trustedHops, chain.length - 1)]!;
}
