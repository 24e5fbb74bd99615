"use client";

// The venue on a small map (Leaflet, loaded on demand).
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { MapContainer, Marker, TileLayer } from "react-leaflet";
import styles from "./venue-map.module.css";

const venueIcon = L.divIcon({ className: "venue-pin", html: '<span class="venue-pin__dot"></span>', iconSize: [24, 24], iconAnchor: [12, 12] });

export default function VenueMap({ latitude, longitude, name }: { latitude: number; longitude: number; name: string }) {
  return (
    <MapContainer center={[latitude, longitude]} zoom={15} scrollWheelZoom={false} className={styles.map}>
      <TileLayer url="https://tile.openstreetmap.org/{z}/{x}/{y}.png" attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' />
      <Marker position={[latitude, longitude]} icon={venueIcon} title={name} keyboard={false} />
    </MapContainer>
  );
}
