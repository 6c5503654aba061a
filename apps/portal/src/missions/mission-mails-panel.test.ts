import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '../test-support/mount-app';
import MailsPanel from './mission-mails-panel.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const mails = [
  { id: 'a', to: 'rh@entreprise.example', subject: 'Confirmez la mission', template: 'CONFIRMATION_REQUEST', state: 'SENT', createdAt: '2025-07-01T08:00:00Z', sentAt: '2025-07-01T08:01:00Z', text: 'Bonjour' },
  { id: 'b', to: 'alice@etu.example', subject: 'Votre fiche est renvoyée', template: 'MISSION_RETURNED', state: 'PENDING', createdAt: '2025-07-02T08:00:00Z', text: 'Bonjour' },
  { id: 'c', to: 'tuteur@entreprise.example', subject: 'Rappel', template: 'CONFIRMATION_REMINDER', state: 'FAILED', createdAt: '2025-07-03T08:00:00Z', text: 'Bonjour' },
];
const parties = [
  { party: 'HR_CONTACT', email: 'rh@entreprise.example' },
  { party: 'COMPANY_TUTOR_1', email: 'Tuteur@entreprise.example' },
];

describe('mission mails panel', () => {
  it('names each mail and its recipient in words, never by their codes', () => {
    const wrapper = mountWithApp(MailsPanel, { props: { mails, parties, studentEmail: 'alice@etu.example' } });
    const text = wrapper.find('[data-testid="mission-mails"]').text();
    expect(text).toContain('Demande de confirmation');
    expect(text).toContain('Fiche renvoyée pour correction');
    expect(text).toContain('Relance de confirmation');
    expect(text).toContain('Contact RH (rh@entreprise.example)');
    expect(text).toContain('Tuteur en entreprise (tuteur@entreprise.example)');
    expect(text).toContain('Alternant(e) (alice@etu.example)');
    expect(text).not.toMatch(/CONFIRMATION_|MISSION_RETURNED|HR_CONTACT|COMPANY_TUTOR/);
    wrapper.unmount();
  });

  it('in English too, and an unknown template is named generically', () => {
    const wrapper = mountWithApp(MailsPanel, { locale: 'en', props: { mails: [{ ...mails[0]!, template: 'SOMETHING_NEW' }], parties } });
    const text = wrapper.find('[data-testid="mission-mails"]').text();
    expect(text).toContain('Mail');
    expect(text).toContain('HR contact (rh@entreprise.example)');
    expect(text).not.toContain('SOMETHING_NEW');
    wrapper.unmount();
  });
});
