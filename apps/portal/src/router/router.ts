import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { loadViewer, useSession } from '../session/use-session';
import { guardRoute } from './guard';
import { routes } from './routes';

/**
 * Starts fetching the first route's page while the viewer is read: the router resolves lazy
 * pages only after its guards, so the chunk's download would otherwise follow the viewer's
 * round trip instead of overlapping it. The browser keeps the module; the router's own import
 * then finds it.
 */
function prefetchPages(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      if (typeof component === 'function') void (component as () => Promise<unknown>)().catch(() => undefined);
    }
  }
}

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes, scrollBehavior: () => ({ top: 0 }) });
  const session = useSession();
  router.beforeEach(async (to) => {
    if (!session.loaded) {
      prefetchPages(to);
      try {
        await loadViewer();
      } catch {
        // API unreachable: public pages still render and explain; others go to sign-in.
      }
    }
    return guardRoute(to, session.viewer?.role ?? null);
  });
  return router;
}
