import type { ConsentConfig } from '../core/config';
import type { LocalizedText } from '../core/localized-text';

/**
 * What a consent key stands for, as people read it: a category's title and description, or a
 * service's name, purpose and privacy policy (`'service:<id>'`). Empty for an unknown key.
 */
export function describeKey(config: ConsentConfig, key: string): { name?: LocalizedText; description?: LocalizedText; policy?: LocalizedText } {
  const id = key.startsWith('service:') ? key.slice(8) : undefined;
  const service = id === undefined ? undefined : config.services.find((item) => item.id === id);
  if (service) return { name: service.name, description: service.purpose, policy: service.privacyPolicyUrl };
  const category = id === undefined ? config.categories[key] : undefined;
  return { name: category?.title, description: category?.description };
}
