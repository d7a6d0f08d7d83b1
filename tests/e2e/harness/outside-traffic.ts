/**
 * A local HTTP proxy that refuses everything and writes it down. Firefox is pointed at it for all
 * traffic except 127.0.0.1 and localhost, so a test both keeps the browser offline and sees every
 * request the browser or the extension tried to make beyond the machine.
 */
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface OutsideTrafficTrap {
  port: number;
  /** What reached the proxy: `GET http://host/path` or `CONNECT host:443`, in order. */
  requests(): string[];
  close(): Promise<void>;
}

export async function startOutsideTrafficTrap(): Promise<OutsideTrafficTrap> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(502, { 'content-type': 'text/plain', connection: 'close' });
    response.end('Refused: the test browser is offline.');
  });
  server.on('connect', (request, socket: Socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests: () => [...seen],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
