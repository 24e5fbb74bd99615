"use client";

import { signOut, useSession } from "next-auth/react";
import { useEffect } from "react";
import { REFRESH_FAILED } from "@/lib/auth/refresh-failed";
import { SignInButton } from "./sign-in-button";
import { SignOutButton } from "./sign-out-button";
import styles from "./user-menu.module.css";

export function UserMenu() {
  const { data: session, status } = useSession();
  const expired = session?.error === REFRESH_FAILED;

  useEffect(() => {
    // The grant could not be refreshed: end the session; the page tells the listener why.
    if (expired) void signOut({ redirect: false });
  }, [expired]);

  if (status === "loading") return <span className={`${styles.menu} ${styles.loading}`} aria-hidden="true" />;
  if (!session || expired) {
    return <SignInButton label="Sign in" className="btn btn--primary btn--small" callbackUrl="/discover" />;
  }
  const name = session.user?.name ?? "Spotify listener";
  return (
    <div className={styles.menu}>
      {session.user?.image ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={session.user.image} alt="" width={28} height={28} className={styles.avatar} />
      ) : (
        <span className={styles.avatar} aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
      )}
      <span className={styles.name}>{name}</span>
      <SignOutButton />
    </div>
  );
}
