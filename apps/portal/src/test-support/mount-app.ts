import persisted from '../gql/persisted-documents.json';
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { defineComponent, h, type Component } from 'vue';
import { NDialogProvider, NMessageProvider } from 'naive-ui';
import { createAppI18n } from '../i18n/i18n';

/**
 * Mounts a component as the app does: French i18n and Naive's message and dialog
 * providers around it (components call useMessage()).
 */
export function mountWithApp<C extends Component>(component: C, options: { props?: Record<string, unknown>; locale?: 'fr' | 'en'; global?: ComponentMountingOptions<C>['global'] } = {}) {
  const i18n = createAppI18n(options.locale ?? 'fr');
  const Host = defineComponent({
    setup() {
      // Messages stay until closed: Naive hides one on a window timer it never clears, and that
      // timer firing after the test file's DOM is gone failed a loaded run ("window is not defined").
      return () => h(NMessageProvider, { duration: 0 }, () => h(NDialogProvider, null, () => h(component as Component, options.props ?? {})));
    },
  });
  const extra = options.global ?? {};
  return mount(Host, {
    global: { ...extra, plugins: [i18n, ...(extra.plugins ?? [])], stubs: { RouterLink: { template: '<a><slot /></a>' }, ...(extra.stubs ?? {}) } },
    attachTo: document.body,
  });
}

/** Replies to fetch() with JSON, per request path; records the bodies sent. */
export function fakeFetch(routes: Record<string, (body: unknown) => { status?: number; json: unknown }>) {
  const calls: { path: string; body: unknown }[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    const sent = init?.body ? (JSON.parse(String(init.body)) as { documentId?: string; query?: string }) : null;
    // Operations go by hash, as the API expects: the fake reads their text from the same manifest.
    const body = sent?.documentId ? { ...sent, query: (persisted as Record<string, string>)[sent.documentId] ?? `unknown document ${sent.documentId}` } : sent;
    calls.push({ path, body });
    const route = routes[path];
    if (!route) return new Response(JSON.stringify({ errors: [{ message: `no route ${path}` }] }), { status: 404 });
    const { status = 200, json } = route(body);
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetchImpl, calls };
}
