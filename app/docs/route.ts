// The interactive API reference (Swagger UI, as the original served at /docs), rendering /api/openapi.json.
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Gigscovery API reference</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
  <style>body{margin:0} .topbar{display:none}</style>
</head>
<body>
  <main id="swagger-ui"></main>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/assets/docs-init.js"></script>
</body>
</html>`;

export function GET() {
  return new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
