"use client";

import dynamic from "next/dynamic";
import styles from "./venue-map.module.css";

const VenueMap = dynamic(() => import("./venue-map"), {
  ssr: false,
  loading: () => <div className={styles.placeholder}>Loading map…</div>,
});

export function VenueMapLoader(props: { latitude: number; longitude: number; name: string }) {
  return (
    <section className={styles.frame} aria-label={`Map: ${props.name}`}>
      <VenueMap {...props} />
    </section>
  );
}
