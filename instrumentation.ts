// Runs once when the server starts: guard the door against requests Next.js cannot take, then say
// which sources serve which capability (never keys or tokens).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installRequestGuard } = await import("@/lib/server/request-guard");
  installRequestGuard();
  const { config } = await import("@/lib/config");
  const { ConfigError } = await import("@/lib/domain/errors");
  const { gigscovery } = await import("@/lib/server/gigscovery");
  const { describeSources } = await import("@/lib/sources/registry");
  try {
    config();
  } catch (error) {
    if (error instanceof ConfigError) return; // npm start already refused; the API answers with a clear 500
    throw error;
  }
  console.log(`[gigscovery] sources: ${describeSources(gigscovery())}`);
  // The city search's index takes seconds to build: now, not while a listener types. On failure,
  // /api/places tries again and answers with the error.
  const { gazetteer } = await import("@/lib/places/gazetteer");
  try {
    gazetteer();
  } catch (error) {
    console.error(`[gigscovery] city search: ${error instanceof Error ? error.message : error}`);
  }
}
