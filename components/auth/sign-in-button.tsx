"use client";

import dynamic from "next/dynamic";
import { useState } from "react";

const ConsentDialog = dynamic(() => import("./consent-dialog").then((m) => m.ConsentDialog), { ssr: false });

interface Props {
  label?: string;
  className?: string;
  /** Where to land after signing in; defaults to the current page. */
  callbackUrl?: string;
}

export function SignInButton({ label = "Sign in with Spotify", className = "btn btn--primary", callbackUrl }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {label}
      </button>
      {open ? (
        <ConsentDialog
          open={open}
          onClose={() => setOpen(false)}
          callbackUrl={callbackUrl ?? (typeof window !== "undefined" ? window.location.href : "/discover")}
        />
      ) : null}
    </>
  );
}
