// Requests that Next.js cannot take (it would answer a bare 500) are answered at the door instead,
// before Next.js sees them: the HTTP server's "request" event is wrapped once at startup
// (instrumentation.ts), because `next start` offers no earlier hook. The requests it lets through
// are stamped with the client's address (lib/server/client-address.ts) and pass the door (door.ts).
import "server-only";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { stampClientAddress } from "./client-address";
import { atTheDoor } from "./door";

/** The methods Next.js routes; others (TRACE, TRACK, WebDAV's, …) break its request handling. */
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const ALLOW = "GET, HEAD, POST, OPTIONS";

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  /** The JSON error and its code, or none (204). */
  error?: string;
  code?: "bad_request" | "method_not_allowed" | "not_signed_in" | "too_many_requests";
}

/** Why this request is answered at the door, or null when Next.js can take it. */
export function refusal(method: string | undefined, target: string | undefined, headers: IncomingMessage["headers"]): Refusal | null {
  if (target === "*") {
    // "OPTIONS *" asks about the server as a whole (RFC 9110 §9.3.7): a ping, answered as one.
    if (method === "OPTIONS") return { status: 204, headers: { Allow: ALLOW } };
    return badRequest(`The request target "*" is only meaningful with OPTIONS.`);
  }
  if (!method || !METHODS.has(method)) {
    const error = `${method ?? "This method"} is not supported by this server; it answers ${ALLOW}.`;
    return { status: 405, headers: { Allow: ALLOW }, error, code: "method_not_allowed" };
  }
  if (!target?.startsWith("/")) return badRequest("The request target must be a path starting with /.");
  const path = target.split("?", 1)[0]!;
  if (path.includes("%") && !decodes(path)) {
    return badRequest("The address is not valid: it has a malformed percent-encoding (such as %ff or a lone %).");
  }
  const routerState = headers["next-router-state-tree"];
  if (routerState !== undefined && !validRouterState(routerState)) {
    return badRequest("The Next-Router-State-Tree header is not valid; reload the page.");
  }
  return null;
}

const badRequest = (error: string): Refusal => ({ status: 400, headers: {}, error, code: "bad_request" });

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Next.js's own check of the header, which it would otherwise throw from while rendering. */
function validRouterState(value: string | string[]): boolean {
  try {
    parseAndValidateFlightRouterState(value);
    return true;
  } catch {
    return false;
  }
}

function send(res: ServerResponse, { status, headers, error, code }: Refusal): void {
  const common = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Access-Control-Allow-Origin": "*" };
  if (error === undefined) {
    res.writeHead(status, { ...common, ...headers }).end();
    return;
  }
  res.writeHead(status, { ...common, ...headers, "Content-Type": "application/json" }).end(JSON.stringify({ error, code }));
}

const INSTALLED = Symbol.for("gigscovery.requestGuard");

/** Wraps every HTTP server's "request" event in this process (once). */
export function installRequestGuard(): void {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      const refused = refusal(req.method, req.url, req.headers);
      if (refused) {
        send(res, refused);
        return true;
      }
      stampClientAddress(req);
      const door = atTheDoor(req);
      if (door) {
        // Next.js takes the request once the door lets it in (a GET has no body to lose meanwhile).
        door.then(
          (turnedAway) => (turnedAway ? send(res, turnedAway) : emit.call(this, event, ...args)),
          () => emit.call(this, event, ...args), // the routes check again, and answer any error
        );
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as Server["emit"];
}
