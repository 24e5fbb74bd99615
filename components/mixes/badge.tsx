import type { ReactNode } from "react";
import styles from "./badge.module.css";

/** Why an artist is here (top, similar) or how a mix was formed (sound, graph of similar artists). */
export type BadgeTone = "top" | "similar" | "discovery" | "sound" | "graph";

export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`} data-part="badge">
      {children}
    </span>
  );
}
