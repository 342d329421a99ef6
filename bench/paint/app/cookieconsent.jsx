import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import { Article } from './article.jsx';

// The same choices as the consentkit page: four categories, a banner and a preferences modal.
const section = (title, description, linkedCategory) => ({ title, description, linkedCategory });
const config = {
  // The bench's Chromium is driven through the DevTools protocol (navigator.webdriver is true),
  // which the library takes for a bot and shows nothing to.
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, functional: {}, analytics: {}, media: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'Essential cookies keep the site working. With your permission we also use cookies for settings, statistics and embedded media.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save',
          closeIconLabel: 'Close',
          sections: [
            section('Essential', 'Login, security and payments.', 'necessary'),
            section('Functional', 'Remember your settings and choices.', 'functional'),
            section('Analytics', 'Understand which pages are slow and which features are used.', 'analytics'),
            section('Embedded media', 'Videos and maps from other sites.', 'media'),
          ],
        },
      },
    },
  },
};

function App() {
  // Where its React guide calls it: once the app has mounted.
  useEffect(() => {
    CookieConsent.run(config);
  }, []);
  return <Article />;
}

createRoot(document.getElementById('root')).render(<App />);
