// Runs before every page and public/'s files (not the API or Next.js's static files, see the matcher):
// the page's Content-Security-Policy with a fresh nonce, HSTS over https, and one address per page.
import { NextResponse, type NextRequest } from "next/server";
import { HSTS, newNonce, pagePolicy, policySettings } from "@/lib/security/page-policy";

/** The files in public/ (icons, manifest, robots.txt, preview image): all at the top, all with an extension. */
const PUBLIC_FILE = /^\/[^/]+\.(?:ico|png|svg|webmanifest|txt)$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_FILE.test(pathname)) {
    // Static files are only read, and whole (they are small): Next.js answers another method, or a
    // malformed Range header, with a 500.
    if (request.method !== "GET" && request.method !== "HEAD") return new NextResponse(null, { status: 405, headers: { Allow: "GET, HEAD" } });
    const headers = new Headers(request.headers);
    headers.delete("range");
    return NextResponse.next({ request: { headers } });
  }
  // next.config.js skips Next.js's own trailing-slash redirect so the API answers "/get_bins/"
  // itself (without repeating a ?token= in a redirect); pages keep it.
  if (pathname !== "/" && pathname.endsWith("/")) {
    return NextResponse.redirect(new URL(pathname.replace(/\/+$/, "") + search, request.url), 308);
  }
  const settings = policySettings();
  const nonce = newNonce();
  const policy = pagePolicy(nonce, settings, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy); // Next.js takes the nonce from here
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (settings.https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

// Everything but the API (with or without /api, and a trailing slash), Next.js's static files and
// /docs's assets. Prefetches too: a prefetched document may be the one shown.
export const config = {
  matcher: [
    "/((?!api(?:/|$)|_next/static/|_next/image|docs/assets/|openapi\\.json/?$|get_bins/?$|artists/get_user_artists/?$|tracks/features/?$).*)",
  ],
};
