"use client";

import dynamic from "next/dynamic";
import styles from "./map-loader.module.css";
import type { DiscoverMapProps } from "./map-types";

const DiscoverMap = dynamic(() => import("./discover-map"), {
  ssr: false,
  loading: () => (
    <div className={styles.placeholder} role="status">
      Loading map…
    </div>
  ),
});

export function MapLoader(props: DiscoverMapProps) {
  return (
    <section className={styles.frame} aria-label="Map: click to set the place; concert markers are coloured by mix">
      <DiscoverMap {...props} />
    </section>
  );
}
