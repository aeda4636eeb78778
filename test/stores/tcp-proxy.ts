// A TCP proxy in front of a real server, to cut or stall the network under a client without mocks.
import net from 'node:net';

export type Proxy = {
  url: string;
  /** Keeps connections open but passes nothing either way until thawed (a stalled network). */
  freeze(): void;
  thaw(): void;
  /** Drops every connection and hangs up on new ones (a database that went down). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
};

/** A TCP proxy on 127.0.0.1:<random> in front of the real server, for outages without mocks. */
export async function startProxy(target: URL): Promise<Proxy> {
  const sockets = new Set<net.Socket>();
  let frozen = false;
  let refusing = false;
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    // Frozen sockets stop reading: bytes wait in the kernel, as on a stalled network, and flow on thaw.
    if (frozen) socket.pause();
  };
  const server = net.createServer((client) => {
    track(client);
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    track(upstream);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as net.AddressInfo).port);
  return {
    url: proxied.toString(),
    freeze: () => {
      frozen = true;
      for (const socket of sockets) socket.pause();
    },
    thaw: () => {
      frozen = false;
      for (const socket of sockets) socket.resume();
    },
    cut: () => {
      refusing = true;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      refusing = false;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
