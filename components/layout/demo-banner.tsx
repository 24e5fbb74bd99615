export function DemoBanner() {
  return (
    <div className="demo-banner" role="note" aria-label="Demo data">
      <strong>Demo data</strong>
      <span>
        Listeners, artists and concerts here come from a local stand-in for Spotify, Ticketmaster and the other music
        services, not the real ones. Unless set up otherwise, the demo gets what a Spotify app registered today gets.
      </span>
    </div>
  );
}
