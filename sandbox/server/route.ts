// What a matched request looks like to the router.
import type { IncomingHttpHeaders } from "node:http";
import type { Reply } from "./http";
import type { Upstream } from "./knobs";

export interface RequestInfo {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Route {
  /** Counted, delayed and fault-injected when set; null for admin, images, embed. */
  upstream: Upstream | null;
  /** Path template within the upstream, e.g. "GET /v1/artists/{id}". */
  endpoint: string;
  /** Concrete resource, e.g. "GET /v1/artists/<id>" plus the query params that matter. */
  resource: string;
  /** Decoded request path (with the sandbox prefix), matched by the faultMatch knob. */
  decodedPath: string;
  handle(req: RequestInfo): Reply | Promise<Reply>;
}

/**
 * The route builder of one upstream stand-in for one request: `endpoint` and `resource` get the
 * request method in front, `decodedPath` (below the upstream's prefix) gets the prefix "/<upstream>".
 */
export function routesOf(upstream: Upstream, method: string) {
  return (endpoint: string, resource: string, decodedPath: string, handle: Route["handle"]): Route => ({
    upstream,
    endpoint: `${method} ${endpoint}`,
    resource: `${method} ${resource}`,
    decodedPath: `/${upstream}${decodedPath}`,
    handle,
  });
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
