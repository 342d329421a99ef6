import { useState } from 'react';

// The floor's settings panel, loaded with import() when first opened.
export default function FloorPanel({ onClose }) {
  const [analytics, setAnalytics] = useState(false);
  return (
    <div role="dialog" aria-modal="true" aria-label="Cookie settings" style={{ position: 'fixed', inset: '10%', background: '#fff', padding: '1rem', zIndex: 20 }}>
      <label>
        <input type="checkbox" checked={analytics} onChange={(event) => setAnalytics(event.target.checked)} /> Statistics
      </label>
      <button type="button" onClick={onClose}>Save</button>
    </div>
  );
}
