// One instance per process, whichever bundle asks: Next.js bundles the instrumentation hook and each
// route separately, each with its own copy of a module, so state that the door (request-guard.ts)
// and the routes share lives on globalThis under a name.

export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`gigscovery.${name}`);
  const shared = globalThis as { [key]?: T };
  shared[key] ??= create();
  return shared[key];
}
