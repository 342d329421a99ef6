/**
 * Local stand-ins for the third parties' pages that the demo embeds. A story never reaches the
 * network (the machines that run them have none, and a designer browsing the Storybook should not
 * be tracked by it): each frame is a `data:` page drawn here, with an opaque origin of its own.
 */
const page = (title: string, body: string) =>
  `data:text/html,${encodeURIComponent(
    `<!doctype html><html lang="en"><title>${title}</title><body style="margin:0;height:100vh;display:grid;place-items:center;font:16px system-ui;${body}</body></html>`,
  )}`;

/** Stands in for `https://www.youtube-nocookie.com/embed/<video id>`. */
export const VIDEO_STAND_IN = page('Video player', 'background:#111;color:#eee">▶ Before and after: a mastered chorus');

/** Stands in for `https://www.google.com/maps/embed?pb=…`. */
export const MAP_STAND_IN = page(
  'Map',
  'background:repeating-linear-gradient(45deg,#dfe9d8 0 24px,#e8efe2 24px 48px);color:#1b1d21">📍 Balanced Mastering, Studio 4',
);
