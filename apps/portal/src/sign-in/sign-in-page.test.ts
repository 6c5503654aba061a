import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeFetch, mountWithApp } from '../test-support/mount-app';
import SignInPage from './sign-in-page.vue';

function router() {
  const r = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] });
  return r;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('sign-in page', () => {
  it('shows the API’s refusal and keeps what was typed', async () => {
    const fake = fakeFetch({ '/auth/login': () => ({ status: 401, json: { error: 'INVALID_CREDENTIALS', message: 'Adresse e-mail ou mot de passe incorrect.' } }) });
    vi.stubGlobal('fetch', fake.fetchImpl);
    const r = router();
    await r.push('/connexion');
    const wrapper = mountWithApp(SignInPage, { global: { plugins: [r] } });
    await wrapper.find('#sign-in-email').setValue('a@b.example');
    await wrapper.find('#sign-in-password').setValue('mauvais');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('incorrect');
    expect((wrapper.find('#sign-in-email').element as HTMLInputElement).value).toBe('a@b.example');
    expect(fake.calls[0]).toEqual({ path: '/auth/login', body: { email: 'a@b.example', password: 'mauvais' } });
    wrapper.unmount();
  });

  it('explains a throttled sign-in in French, with the wait, never the code', async () => {
    const body = { error: 'THROTTLED', message: 'Trop de tentatives pour ce compte : réessayez dans 2 minute(s).', retryAfter: 90 };
    vi.stubGlobal('fetch', fakeFetch({ '/auth/login': () => ({ status: 429, json: body }) }).fetchImpl);
    const r = router();
    await r.push('/connexion');
    const wrapper = mountWithApp(SignInPage, { global: { plugins: [r] } });
    await wrapper.find('#sign-in-email').setValue('a@b.example');
    await wrapper.find('#sign-in-password').setValue('x');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    // In the form's error summary, like every other failure (issue 9 §4).
    const alert = wrapper.find('[data-testid="form-error-summary"] li').text();
    expect(alert).toBe('Trop de tentatives de connexion pour ce compte. Par sécurité, réessayez dans 2 minutes.');
    expect(wrapper.find('[role="alert"]').text()).not.toMatch(/THROTTLED|429/);
    expect(alert).not.toMatch(/THROTTLED|429/);
    wrapper.unmount();
  });

  it('puts a field error next to its field', async () => {
    vi.stubGlobal('fetch', fakeFetch({ '/auth/login': () => ({ status: 400, json: { error: 'BAD_USER_INPUT', message: 'Adresse e-mail requise.', field: 'email' } }) }).fetchImpl);
    const r = router();
    await r.push('/connexion');
    const wrapper = mountWithApp(SignInPage, { global: { plugins: [r] } });
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#sign-in-email-error').text()).toBe('Adresse e-mail requise.');
    expect(wrapper.find('#sign-in-email').attributes('aria-describedby')).toBe('sign-in-email-error');
    wrapper.unmount();
  });

  it('goes to the role’s home once signed in', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        '/auth/login': () => ({ json: { role: 'STUDENT', displayName: 'Léa' } }),
        '/graphql': () => ({ json: { data: { viewer: { id: '1', role: 'STUDENT', displayName: 'Léa', email: 'lea@etu.example', studentId: 's1' } } } }),
      }).fetchImpl,
    );
    const r = router();
    await r.push('/connexion');
    const wrapper = mountWithApp(SignInPage, { global: { plugins: [r] } });
    await wrapper.find('#sign-in-email').setValue('lea@etu.example');
    await wrapper.find('#sign-in-password').setValue('x');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(r.currentRoute.value.path).toBe('/ma-fiche');
    wrapper.unmount();
  });
});
