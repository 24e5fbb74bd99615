"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiQuery, hasPlace, validateSearch, type SearchState } from "@/components/search/search-state";
import { initialProgress, reduceProgress, streamBins, type Progress } from "./bins-stream";

/** The mixes for a submitted search, streamed with live progress. */
export function useBins(search: SearchState) {
  const runnable = hasPlace(search) && validateSearch(search).length === 0;
  const query = runnable ? apiQuery(search) : "";
  const [progress, setProgress] = useState<{ query: string; p: Progress }>({ query: "", p: initialProgress });

  const result = useQuery({
    queryKey: ["bins", query],
    enabled: runnable,
    staleTime: 10 * 60_000,
    retry: false,
    queryFn: ({ signal }) => {
      setProgress({ query, p: initialProgress });
      return streamBins(query, (ev) => setProgress((cur) => ({ query, p: reduceProgress(cur.p, ev) })), signal);
    },
  });

  return { ...result, runnable, progress: progress.query === query ? progress.p : initialProgress };
}
