// The token-based API may be called from any origin (the original web client lived on another
// site). No cookies are involved there, so a wildcard origin without credentials is safe.
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Max-Age": "86400",
  // Lets a script on another site read how long to wait after a 429.
  "Access-Control-Expose-Headers": "Retry-After",
};

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
