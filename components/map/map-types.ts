export interface ConcertPin {
  /** The concert's key (as its card's element id). */
  key: string;
  color: string;
  latitude: number;
  longitude: number;
  /** Short text for the marker: "Artist at Venue, Sat 23 Nov 2026 (Mix)". */
  label: string;
  popup: {
    title: string;
    line: string | null;
    status: string | null;
    when: string;
    venue: string;
    tickets: string | null;
    /** The concert's own page. */
    page: string;
  };
}

export interface DiscoverMapProps {
  center: { lat: number; lon: number } | null;
  radiusKm: number;
  /** What to fit: the points (concerts found and the pin) or, with none, the search circle; again whenever `key` changes. */
  fit: { key: string; points: [number, number][] };
  onPlaceChange: (p: { lat: number; lon: number }) => void;
  pins: ConcertPin[];
  selectedKey: string | null;
  /** A concert's popup opened on the map (a click or Enter on its marker). */
  onPinSelect: (key: string) => void;
  /** Open this concert's popup (zooming into its cluster); a new `nonce` asks again. */
  open: { key: string; nonce: number } | null;
}
