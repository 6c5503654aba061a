import { describe, expect, it } from 'vitest';
import { guardRoute } from './guard';
import { routes } from './routes';

const route = (name: string, fullPath = '/x') => {
  const r = routes.find((x) => x.name === name);
  if (!r) throw new Error(name);
  return { name, fullPath, meta: r.meta ?? {} };
};

describe('guardRoute', () => {
  it('sends nobody to sign-in, keeping the wanted path', () => {
    expect(guardRoute(route('dashboard', '/tableau-de-bord'), null)).toEqual({ name: 'sign-in', query: { redirect: '/tableau-de-bord' } });
  });

  it('lets anybody open a personal link and the sign-in page', () => {
    expect(guardRoute(route('personal-link', '/lien/abc'), null)).toBe(true);
    expect(guardRoute(route('sign-in', '/connexion'), null)).toBe(true);
  });

  it('sends a signed-in user away from sign-in to their home', () => {
    expect(guardRoute(route('sign-in', '/connexion'), 'STUDENT')).toBe('/ma-fiche');
    expect(guardRoute(route('sign-in', '/connexion'), 'SECRETARIAT')).toBe('/tableau-de-bord');
  });

  it('keeps students out of the office screens, and the office out of the student fiche', () => {
    expect(guardRoute(route('dashboard'), 'STUDENT')).toBe('/ma-fiche');
    expect(guardRoute(route('roster'), 'ACADEMIC_TUTOR')).toBe('/mes-alternants');
    expect(guardRoute(route('my-fiche'), 'MANAGER')).toBe('/tableau-de-bord');
    expect(guardRoute(route('dashboard'), 'DIRECTION')).toBe(true);
    expect(guardRoute(route('reference'), 'MANAGER')).toBe(true);
    expect(guardRoute(route('proposals'), 'SECRETARIAT')).toBe(true);
    expect(guardRoute(route('proposals'), 'ACADEMIC_TUTOR')).toBe('/mes-alternants');
  });
});
