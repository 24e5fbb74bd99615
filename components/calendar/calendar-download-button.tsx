"use client";

import { useState } from "react";
import type { MixConcertOut } from "@/lib/validations/responses";

interface Props {
  concerts: MixConcertOut[];
  /** Calendar and file name, e.g. the mix's name or the concert's title. */
  label: string;
  children: React.ReactNode;
  className?: string;
  ariaLabel?: string;
}

/** Builds the .ics in the browser (the ics library loads on first click) and downloads it. */
export function CalendarDownloadButton({ concerts, label, children, className = "btn btn--ghost btn--small", ariaLabel }: Props) {
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    try {
      const { concertsCalendar, calendarFileName } = await import("@/lib/calendar/ics");
      const text = concertsCalendar(concerts, label);
      const blob = new Blob([text], { type: "text/calendar;charset=utf-8" });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = calendarFileName(label);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError("Couldn't make the calendar file.");
    }
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void download()} aria-label={ariaLabel} disabled={concerts.length === 0}>
        {children}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
