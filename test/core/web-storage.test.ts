import { createConsentStore } from '../../src/core/store';
import { eraseStorage, expiryOf, findStorage, matchesKey } from '../../src/core/web-storage';
import { memoryAdapter } from '../../src/storage/memory';
import { serviceConfig, visibleStorage } from './fixtures';

const T0 = Date.UTC(2026, 0, 15);
const store = (options: Parameters<typeof createConsentStore>[1] = {}) =>
  createConsentStore(serviceConfig, { storage: memoryAdapter(), gpc: false, doNotTrack: false, now: () => T0, ...options });

/** A store connected as the provider connects it (its storage-key code loads then). */
async function connected() {
  const s = store();
  const stop = s.connect();
  await vi.dynamicImportSettled();
  onTestFinished(stop);
  return s;
}

/** What a page (or a third-party script) left in storage. */
function fill() {
  localStorage.setItem('user-preferences', '{"expires":1999999999999,"value":"dark"}');
  localStorage.setItem('cart', '3 items');
  localStorage.setItem('_hjSession_123', 'x');
  localStorage.setItem('usage:upload:clicks', '4');
  localStorage.setItem('unrelated', 'kept');
  sessionStorage.setItem('upload-draft', 'half a form');
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('declared storage keys', () => {
  describe('matching', () => {
    it('should match an exact key, or a family whose * spans any characters (also : / and spaces)', () => {
      expect(matchesKey('usage:*', 'usage:upload:clicks')).toBe(true);
      expect(matchesKey('usage:*', 'usage:')).toBe(true);
      expect(matchesKey('*:cache', 'a b/c:cache')).toBe(true);
      expect(matchesKey('usage:*', 'usage')).toBe(false);
      // Every other character is literal: "." is no wildcard.
      expect(matchesKey('a.b*', 'axb1')).toBe(false);
      expect(matchesKey('a.b', 'a.b')).toBe(true);
    });

    it('should find the declaration of a key by area, an exact key first', () => {
      expect(findStorage(serviceConfig, 'upload-draft', 'session')?.purpose).toBe('A partly filled upload form');
      expect(findStorage(serviceConfig, 'upload-draft')).toBeUndefined();
      expect(findStorage(serviceConfig, '_hjSession_9')?.service).toBe('hotjar');
    });

    it("should read the expiry useStorageItem stores beside a value, and none from anything else", () => {
      expect(expiryOf('{"expires":1767225600000,"value":"x"}')).toBe(1767225600000);
      expect(expiryOf('plain')).toBe(Infinity);
      expect(expiryOf(null)).toBe(Infinity);
    });
  });

  describe('erased on withdrawal', () => {
    it("should erase a revoked category's keys in both areas, and leave undeclared and required ones", async () => {
      const s = await connected();
      s.acceptAll();
      fill();
      s.save({ functional: false });
      expect(visibleStorage().sort()).toEqual(['local:_hjSession_123', 'local:cart', 'local:unrelated', 'local:usage:upload:clicks']);
    });

    it("should erase only a revoked service's keys inside a granted category", async () => {
      const s = await connected();
      s.acceptAll();
      fill();
      s.save({ 'service:hotjar': false });
      expect(visibleStorage()).not.toContain('local:_hjSession_123');
      expect(visibleStorage()).toContain('local:usage:upload:clicks');
    });

    it('should erase every declared key on reset, and only declared ones', async () => {
      const s = await connected();
      s.acceptAll();
      fill();
      s.reset();
      expect(visibleStorage()).toEqual(['local:unrelated']);
    });

    it('should erase nothing while consent is kept', async () => {
      const s = await connected();
      s.acceptAll();
      fill();
      s.save({ functional: true, analytics: true });
      expect(visibleStorage()).toHaveLength(6);
    });
  });

  describe('swept like cookies', () => {
    it('should remove keys of categories without consent once connected, and values past their stored expiry', async () => {
      fill();
      localStorage.setItem('cart', `{"expires":${T0 - 1},"value":"old"}`);
      const s = store();
      const stop = s.connect();
      await vi.dynamicImportSettled();
      await vi.waitFor(() => expect(visibleStorage().sort()).toEqual(['local:unrelated']));
      stop();
    });

    it('should erase the keys of a category revoked before the store connected, once it connects', async () => {
      const s = store();
      s.acceptAll();
      fill();
      s.save({ functional: false });
      expect(visibleStorage()).toContain('local:user-preferences');
      const stop = s.connect();
      await vi.dynamicImportSettled();
      await vi.waitFor(() => expect(visibleStorage()).not.toContain('local:user-preferences'));
      expect(visibleStorage()).not.toContain('session:upload-draft');
      expect(visibleStorage()).toContain('local:usage:upload:clicks');
      stop();
    });
  });

  it('should survive blocked storage', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(() => eraseStorage(serviceConfig, ['functional'])).not.toThrow();
      const s = store();
      s.acceptAll();
      expect(() => s.rejectAll()).not.toThrow();
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});
