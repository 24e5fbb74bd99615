"use client";

import { useEffect } from "react";
import { ErrorPanel } from "@/components/layout/error-panel";

export default function DiscoverError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ErrorPanel
      message="The discover page hit a problem it couldn't recover from. Your search is still in the address bar."
      reset={reset}
    />
  );
}
