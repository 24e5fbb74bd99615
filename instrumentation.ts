// Runs once when the server starts: say which sources serve which capability (never keys or tokens).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config, ConfigError } = await import("@/lib/config");
  const { defaultCapabilities, describeSources } = await import("@/lib/pipeline/default-capabilities");
  try {
    config();
  } catch (error) {
    if (error instanceof ConfigError) return; // npm start already refused; the API answers with a clear 500
    throw error;
  }
  console.log(`[gigscovery] sources: ${describeSources(defaultCapabilities())}`);
}
