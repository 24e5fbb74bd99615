"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import type { PlaceOut as PlaceHit } from "@/lib/places/search";
import { placeLabel } from "./place-label";
import styles from "./place-search.module.css";

interface Props {
  /** The chosen place's label, shown when not typing. */
  value: string;
  onSelect: (p: { name: string; latitude: number; longitude: number }) => void;
  invalid?: boolean;
  describedBy?: string;
}

async function fetchPlaces(q: string, signal: AbortSignal): Promise<PlaceHit[]> {
  const res = await fetch(`/api/places?${new URLSearchParams({ q, limit: "8" })}`, { signal });
  if (!res.ok) throw new Error(`places ${res.status}`);
  return (await res.json()) as PlaceHit[];
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** City type-ahead (ARIA 1.2 combobox with a listbox popup). */
export function PlaceSearch({ value, onSelect, invalid, describedBy }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const q = useDebounced(text.trim(), 120);

  // Follow the chosen place when it changes from elsewhere (map, location, back/forward).
  useEffect(() => setText(value), [value]);

  const queryClient = useQueryClient();
  const placesQuery = (typed: string) => ({
    queryKey: ["places", typed.toLowerCase()],
    queryFn: ({ signal }: { signal: AbortSignal }) => fetchPlaces(typed, signal),
    staleTime: Infinity, // the gazetteer does not change while the app runs
  });
  const { data: hits = [], isFetching, isError, isPlaceholderData } = useQuery({
    ...placesQuery(q),
    enabled: open && q.length >= 1 && q !== value,
    placeholderData: (prev) => prev,
  });

  const showList = open && q.length >= 1 && q !== value;
  // The list on screen may still be the previous text's (debounce pending, or kept while the next loads).
  const listIsCurrent = !isPlaceholderData && q === text.trim();
  const choose = (p: PlaceHit) => {
    const label = placeLabel(p);
    setText(label);
    setOpen(false);
    setActive(-1);
    onSelect({ name: label, latitude: p.latitude, longitude: p.longitude });
  };

  const status = !showList
    ? ""
    : isError
      ? "City search is unavailable right now."
      : isFetching && hits.length === 0
        ? "Searching…"
        : hits.length === 0
          ? "No matching city."
          : `${hits.length} ${hits.length === 1 ? "city" : "cities"} found. Use up and down arrows to choose.`;

  return (
    <div className={styles.combobox}>
      <label htmlFor={`${id}-input`} className="field-label">
        City
      </label>
      <div className={styles.field}>
        <svg className={styles.icon} viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M20 20l-4-4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Search a city, e.g. Amsterdam"
          aria-autocomplete="list"
          aria-expanded={showList && hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={[describedBy, `${id}-status`].filter(Boolean).join(" ")}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            if (text !== value) setOpen(true);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setOpen(true);
              if (hits.length) setActive((a) => (a + 1) % hits.length);
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              if (hits.length) setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
            } else if (e.key === "Enter") {
              const typed = text.trim();
              if (showList && hits.length && listIsCurrent) {
                e.preventDefault();
                choose(hits[Math.max(active, 0)]!);
              } else if (typed && typed !== value) {
                // Typed faster than the list followed: take the best match for what is typed now.
                e.preventDefault();
                void queryClient
                  .fetchQuery(placesQuery(typed))
                  .then((found) => (found[0] ? choose(found[0]) : setOpen(true)))
                  .catch(() => setOpen(true));
              }
            } else if (e.key === "Escape") {
              if (showList) {
                e.preventDefault();
                setOpen(false);
                setActive(-1);
              } else if (text !== value) {
                setText(value);
              }
            } else if (e.key === "Home" || e.key === "End") {
              setActive(-1);
            }
          }}
        />
      </div>
      <ul id={listId} role="listbox" aria-label="Cities" className={styles.list} hidden={!showList || hits.length === 0}>
        {hits.map((p, i) => (
          <li
            key={`${p.name}-${p.latitude}-${p.longitude}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? `${styles.option} is-active` : styles.option}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(p)}
          >
            <span className={styles.name}>{p.name}</span>
            <span className={styles.meta}>
              {[p.region, p.country].filter(Boolean).join(", ")}
            </span>
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="sr-only" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
