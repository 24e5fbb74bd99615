// Small helpers for building replies. Handlers return a Reply; the router writes it
// (so faults such as "malformed body" can be applied after the handler ran).
import type { IncomingMessage } from "node:http";
import { randomBytes } from "node:crypto";

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "application/json; charset=utf-8", ...headers }, body: JSON.stringify(value) };
}

const COMMA = Buffer.from(",");
/** JSON null, for a list item that does not exist. */
export const JSON_NULL = Buffer.from("null");

/** `before[items]after` from items already serialized: their bytes are copied, not re-encoded. */
export function jsonListBytes(before: string, items: Buffer[], after: string): Buffer {
  return Buffer.concat([Buffer.from(`${before}[`), ...items.flatMap((item, i) => (i > 0 ? [COMMA, item] : [item])), Buffer.from(`]${after}`)]);
}

/** The 200 reply `{"<field>":[items]}` from items already serialized. */
export function jsonListReply(field: string, items: Buffer[]): Reply {
  return { status: 200, headers: { "content-type": "application/json; charset=utf-8" }, body: jsonListBytes(`{"${field}":`, items, "}") };
}

export function html(status: number, page: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers }, body: page };
}

export function text(status: number, body: string, contentType = "text/plain; charset=utf-8"): Reply {
  return { status, headers: { "content-type": contentType }, body };
}

export function redirect(location: string): Reply {
  return { status: 302, headers: { location, "cache-control": "no-store" }, body: "" };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

export async function readBody(req: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) throw new Error("body too large");
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses a JSON body; returns undefined for an empty body, throws on bad JSON. */
export function parseJsonBody(body: string): unknown {
  if (body.trim() === "") return undefined;
  return JSON.parse(body);
}

export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString("base64url");
}
