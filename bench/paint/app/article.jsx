// The article every variant renders: a headline, a large lede (the page's largest element, so the
// LCP entry when the app renders it) and a block of paragraphs. Identical in every variant.
const PARAGRAPH =
  'Mastering is the last step between a mix and a release: the engineer balances loudness, tone and ' +
  'stereo width so that a track sounds right on earbuds, in a car and on a club system. ';

export function Article() {
  return (
    <main className="article">
      <h1>How a mastering engineer listens</h1>
      <p className="lede">
        Ten tracks, three playback systems and one afternoon: what happens to a record in the hours
        before it ships, and why the quietest changes matter most.
      </p>
      {[1, 2, 3, 4, 5, 6].map((n) => (
        <p key={n}>{PARAGRAPH.repeat(2)}</p>
      ))}
    </main>
  );
}
