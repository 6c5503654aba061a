import { START_LOCATION, createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { firstViewer, useSession } from '../session/use-session';
import { dropFirstScreen } from './first-screen';
import { guardRoute } from './guard';
import { routes } from './routes';

/**
 * Starts fetching the first route's page while the viewer is read: the router resolves lazy
 * pages only after its guards, so the chunk's download would otherwise follow the viewer's
 * round trip instead of overlapping it. The browser keeps the module; the router's own import
 * then finds it.
 */
function prefetchPages(to: Pick<RouteLocationNormalized, 'matched'>): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      if (typeof component === 'function') void (component as () => Promise<unknown>)().catch(() => undefined);
    }
  }
}

export function createAppRouter() {
  // A page opened fresh is at the top already, and a list writing its filters into its URL stays
  // where the reader is: scrolling would only force the browser to lay out the half-built page at
  // once (≈ 60 ms on the dashboard, 20 ms on the missions list: issue 15's profile).
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (to, from, saved) => saved ?? (from === START_LOCATION || to.path === from.path ? false : { top: 0 }),
  });
  const session = useSession();
  // The first page's code starts loading now, beside the viewer's request, not once the app has mounted.
  if (typeof window !== 'undefined') prefetchPages(router.resolve(window.location.pathname + window.location.search));
  router.beforeEach(async (to) => {
    if (!session.loaded) {
      try {
        await firstViewer();
      } catch {
        // API unreachable: public pages still render and explain; others go to sign-in.
      }
    }
    return guardRoute(to, session.viewer?.role ?? null);
  });
  // The first screen's early answer is for the page first opened only.
  router.afterEach((to) => dropFirstScreen(to.path));
  return router;
}
