import "server-only";
import { setMaxListeners } from "node:events";
import { callingFor } from "@/lib/http/call-context";
import { Deadline } from "@/lib/pipeline/deadline";
import { config } from "@/lib/config";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";

/**
 * Run `run` on the client's behalf until the request's deadline: its upstream calls count toward the
 * client's fair share, and work nobody else shares stops when the client leaves or the deadline passes.
 */
export function forClient<T>(req: Request, run: (deadline: Deadline) => Promise<T>): Promise<T> {
  const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  const seconds = config().REQUEST_DEADLINE_SECONDS;
  const signal = AbortSignal.any([req.signal, AbortSignal.timeout(seconds * 1000)]);
  setMaxListeners(0, signal); // each upstream call in flight listens to it
  return callingFor({ client: address, signal }, () => run(new Deadline(signal, seconds)));
}
