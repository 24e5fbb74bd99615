/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The original API answered at these paths without /api; existing clients keep working.
  async rewrites() {
    return [
      { source: "/artists/get_user_artists", destination: "/api/artists/get_user_artists" },
      { source: "/tracks/features", destination: "/api/tracks/features" },
      { source: "/get_bins", destination: "/api/get_bins" },
    ];
  },
};

module.exports = nextConfig;
