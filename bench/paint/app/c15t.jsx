import { ConsentBanner, ConsentDialog, ConsentManagerProvider } from '@c15t/react';
import '@c15t/react/styles.css';
import { createRoot } from 'react-dom/client';
import { Article } from './article.jsx';

// Offline mode: consent kept in the browser, no backend, as the consentkit page does.
createRoot(document.getElementById('root')).render(
  <ConsentManagerProvider options={{ mode: 'offline', consentCategories: ['necessary', 'functionality', 'measurement', 'experience'] }}>
    <Article />
    <ConsentBanner />
    <ConsentDialog />
  </ConsentManagerProvider>,
);
