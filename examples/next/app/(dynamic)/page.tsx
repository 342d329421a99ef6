import { ConsentStatus } from '../consent-status';

/** Rendered per request (ƒ): the HTML shows this visitor's decision, GPC and theme. */
export default function Home() {
  return (
    <main>
      <h1>Home</h1>
      <ConsentStatus />
    </main>
  );
}
