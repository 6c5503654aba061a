import { useDialog } from 'naive-ui';
import { useI18n } from 'vue-i18n';

/**
 * Asks before an action that sends mail outside or cannot be undone (issue 9 §4).
 * Resolves true only when the user chose the action's own button.
 */
export function useConfirm() {
  const dialog = useDialog();
  const { t } = useI18n();
  return (options: { title: string; content: string; action: string; danger?: boolean }): Promise<boolean> =>
    new Promise((resolve) => {
      let answered = false;
      const answer = (value: boolean) => {
        if (answered) return;
        answered = true;
        resolve(value);
      };
      dialog[options.danger ? 'error' : 'warning']({
        title: options.title,
        content: options.content,
        positiveText: options.action,
        negativeText: t('common.cancel'),
        positiveButtonProps: { 'data-testid': 'confirm-yes' } as never,
        negativeButtonProps: { 'data-testid': 'confirm-no' } as never,
        onPositiveClick: () => answer(true),
        onNegativeClick: () => answer(false),
        onClose: () => answer(false),
        onMaskClick: () => answer(false),
        onAfterLeave: () => answer(false),
      });
    });
}
