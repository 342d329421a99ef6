import type { ConsentMessages } from './messages';

// English strings of the parts loaded later or used on their own: the preferences dialog, its
// toggles, the policy table, the settings button, embeds and the prompt. Apart from the banner's, so that a bundler
// that moves the dialog into a lazy chunk does not drag these strings into the first load.

export const englishPreferences: ConsentMessages['preferences'] = {
  title: 'Cookie preferences',
  description: 'Choose which kinds of cookies we may use. Nothing changes until you save.',
  close: 'Close',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  save: 'Save preferences',
  cookies: 'Cookies used',
};

export const englishToggle: ConsentMessages['toggle'] = {
  alwaysActive: 'Always active',
  mixed: 'Some services are on; switching on allows them all.',
};

export const englishTable: ConsentMessages['table'] = {
  cookie: 'Cookie',
  provider: 'Provider',
  purpose: 'Purpose',
  duration: 'Duration',
  thirdParty: 'Third party',
  self: 'This website',
  yes: 'Yes',
  no: 'No',
  session: 'Session',
  services: 'Third-party services',
  service: 'Service',
  data: 'Data collected',
  control: 'Control',
  privacyPolicy: 'Privacy policy',
  privacyPolicyLink: '{name} privacy policy',
};

export const englishSettings: ConsentMessages['settings'] = {
  label: 'Cookie settings',
};


export const englishEmbed: NonNullable<ConsentMessages['embed']> = {
  notice: 'This content is provided by {service}, which may set cookies and collect data when it loads.',
  loadOnce: 'Load this once',
  alwaysAllow: 'Always allow {service}',
  privacyPolicy: '{service} privacy policy',
};

export const englishPrompt: NonNullable<ConsentMessages['prompt']> = {
  title: 'Allow {name}?',
  allow: 'Allow',
  notNow: 'Not now',
  ask: 'Turn on {name}',
  privacyPolicy: '{name} privacy policy',
};
