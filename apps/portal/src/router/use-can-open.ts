import { useRouter, type Router } from 'vue-router';
import type { Role } from '../gql/graphql';
import { useSession } from '../session/use-session';
import { guardRoute } from './guard';

/** Whether a role may open a path: a link the guard would turn back is better not shown. */
export function canOpen(router: Router, role: Role | null, path: string): boolean {
  const to = router.resolve(path);
  return guardRoute({ name: to.name ?? undefined, meta: to.meta, fullPath: to.fullPath }, role) === true;
}

/** `canOpen` for the signed-in viewer. */
export function useCanOpen(): (path: string) => boolean {
  const router = useRouter();
  const session = useSession();
  return (path) => canOpen(router, session.viewer?.role ?? null, path);
}
