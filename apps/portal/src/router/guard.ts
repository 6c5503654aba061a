import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import type { Role } from '../gql/graphql';
import { homePath } from '../session/roles';

/**
 * Where a navigation may go, given who is signed in: public routes for anyone, the
 * sign-in page (keeping the wanted path) for nobody, the role's home for a wrong role.
 */
export function guardRoute(to: Pick<RouteLocationNormalized, 'meta' | 'fullPath' | 'name'>, role: Role | null): true | RouteLocationRaw {
  if (to.name === 'sign-in' && role) return homePath(role);
  if (to.meta.public) return true;
  if (!role) return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  if (to.meta.roles && !to.meta.roles.includes(role)) return homePath(role);
  return true;
}
