/**
 * A page outside the consent layouts, with no consentkit component: the baseline against which
 * the test measures the first-load JavaScript consentkit adds to the other routes.
 */
export default function Plain() {
  return (
    <main>
      <h1>Plain</h1>
    </main>
  );
}
