// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { balancedMasteringConfig, demoSiteConfig } from '../../stories/demo/balanced-mastering';

const policy = readFileSync(fileURLToPath(new URL('../fixtures/cookie-policy.txt', import.meta.url)), 'utf8');

/** The third parties the reference policy names: the headings of "4. Third-Party Cookies", e.g. "Stripe". */
const policyThirdParties = () =>
  [...policy.slice(policy.indexOf('4. Third-Party Cookies'), policy.indexOf('5. Managing')).matchAll(/^(\S.*) \([^)]+\)$/gm)].map((match) => match[1]);

describe('the demo site config stays true to the reference policy', () => {
  test('each third party the policy names has a switch of its own, in the category the policy gives it, and no other is invented', () => {
    const named = policyThirdParties();
    expect(named).toEqual(['Stripe', 'Supabase', 'Google Analytics']);
    const fromPolicy = demoSiteConfig.services.filter((service) => named.includes(service.name));
    expect(fromPolicy.map(({ name, id, category }) => [name, id, category])).toEqual([
      ['Stripe', 'stripe', 'essential'],
      ['Supabase', 'supabase', 'essential'],
      ['Google Analytics', 'google-analytics', 'analytics'],
    ]);
    // Cloudflare is not in the policy, so not in the demo either.
    expect(policy).not.toMatch(/cloudflare/i);
    expect(demoSiteConfig.services.map((service) => service.name)).not.toContain('Cloudflare');
  });

  test("the policy's cookies are the demo's, unchanged but for Google Analytics' two going with its service", () => {
    expect(demoSiteConfig.cookies.map(({ service, ...cookie }) => cookie)).toEqual(balancedMasteringConfig.cookies);
    expect(demoSiteConfig.cookies.filter((cookie) => cookie.service).map((cookie) => [cookie.name, cookie.service])).toEqual([
      ['_ga', 'google-analytics'],
      ['_gid', 'google-analytics'],
    ]);
  });

  test('the policy names no local storage key, so the demo declares none', () => {
    expect(policy).toMatch(/Local Storage: Persists until cleared or expired/);
    expect(demoSiteConfig.storage).toEqual([]);
  });
});
