// The session as server components see it (display fields and the error flag only).
import "server-only";
import { getServerSession, type Session } from "next-auth";
import { authOptions } from "./options";

export async function currentSession(): Promise<Session | null> {
  try {
    return await getServerSession(authOptions());
  } catch {
    return null; // not configured: the page explains that separately
  }
}
