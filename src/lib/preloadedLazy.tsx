import { lazy, type ComponentType } from 'react';

/**
 * Like React.lazy, but the chunk starts loading at once (beside the dataset), and once it has
 * arrived the component renders without suspending. A lazy component suspends at least once,
 * and React reveals suspended content at most every 300 ms: that held back a list whose code
 * was already there.
 */
export function preloadedLazy<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | null = null;
  const module = load().then((exports) => {
    loaded = exports.default;
    return exports;
  });
  // A failed load is reported where the component renders (by lazy), not as an unhandled rejection.
  module.catch(() => {});
  const LazyComponent = lazy(() => module);
  return function PreloadedComponent(props: Props) {
    const Component = loaded ?? LazyComponent;
    return <Component {...props} />;
  };
}
