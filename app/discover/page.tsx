import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignInButton } from "@/components/auth/sign-in-button";
import { ConfigProblem } from "@/components/layout/config-problem";
import { currentSession } from "@/lib/auth/server-session";
import { currentTaste } from "@/lib/auth/taste-cookie";
import { tasteSummary } from "@/lib/api/taste-summary";
import { publicSettings } from "@/lib/auth/server-settings";
import { DiscoverClient } from "./discover-client";
import styles from "./page.module.css";

export const metadata: Metadata = { title: "Discover" };

export default async function DiscoverPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const s = publicSettings();
  if (!s.ok) return <ConfigProblem problems={s.problems} />;
  const session = await currentSession();
  const taste = await currentTaste();
  if (!taste && (!session || session.error)) {
    const sp = await searchParams;
    const qs = new URLSearchParams(
      Object.entries(sp).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])),
    ).toString();
    return (
      <section className={`panel ${styles.gate}`} aria-labelledby="gate-title">
        <h1 id="gate-title">Sign in to discover concerts</h1>
        <p>
          Gigscovery uses your Spotify top artists to build your mixes. We only read your top artists and tracks, and
          nothing is stored on our servers.
        </p>
        {session?.error ? (
          <p className="notice notice--warn" role="alert">
            Your Spotify sign-in has ended. Please sign in again.
          </p>
        ) : null}
        <SignInButton
          label={session?.error ? "Sign in again" : "Sign in with Spotify"}
          className="btn btn--primary btn--large"
          callbackUrl={`/discover${qs ? `?${qs}` : ""}`}
        />
        <p>
          No Spotify? <Link href="/#taste">Use your Last.fm or ListenBrainz username, or a list of artists.</Link>
        </p>
      </section>
    );
  }
  return (
    <Suspense fallback={<div className="panel">Loading…</div>}>
      <DiscoverClient
        embedBaseUrl={s.settings.embedBaseUrl}
        sourceLabels={s.settings.sourceLabels}
        taste={taste && tasteSummary(taste)}
        feeds={s.settings.feeds}
      />
    </Suspense>
  );
}
