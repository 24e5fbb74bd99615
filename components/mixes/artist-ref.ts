export interface ArtistRef {
  id: string;
  name: string;
}
