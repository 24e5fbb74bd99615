// Calls to a sandbox for contract and behaviour tests (start one with useSandbox, tests/helpers/sandbox.ts).
import type { Sandbox } from "../../sandbox/server/index";

export const APP_ID = "gigscovery-demo";

export interface Fetched {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function get(sb: Sandbox, path: string, token?: string, init: RequestInit = {}): Promise<Fetched> {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  const res = await fetch(sb.url + path, { ...init, headers, redirect: "manual" });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function postJson(sb: Sandbox, path: string, body: unknown): Promise<Fetched> {
  return get(sb, path, undefined, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

export async function postForm(sb: Sandbox, path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Fetched> {
  return get(sb, path, undefined, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

/** Bandsintown's double escaping for / ? * " (a client sends %252F for "/"). */
export function bandsintownName(name: string): string {
  const special: Record<string, string> = { "/": "%2F", "?": "%3F", "*": "%2A", '"': "%22" };
  return encodeURIComponent(name.replace(/[/?*"]/g, (c) => special[c] ?? c));
}
