// Sandbox-only admin endpoints under /__sandbox (JSON).
import { lastfmUserOf, listenbrainzUserOf } from "../catalog/profiles";
import type { SandboxContext } from "./context";
import { json, parseJsonBody, type Reply } from "./http";
import { KnobError } from "./knobs";
import type { RequestInfo } from "./route";
import type { IssuedToken } from "./tokens";

export const DEFAULT_TOKEN_SCOPE = "user-top-read user-read-email user-read-private";

type Body = { ok: true; value: Record<string, unknown> } | { ok: false; reply: Reply };
function body(req: RequestInfo): Body {
  try {
    const v = parseJsonBody(req.body) ?? {};
    if (typeof v !== "object" || v === null || Array.isArray(v)) return { ok: false, reply: json(400, { error: "body must be a JSON object" }) };
    return { ok: true, value: v as Record<string, unknown> };
  } catch {
    return { ok: false, reply: json(400, { error: "body is not valid JSON" }) };
  }
}

export function issueToken(ctx: SandboxContext, listenerId: string, scope = DEFAULT_TOKEN_SCOPE): IssuedToken {
  if (!ctx.lookup.listenersById.has(listenerId)) throw new Error(`unknown listener: ${listenerId}`);
  return ctx.tokens.issuePair(listenerId, ctx.config.clientId, scope, ctx.knobs().tokenTtlSeconds);
}

export function handleAdmin(ctx: SandboxContext, method: string, sub: string, req: RequestInfo): Reply {
  const route = `${method} ${sub}`;
  switch (route) {
    case "GET /health":
      return json(200, { ok: true, seed: ctx.catalog.seed, today: ctx.catalog.today });
    case "GET /knobs":
      return json(200, ctx.knobs());
    case "POST /knobs": {
      const parsed = body(req);
      if (!parsed.ok) return parsed.reply;
      const b = parsed.value;
      try {
        return json(200, ctx.setKnobs(b));
      } catch (err) {
        if (err instanceof KnobError) return json(400, { error: err.message });
        throw err;
      }
    }
    case "POST /knobs/reset":
      return json(200, ctx.resetKnobs());
    case "GET /counters":
      return json(200, ctx.counters.snapshot());
    case "POST /counters/reset":
      ctx.counters.reset();
      return json(200, ctx.counters.snapshot());
    case "GET /listeners":
      return json(
        200,
        ctx.catalog.listeners.map((l) => ({ id: l.id, displayName: l.displayName, taste: l.taste, lastfm: lastfmUserOf(l), listenbrainz: listenbrainzUserOf(l) })),
      );
    case "POST /token": {
      const parsed = body(req);
      if (!parsed.ok) return parsed.reply;
      const b = parsed.value;
      const listener = typeof b.listener === "string" ? b.listener : "";
      const scope = typeof b.scope === "string" ? b.scope : DEFAULT_TOKEN_SCOPE;
      if (!ctx.lookup.listenersById.has(listener)) return json(400, { error: `unknown listener: ${listener}` });
      return json(200, issueToken(ctx, listener, scope));
    }
    case "POST /revoke": {
      const parsed = body(req);
      if (!parsed.ok) return parsed.reply;
      const b = parsed.value;
      return json(200, { revoked: ctx.tokens.revoke(b) });
    }
    default:
      return json(404, { error: `unknown admin endpoint: ${route}` });
  }
}
