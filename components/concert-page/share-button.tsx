"use client";

import { useState } from "react";

/** Copies the page's address (the concert's source and id: nothing about whoever shares it). */
export function ShareButton({ title }: { title: string }) {
  const [said, setSaid] = useState("");
  const share = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setSaid("Link copied");
    } catch {
      setSaid(`Copy this link: ${url}`);
    }
  };
  return (
    <>
      <button type="button" className="btn btn--ghost" onClick={() => void share()} aria-label={`Share: copy the link to ${title}`}>
        Share
      </button>
      <span role="status" className="muted" data-part="share-status">
        {said}
      </span>
    </>
  );
}
