// Headers every answer carries. Pages get their Content-Security-Policy (with a nonce) and HSTS from
// proxy.ts; the API's answers are data, never to be rendered or framed.
const EVERY_ANSWER = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // Cross-site, only our origin: map tile servers ask for it; paths and searches stay ours.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // "Use my location" asks for geolocation; nothing here needs a camera, microphone, payment or USB.
  { key: "Permissions-Policy", value: "geolocation=(self), camera=(), microphone=(), payment=(), usb=()" },
];
const API_POLICY = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];

// The original API's paths, without /api; each also answers with a trailing slash.
const ORIGINAL_PATHS = {
  "/artists/get_user_artists": "/api/artists/get_user_artists",
  "/tracks/features": "/api/tracks/features",
  "/get_bins": "/api/get_bins",
  "/openapi.json": "/api/openapi.json",
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The API answers "/get_bins/" as "/get_bins", as the original's clients may call it, instead of a
  // redirect that repeats the query's token; proxy.ts redirects pages as Next.js would.
  skipTrailingSlashRedirect: true,
  async rewrites() {
    return Object.entries(ORIGINAL_PATHS).map(([source, destination]) => ({ source, destination }));
  },
  async headers() {
    return [
      { source: "/:path*", headers: EVERY_ANSWER },
      ...["/api", "/api/:path*", ...Object.keys(ORIGINAL_PATHS)].map((source) => ({ source, headers: API_POLICY })),
    ];
  },
};

module.exports = nextConfig;
