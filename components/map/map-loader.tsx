"use client";

import dynamic from "next/dynamic";
import type { DiscoverMapProps } from "./map-types";

const DiscoverMap = dynamic(() => import("./discover-map"), {
  ssr: false,
  loading: () => (
    <div className="map-placeholder" role="status">
      Loading map…
    </div>
  ),
});

export function MapLoader(props: DiscoverMapProps) {
  return (
    <section className="map-frame" aria-label="Map: click to set the place; concert markers are coloured by mix">
      <DiscoverMap {...props} />
    </section>
  );
}
