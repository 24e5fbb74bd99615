// HTML pages of the sandbox's accounts service: the consent page and the error page.
import type { CatalogListener } from "../catalog/types";
import { escapeHtml as e } from "./http";
import { SCOPES } from "./scopes";

const STYLE = `
:root{color-scheme:light dark;--bg:#f6f5f2;--fg:#1b1b1b;--muted:#5a5a5a;--card:#fff;--line:#d7d4cc;--accent:#116d3c;--accent-fg:#fff;--focus:#1f5fd1}
@media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#f1f1f1;--muted:#b5b5b5;--card:#1f1f1f;--line:#3a3a3a;--accent:#3ecf7c;--accent-fg:#0b0b0b;--focus:#8fb4ff}}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
main{max-width:38rem;margin:2rem auto;padding:1.5rem;background:var(--card);border:1px solid var(--line);border-radius:12px}
h1{font-size:1.5rem;margin:0 0 .25rem}.banner{display:inline-block;font-size:.85rem;font-weight:600;padding:.15rem .6rem;border-radius:999px;background:#ffe8a3;color:#3b2d00;margin-bottom:1rem}
p.muted,.muted{color:var(--muted)}fieldset{border:1px solid var(--line);border-radius:8px;margin:1rem 0;padding:.75rem 1rem}legend{font-weight:600;padding:0 .25rem}
.persona{display:flex;gap:.75rem;align-items:flex-start;padding:.5rem;border-radius:8px}.persona:hover{background:color-mix(in srgb,var(--line) 35%,transparent)}
.persona input{margin-top:.35rem;width:1.1rem;height:1.1rem}.persona label{cursor:pointer}.persona .name{font-weight:600;display:block}.persona .taste{color:var(--muted);font-size:.92rem}
ul.scopes{margin:.25rem 0 0;padding-left:1.25rem}select{font:inherit;padding:.35rem;max-width:100%;background:var(--card);color:var(--fg);border:1px solid var(--line);border-radius:6px}
.actions{display:flex;gap:.75rem;margin-top:1.25rem}button{font:inherit;font-weight:600;padding:.6rem 1.4rem;border-radius:999px;border:1px solid var(--line);background:transparent;color:var(--fg);cursor:pointer}
button.primary{background:var(--accent);border-color:var(--accent);color:var(--accent-fg)}:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
code{font-size:.9em}footer{margin-top:1.25rem;font-size:.85rem;color:var(--muted)}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export interface ConsentPageInput {
  requestId: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  listeners: CatalogListener[];
}

export function consentPage(input: ConsentPageInput): string {
  const curated = input.listeners.filter((l) => l.id.startsWith("demo-"));
  const others = input.listeners.filter((l) => !l.id.startsWith("demo-"));
  const radios = curated
    .map(
      (l, i) => `<div class="persona">
  <input type="radio" name="listener" id="listener-${e(l.id)}" value="${e(l.id)}"${i === 0 ? " checked" : ""} aria-describedby="taste-${e(l.id)}">
  <label for="listener-${e(l.id)}"><span class="name">${e(l.displayName)}</span><span class="taste" id="taste-${e(l.id)}">${e(l.taste)}</span></label>
</div>`,
    )
    .join("\n");
  const otherBlock =
    others.length > 0
      ? `<p><label for="other-listener">Or another demo listener</label><br>
<select id="other-listener" name="other_listener">
<option value="">(use the choice above)</option>
${others.map((l) => `<option value="${e(l.id)}">${e(l.displayName)} — ${e(l.taste)}</option>`).join("\n")}
</select></p>`
      : "";
  const scopeItems =
    input.scopes.length > 0
      ? input.scopes.map((s) => `<li>${e(SCOPES[s] ?? s)} <span class="muted">(<code>${e(s)}</code>)</span></li>`).join("\n")
      : "<li>See your public profile</li>";
  return page(
    "Sandbox — demo data, not Spotify",
    `<span class="banner" role="note">Sandbox — demo data, not Spotify</span>
<h1>Sign in as a demo listener</h1>
<p class="muted">The app <strong>${e(input.clientId)}</strong> asks to see a listener's data. Nothing here is a real Spotify account.</p>
<form method="post" action="authorize">
<input type="hidden" name="request_id" value="${e(input.requestId)}">
<fieldset>
<legend>Choose a listener</legend>
${radios}
${otherBlock}
</fieldset>
<section aria-labelledby="scopes-heading">
<h2 id="scopes-heading" style="font-size:1.05rem;margin:0">The app will be able to:</h2>
<ul class="scopes">
${scopeItems}
</ul>
</section>
<div class="actions">
<button type="submit" name="action" value="agree" class="primary">Agree</button>
<button type="submit" name="action" value="cancel">Cancel</button>
</div>
</form>
<footer>You will be sent back to <code>${e(input.redirectUri)}</code>.</footer>`,
  );
}

export function errorPage(message: string, detail?: string): string {
  return page(
    "Error — Sandbox accounts",
    `<span class="banner" role="note">Sandbox — demo data, not Spotify</span>
<h1>Oops! Something went wrong</h1>
<p role="alert"><strong>${e(message)}</strong></p>
${detail ? `<p class="muted">${e(detail)}</p>` : ""}`,
  );
}
