import type { HTMLAttributeReferrerPolicy } from 'react';
import type { ServiceDeclaration } from '../core/config';

/**
 * What `ConsentEmbed` needs to know about a kind of embed: plain data, one object per provider,
 * so that an app ships only the presets it imports.
 */
export interface ConsentEmbedPreset<I extends string = string> {
  /**
   * The third party as `config.services` declares it, with an `id` (a consent of its own): spread
   * it into the config with your category, `services: [{ ...youtubeEmbed.service, category: 'marketing' }]`.
   * The placeholder names it and links its privacy policy; "Always allow" grants this service only.
   */
  service: Readonly<Omit<ServiceDeclaration<string, I>, 'category' | 'id'> & { id: I }>;
  /** Where its embeds live. Development builds warn about a `src` elsewhere. */
  origin: string;
  /** CSS aspect ratio of its player, kept by the placeholder so that nothing moves when it loads. */
  aspectRatio?: string;
  /** A fixed CSS height instead of a ratio (players whose height does not follow their width). */
  height?: string;
  /** The iframe's `allow` (Permissions Policy) attribute. */
  allow?: string;
  /** The iframe's `referrerPolicy`. */
  referrerPolicy?: HTMLAttributeReferrerPolicy;
}

const google = 'https://policies.google.com/privacy';

/**
 * YouTube on its privacy-enhanced host, which sets no cookie until the video plays:
 * `src={`https://www.youtube-nocookie.com/embed/${videoId}`}`.
 */
export const youtubeEmbed: ConsentEmbedPreset<'youtube'> = {
  service: {
    id: 'youtube',
    name: 'YouTube',
    purpose: 'Plays videos hosted on YouTube',
    data: 'IP address, device information and what you watch',
    privacyPolicyUrl: google,
  },
  origin: 'https://www.youtube-nocookie.com',
  aspectRatio: '16 / 9',
  allow: 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share; fullscreen',
  // YouTube refuses to play in a frame that sends no referrer.
  referrerPolicy: 'strict-origin-when-cross-origin',
};

/** Vimeo's player: `src={`https://player.vimeo.com/video/${videoId}?dnt=1`}` (`dnt=1`: no tracking cookies). */
export const vimeoEmbed: ConsentEmbedPreset<'vimeo'> = {
  service: {
    id: 'vimeo',
    name: 'Vimeo',
    purpose: 'Plays videos hosted on Vimeo',
    data: 'IP address, device information and what you watch',
    privacyPolicyUrl: 'https://vimeo.com/privacy',
  },
  origin: 'https://player.vimeo.com',
  aspectRatio: '16 / 9',
  allow: 'autoplay; fullscreen; picture-in-picture; clipboard-write',
};

/** A Google Maps embed: the `src` of its "Embed a map" code (`https://www.google.com/maps/embed?pb=…`). */
export const googleMapsEmbed: ConsentEmbedPreset<'google-maps'> = {
  service: {
    id: 'google-maps',
    name: 'Google Maps',
    purpose: 'Shows an interactive map',
    data: 'IP address, device information and the places you look at',
    privacyPolicyUrl: google,
  },
  origin: 'https://www.google.com',
  aspectRatio: '4 / 3',
  allow: 'fullscreen',
  referrerPolicy: 'no-referrer-when-downgrade',
};

/** Spotify's player: `src={`https://open.spotify.com/embed/track/${trackId}`}` (also `album`, `playlist`, `episode`). */
export const spotifyEmbed: ConsentEmbedPreset<'spotify'> = {
  service: {
    id: 'spotify',
    name: 'Spotify',
    purpose: 'Plays music and podcasts hosted on Spotify',
    data: 'IP address, device information and what you play',
    privacyPolicyUrl: 'https://www.spotify.com/legal/privacy-policy/',
  },
  origin: 'https://open.spotify.com',
  height: '352px',
  allow: 'autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture',
};
