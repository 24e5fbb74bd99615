// Deterministic SVG avatars (artists) and covers (albums) with initials.
import type { SandboxContext } from "./context";
import { escapeHtml, type Reply } from "./http";

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h >>> 0;
}

export function initials(name: string): string {
  const words = name.replace(/^the\s+/i, "").split(/[\s\-_/]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const letters = words.slice(0, 2).map((w) => [...w.replace(/[^\p{L}\p{N}]/gu, "")][0] ?? "");
  return letters.join("").toUpperCase() || "?";
}

export function svgImage(kind: "artist" | "album", id: string, name: string): string {
  const h = hash(id);
  const hue1 = h % 360;
  const hue2 = (hue1 + 40 + ((h >>> 9) % 100)) % 360;
  const angle = (h >>> 17) % 360;
  const shape =
    kind === "artist"
      ? `<circle cx="${420 + ((h >>> 3) % 120)}" cy="${140 + ((h >>> 5) % 120)}" r="${90 + ((h >>> 7) % 60)}" fill="hsl(${hue2} 80% 70%)" opacity=".45"/>`
      : `<rect x="${60 + ((h >>> 3) % 80)}" y="${380 + ((h >>> 5) % 80)}" width="520" height="40" fill="hsl(${hue2} 80% 75%)" opacity=".5"/><rect x="60" y="470" width="${200 + ((h >>> 7) % 300)}" height="24" fill="#fff" opacity=".35"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="640" height="640" viewBox="0 0 640 640" role="img" aria-label="${escapeHtml(name)}">
<defs><linearGradient id="g" gradientTransform="rotate(${angle} .5 .5)"><stop offset="0" stop-color="hsl(${hue1} 70% 45%)"/><stop offset="1" stop-color="hsl(${hue2} 75% 35%)"/></linearGradient></defs>
<rect width="640" height="640" fill="url(#g)"/>
${shape}
<text x="320" y="${kind === "artist" ? 320 : 300}" dy=".35em" text-anchor="middle" font-family="system-ui,Segoe UI,Roboto,sans-serif" font-size="220" font-weight="700" fill="#fff">${escapeHtml(initials(name))}</text>
</svg>`;
}

export function imageReply(ctx: SandboxContext, kind: string, file: string): Reply {
  const id = file.replace(/\.svg$/, "");
  const name =
    kind === "artist" ? ctx.lookup.artistsById.get(id)?.name : kind === "album" ? ctx.lookup.albumsById.get(id)?.name : undefined;
  if ((kind !== "artist" && kind !== "album") || !file.endsWith(".svg") || name === undefined)
    return { status: 404, headers: { "content-type": "text/plain; charset=utf-8" }, body: "Not found" };
  return {
    status: 200,
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "public, max-age=86400", "access-control-allow-origin": "*" },
    body: svgImage(kind, id, name),
  };
}
