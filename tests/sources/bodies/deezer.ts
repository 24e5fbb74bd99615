// Deezer answers as the API sends them (wire format), for the unit and stub tests.

export const deezerArtist = (id: number, name: string, nbFan = 1000) => ({
  id,
  name,
  link: `https://www.deezer.com/artist/${id}`,
  picture: `https://api.deezer.com/artist/${id}/image`,
  picture_small: `https://e-cdns-images.dzcdn.net/images/artist/f2bc007e9133c946ac3c3907ddc5d2ea/56x56-000000-80-0-0.jpg`,
  picture_medium: `https://e-cdns-images.dzcdn.net/images/artist/f2bc007e9133c946ac3c3907ddc5d2ea/250x250-000000-80-0-0.jpg`,
  nb_album: 36,
  nb_fan: nbFan,
  radio: true,
  tracklist: `https://api.deezer.com/artist/${id}/top?limit=50`,
  type: "artist",
});

export const deezerList = (...artists: ReturnType<typeof deezerArtist>[]) => ({ data: artists, total: artists.length });

export const deezerError = (code: number, message: string, type = "Exception") => ({ error: { type, message, code } });
