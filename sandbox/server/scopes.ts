// Spotify authorization scopes, in plain words for the consent page.
export const SCOPES: Record<string, string> = {
  "app-remote-control": "Communicate with the Spotify app on your device",
  "playlist-read-private": "Access your private playlists",
  "playlist-read-collaborative": "Access your collaborative playlists",
  "playlist-modify-public": "Manage your public playlists",
  "playlist-modify-private": "Manage your private playlists",
  "user-library-read": "Access your saved content",
  "user-library-modify": "Manage your saved content",
  "user-read-private": "Access your subscription details and country",
  "user-read-email": "Get your email address",
  "user-follow-read": "Access your followers and who you are following",
  "user-follow-modify": "Manage who you are following",
  "user-top-read": "Read your top artists and tracks",
  "user-read-playback-position": "Read your position in content you have played",
  "user-read-playback-state": "Read your currently playing content and Spotify Connect devices",
  "user-read-recently-played": "Access your recently played items",
  "user-read-currently-playing": "Read your currently playing content",
  "user-modify-playback-state": "Control playback on your Spotify clients and Spotify Connect devices",
  "ugc-image-upload": "Upload images to Spotify on your behalf",
  streaming: "Play content and control playback on your other devices",
  "user-personalized": "Get personalized content for you",
  "user-soa-link": "Link a partner account",
  "user-soa-unlink": "Unlink a partner account",
  "soa-manage-entitlements": "Manage entitlements",
  "soa-manage-partner": "Manage partner settings",
  "soa-create-partner": "Create partners",
};

export function parseScopes(raw: string | null): { ok: true; scopes: string[] } | { ok: false; bad: string } {
  const scopes = (raw ?? "").split(/[\s+]+/).filter(Boolean);
  for (const s of scopes) if (!(s in SCOPES)) return { ok: false, bad: s };
  return { ok: true, scopes: [...new Set(scopes)] };
}
