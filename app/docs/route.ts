import { readOnly } from "@/lib/api/handle";

// The interactive API reference (Swagger UI, as the original served at /docs), rendering /api/openapi.json.
// Its scripts and style carry the nonce of the page's Content-Security-Policy (proxy.ts).
const page = (nonce: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Gigscovery API reference</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
  <style nonce="${nonce}">body{margin:0} .topbar{display:none}</style>
</head>
<body>
  <main id="swagger-ui"></main>
  <script nonce="${nonce}" src="/docs/assets/swagger-ui-bundle.js"></script>
  <script nonce="${nonce}" src="/docs/assets/docs-init.js"></script>
</body>
</html>`;

// A nonce is base64: anything else (no proxy in front) is left out rather than written into the page.
const NONCE = /^[A-Za-z0-9+/]+=*$/;

export function GET(req: Request) {
  const nonce = req.headers.get("x-nonce") ?? "";
  return new Response(page(NONCE.test(nonce) ? nonce : ""), { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
