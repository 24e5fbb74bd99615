export function DemoBanner() {
  return (
    <div className="demo-banner" role="note" aria-label="Demo data">
      <strong>Demo data</strong>
      <span>
        Listeners, artists and concerts here come from a local stand-in for Spotify and Bandsintown, not the real
        services.
      </span>
    </div>
  );
}
