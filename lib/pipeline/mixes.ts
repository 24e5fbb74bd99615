import type { ListenerArtist, SoundProfile } from "@/lib/domain/types";
import { meanProfile, profileVector, standardize } from "@/lib/cluster/feature-vectors";
import { clusterArtists, MIN_ARTISTS_TO_CLUSTER } from "@/lib/cluster/kmeans";
import { nameMixes } from "@/lib/cluster/mix-name";
import type { ArtistSound } from "./artist-sounds";
import type { Warnings } from "./warnings";

export interface Mix {
  name: string;
  /** How the mix was formed: by the artists' sound, or grown from one top artist through similar artists. */
  basis: "sound" | "similar_artists";
  /** Why these artists are together, in the listener's words. */
  reason: string;
  /** Average sound of the artists with features; null when none had any. */
  profile: SoundProfile | null;
  /** Top artists first, then similar ones, in the listener's order. */
  artists: ListenerArtist[];
}

const CLUSTER_SEED = 42;

/**
 * Cluster artists by their standardized sound (k chosen by silhouette). Artists without features
 * join the mix of the artists they relate to, so none of their concerts are lost. When too few
 * artists have features to cluster but similar artists are known, each mix is grown from one top
 * artist instead (formMixesFromGraph).
 */
export interface MixOptions {
  /** Mixes grown from similar artists start from this many top artists at most. */
  anchors?: number;
  /** At most about this many artists per mix (with a whole taste): fewer, tighter mixes would be hard to take in. */
  mixSize?: number;
}

export function formMixes(artists: ListenerArtist[], sounds: Map<string, ArtistSound>, warnings: Warnings, options: MixOptions = {}): Mix[] {
  const heard = artists.filter((a) => sounds.get(a.id)?.profile);
  if (heard.length < MIN_ARTISTS_TO_CLUSTER && artists.some((a) => a.flag === "related")) {
    warnings.note({
      code: "mixes_from_similar_artists",
      message:
        `Only ${heard.length} of your ${artists.length} artists could be described by their sound, so each mix is ` +
        "grown from one of your top artists and the artists similar to it, instead of grouped by sound.",
    });
    return formMixesFromGraph(artists, sounds, options.anchors ?? Infinity);
  }
  if (heard.length === 0) {
    const reason = "All your artists together: none could be described by their sound.";
    return artists.length ? [{ name: "All your artists", basis: "sound", reason, profile: null, artists }] : [];
  }

  const vectors = standardize(heard.map((a) => profileVector(sounds.get(a.id)!.profile!)));
  const { k, labels } = clusterArtists(vectors, { seed: CLUSTER_SEED, minK: options.mixSize ? Math.ceil(heard.length / options.mixSize) : undefined });
  if (heard.length < MIN_ARTISTS_TO_CLUSTER) {
    warnings.note({
      code: "too_few_artists",
      message:
        `Only ${heard.length} of your artists could be described by their sound; at least ${MIN_ARTISTS_TO_CLUSTER} ` +
        "are needed to form several mixes, so they are shown as one. Add more top or related artists for more mixes.",
    });
  }

  const labelOf = new Map(heard.map((a, i) => [a.id, labels[i]!]));
  for (const artist of artists) {
    if (!labelOf.has(artist.id)) labelOf.set(artist.id, anchorLabel(artist, artists, labelOf));
  }

  const members: ListenerArtist[][] = Array.from({ length: k }, () => []);
  for (const artist of artists) members[labelOf.get(artist.id)!]!.push(artist);
  const profiles = members.map((group) => {
    const known = group.map((a) => sounds.get(a.id)?.profile).filter((p): p is SoundProfile => !!p);
    return meanProfile(known);
  });
  const names = nameMixes(profiles);
  return members.map((group, i) => ({
    name: names[i]!,
    basis: "sound" as const,
    reason: `Artists with a similar sound: ${names[i]!.toLowerCase()}.`,
    profile: profiles[i]!,
    artists: [...group.filter((a) => a.flag === "top"), ...group.filter((a) => a.flag === "related")],
  }));
}

/**
 * One mix per top artist (the first `anchors` of them), holding the artists found through it (a
 * similar artist found through several top artists joins the first). With the whole taste, the
 * listener's other artists share one more mix, so none of their concerts are lost.
 */
function formMixesFromGraph(artists: ListenerArtist[], sounds: Map<string, ArtistSound>, anchors: number): Mix[] {
  const top = artists.filter((a) => a.flag === "top").slice(0, anchors);
  const rest = artists.filter((a) => a.flag === "top").slice(anchors);
  const groups = new Map<string, ListenerArtist[]>(top.map((a) => [a.id, [a]]));
  for (const artist of artists) {
    if (artist.flag !== "related") continue;
    const anchor = artist.relatedTo.find((r) => groups.has(r.id));
    if (anchor) groups.get(anchor.id)!.push(artist);
  }
  const profileOf = (group: ListenerArtist[]) => {
    const known = group.map((a) => sounds.get(a.id)?.profile).filter((p): p is SoundProfile => !!p);
    return known.length ? meanProfile(known) : null;
  };
  const grown = [...groups.values()].map((group) => {
    const seed = group[0]!;
    return {
      name: `Around ${seed.name}`,
      basis: "similar_artists" as const,
      reason: `Grown from ${seed.name}, one of your top artists, through similar artists (audio features were not available to group by sound).`,
      profile: profileOf(group),
      artists: group,
    };
  });
  if (rest.length === 0) return grown;
  return [
    ...grown,
    {
      name: "More of your artists",
      basis: "similar_artists" as const,
      reason: "The rest of your artists, together: audio features were not available to group them by sound.",
      profile: profileOf(rest),
      artists: rest,
    },
  ];
}

/** Where an unheard artist belongs: with the top artist it was found through, or with most of the artists similar to it. */
function anchorLabel(artist: ListenerArtist, all: ListenerArtist[], labelOf: Map<string, number>): number {
  for (const anchor of artist.relatedTo) {
    const label = labelOf.get(anchor.id);
    if (label !== undefined) return label;
  }
  const votes = new Map<number, number>();
  for (const other of all) {
    const label = labelOf.get(other.id);
    if (label !== undefined && other.relatedTo.some((r) => r.id === artist.id)) votes.set(label, (votes.get(label) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : 0;
}
