import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

// A tiny stand-in for one vendor: answers each request with the reply a handler scripts, and keeps
// every request URL so tests can count calls and check query strings. Pins exact wire shapes.

export interface StubReply {
  status?: number;
  /** Sent as is when a string, as JSON otherwise. */
  body: unknown;
  headers?: Record<string, string>;
}

export interface StubUpstream {
  url: string;
  requests: URL[];
  close(): Promise<void>;
}

export async function startStub(reply: (url: URL, index: number) => StubReply | Promise<StubReply>): Promise<StubUpstream> {
  const requests: URL[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stub");
    requests.push(url);
    const r = await reply(url, requests.length - 1);
    const text = typeof r.body === "string" ? r.body : JSON.stringify(r.body);
    res.writeHead(r.status ?? 200, { "content-type": "application/json", ...r.headers });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // kept-alive sockets would hold close() for their whole timeout
      }),
  };
}
