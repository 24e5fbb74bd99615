"use client";

import { ErrorPanel } from "@/components/layout/error-panel";

export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel message="Sorry — this page hit a problem. Please try again." reset={reset} />;
}
