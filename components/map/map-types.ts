export interface ConcertPin {
  /** Unique per mix and concert. */
  key: string;
  mixIndex: number;
  color: string;
  latitude: number;
  longitude: number;
  /** Short text for the marker: "Artist at Venue, Sat 23 Nov". */
  label: string;
}

export interface DiscoverMapProps {
  center: { lat: number; lon: number } | null;
  radiusKm: number;
  /** Changes whenever the map should fit the search area again (new place or radius). */
  fitKey: string;
  onPlaceChange: (p: { lat: number; lon: number }) => void;
  pins: ConcertPin[];
  activeMix: number;
  selectedKey: string | null;
  onPinSelect: (pin: ConcertPin) => void;
}
