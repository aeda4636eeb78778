// A minimal Bot Framework channel for benchmarks: accepts the bot's replies on 127.0.0.1 and tells
// when a conversation has received a given number of them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReplyCollector = { url: string; count(conversationId: string): number; close(): Promise<void> };

export async function startReplyCollector(): Promise<ReplyCollector> {
  const counts = new Map<string, number>();
  let next = 0;
  const server = http.createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && match) {
        const conversationId = decodeURIComponent(match[1]!);
        counts.set(conversationId, (counts.get(conversationId) ?? 0) + 1);
        // Not chained: restify, loaded in the same process, patches writeHead to return nothing.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `r${next++}` }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    count: (conversationId) => counts.get(conversationId) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
