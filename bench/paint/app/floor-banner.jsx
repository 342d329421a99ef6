import { useState } from 'react';

// The floor: the least a site can ship for the same choice. Two equal buttons, one cookie.
const COOKIE = 'bench-consent';
const box = {
  position: 'fixed', insetInline: 0, bottom: 0, padding: '1rem', background: '#fff', color: '#111',
  borderTop: '1px solid #ccc', font: '15px/1.4 system-ui, sans-serif', zIndex: 10,
};
const button = { font: 'inherit', padding: '.5rem 1rem', marginInlineEnd: '.5rem', border: '1px solid #111', borderRadius: 6, background: '#111', color: '#fff' };

function decided() {
  return document.cookie.split('; ').some((pair) => pair.startsWith(`${COOKIE}=`));
}

export function FloorBanner({ onSettings }) {
  const [open, setOpen] = useState(() => !decided());
  if (!open) return null;
  const choose = (value) => () => {
    document.cookie = `${COOKIE}=${value}; path=/; max-age=15552000; samesite=lax`;
    setOpen(false);
  };
  return (
    <section style={box} aria-label="Cookie consent">
      <p style={{ margin: '0 0 .75rem' }}>We use cookies for statistics, only if you allow them.</p>
      <button type="button" style={button} onClick={choose('all')} data-bench-accept="">Accept all</button>
      <button type="button" style={button} onClick={choose('none')}>Reject all</button>
      {onSettings && (
        <button type="button" style={{ ...button, background: '#fff', color: '#111' }} onClick={onSettings}>Settings</button>
      )}
    </section>
  );
}
