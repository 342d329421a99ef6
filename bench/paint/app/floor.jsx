import { createRoot } from 'react-dom/client';
import { Article } from './article.jsx';
import { FloorBanner } from './floor-banner.jsx';

createRoot(document.getElementById('root')).render(
  <>
    <Article />
    <FloorBanner />
  </>,
);
