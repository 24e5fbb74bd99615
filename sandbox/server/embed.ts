// Stand-in for Spotify's embed player: GET /embed/artist/{id} -> a small self-contained HTML page.
import type { CatalogTrack } from "../catalog/types";
import type { SandboxContext } from "./context";
import { escapeHtml as e, html, type Reply } from "./http";

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function embedReply(ctx: SandboxContext, kind: string, id: string): Reply {
  const artist = kind === "artist" ? ctx.lookup.artistsById.get(id) : undefined;
  if (!artist) return html(404, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><main><p>Nothing to preview.</p></main></body></html>`);
  const tracks = artist.trackIds.map((t) => ctx.lookup.tracksById.get(t)).filter((t): t is CatalogTrack => !!t);
  const rows = tracks
    .map((t, i) => `<li><span class="n">${i + 1}</span><span class="t">${e(t.name)}</span><span class="d">${duration(t.features.duration_ms)}</span></li>`)
    .join("\n");
  return html(
    200,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(artist.name)} — Sandbox preview</title>
<style>
*{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#181818;color:#f1f1f1}
main{padding:12px;border-radius:12px;background:linear-gradient(160deg,#2a2a2a,#121212);min-height:100vh}
header{display:flex;gap:12px;align-items:center}img{width:72px;height:72px;border-radius:50%}
h1{font-size:1.15rem;margin:0}.label{font-size:.75rem;color:#ffd86b;font-weight:600}.genres{color:#b3b3b3;font-size:.8rem}
ol{list-style:none;padding:0;margin:12px 0 0}li{display:flex;gap:10px;padding:5px 4px;border-radius:6px}li:hover{background:#ffffff14}
.n{width:1.5em;color:#b3b3b3;text-align:right}.t{flex:1}.d{color:#b3b3b3;font-variant-numeric:tabular-nums}
</style>
</head>
<body>
<main aria-label="Artist preview">
<header>
<img src="/images/artist/${e(artist.id)}.svg" alt="">
<div><div class="label">Sandbox preview — demo data</div><h1>${e(artist.name)}</h1><div class="genres">${e(artist.genres.join(" · "))}</div></div>
</header>
<h2 style="font-size:.85rem;color:#b3b3b3;margin:14px 0 0">Top tracks</h2>
<ol>
${rows}
</ol>
</main>
</body>
</html>`,
    { "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors *" },
  );
}
