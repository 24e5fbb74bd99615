import { NotSignedInError } from "@/lib/errors";
import { sessionAccessToken } from "@/lib/auth/session-token";

/**
 * The listener's Spotify token, from (in this order) the `Authorization: Bearer` header, the
 * original API's `token` query parameter, or the signed-in session. Never logged or stored.
 */
export async function listenerToken(req: Request, queryToken: string | undefined): Promise<string> {
  const header = req.headers.get("authorization");
  const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const token = bearer ?? queryToken ?? (await sessionAccessToken(req));
  if (!token) throw new NotSignedInError();
  return token;
}
