"use client";

import { createContext, useContext } from "react";

// The sources' names for people, as the server's registry gives them (lib/sources/registry.ts).
const SourceLabels = createContext<Record<string, string>>({});

export const SourceLabelsProvider = SourceLabels.Provider;

/** A source id's name; an id the registry does not know is shown as it is. */
export function labelOf(labels: Record<string, string>, id: string): string {
  return labels[id] ?? id;
}

export function useSourceLabels(): Record<string, string> {
  return useContext(SourceLabels);
}
