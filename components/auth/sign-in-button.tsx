"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";

const ConsentDialog = dynamic(() => import("./consent-dialog").then((m) => m.ConsentDialog), { ssr: false });

interface Props {
  label?: string;
  className?: string;
  /** Where to land after signing in; defaults to the current page. */
  callbackUrl?: string;
}

export function SignInButton({ label = "Sign in with Spotify", className = "btn btn--primary", callbackUrl }: Props) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // Once the modal is gone (the page is no longer inert), focus goes back where it came from.
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <button ref={trigger} type="button" className={className} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {label}
      </button>
      {open
        ? // In <body>, so the dialog never inherits the look of where the button sits (hero, header).
          createPortal(
            <ConsentDialog
              open={open}
              onClose={close}
              callbackUrl={callbackUrl ?? window.location.href}
            />,
            document.body,
          )
        : null}
    </>
  );
}
