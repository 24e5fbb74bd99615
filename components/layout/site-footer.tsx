export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Gigscovery reads your Spotify top artists and tracks to find concerts near you. Nothing about you is stored on
        our servers.
      </p>
      <p className="muted">
        Map data © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors. Concert data from
        Bandsintown.
      </p>
    </footer>
  );
}
