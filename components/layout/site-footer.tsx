import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        Gigscovery reads your Spotify top artists and tracks to find concerts near you. Nothing about you is stored on
        our servers.
      </p>
      <p className="muted">
        Map data © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors. Concerts from
        Ticketmaster or Bandsintown, as each concert says; similar artists and how tracks sound may come from Deezer,
        Last.fm or ReccoBeats (see &ldquo;How these results were made&rdquo; with your results).
      </p>
    </footer>
  );
}
