// Response validators built from the upstream specs (../shared/specs), dereferenced with
// @apidevtools/swagger-parser and checked with openapi-response-validator.
// "strict" additionally treats every declared property as required (minus a few that real
// responses legitimately omit), because the Spotify spec marks almost nothing as required.
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import OpenAPIResponseValidator from "openapi-response-validator";

export const SPECS_DIR = path.resolve(__dirname, "../../../shared/specs");
export const SPOTIFY_SPEC = path.join(SPECS_DIR, "spotify-web-api.yml");
export const BANDSINTOWN_SPEC = path.join(SPECS_DIR, "bandsintown-v3.yaml");

type Json = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, { responses: Record<string, Json> }>>; components?: Json; definitions?: Json };

/** Properties real responses may leave out even in the full (extended access) API. */
const ALWAYS_OPTIONAL = new Set(["restrictions", "linked_from", "ean", "upc"]);
/** Removed for development-mode apps since Feb/Mar 2026. */
const DEV_MODE_REMOVED = ["followers", "popularity", "available_markets"];

export interface ValidateOptions {
  strict?: boolean;
  devMode?: boolean;
  /** Further property names allowed to be missing in strict mode. */
  optional?: string[];
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function strictify(schema: unknown, optional: Set<string>, seen = new Set<unknown>()): void {
  if (typeof schema !== "object" || schema === null || seen.has(schema)) return;
  seen.add(schema);
  const s = schema as Json;
  if (s.properties && typeof s.properties === "object") {
    const props = Object.keys(s.properties as Json);
    const required = new Set([...(Array.isArray(s.required) ? (s.required as string[]) : []), ...props.filter((p) => !optional.has(p))]);
    s.required = [...required];
  }
  for (const v of Object.values(s)) {
    if (Array.isArray(v)) v.forEach((x) => strictify(x, optional, seen));
    else strictify(v, optional, seen);
  }
}

export interface SpecValidator {
  /** Returns a list of problems; empty when the response matches. */
  validate(pathTemplate: string, method: string, status: number, body: unknown, opts?: ValidateOptions): string[];
  /** Validates against a named response component (OpenAPI 3: components.responses.X). */
  validateComponent(responseName: string, status: number, body: unknown, opts?: ValidateOptions): string[];
}

function run(responses: Record<string, Json>, status: number, body: unknown, opts: ValidateOptions, extra: Partial<Doc>): string[] {
  const responsesCopy = clone(responses);
  if (opts.strict) {
    const optional = new Set([...ALWAYS_OPTIONAL, ...(opts.devMode ? DEV_MODE_REMOVED : []), ...(opts.optional ?? [])]);
    for (const r of Object.values(responsesCopy)) strictify(r, optional);
  }
  const validator = new OpenAPIResponseValidator({
    responses: responsesCopy as never,
    ...(extra.components ? { components: extra.components as never } : {}),
    ...(extra.definitions ? { definitions: extra.definitions as never } : {}),
  });
  const result = validator.validateResponse(String(status), clone(body));
  if (!result) return [];
  const errors = (result.errors ?? []) as { path?: string; message: string }[];
  return errors.length > 0 ? errors.map((e) => `${e.path ?? ""} ${e.message}`.trim()) : [result.message];
}

export async function loadValidator(specPath: string): Promise<SpecValidator> {
  const doc = (await SwaggerParser.dereference(specPath)) as unknown as Doc;
  return {
    validate(pathTemplate, method, status, body, opts = {}) {
      const op = doc.paths[pathTemplate]?.[method.toLowerCase()];
      if (!op) throw new Error(`spec has no ${method} ${pathTemplate}`);
      return run(op.responses, status, body, opts, {});
    },
    validateComponent(responseName, status, body, opts = {}) {
      const responses = (doc.components as { responses?: Record<string, Json> } | undefined)?.responses;
      const r = responses?.[responseName];
      if (!r) throw new Error(`spec has no response component ${responseName}`);
      return run({ [String(status)]: r }, status, body, opts, {});
    },
  };
}
