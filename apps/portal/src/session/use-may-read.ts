import { computed, type ComputedRef } from 'vue';
import { roleMayRead, type ReadingTopic } from '@alternance/domain';
import { useSession } from './use-session';

/**
 * Whether the signed-in person reads this topic (@alternance/domain `roleMayRead`: the company
 * contacts' and the academic tutor's matrices, docs/security.md). The API sends null for what they
 * may not read; the screens leave its block out rather than show an empty one.
 */
export function useMayRead(topic: ReadingTopic): ComputedRef<boolean> {
  const session = useSession();
  return computed(() => !!session.viewer && roleMayRead(session.viewer.role, topic));
}
