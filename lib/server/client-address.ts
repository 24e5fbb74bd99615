import "server-only";
import type { IncomingMessage } from "node:http";
import { config } from "@/lib/config";

// Who is asking, for per-client limits and fair shares: the connection's address, or with
// TRUST_PROXY_HOPS the address our own proxies saw (X-Forwarded-For, counted from the right,
// since a client can write anything to the left). Stamped on the request at the door, where the
// socket is known, over anything the client sent under the same name.

export const CLIENT_ADDRESS_HEADER = "x-gigscovery-client-address";

export function stampClientAddress(req: IncomingMessage): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress ?? "unknown", req.headers["x-forwarded-for"], proxyHops());
}

export function clientAddress(direct: string, forwardedFor: string | string[] | undefined, hops: number): string {
  if (hops === 0 || forwardedFor === undefined) return direct;
  const chain = [forwardedFor]
    .flat()
    .join(",")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? direct;
}

function proxyHops(): number {
  try {
    return config().TRUST_PROXY_HOPS;
  } catch {
    return 0; // not configured: every route says so; the address is only for limits
  }
}
