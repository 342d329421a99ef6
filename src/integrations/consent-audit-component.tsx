import { useEffect, useRef } from 'react';
import { useConsentContext } from '../react/context';
import { auditConsent, type ConsentAuditOptions } from './consent-audit';

/** Props of {@link ConsentAudit}. */
export type ConsentAuditProps = ConsentAuditOptions;

/**
 * Runs {@link auditConsent} on the provider's store while mounted: development warnings about
 * cookies and storage keys the policy does not account for. Renders nothing; does nothing in
 * production builds.
 */
export function ConsentAudit(props: ConsentAuditProps): null {
  const { store } = useConsentContext('ConsentAudit');
  const latest = useRef(props);
  latest.current = props;
  useEffect(
    () => (process.env.NODE_ENV !== 'production' ? auditConsent(store, { ...latest.current, onFinding: (finding) => latest.current.onFinding?.(finding) }) : undefined),
    [store],
  );
  return null;
}
