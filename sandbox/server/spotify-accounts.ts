// Spotify accounts service stand-in under /accounts (https://accounts.spotify.com):
// GET /authorize (consent page), POST /authorize (the person's decision), POST /api/token (authorization
// code with PKCE, refresh, and the app's own client-credentials grant).
import { createHash } from "node:crypto";
import type { SandboxContext } from "./context";
import { consentPage, errorPage } from "./consent-page";
import type { Fault } from "./faults";
import { html, json, randomToken, redirect, type Reply } from "./http";
import type { RequestInfo, Route } from "./route";
import { routesOf, safeDecode } from "./route";
import { parseScopes } from "./scopes";
import { SERVER_ERROR_MESSAGES } from "./spotify-web-api";

interface PendingAuthorization {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string | null;
  codeChallenge: string | null;
  expiresAt: number;
}

const PENDING_TTL_MS = 30 * 60 * 1000;

function tokenError(status: number, error: string, description: string): Reply {
  return json(status, { error, error_description: description }, { "cache-control": "no-store" });
}

export function accountsFaultReply(fault: Fault): Reply | null {
  if (fault.kind === "rateLimited")
    return json(429, { error: "rate_limit_exceeded", error_description: "API rate limit exceeded" }, { "retry-after": String(fault.retryAfter) });
  if (fault.kind === "error") return json(fault.status, { error: "server_error", error_description: SERVER_ERROR_MESSAGES[fault.status] });
  return null;
}

/** Spotify's redirect URI rules since Nov 2025: https, or http only on a loopback IP literal; never "localhost". */
export function redirectUriProblem(uri: string): string | null {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return "The redirect URI is not a valid URI.";
  }
  if (u.hostname === "localhost") return "localhost is not allowed as a redirect URI; use a loopback address such as 127.0.0.1.";
  if (u.protocol === "http:" && u.hostname !== "127.0.0.1" && u.hostname !== "[::1]")
    return "Insecure redirect URI: plain http is only allowed for loopback addresses (127.0.0.1 or [::1]).";
  if (u.hash) return "The redirect URI must not contain a fragment.";
  return null;
}

function withParams(uri: string, params: Record<string, string | null>): string {
  const u = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== null) u.searchParams.set(k, v);
  return u.toString();
}

export function createAccounts(ctx: SandboxContext) {
  const pending = new Map<string, PendingAuthorization>();

  function authorizeGet(req: RequestInfo): Reply {
    const p = req.url.searchParams;
    const clientId = p.get("client_id");
    if (!clientId || clientId !== ctx.config.clientId) return html(400, errorPage("INVALID_CLIENT: Invalid client"));
    const redirectUri = p.get("redirect_uri");
    if (!redirectUri) return html(400, errorPage("INVALID_CLIENT: Invalid redirect URI", "redirect_uri is missing."));
    const problem = redirectUriProblem(redirectUri);
    if (problem) return html(400, errorPage("INVALID_CLIENT: Invalid redirect URI", problem));
    if (!ctx.config.redirectUris.includes(redirectUri))
      return html(400, errorPage("INVALID_CLIENT: Invalid redirect URI", "The redirect URI is not in the app's allow-list (exact match)."));
    const state = p.get("state");
    const fail = (error: string, description?: string) =>
      redirect(withParams(redirectUri, { error, ...(description ? { error_description: description } : {}), state }));
    const responseType = p.get("response_type");
    if (!responseType) return fail("invalid_request", "response_type must be supplied");
    if (responseType !== "code") return fail("unsupported_response_type", "response_type must be code");
    const scopes = parseScopes(p.get("scope"));
    if (!scopes.ok) return fail("invalid_scope", `Invalid scope: ${scopes.bad}`);
    const challenge = p.get("code_challenge");
    const method = p.get("code_challenge_method");
    if (challenge !== null || method !== null) {
      if (method !== "S256") return fail("invalid_request", "code_challenge_method must be S256");
      if (!challenge || !/^[A-Za-z0-9_-]{43,128}$/.test(challenge)) return fail("invalid_request", "code_challenge is invalid");
    }
    const requestId = randomToken(16);
    pending.set(requestId, { clientId, redirectUri, scopes: scopes.scopes, state, codeChallenge: challenge, expiresAt: Date.now() + PENDING_TTL_MS });
    return html(200, consentPage({ requestId, clientId, redirectUri, scopes: scopes.scopes, listeners: ctx.catalog.listeners }));
  }

  function authorizePost(req: RequestInfo): Reply {
    const form = new URLSearchParams(req.body);
    const id = form.get("request_id") ?? "";
    const pend = pending.get(id);
    if (!pend || pend.expiresAt < Date.now())
      return html(400, errorPage("Your sign-in request expired or is unknown.", "Go back to the app and start signing in again."));
    pending.delete(id);
    if (form.get("action") !== "agree") return redirect(withParams(pend.redirectUri, { error: "access_denied", state: pend.state }));
    // A choice in the "other listener" list wins over the persona radio buttons.
    const listenerId = form.get("other_listener") || form.get("listener") || "";
    if (!ctx.lookup.listenersById.has(listenerId)) return html(400, errorPage("Unknown demo listener.", "Go back and choose one of the listeners."));
    const code = ctx.tokens.createCode({
      clientId: pend.clientId,
      redirectUri: pend.redirectUri,
      scope: pend.scopes.join(" "),
      listenerId,
      codeChallenge: pend.codeChallenge,
    });
    return redirect(withParams(pend.redirectUri, { code, state: pend.state }));
  }

  function token(req: RequestInfo): Reply {
    const form = new URLSearchParams(req.body);
    const grantType = form.get("grant_type");
    if (!grantType) return tokenError(400, "unsupported_grant_type", "grant_type parameter is missing");
    if (grantType !== "authorization_code" && grantType !== "refresh_token" && grantType !== "client_credentials")
      return tokenError(400, "unsupported_grant_type", "grant_type must be client_credentials, authorization_code or refresh_token");

    // Client authentication: HTTP Basic, or client_id (+ client_secret) in the body.
    let clientId = form.get("client_id");
    let clientSecret = form.get("client_secret");
    const authz = req.headers.authorization;
    if (authz) {
      const m = /^Basic\s+(\S+)$/i.exec(authz);
      const decoded = m?.[1] ? Buffer.from(m[1], "base64").toString("utf8") : "";
      const colon = decoded.indexOf(":");
      if (colon < 0) return tokenError(400, "invalid_client", "Invalid client");
      clientId = safeDecode(decoded.slice(0, colon));
      clientSecret = safeDecode(decoded.slice(colon + 1));
    }
    if (!clientId || clientId !== ctx.config.clientId) return tokenError(400, "invalid_client", "Invalid client");
    if (clientSecret !== null && clientSecret !== ctx.config.clientSecret) return tokenError(400, "invalid_client", "Invalid client secret");
    const confidential = clientSecret !== null;
    const knobs = ctx.knobs();

    if (grantType === "client_credentials") {
      // The app's own token: no listener, no scope, no refresh token; only the app's secret gets one.
      if (!confidential) return tokenError(400, "invalid_client", "Invalid client secret");
      const accessToken = ctx.tokens.issueAccess(null, clientId, "", knobs.tokenTtlSeconds);
      return json(200, { access_token: accessToken, token_type: "Bearer", expires_in: knobs.tokenTtlSeconds }, { "cache-control": "no-store" });
    }

    if (grantType === "authorization_code") {
      const code = form.get("code");
      if (!code) return tokenError(400, "invalid_request", "code must be supplied");
      const entry = ctx.tokens.codes.get(code);
      if (!entry || entry.used || entry.expiresAt < Date.now() || entry.clientId !== clientId)
        return tokenError(400, "invalid_grant", "Invalid authorization code");
      if (form.get("redirect_uri") !== entry.redirectUri) return tokenError(400, "invalid_grant", "Invalid redirect URI");
      const verifier = form.get("code_verifier");
      if (entry.codeChallenge) {
        const digest = verifier ? createHash("sha256").update(verifier).digest("base64url") : "";
        if (digest !== entry.codeChallenge) return tokenError(400, "invalid_grant", "code_verifier was incorrect");
      } else if (!confidential) {
        return tokenError(400, "invalid_client", "Invalid client secret");
      }
      entry.used = true;
      return json(200, ctx.tokens.issuePair(entry.listenerId, clientId, entry.scope, knobs.tokenTtlSeconds), { "cache-control": "no-store" });
    }

    const refreshToken = form.get("refresh_token");
    if (!refreshToken) return tokenError(400, "invalid_request", "refresh_token must be supplied");
    const rt = ctx.tokens.refresh.get(refreshToken);
    if (!rt || rt.clientId !== clientId) return tokenError(400, "invalid_grant", "Invalid refresh token");
    const accessToken = ctx.tokens.issueAccess(rt.listenerId, clientId, rt.scope, knobs.tokenTtlSeconds);
    const body: Record<string, unknown> = { access_token: accessToken, token_type: "Bearer", scope: rt.scope, expires_in: knobs.tokenTtlSeconds };
    if (knobs.refreshTokenRotation) {
      ctx.tokens.refresh.delete(refreshToken);
      body.refresh_token = ctx.tokens.issueRefresh(rt.listenerId, clientId, rt.scope);
    }
    return json(200, body, { "cache-control": "no-store" });
  }

  /** Matches a path below /accounts (e.g. "/api/token"). */
  return function matchAccounts(method: string, sub: string): Route {
    const route = routesOf("accounts", method);
    const mk = (handle: Route["handle"]): Route => route(sub, sub, safeDecode(sub), handle);
    if (sub === "/authorize" && method === "GET") return mk(authorizeGet);
    if (sub === "/authorize" && method === "POST") return mk(authorizePost);
    if (sub === "/api/token" && method === "POST") return mk(token);
    if (sub === "/api/token") return mk(() => tokenError(405, "invalid_request", "Method not allowed"));
    return mk(() => html(404, errorPage("Page not found")));
  };
}
