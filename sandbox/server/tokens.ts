// In-memory OAuth state: authorization codes, access tokens, refresh tokens. Opaque random strings.
import { randomToken } from "./http";

export interface AuthCode {
  clientId: string;
  redirectUri: string;
  scope: string;
  listenerId: string;
  codeChallenge: string | null;
  expiresAt: number;
  used: boolean;
}

export interface AccessToken {
  /** null for an app token (client-credentials grant): catalogue calls only, no listener. */
  listenerId: string | null;
  clientId: string;
  scope: string;
  expiresAt: number;
}

export interface RefreshToken {
  listenerId: string;
  clientId: string;
  scope: string;
}

/** A token pair as Spotify's token endpoint sends it (and in its field order). */
export interface IssuedToken {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: "Bearer";
  scope: string;
}

export const CODE_TTL_MS = 10 * 60 * 1000;

export class TokenStore {
  codes = new Map<string, AuthCode>();
  access = new Map<string, AccessToken>();
  refresh = new Map<string, RefreshToken>();

  createCode(c: Omit<AuthCode, "expiresAt" | "used">, now = Date.now()): string {
    const code = randomToken(32);
    this.codes.set(code, { ...c, expiresAt: now + CODE_TTL_MS, used: false });
    return code;
  }

  issueAccess(listenerId: string | null, clientId: string, scope: string, ttlSeconds: number, now = Date.now()): string {
    const token = "sbx-at-" + randomToken(32);
    this.access.set(token, { listenerId, clientId, scope, expiresAt: now + ttlSeconds * 1000 });
    return token;
  }

  issueRefresh(listenerId: string, clientId: string, scope: string): string {
    const token = "sbx-rt-" + randomToken(32);
    this.refresh.set(token, { listenerId, clientId, scope });
    return token;
  }

  issuePair(listenerId: string, clientId: string, scope: string, ttlSeconds: number): IssuedToken {
    return {
      access_token: this.issueAccess(listenerId, clientId, scope, ttlSeconds),
      token_type: "Bearer",
      scope,
      expires_in: ttlSeconds,
      refresh_token: this.issueRefresh(listenerId, clientId, scope),
    };
  }

  /** Revokes a token of either kind; returns whether something was revoked. */
  revoke(token: { access_token?: unknown; refresh_token?: unknown }): boolean {
    let found = false;
    if (typeof token.access_token === "string") found = this.access.delete(token.access_token) || found;
    if (typeof token.refresh_token === "string") found = this.refresh.delete(token.refresh_token) || found;
    return found;
  }
}
