import { ApiTokenSchema, PersonalLinkSchema, SessionSchema, UserSchema } from '../modules/auth/auth.entities.js';
import { AuditEventSchema } from '../modules/audit/audit-event.entity.js';
import { ChecklistItemSchema, ContractSchema } from '../modules/contracts/contract.entities.js';
import { OutboxMailSchema } from '../modules/mail/outbox-mail.entity.js';
import { MissionConfirmationSchema, MissionSchema } from '../modules/missions/mission.entities.js';
import { OfferSchema } from '../modules/offers/offer.entity.js';
import { OfferAlertSettingSchema, OfferDeliverySchema, OfferDigestSchema } from '../modules/offers/offer-alert.entities.js';
import { CompanyTutorSchema, HrContactSchema, OrganisationSchema, StudentSchema } from '../modules/people/people.entities.js';
import { ReferenceSectionSchema } from '../modules/reference-data/reference-section.entity.js';
import { ChangeProposalSchema } from '../modules/roster/change-proposal.entity.js';
import { RosterImportJobSchema } from '../modules/roster/roster-import-job.entity.js';
import { RosterImportStagedRowSchema } from '../modules/roster/roster-import-staged-row.entity.js';
import { IdempotencyRecordSchema } from '../modules/idempotency/idempotency-record.entity.js';
import { LoginThrottleSchema, RateLimitWindowSchema } from '../modules/auth/throttle.entities.js';
import { LivretAttachmentSchema, LivretGridSchema, LivretReminderSchema, LivretSchema, LivretSettingsSchema, LivretSheetSchema } from '../modules/livret/livret.entities.js';
import { AlternanceCalendarSchema, CalendarFeedSchema, CalendarVersionSchema, StudentCalendarSchema } from '../modules/calendars/calendar.entities.js';
import { VisitSchema } from '../modules/visits/visit.entity.js';
import { AbsenceDocumentSchema, AbsenceSchema, AbsenceStatementSchema, ProfessionalAbsenceRequestSchema } from '../modules/absences/absence.entities.js';
import { ExternalIdSchema } from '../modules/integration/external-id.entity.js';
import { ChangeEventSchema } from '../modules/integration/change-event.entity.js';
import { WebhookDeliverySchema, WebhookEndpointSchema } from '../modules/webhooks/webhook.entities.js';
import { PersistedOperationSchema } from '../modules/api-governance/persisted-operation.entity.js';
import { BaseEntitySchema } from './base-entity.js';
import { TrainingAgreementReminderSchema } from '../modules/people/training-agreement-reminder.entity.js';
import { ContractAmendmentSchema, MediationSchema, RuptureSchema, RuptureStepSchema, StoredDocumentSchema, TutorChangeSchema, YearClosureSchema, YearOutcomeSchema } from '../modules/lifecycle/lifecycle.entities.js';

export const ENTITIES = [
  BaseEntitySchema,
  UserSchema,
  SessionSchema,
  ApiTokenSchema,
  PersonalLinkSchema,
  StudentSchema,
  OrganisationSchema,
  CompanyTutorSchema,
  HrContactSchema,
  OfferSchema,
  // §3.2: the diffusion of the offers to the students still looking.
  OfferAlertSettingSchema,
  OfferDeliverySchema,
  OfferDigestSchema,
  MissionSchema,
  MissionConfirmationSchema,
  ContractSchema,
  ChecklistItemSchema,
  ChangeProposalSchema,
  RosterImportJobSchema,
  RosterImportStagedRowSchema,
  ReferenceSectionSchema,
  AuditEventSchema,
  OutboxMailSchema,
  IdempotencyRecordSchema,
  RateLimitWindowSchema,
  LoginThrottleSchema,
  // Livret d'alternance (issue 12 §3).
  LivretSettingsSchema,
  LivretSchema,
  LivretSheetSchema,
  LivretAttachmentSchema,
  LivretGridSchema,
  LivretReminderSchema,
  // §2.1.1 note 5: the reminders of FC conventions de formation not recorded.
  TrainingAgreementReminderSchema,
  AlternanceCalendarSchema,
  CalendarVersionSchema,
  StudentCalendarSchema,
  CalendarFeedSchema,
  VisitSchema,
  // Absences (issue 11 §3)
  ProfessionalAbsenceRequestSchema,
  AbsenceSchema,
  AbsenceDocumentSchema,
  AbsenceStatementSchema,
  // Issue 13: the alternance's lifecycle.
  MediationSchema,
  RuptureSchema,
  RuptureStepSchema,
  StoredDocumentSchema,
  ContractAmendmentSchema,
  TutorChangeSchema,
  YearClosureSchema,
  YearOutcomeSchema,
  ExternalIdSchema,
  ChangeEventSchema,
  WebhookEndpointSchema,
  WebhookDeliverySchema,
  PersistedOperationSchema,
];
