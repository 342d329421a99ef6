import { encodeConsentRecord, type ConsentRecord } from '../../src/core/record';
import { consentTexts } from '../../src/integrations/consent-texts';
import type { ConsentLogPayload } from '../../src/integrations/consent-log';
import { shopConfig } from '../core/fixtures';

export const now = Math.floor(Date.now() / 1000);

/** A decision as the store would log it for `shopConfig`, made a minute ago. */
export const logRecord = (patch: Partial<ConsentRecord> = {}): ConsentRecord => ({
  schema: 1,
  revision: 1,
  id: '0123456789ab' + 'c'.repeat(20),
  decidedAt: now - 60,
  expiresAt: now - 60 + shopConfig.consentExpirySeconds,
  method: 'custom',
  gpc: false,
  choices: { essential: true, functional: true, analytics: false, advertising: false },
  ...patch,
});

/** The body the client posts for `record`. */
export const logPayload = (patch: Partial<Record<keyof ConsentLogPayload, unknown>> = {}, record = logRecord()) => ({
  record: encodeConsentRecord(record),
  replaces: null,
  locale: 'en',
  texts: consentTexts(shopConfig),
  page: 'https://shop.example/checkout',
  ...patch,
});
