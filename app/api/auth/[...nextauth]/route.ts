import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { notAllowed } from "@/lib/api/handle";
import { refusedAuthRequest, withJsonError } from "@/lib/auth/auth-request";
import { authOptions } from "@/lib/auth/options";

// Options are built per request so a missing setting is reported when the route is
// used (naming every missing setting) rather than failing the build.
type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, ctx: Ctx): Promise<Response> {
  const refused = await refusedAuthRequest(req, (await ctx.params).nextauth);
  if (refused) return refused;
  return withJsonError(await (NextAuth(req as never, ctx as never, authOptions()) as Promise<Response>));
}

export { handler as GET, handler as POST };
export const PUT = notAllowed("GET, POST");
export { PUT as PATCH, PUT as DELETE };
