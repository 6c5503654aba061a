type T = (key: string, named?: Record<string, unknown>) => string;
type Te = (key: string) => boolean;

/**
 * An audit action in words (`REQUEST_CONFIRMATION` → « Confirmations demandées »); never the code alone.
 * With the object's type, the wording proper to it when the same code says another thing there
 * (`PUBLISH` on an AlternanceCalendar → « Calendrier publié », not « Offre publiée »).
 */
export function auditActionLabel(action: string, t: T, te: Te, entityType?: string): string {
  if (entityType && te(`audit.actionOf.${entityType}.${action}`)) return t(`audit.actionOf.${entityType}.${action}`);
  if (te(`audit.action.${action}`)) return t(`audit.action.${action}`);
  // Modules keep their own labels under their key (livret: issue 12 §3; absences: issue 11 §3).
  if (te(`livret.audit.action.${action}`)) return t(`livret.audit.action.${action}`);
  if (te(`absences.audit.action.${action}`)) return t(`absences.audit.action.${action}`);
  return t('audit.otherAction', { code: action.toLowerCase().replace(/_/g, ' ') });
}

export function auditEntityLabel(entityType: string, t: T, te: Te): string {
  if (te(`audit.entity.${entityType}`)) return t(`audit.entity.${entityType}`);
  if (te(`livret.audit.entity.${entityType}`)) return t(`livret.audit.entity.${entityType}`);
  return te(`absences.audit.entity.${entityType}`) ? t(`absences.audit.entity.${entityType}`) : entityType;
}

/** What the journal reads of an event's object (AuditEvent.entityName, entityGone). */
export interface AuditObject {
  entityType: string;
  entityId: string;
  entityName?: string | null;
  entityGone?: boolean | null;
}

/**
 * The object of an event by its name (« Organisme d’accueil — Acme », « Calendrier de M2 MIAGE »),
 * not its type and short id; one deleted since says so, with its type and short id; one of a type
 * without a name keeps its type and short id.
 */
export function auditObjectLabel(event: AuditObject, t: T, te: Te): string {
  const type = auditEntityLabel(event.entityType, t, te);
  const id = event.entityId.slice(0, 8);
  if (event.entityName) {
    const proper = `auditLog.objectOf.${event.entityType}`;
    return te(proper) ? t(proper, { name: event.entityName }) : t('auditLog.named', { type, name: event.entityName });
  }
  return event.entityGone ? t('auditLog.gone', { type, id }) : `${type} ${id}`;
}

/** The changed fields in words, when the form knows them (`startDate` → DDC). */
export function auditFieldsLabel(fields: readonly string[], t: T, te: Te): string {
  return fields.map((f) => fieldLabel(f, t, te)).join(', ');
}

function fieldLabel(field: string, t: T, te: Te): string {
  if (te(`fields.${field}`)) return t(`fields.${field}`);
  if (te(`reference.sections.${field}`)) return t(`reference.sections.${field}`);
  // Amounts are stored in cents (`monthlyGrossPayCents`) and typed in euros: the form's label names them.
  const euros = field.replace(/Cents$/, '');
  if (euros !== field && te(`fields.${euros}`)) return t(`fields.${euros}`);
  return field;
}
