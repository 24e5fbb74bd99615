import type { PlaceOut } from "@/lib/places/search";

/** How a place reads in the City field, the address bar and the results: "Springfield, IL, United States". */
export function placeLabel(p: PlaceOut): string {
  return [p.name, p.region, p.country].filter(Boolean).join(", ");
}

/** The label of the town a point is in or next to, or null when none is near or the look-up fails. */
export async function placeLabelAt(latitude: number, longitude: number): Promise<string | null> {
  try {
    const res = await fetch(`/api/places?${new URLSearchParams({ lat: latitude.toFixed(4), lon: longitude.toFixed(4) })}`);
    if (!res.ok) return null;
    const [near] = (await res.json()) as PlaceOut[];
    return near ? placeLabel(near) : null;
  } catch {
    return null;
  }
}
