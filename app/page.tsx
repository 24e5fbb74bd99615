import Link from "next/link";
import { SignInButton } from "@/components/auth/sign-in-button";
import { CurrentTaste } from "@/components/taste/current-taste";
import { TastePicker } from "@/components/taste/taste-picker";
import { tasteSummary } from "@/lib/api/taste-summary";
import { currentTaste } from "@/lib/auth/taste-cookie";
import { ConfigProblem } from "@/components/layout/config-problem";
import { currentSession } from "@/lib/auth/server-session";
import { publicSettings } from "@/lib/auth/server-settings";
import styles from "./page.module.css";

// A Map, not an object: `?error=constructor` must not find Object's own properties.
const SIGN_IN_ERRORS = new Map([
  ["AccessDenied", "You chose not to connect Spotify. That's fine — you can connect any time."],
  ["OAuthCallback", "Spotify sign-in didn't complete. Please try again."],
  ["OAuthSignin", "We couldn't reach Spotify to sign you in. Please try again in a moment."],
  ["Callback", "Spotify sign-in didn't complete. Please try again."],
]);

export default async function LandingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const s = publicSettings();
  if (!s.ok) return <ConfigProblem problems={s.problems} />;
  const session = await currentSession();
  const signedIn = !!session && !session.error;
  const taste = await currentTaste();
  const sp = await searchParams;
  const error = typeof sp.error === "string" ? (SIGN_IN_ERRORS.get(sp.error) ?? "Sign-in failed. Please try again.") : null;

  return (
    <div className={styles.landing}>
      {error ? (
        <div className="notice notice--warn" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <section className={styles.hero} aria-labelledby="hero-title">
        <div>
          <p className={styles.eyebrow}>Concerts that sound like you</p>
          <h1 id="hero-title">Your taste, sorted into mixes. Your next gigs, on a map.</h1>
          <p className={styles.lede}>
            Gigscovery listens to your Spotify top artists, widens them with similar artists, groups everyone into
            mixes by how they sound — and finds their concerts near a place you pick, on your dates.
          </p>
          <div className={styles.actions}>
            {signedIn || taste ? (
              <Link href="/discover" className="btn btn--primary btn--large">
                Discover concerts
              </Link>
            ) : (
              <SignInButton label="Sign in with Spotify" className="btn btn--primary btn--large" callbackUrl="/discover" />
            )}
            <a href="#taste" className="btn btn--ghost btn--large">
              No Spotify?
            </a>
            <a href="#how" className="btn btn--ghost btn--large">
              How it works
            </a>
          </div>
          {signedIn ? (
            <p className="muted">Signed in as {session?.user?.name ?? "a Spotify listener"}.</p>
          ) : (
            <p className="muted">We only read your top artists and tracks. Nothing is stored on our servers.</p>
          )}
        </div>
        <div className={styles.art} aria-hidden="true">
          <div className={styles.eq}>
            {Array.from({ length: 12 }, (_, i) => (
              <span key={i} style={{ animationDelay: `${(i * 137) % 900}ms` }} />
            ))}
          </div>
        </div>
      </section>

      <section id="taste" className={`panel ${styles.taste}`} aria-labelledby="taste-title">
        <h2 id="taste-title">No Spotify? Bring your taste from elsewhere</h2>
        <p>
          Use your public Last.fm or ListenBrainz listening, or simply list the artists you love. We find them on Spotify,
          add similar artists and look for their concerts, just as with a Spotify sign-in. Your username or list stays in
          your browser, in an encrypted cookie: our server keeps nothing.
        </p>
        {taste ? <CurrentTaste taste={tasteSummary(taste)} /> : null}
        <TastePicker profiles={s.settings.profiles} />
      </section>

      <section id="how" className={styles.how} aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ol className={styles.steps}>
          <li>
            <h3>Your taste</h3>
            <p>Your top artists from Spotify, plus artists similar to them.</p>
          </li>
          <li>
            <h3>Mixes</h3>
            <p>Artists grouped by sound — energy, danceability, mood, acoustics — into a few mixes, or around each of your favourites when sound data is not available.</p>
          </li>
          <li>
            <h3>Concerts</h3>
            <p>Each mix&apos;s shows near the place you pick, within your dates. Add them to your calendar.</p>
          </li>
        </ol>
      </section>
    </div>
  );
}
