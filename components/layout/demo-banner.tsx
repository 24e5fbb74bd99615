import styles from "./demo-banner.module.css";

export function DemoBanner() {
  return (
    <div className={styles.banner} role="note" aria-label="Demo data">
      <strong>Demo data</strong>
      <span>
        Listeners, artists and concerts come from a local stand-in for Spotify, Ticketmaster and other music services.
        By default the demo gets only what a Spotify app registered today gets.
      </span>
    </div>
  );
}
