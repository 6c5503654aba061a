import { graphql } from '../gql';

// The lifecycle's GraphQL operations (issue 13), one place for the panel, the forms and the year-change page.
export const ContractLifecycleDocument = graphql(`
  query ContractLifecycle($id: ID!) {
    contract(id: $id) {
      id
      version
      status
      contractType
      startDate
      endDate
      student { id cohort }
      mission { id tutor1 { id firstName lastName email } tutor2 { id firstName lastName email } }
      tutorChanges {
        id
        slot
        kind
        effectiveOn
        previousTutorUntil
        avenantSignedOn
        reason
        recordedBy
        previousTutor { id firstName lastName }
        newTutor { id firstName lastName }
      }
      amendments { id kind scope programme cohort previousEndDate newEndDate reason signedOn createdAt }
      mediations { id difficulty actions outcome mediatorLabel heldOn }
      ruptures {
        id
        version
        state
        reason
        requestedByRole
        requestedByLabel
        declaredBySource
        declaredLastDay
        lastDay
        startedOn
        plannedEndDate
        steps { id version key label labelEn toParty form count needsScan done doneAt scan { fileName size } }
      }
    }
  }
`);

export const RecordMediationDocument = graphql(`
  mutation RecordMediation($contractId: ID!, $input: MediationInput!) {
    recordMediation(contractId: $contractId, input: $input) { mediation { id } errors { code field message } }
  }
`);

export const RequestRuptureDocument = graphql(`
  mutation RequestRupture($contractId: ID!, $reason: String!) {
    requestRupture(contractId: $contractId, reason: $reason) { rupture { id state } errors { code field message } }
  }
`);

export const StartRuptureDocument = graphql(`
  mutation StartRupture($contractId: ID!, $ruptureId: ID, $version: Int, $reason: String, $lastDay: Date!, $skipMediation: Boolean) {
    startRupture(contractId: $contractId, ruptureId: $ruptureId, version: $version, reason: $reason, lastDay: $lastDay, skipMediation: $skipMediation) {
      rupture { id state }
      errors { code field message }
    }
  }
`);

export const SetRuptureStepDoneDocument = graphql(`
  mutation SetRuptureStepDone($id: ID!, $version: Int!, $done: Boolean!) {
    setRuptureStepDone(id: $id, version: $version, done: $done) { step { id version done } errors { code field message } }
  }
`);

export const UploadRuptureScanDocument = graphql(`
  mutation UploadRuptureScan($id: ID!, $version: Int!, $document: DocumentUpload!) {
    uploadRuptureScan(id: $id, version: $version, document: $document) { step { id version done } errors { code field message } }
  }
`);

export const CompleteRuptureDocument = graphql(`
  mutation CompleteRupture($id: ID!, $version: Int!) {
    completeRupture(id: $id, version: $version) { rupture { id state } errors { code field message } }
  }
`);

export const CancelRuptureDocument = graphql(`
  mutation CancelRupture($id: ID!, $version: Int!, $comment: String!) {
    cancelRupture(id: $id, version: $version, comment: $comment) { rupture { id state } errors { code field message } }
  }
`);

export const ExtendContractDocument = graphql(`
  mutation ExtendContract($contractId: ID!, $version: Int!, $input: ContractExtensionInput!) {
    extendContract(contractId: $contractId, version: $version, input: $input) {
      contract { id version endDate }
      findings { code message messageEn }
      errors { code field message }
    }
  }
`);

export const ExtensionPreviewDocument = graphql(`
  query ExtensionPreview($contractId: ID!, $input: ExtensionPreviewInput!) {
    extensionPreview(contractId: $contractId, input: $input) {
      repeatedProgramme
      extendedFrom
      previousExtensions
      repeatedCohort
      findings { code severity message messageEn }
      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross extension }
      billableHoursBefore
      costBefore
      billableHours
      cost
    }
  }
`);

export const SendRuptureRequestLinkDocument = graphql(`
  mutation SendRuptureRequestLink($contractId: ID!) {
    sendRuptureRequestLink(contractId: $contractId) { sent errors { code field message } }
  }
`);

export const StartMissionAfterRuptureDocument = graphql(`
  mutation StartMissionAfterRupture($ruptureId: ID!) {
    startMissionAfterRupture(ruptureId: $ruptureId) { mission { id state } errors { code field message } }
  }
`);

export const YearChangePreviewDocument = graphql(`
  query YearChangePreview($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]) {
    yearChangePreview(cohort: $cohort, programme: $programme, outcomes: $outcomes) {
      cohort
      programme
      closedOn
      rows {
        student { id firstName lastName }
        studentVersion
        contract { id contractType endDate }
        outcome
        opcoAgreement
        nextProgramme
        newContractNeeded
        nextCohort
        nextCampaignCloses
        nextCalendar
        nextYearFrom
        nextYearTo
        payBefore { ratePercent monthlyMinimumGross gridYear }
        payAfter { ratePercent monthlyMinimumGross gridYear }
        nextYearHours
        tutorAssignmentToRedo
        currentAcademicTutor
        contractEnds
        repeatedYear { extensionAllowed mustBreakUnlessOpcoAgrees newAlternanceYears withoutAlternance internshipEnds }
        findings { code severity field message messageEn ref window { min max } }
      }
    }
  }
`);

export const CloseTrainingYearDocument = graphql(`
  mutation CloseTrainingYear($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]!) {
    closeTrainingYear(cohort: $cohort, programme: $programme, outcomes: $outcomes) {
      preview { closedOn rows { student { id } newContractNeeded nextCohort } }
      errors { code field message index }
    }
  }
`);

export const RuptureCountsDocument = graphql(`
  query RuptureCounts {
    ruptureCounts { cohort month count }
  }
`);

export const RuptureScanDocument = graphql(`
  query RuptureScan($id: ID!) {
    rupture(id: $id) { id steps { id scan { fileName mimeType contentBase64 } } }
  }
`);

export const ChangeCompanyTutorDocument = graphql(`
  mutation ChangeCompanyTutor($contractId: ID!, $version: Int!, $input: CompanyTutorChangeInput!) {
    changeCompanyTutor(contractId: $contractId, version: $version, input: $input) {
      contract { id version }
      change { id kind }
      errors { code field message }
    }
  }
`);
