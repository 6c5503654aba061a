type T = (key: string, named?: Record<string, unknown>) => string;
type Te = (key: string) => boolean;

/** An audit action in words (`REQUEST_CONFIRMATION` → « Confirmations demandées »); never the code alone. */
export function auditActionLabel(action: string, t: T, te: Te): string {
  return te(`audit.action.${action}`) ? t(`audit.action.${action}`) : t('audit.otherAction', { code: action.toLowerCase().replace(/_/g, ' ') });
}

export function auditEntityLabel(entityType: string, t: T, te: Te): string {
  return te(`audit.entity.${entityType}`) ? t(`audit.entity.${entityType}`) : entityType;
}

/** The changed fields in words, when the form knows them (`startDate` → DDC). */
export function auditFieldsLabel(fields: readonly string[], t: T, te: Te): string {
  return fields.map((f) => (te(`fields.${f}`) ? t(`fields.${f}`) : te(`reference.sections.${f}`) ? t(`reference.sections.${f}`) : f)).join(', ');
}
