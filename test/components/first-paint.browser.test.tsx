import '../../src/styles/index.css';
import { act, cleanup, render, screen } from '@testing-library/react';
import { ConsentBanner } from '../../src/components/banner';
import { createConsentStore } from '../../src/core/store';
import { ConsentProvider } from '../../src/react/provider';
import { memoryAdapter } from '../../src/storage/memory';
import { balancedMasteringConfig as config } from '../../stories/demo/balanced-mastering';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  cleanup();
  document.documentElement.style.cssText = '';
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Animations running on the banner or inside it that change opacity. */
const opacityAnimations = (banner: Element) =>
  banner.getAnimations({ subtree: true }).filter((animation) => {
    const effect = animation.effect as KeyframeEffect | null;
    return animation.playState === 'running' && !!effect?.getKeyframes().some((frame) => 'opacity' in frame);
  });

describe('the banner at the first paint of the page', () => {
  test('given a first visit, at the first animation frame after mount Accept all is fully opaque and nothing fades it in', async () => {
    render(
      <ConsentProvider store={createConsentStore(config, { storage: memoryAdapter() })}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    const accept = screen.getByRole('button', { name: 'Accept all' });
    await nextFrame();
    expect(getComputedStyle(accept).opacity).toBe('1');
    expect(getComputedStyle(accept.closest('.ck-banner')!).opacity).toBe('1');
    expect(opacityAnimations(accept.closest('.ck-banner')!)).toEqual([]);
  });

  test('after reset(), should rise in: the banner appears on a page already shown without it', async () => {
    const store = createConsentStore(config, { storage: memoryAdapter() });
    store.acceptAll();
    render(
      <ConsentProvider store={store}>
        <ConsentBanner />
      </ConsentProvider>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    await nextFrame();
    act(() => store.reset());
    const banner = screen.getByRole('region', { name: 'Cookie consent' });
    expect(banner.hasAttribute('data-enter')).toBe(true);
    expect(opacityAnimations(banner).length).toBe(1);
  });
});
