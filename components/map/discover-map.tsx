"use client";

// The Leaflet map. Loaded on demand (next/dynamic, ssr: false) so Leaflet stays out of the page's
// first load. Concert markers cluster (leaflet.markercluster through react-leaflet-cluster; shows
// at one venue spread out when their cluster is opened), each with a popup; the search pin sits in
// its own pane above them, so it can always be dragged.
import "leaflet/dist/leaflet.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.css";
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { Circle, MapContainer, Marker, Pane, Popup, TileLayer, useMap, useMapEvents } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import styles from "./discover-map.module.css";
import type { ConcertPin, DiscoverMapProps } from "./map-types";

const TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const WORLD_VIEW: [number, number] = [48, 10];
/** Fitting a few shows in one district zooms no closer than this. */
const FIT_MAX_ZOOM = 14;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const placeIcon = L.divIcon({
  className: "place-pin",
  html: '<span class="place-pin__dot"></span><span class="sr-only">Search centre (drag to move)</span>',
  iconSize: [30, 30],
  iconAnchor: [15, 30],
});

const iconCache = new Map<string, L.DivIcon>();

function pinIcon(pin: ConcertPin, selected: boolean): L.DivIcon {
  // Same look, same icon object: Leaflet then keeps the marker's element (and its focus).
  const cacheKey = `${pin.color}|${pin.label}|${selected}`;
  const hit = iconCache.get(cacheKey);
  if (hit) return hit;
  if (iconCache.size > 2000) iconCache.clear();
  const size = selected ? 26 : 18;
  const icon = L.divIcon({
    className: `concert-pin${selected ? " is-selected" : ""}`,
    html: `<span class="concert-pin__dot" style="--pin:${pin.color}"></span><span class="sr-only">${escapeHtml(pin.label)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
  iconCache.set(cacheKey, icon);
  return icon;
}

/** A cluster says how many shows it holds, to the eye and to a screen reader. */
function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const n = cluster.getChildCount();
  const size = n < 10 ? 34 : n < 100 ? 40 : 48;
  return L.divIcon({
    className: "concert-cluster",
    html: `<span class="concert-cluster__count" aria-hidden="true">${n}</span><span class="sr-only">${n} concerts here: open</span>`,
    iconSize: [size, size],
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

function FitView({ center, radiusKm, fit }: Pick<DiscoverMapProps, "center" | "radiusKm" | "fit">) {
  const map = useMap();
  useEffect(() => {
    if (fit.points.length) map.fitBounds(L.latLngBounds(fit.points), { padding: [32, 32], maxZoom: FIT_MAX_ZOOM, animate: false });
    else if (center) map.fitBounds(L.latLng(center.lat, center.lon).toBounds(radiusKm * 2000), { padding: [16, 16], animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fit.key, map]);
  return null;
}

/** The map follows its frame's size (a phone's full-screen map view). */
function FollowSize() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

export default function DiscoverMap(props: DiscoverMapProps) {
  const { center, radiusKm, fit, onPlaceChange, pins, selectedKey, onPinSelect, open } = props;
  const placeRef = useRef<L.Marker>(null);
  const clusterRef = useRef<L.MarkerClusterGroup>(null);
  const markers = useRef(new Map<string, L.Marker>());
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

  useEffect(() => {
    const marker = open && markers.current.get(open.key);
    const cluster = clusterRef.current;
    if (!marker || !cluster) return;
    // After a phone's map view has opened (its size settles first).
    const t = setTimeout(() => cluster.zoomToShowLayer(marker, () => marker.openPopup()), 50);
    return () => clearTimeout(t);
  }, [open]);

  return (
    <MapContainer center={center ? [center.lat, center.lon] : WORLD_VIEW} zoom={center ? 10 : 4} minZoom={2} worldCopyJump scrollWheelZoom className={styles.map}>
      <TileLayer url={TILE_URL} attribution={ATTRIBUTION} />
      <ClickToPlace onPlaceChange={onPlaceChange} />
      <FitView center={center} radiusKm={radiusKm} fit={fit} />
      <FollowSize />
      {center ? (
        <Circle
          center={[center.lat, center.lon]}
          radius={radiusKm * 1000}
          pathOptions={{ color: "#6b2cf5", weight: 2, fillColor: "#6b2cf5", fillOpacity: 0.08 }}
          interactive={false}
        />
      ) : null}
      <MarkerClusterGroup ref={clusterRef} showCoverageOnHover={false} maxClusterRadius={44} spiderfyOnMaxZoom iconCreateFunction={clusterIcon} chunkedLoading>
        {pins.map((pin) => (
          <Marker
            key={pin.key}
            position={[pin.latitude, pin.longitude]}
            icon={pinIcon(pin, pin.key === selectedKey)}
            title={pin.label}
            keyboard
            ref={(m) => {
              if (!m) return void markers.current.delete(pin.key);
              markers.current.set(pin.key, m);
              // react-leaflet sets a marker's title once: a show found again with more of its bill keeps its first one otherwise.
              m.options.title = pin.label;
              m.getElement()?.setAttribute("title", pin.label);
            }}
            eventHandlers={{ popupopen: () => onPinSelect(pin.key) }}
          >
            <Popup>
              <div className="concert-popup" data-part="popup">
                <strong className="concert-popup__title">{pin.popup.title}</strong>
                {pin.popup.line ? <span>{pin.popup.line}</span> : null}
                {pin.popup.status ? <span className="concert-popup__status">{pin.popup.status}</span> : null}
                <span>{pin.popup.when}</span>
                <span>{pin.popup.venue}</span>
                <span className="concert-popup__actions">
                  {pin.popup.tickets ? (
                    <a href={pin.popup.tickets} target="_blank" rel="noopener noreferrer" className="btn btn--primary btn--small" aria-label={`Tickets for ${pin.popup.title} (opens in a new tab)`}>
                      Tickets
                    </a>
                  ) : null}
                  <a href={pin.popup.page} className="btn btn--ghost btn--small">
                    Concert page
                  </a>
                </span>
              </div>
            </Popup>
          </Marker>
        ))}
      </MarkerClusterGroup>
      {center ? (
        <Pane name="search-pin" style={{ zIndex: 640 }}>
          <Marker
            position={[center.lat, center.lon]}
            icon={placeIcon}
            draggable
            keyboard
            title="Search centre — drag to move"
            ref={placeRef}
            eventHandlers={placeHandlers}
            pane="search-pin"
          />
        </Pane>
      ) : null}
    </MapContainer>
  );
}
