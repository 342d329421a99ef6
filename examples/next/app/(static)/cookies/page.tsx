import { CookiePolicyTable } from 'consentkit/server';
import { consentConfig } from '../../consent';

/** The policy page: its tables come from the config on the server, with no client code for them. */
export default function CookiePolicy() {
  return (
    <main>
      <h1>Cookie policy</h1>
      <CookiePolicyTable config={consentConfig} />
    </main>
  );
}
