import { createConsentStore } from '../../src/core/store';
import { defineConsentConfig } from '../../src/core/config';
import { memoryAdapter } from '../../src/storage/memory';
import { auditConsent, type ConsentAuditFinding } from '../../src/integrations/consent-audit';

const config = defineConsentConfig({
  revision: 1,
  categories: {
    essential: { required: true, title: 'Essential', description: 'Login.' },
    analytics: { title: 'Analytics', description: 'Counts visits.' },
  },
  cookies: [
    { name: 'session-id', category: 'essential', purpose: 'Session', duration: 'session' },
    { name: '_ga', category: 'analytics', purpose: 'Visitor ID', duration: { days: 390 } },
  ],
  storage: [{ key: 'recent-*', category: 'analytics', purpose: 'Recent pages', duration: { days: 7 } }],
});

const NAMES = ['session-id', '_ga', '_fbp', 'ck_consent'];
afterEach(() => {
  for (const name of NAMES) document.cookie = `${name}=; Max-Age=0; Path=/`;
  localStorage.clear();
  sessionStorage.clear();
});

function audit(choices?: Record<string, boolean>) {
  const store = createConsentStore(config, { storage: memoryAdapter() });
  if (choices) store.save(choices);
  const findings: ConsentAuditFinding[] = [];
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const stop = auditConsent(store, { interval: 50, onFinding: (finding) => findings.push(finding) });
  return { store, findings, warnings, stop };
}

const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 3000 });

describe('the development audit in Chromium', () => {
  it('warns once about an undeclared cookie, with the declaration to paste', async () => {
    document.cookie = '_fbp=fb.1; Path=/';
    document.cookie = 'session-id=abc; Path=/';
    const { findings, warnings, stop } = audit();
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(findings.map(({ kind, area, name }) => `${kind} ${area} ${name}`)).toEqual(['undeclared cookie _fbp']);
    const text = String(warnings.mock.calls.find((call) => String(call[0]).includes('_fbp'))?.[0]);
    expect(text).toContain("{ name: '_fbp', category: '…', purpose: '…', duration: { days: 30 } },");
    expect(warnings.mock.calls.filter((call) => String(call[0]).includes('_fbp'))).toHaveLength(1);
  });

  it('warns about a declared cookie present without consent, and not once it is granted', async () => {
    const { store, findings, stop } = audit();
    store.save({ analytics: false });
    document.cookie = '_ga=GA1; Path=/';
    await eventually(() => expect(findings.map((finding) => finding.name)).toEqual(['_ga']));
    expect(findings[0]!.kind).toBe('without-consent');
    expect(findings[0]!.message).toContain('category "analytics" has no consent');
    stop();

    const granted = audit({ analytics: true });
    document.cookie = '_ga=GA1; Path=/';
    await new Promise((resolve) => setTimeout(resolve, 200));
    granted.stop();
    expect(granted.findings).toEqual([]);
  });

  it('audits localStorage and sessionStorage keys against the storage declarations', async () => {
    localStorage.setItem('recent-home', '1');
    localStorage.setItem('hotjar-id', '1');
    sessionStorage.setItem('tab-state', '1');
    const { store, findings, stop } = audit();
    store.save({ analytics: false });
    await eventually(() => expect(findings).toHaveLength(3));
    stop();
    expect(findings.map(({ kind, area, name }) => `${kind} ${area} ${name}`).sort()).toEqual([
      'undeclared local hotjar-id',
      'undeclared session tab-state',
      'without-consent local recent-home',
    ]);
    expect(findings.find((finding) => finding.name === 'tab-state')!.message).toContain("{ key: 'tab-state', area: 'session', category: '…', purpose: '…', duration: 'session' },");
  });
});
