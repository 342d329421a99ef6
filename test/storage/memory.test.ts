import { memoryAdapter } from '../../src/storage/memory';

describe('memoryAdapter', () => {
  it('should start empty or from the value given, and forget on remove', () => {
    expect(memoryAdapter().get()).toBeUndefined();
    const storage = memoryAdapter('stored');
    expect(storage.get()).toBe('stored');
    storage.set('next', undefined as never);
    expect(storage.get()).toBe('next');
    storage.remove!();
    expect(storage.get()).toBeUndefined();
  });

  it('should keep each adapter private, so two stores never share consent', () => {
    const a = memoryAdapter();
    a.set('x', undefined as never);
    expect(memoryAdapter().get()).toBeUndefined();
    expect(document.cookie).toBe('');
    expect(localStorage.length).toBe(0);
  });
});
