"use client";

import { useEffect, useRef, useState } from "react";
import dialogStyles from "@/components/layout/dialog.module.css";
import type { ArtistRef } from "./artist-ref";
import styles from "./artist-preview-dialog.module.css";
import buttonStyles from "./icon-button.module.css";

interface Props {
  artist: ArtistRef;
  embedBaseUrl: string;
  onClose: () => void;
}

/** Spotify's embed player for one artist, in a modal dialog (focus kept inside, Esc closes). */
export default function ArtistPreviewDialog({ artist, embedBaseUrl, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // Whatever had focus when the dialog was asked for gets it back on close.
  const [opener] = useState<Element | null>(() => (typeof document === "undefined" ? null : document.activeElement));

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    closeRef.current?.focus();
    return () => {
      if (d?.open) d.close(); // leave the modal state first, or the page stays inert
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);

  const src = `${embedBaseUrl}/artist/${encodeURIComponent(artist.id)}?utm_source=gigscovery`;
  return (
    <dialog
      ref={ref}
      className={`${dialogStyles.dialog} ${styles.preview}`}
      aria-labelledby="preview-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose();
      }}
    >
      {/* Focus sentinels: Tab past the player wraps to the close button, Shift+Tab wraps to the player. */}
      <span tabIndex={0} className="sr-only" onFocus={() => ref.current?.querySelector("iframe")?.focus()} />
      <div className={dialogStyles.body}>
        <div className={dialogStyles.head}>
          <h2 id="preview-title">{artist.name}</h2>
          <button ref={closeRef} type="button" className={buttonStyles.iconButton} aria-label="Close preview" onClick={onClose}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
        <iframe
          title={`Spotify player: ${artist.name}`}
          src={src}
          width="100%"
          height="352"
          allow="autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture"
          loading="lazy"
          className={styles.player}
        />
        <p className={`muted ${styles.note}`}>Previews play through Spotify&apos;s player.</p>
      </div>
      <span tabIndex={0} className="sr-only" onFocus={() => closeRef.current?.focus()} />
    </dialog>
  );
}
