// Requests as a hostile client sends them: any method (TRACE too), the path byte for byte (no URL
// normalising, "%ff" stays), and answers read whatever their type. fetch() allows none of this.
import { Agent, request } from "node:http";
import { connect } from "node:net";

export interface RawRequest {
  method: string;
  /** Path and query exactly as sent. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

export function send(base: string, r: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    // A body always says its length: Node sends a DELETE's or OPTIONS's without framing otherwise.
    const headers = r.body === undefined ? r.headers : { ...r.headers, "Content-Length": String(Buffer.byteLength(r.body)) };
    const req = request({ agent, host: hostname, port, method: r.method, path: r.path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(r.body);
  });
}

/** One request written to a socket by hand (e.g. "OPTIONS * HTTP/1.1", which no client library sends): the status line. */
export function sendLines(base: string, lines: string[]): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(lines.join("\r\n") + "\r\n\r\n"));
    let text = "";
    socket.on("data", (c: Buffer) => (text += c.toString("latin1")));
    socket.on("end", () => resolve(text.split("\r\n", 1)[0]!));
    socket.on("error", reject);
  });
}

/** The answer's JSON `error` message; undefined unless it is JSON with a non-empty one and a `code`. */
export function jsonError(a: RawAnswer): string | undefined {
  if (!String(a.headers["content-type"]).startsWith("application/json")) return undefined;
  try {
    const body = JSON.parse(a.body) as { error?: unknown; code?: unknown };
    return typeof body.error === "string" && body.error.length > 0 && typeof body.code === "string" ? body.error : undefined;
  } catch {
    return undefined;
  }
}
