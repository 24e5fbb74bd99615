"use client";

import { signOut, useSession } from "next-auth/react";
import { useEffect } from "react";
import { REFRESH_FAILED } from "@/lib/auth/refresh-failed";
import { SignInButton } from "./sign-in-button";
import { SignOutButton } from "./sign-out-button";

export function UserMenu() {
  const { data: session, status } = useSession();
  const expired = session?.error === REFRESH_FAILED;

  useEffect(() => {
    // The grant could not be refreshed: end the session; the page tells the listener why.
    if (expired) void signOut({ redirect: false });
  }, [expired]);

  if (status === "loading") return <span className="user-menu user-menu--loading" aria-hidden="true" />;
  if (!session || expired) {
    return <SignInButton label="Sign in" className="btn btn--primary btn--small" callbackUrl="/discover" />;
  }
  const name = session.user?.name ?? "Spotify listener";
  return (
    <div className="user-menu">
      {session.user?.image ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={session.user.image} alt="" width={28} height={28} className="avatar" />
      ) : (
        <span className="avatar avatar--initial" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
      )}
      <span className="user-menu__name">{name}</span>
      <SignOutButton />
    </div>
  );
}
