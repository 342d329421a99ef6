import { lazy, Suspense, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Article } from './article.jsx';
import { FloorBanner } from './floor-banner.jsx';

const FloorPanel = lazy(() => import('./floor-panel.jsx'));

function App() {
  const [settings, setSettings] = useState(false);
  return (
    <>
      <Article />
      <FloorBanner onSettings={() => setSettings(true)} />
      {settings && (
        <Suspense fallback={null}>
          <FloorPanel onClose={() => setSettings(false)} />
        </Suspense>
      )}
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
