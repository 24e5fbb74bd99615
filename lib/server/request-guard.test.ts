import { createServer, request, type Server } from "node:http";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installRequestGuard, refusal } from "./request-guard";

describe("refusal", () => {
  it("lets ordinary requests through", () => {
    expect(refusal("GET", "/api/get_bins?latitude=1&q=%C3%A9", {})).toBeNull();
    expect(refusal("POST", "/api/auth/signin/spotify", { "next-router-state-tree": encodeURIComponent('["",{"children":["__PAGE__",{}]}]') })).toBeNull();
  });

  it('answers "OPTIONS *" as a ping and refuses "*" with any other method', () => {
    expect(refusal("OPTIONS", "*", {})).toEqual({ status: 204, headers: { Allow: "GET, HEAD, POST, OPTIONS" } });
    expect(refusal("GET", "*", {})).toMatchObject({ status: 400 });
  });

  it("refuses methods Next.js cannot route", () => {
    for (const method of ["TRACE", "TRACK", "PROPFIND", "SEARCH"]) expect(refusal(method, "/", {})).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD, POST, OPTIONS" } });
  });

  it("refuses a path with a percent-encoding that does not decode, not a query", () => {
    for (const path of ["/docs/assets/%ff", "/%", "/a%zz", "/%E0%A4%A"]) expect(refusal("GET", path, {})?.status).toBe(400);
    expect(refusal("GET", "/api/places?q=%ff", {})).toBeNull();
  });

  it("refuses a Next-Router-State-Tree that Next.js could not parse", () => {
    for (const tree of ["garbage", "[1,2]", "%", "x".repeat(50_000)]) expect(refusal("GET", "/", { "next-router-state-tree": tree })?.status).toBe(400);
  });

  it("refuses a target that is not a path", () => {
    expect(refusal("GET", "http://evil.example/", {})?.status).toBe(400);
  });
});

describe("installRequestGuard", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    installRequestGuard();
    installRequestGuard(); // once is enough; twice changes nothing
    server = createServer((_req, res) => res.end("handled"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const ask = (method: string, path: string) =>
    new Promise<{ status: number; type?: string; body: string }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, type: res.headers["content-type"], body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("answers refused requests itself, with a JSON error, and passes the others on", async () => {
    expect(await ask("GET", "/ok")).toEqual({ status: 200, type: undefined, body: "handled" });
    const trace = await ask("TRACE", "/ok");
    expect(trace).toMatchObject({ status: 405, type: "application/json" });
    expect(JSON.parse(trace.body).error).toMatch(/TRACE is not supported/);
    expect(await ask("GET", "/%ff")).toMatchObject({ status: 400, type: "application/json" });
  });

  it('answers a raw "OPTIONS *"', async () => {
    const statusLine = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => socket.end("OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
      let text = "";
      socket.on("data", (c: Buffer) => (text += c));
      socket.on("end", () => resolve(text.split("\r\n", 1)[0]!));
      socket.on("error", reject);
    });
    expect(statusLine).toBe("HTTP/1.1 204 No Content");
  });
});
