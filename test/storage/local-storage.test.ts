import { localStorageAdapter } from '../../src/storage/local-storage';

describe('localStorageAdapter', () => {
  it('should keep the record under ck_consent by default, and read and remove it', () => {
    const storage = localStorageAdapter();
    expect(storage.get()).toBeNull();
    storage.set('value', undefined as never);
    expect(localStorage.getItem('ck_consent')).toBe('value');
    expect(storage.get()).toBe('value');
    storage.remove!();
    expect(localStorage.getItem('ck_consent')).toBeNull();
  });

  it('should use the key it is given', () => {
    localStorageAdapter({ key: 'shop:consent' }).set('v', undefined as never);
    expect(localStorage.getItem('shop:consent')).toBe('v');
    expect(localStorageAdapter({ key: 'shop:consent' }).key).toBe('shop:consent');
  });

  it('should call back on storage events for its key or a cleared storage, until unsubscribed', () => {
    const onChange = vi.fn();
    const unsubscribe = localStorageAdapter().subscribe!(onChange);
    window.dispatchEvent(new StorageEvent('storage', { key: 'ck_consent' }));
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other' }));
    expect(onChange).toHaveBeenCalledTimes(2);
    unsubscribe();
    window.dispatchEvent(new StorageEvent('storage', { key: 'ck_consent' }));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
