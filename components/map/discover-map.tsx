"use client";

// The Leaflet map. Loaded on demand (next/dynamic, ssr: false) so Leaflet stays out of
// the page's first load.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { Circle, MapContainer, Marker, TileLayer, useMap, useMapEvents } from "react-leaflet";
import styles from "./discover-map.module.css";
import type { ConcertPin, DiscoverMapProps } from "./map-types";

const TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const WORLD_VIEW: [number, number] = [48, 10];

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const placeIcon = L.divIcon({
  className: "place-pin",
  html: '<span class="place-pin__dot"></span><span class="sr-only">Search centre (drag to move)</span>',
  iconSize: [30, 30],
  iconAnchor: [15, 30],
});

const iconCache = new Map<string, L.DivIcon>();

/** Enter or Space on a focused marker selects it, like a button. */
const activates = (e: KeyboardEvent) => e.key === "Enter" || e.key === " ";

function pinIcon(pin: ConcertPin, selected: boolean, dim: boolean): L.DivIcon {
  // Same look, same icon object: Leaflet then keeps the marker's element (and its focus).
  const cacheKey = `${pin.color}|${pin.label}|${selected}|${dim}`;
  const hit = iconCache.get(cacheKey);
  if (hit) return hit;
  if (iconCache.size > 2000) iconCache.clear();
  const icon = makePinIcon(pin, selected, dim);
  iconCache.set(cacheKey, icon);
  return icon;
}

function makePinIcon(pin: ConcertPin, selected: boolean, dim: boolean): L.DivIcon {
  const size = selected ? 26 : 18;
  return L.divIcon({
    className: `concert-pin${selected ? " is-selected" : ""}${dim ? " is-dim" : ""}`,
    html: `<span class="concert-pin__dot" style="--pin:${pin.color}"></span><span class="sr-only">${escapeHtml(pin.label)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

function ClickToPlace({ onPlaceChange }: { onPlaceChange: DiscoverMapProps["onPlaceChange"] }) {
  useMapEvents({
    click(e) {
      onPlaceChange({ lat: e.latlng.lat, lon: L.Util.wrapNum(e.latlng.lng, [-180, 180], true) });
    },
  });
  return null;
}

function FitArea({ center, radiusKm, fitKey }: Pick<DiscoverMapProps, "center" | "radiusKm" | "fitKey">) {
  const map = useMap();
  useEffect(() => {
    if (!center) return;
    const bounds = L.latLng(center.lat, center.lon).toBounds(radiusKm * 2000);
    map.fitBounds(bounds, { padding: [16, 16], animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, map]);
  return null;
}

function FollowSelection({ pins, selectedKey }: { pins: ConcertPin[]; selectedKey: string | null }) {
  const map = useMap();
  useEffect(() => {
    const pin = pins.find((p) => p.key === selectedKey);
    if (!pin) return;
    const ll = L.latLng(pin.latitude, pin.longitude);
    if (!map.getBounds().pad(-0.1).contains(ll)) map.panTo(ll);
  }, [selectedKey, pins, map]);
  return null;
}

export default function DiscoverMap(props: DiscoverMapProps) {
  const { center, radiusKm, fitKey, onPlaceChange, pins, activeMix, selectedKey, onPinSelect } = props;
  const placeRef = useRef<L.Marker>(null);
  const placeHandlers = useMemo(
    () => ({
      dragend() {
        const m = placeRef.current;
        if (m) {
          const ll = m.getLatLng();
          onPlaceChange({ lat: ll.lat, lon: L.Util.wrapNum(ll.lng, [-180, 180], true) });
        }
      },
    }),
    [onPlaceChange],
  );
  // Draw the active mix's pins last so they sit on top.
  const ordered = useMemo(
    () => [...pins].sort((a, b) => Number(a.mixIndex === activeMix) - Number(b.mixIndex === activeMix)),
    [pins, activeMix],
  );

  return (
    <MapContainer
      center={center ? [center.lat, center.lon] : WORLD_VIEW}
      zoom={center ? 10 : 4}
      minZoom={2}
      worldCopyJump
      scrollWheelZoom
      className={styles.map}
    >
      <TileLayer url={TILE_URL} attribution={ATTRIBUTION} />
      <ClickToPlace onPlaceChange={onPlaceChange} />
      <FitArea center={center} radiusKm={radiusKm} fitKey={fitKey} />
      <FollowSelection pins={pins} selectedKey={selectedKey} />
      {center ? (
        <>
          <Circle
            center={[center.lat, center.lon]}
            radius={radiusKm * 1000}
            pathOptions={{ color: "#6b2cf5", weight: 2, fillColor: "#6b2cf5", fillOpacity: 0.08 }}
            interactive={false}
          />
          <Marker
            position={[center.lat, center.lon]}
            icon={placeIcon}
            draggable
            keyboard
            title="Search centre — drag to move"
            ref={placeRef}
            eventHandlers={placeHandlers}
            zIndexOffset={-100}
          />
        </>
      ) : null}
      {ordered.map((pin) => {
        const selected = pin.key === selectedKey;
        return (
          <Marker
            key={pin.key}
            position={[pin.latitude, pin.longitude]}
            icon={pinIcon(pin, selected, pin.mixIndex !== activeMix)}
            title={pin.label}
            keyboard
            zIndexOffset={selected ? 1000 : pin.mixIndex === activeMix ? 500 : 0}
            // keyboard: Leaflet makes the marker focusable, but Enter only opens popups; we have none.
            eventHandlers={{ click: () => onPinSelect(pin), keypress: (e) => activates(e.originalEvent) && onPinSelect(pin) }}
          />
        );
      })}
    </MapContainer>
  );
}
