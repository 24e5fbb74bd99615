import type { ArtistRef } from "./artist-ref";
import styles from "./icon-button.module.css";

export function PreviewButton({ artist, onPreview }: { artist: ArtistRef; onPreview: (a: ArtistRef) => void }) {
  return (
    <button
      type="button"
      className={`${styles.iconButton} ${styles.preview}`}
      aria-label={`Preview ${artist.name}`}
      aria-haspopup="dialog"
      title={`Preview ${artist.name}`}
      onClick={() => onPreview(artist)}
    >
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path d="M8 5v14l11-7z" fill="currentColor" />
      </svg>
    </button>
  );
}
