import { createRouter, createWebHistory } from 'vue-router';
import { loadViewer, useSession } from '../session/use-session';
import { guardRoute } from './guard';
import { routes } from './routes';

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes, scrollBehavior: () => ({ top: 0 }) });
  const session = useSession();
  router.beforeEach(async (to) => {
    if (!session.loaded) {
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
