import "server-only";
import { config } from "@/lib/config";
import { PROCESS_BUDGETS, type Budgets } from "@/lib/http/shared-budget";
import { redisBudgets } from "@/lib/redis/redis-budgets";
import { SharedStore } from "@/lib/redis/shared-store";
import { processWide } from "./process-wide";

/** The Redis this instance shares with the others (REDIS_URL): one connection per process; none without it. */
export function sharedStore(): SharedStore | undefined {
  const url = config().REDIS_URL;
  return url ? processWide("sharedStore", () => new SharedStore(url)) : undefined;
}

/** Where upstream budgets and per-client limits are kept: shared through Redis, or in this process. */
export function budgets(): Budgets {
  const store = sharedStore();
  return store ? processWide("budgets", () => redisBudgets(store, config().NEXTAUTH_SECRET)) : PROCESS_BUDGETS;
}
