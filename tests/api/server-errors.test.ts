import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { APP_URL, listenerToken, requireStack, resetSandbox, sandboxCounters } from "../helpers/app-client";
import { jsonError, send, sendLines, type RawRequest } from "./raw-http";

// Requests that used to get a 500 from the server (issue 16's repros): each gets the right 4xx with a
// JSON error saying what is wrong, and nothing reaches an upstream.

beforeAll(requireStack);
beforeEach(resetSandbox);

async function expectRefused(r: RawRequest, status: number, message: RegExp) {
  const answer = await send(APP_URL, r);
  expect(answer.status, `${r.method} ${r.path}`).toBe(status);
  expect(jsonError(answer), `${r.method} ${r.path}: ${answer.body.slice(0, 200)}`).toMatch(message);
  return answer;
}

describe("addresses", () => {
  for (const file of ["__proto__", "toString", "constructor", "valueOf", "hasOwnProperty"]) {
    it(`/docs/assets/${file} is a 404, not a file looked up on Object.prototype`, async () => {
      await expectRefused({ method: "GET", path: `/docs/assets/${file}` }, 404, /Not found/);
    });
  }

  it("the home page's sign-in error naming one of Object's own properties (?error=constructor) is its plain message, not a 500 (found by the fuzz test)", async () => {
    for (const code of ["constructor", "__proto__", "toString"]) {
      const answer = await send(APP_URL, { method: "GET", path: `/?error=${code}` });
      expect(answer.status, code).toBe(200);
      expect(answer.body).toContain("Sign-in failed. Please try again.");
    }
  });

  for (const path of ["/docs/assets/%ff", "/docs/assets/%", "/api/auth/%ff"]) {
    it(`${path}: a malformed percent-encoding is a 400`, async () => {
      await expectRefused({ method: "GET", path }, 400, /malformed percent-encoding/);
    });
  }

  it("unknown API addresses are a JSON 404, for every method", async () => {
    for (const method of ["GET", "POST", "DELETE", "OPTIONS"]) {
      await expectRefused({ method, path: "/api/no/such/endpoint" }, 404, /no such endpoint/);
    }
    await expectRefused({ method: "GET", path: "/api" }, 404, /no such endpoint/);
  });
});

describe("methods", () => {
  for (const path of ["/api/get_bins", "/get_bins", "/", "/docs"]) {
    it(`TRACE ${path} is a 405 naming the methods served`, async () => {
      const answer = await expectRefused({ method: "TRACE", path }, 405, /TRACE is not supported/);
      expect(answer.headers.allow).toMatch(/GET/);
    });
  }

  it("PROPFIND (a method Next.js does not route) is a 405 too", async () => {
    await expectRefused({ method: "PROPFIND", path: "/api/places?q=x" }, 405, /PROPFIND is not supported/);
  });

  it('raw "OPTIONS * HTTP/1.1" is answered as the ping it is (204), other methods on "*" are a 400', async () => {
    expect(await sendLines(APP_URL, ["OPTIONS * HTTP/1.1", "Host: 127.0.0.1", "Connection: close"])).toBe("HTTP/1.1 204 No Content");
    expect(await sendLines(APP_URL, ["GET * HTTP/1.1", "Host: 127.0.0.1", "Connection: close"])).toBe("HTTP/1.1 400 Bad Request");
  });
});

describe("Next.js's router headers", () => {
  for (const path of ["/?_rsc=abc", "/discover?_rsc=abc", "/no-such-page?_rsc=abc"]) {
    it(`RSC: 1 with a garbage Next-Router-State-Tree on ${path} is a 400`, async () => {
      await expectRefused({ method: "GET", path, headers: { RSC: "1", "Next-Router-State-Tree": "garbage" } }, 400, /Next-Router-State-Tree/);
    });
  }
});

describe("sign-in (next-auth)", () => {
  it("a callbackUrl that is neither a path nor a URL is a 400 (was a 500 with a stack trace logged)", async () => {
    await expectRefused({ method: "GET", path: "/api/auth/session?callbackUrl=x" }, 400, /callbackUrl must be a path/);
    await expectRefused({ method: "GET", path: "/api/auth/signin?callbackUrl=%2F%2F" }, 400, /callbackUrl/);
  });

  it("a callback-url cookie that is not a URL is a 400 that clears it", async () => {
    const answer = await expectRefused({ method: "GET", path: "/api/auth/session", headers: { Cookie: "next-auth.callback-url=x" } }, 400, /cleared/);
    expect(String(answer.headers["set-cookie"])).toMatch(/^next-auth\.callback-url=; Path=\/; Max-Age=0/);
  });

  it("a JSON content type with a body that is not JSON is a 400", async () => {
    await expectRefused(
      { method: "POST", path: "/api/auth/signin/spotify", headers: { "Content-Type": "application/json" }, body: "notjson" },
      400,
      /not valid JSON/,
    );
  });

  it("a callbackUrl in the body that is not a URL leads home, not to a 500", async () => {
    const csrf = await send(APP_URL, { method: "GET", path: "/api/auth/csrf" });
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const cookie = [csrf.headers["set-cookie"]].flat().map((c) => String(c).split(";")[0]).join("; ");
    const answer = await send(APP_URL, {
      method: "POST",
      path: "/api/auth/signin/spotify",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: new URLSearchParams({ csrfToken, callbackUrl: "x", json: "true" }).toString(),
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).url).toMatch(/\/accounts\/authorize\?/);
  });

  it("an error code that is not a word is a 400 (next-auth put it into its redirect raw: a 500 found by the fuzz test)", async () => {
    for (const path of ["/api/auth/error?error=%F0%9F%98%80", "/api/auth/error?error=a%0D%0ALocation:%20x", "/api/auth/error/%C3%A9t%C3%A9"]) {
      await expectRefused({ method: "GET", path }, 400, /error codes/);
    }
    const known = await send(APP_URL, { method: "GET", path: "/api/auth/error?error=AccessDenied" });
    expect(known.status).toBe(302);
    expect(known.headers.location).toBe("/?error=AccessDenied");
  });

  it("next-auth's endpoint for browser logs is closed", async () => {
    await expectRefused(
      { method: "POST", path: "/api/auth/_log", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "level=error&code=X&message=forged" },
      404,
      /does not collect browser logs/,
    );
  });

  it("other methods get a JSON 405", async () => {
    const answer = await expectRefused({ method: "DELETE", path: "/api/auth/session" }, 405, /DELETE is not allowed here/);
    expect(answer.headers.allow).toBe("GET, POST");
  });
});

describe("the listener's token", () => {
  const malformed = { "CR/LF": "abc%0D%0Adef", LF: "abc%0Adef", NUL: "abc%00def", "a space": "abc%20def", "2049 characters": "a".repeat(2049) };
  for (const [what, token] of Object.entries(malformed)) {
    it(`a token with ${what} is a 401 without asking Spotify (was a 502 after 3 tries)`, async () => {
      for (const path of ["/api/get_bins?latitude=52.37&longitude=4.9&date_begin=2026-12-01&date_end=2026-12-31", "/api/artists/get_user_artists?n_of_top_artists=5"]) {
        await expectRefused({ method: "GET", path: `${path}&token=${token}` }, 401, /token is malformed/);
      }
      expect((await sandboxCounters()).total).toBe(0);
    });
  }

  it("a bearer token outside the token alphabet (é) is a 401 without asking Spotify", async () => {
    await expectRefused({ method: "GET", path: "/api/tracks/features", headers: { Authorization: "Bearer t\xe9st" } }, 401, /token is malformed/);
    expect((await sandboxCounters()).total).toBe(0);
  });

  it("a real token still works, in the header and in the query", async () => {
    const token = await listenerToken();
    expect((await send(APP_URL, { method: "GET", path: "/api/artists/get_user_artists", headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await send(APP_URL, { method: "GET", path: `/artists/get_user_artists?token=${token}` })).status).toBe(200);
  });

});
