import { ConsentStatus } from '../../consent-status';

/** Prerendered at build time (○): the same HTML for everyone, and no banner flash for returning visitors. */
export default function About() {
  return (
    <main>
      <h1>About</h1>
      <ConsentStatus />
    </main>
  );
}
