import type { ConsentMessages } from './messages';

/**
 * The banner's English: the only strings of the first load. Its own module, so that the banner
 * imports neither `./messages` nor `./english` (the lazily loaded parts' strings).
 */
export const englishBanner: ConsentMessages['banner'] = {
  label: 'Cookie consent',
  title: 'We use cookies',
  description:
    'Essential cookies keep this site working. With your permission we would also use cookies to remember your settings and to understand how the site is used. You can change your choice at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
};
