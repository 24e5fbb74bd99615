// The one-way structure (../shared/GUIDE.md), checked in CI (`npm run check:structure`):
//   route → pipeline → domain ← sources → http; product code never imports the sandbox.
// Tests may reach across (they wire sources to the sandbox); the rules are about product code.
const PRODUCT_TESTS = "\\.test\\.tsx?$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-imports-only-domain",
      comment: "lib/domain holds our types, ports, capability table and errors: it imports nothing but the domain.",
      severity: "error",
      from: { path: "^lib/domain/" },
      to: { path: "^(?!lib/domain/)", dependencyTypesNot: ["npm", "core"] },
    },
    {
      name: "sources-know-nothing-of-the-pipeline",
      comment: "Sources implement the ports in lib/domain; they never import the pipeline, the server wiring, routes or pages.",
      severity: "error",
      from: { path: "^lib/sources/" },
      to: { path: "^(lib/pipeline|lib/server|lib/api|app|components)/" },
    },
    {
      name: "pipeline-knows-capabilities-not-vendors",
      comment: "The pipeline asks capabilities (lib/domain/ports); it imports no source, route, page or server wiring.",
      severity: "error",
      from: { path: "^lib/pipeline/" },
      to: { path: "^(lib/sources|lib/server|lib/api|lib/auth|app|components)/" },
    },
    {
      name: "lib-never-imports-the-ui",
      comment: "Arrows never point back up: nothing in lib imports a route, page or component.",
      severity: "error",
      from: { path: "^lib/", pathNot: PRODUCT_TESTS },
      to: { path: "^(app|components)/" },
    },
    {
      name: "the-browser-never-imports-server-code",
      comment: "Client components get what the server knows through props (e.g. the sources' names), never by importing server modules.",
      severity: "error",
      from: { path: "^components/", pathNot: PRODUCT_TESTS },
      to: { path: "^lib/(sources|pipeline|server|http|cache|api|config|auth/(options|spotify-token|session-token|server-session|server-settings))" },
    },
    {
      name: "product-code-never-imports-the-sandbox",
      comment: "The sandbox stands in for the upstreams in tests and the demo; the product reaches it only through configured URLs.",
      severity: "error",
      from: { path: "^(app|components|lib|instrumentation\\.ts)", pathNot: PRODUCT_TESTS },
      to: { path: "^sandbox/" },
    },
    {
      name: "no-circular",
      comment: "Data flows one way: no module reaches itself again through its imports.",
      severity: "error",
      from: { path: "^(app|components|lib)/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
