/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ChangeProposals($state: ProposalState, $first: Int!, $offset: Int!) {\n    changeProposals(state: $state, first: $first, offset: $offset) {\n      id\n      version\n      state\n      startDate\n      endDate\n      monthlyGrossPay\n      comment\n      createdAt\n      decidedAt\n      mission {\n        id\n        version\n        cohort\n        contractType\n        startDate\n        endDate\n        monthlyGrossPay\n        student {\n          id\n          lastName\n          firstName\n        }\n      }\n    }\n  }\n": typeof types.ChangeProposalsDocument,
    "\n  mutation DecideChangeProposal($id: ID!, $version: Int!, $accept: Boolean!) {\n    decideChangeProposal(id: $id, version: $version, accept: $accept) {\n      proposal { id state version }\n      mission { id version startDate endDate monthlyGrossPay }\n      errors { code message field }\n    }\n  }\n": typeof types.DecideChangeProposalDocument,
    "\n  query ContractDetails($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      contractType\n      startDate\n      endDate\n      hoursPerDay\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      mission { id state }\n      windows {\n        startDate { min max }\n        endDate { min max }\n      }\n      findings { code severity field message messageEn ref window { min max } }\n      figures { billableHours cost unbilledHours }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross }\n      checklist { id code label labelEn done doneAt dueDate mandatory overdue ref responsible originals version }\n    }\n  }\n": typeof types.ContractDetailsDocument,
    "\n  mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setChecklistItemDone(id: $id, version: $version, done: $done) {\n      errors { code message field }\n      item { id done doneAt overdue version }\n    }\n  }\n": typeof types.SetChecklistItemDoneDocument,
    "\n  query ContractList($filter: ContractFilter, $first: Int!, $offset: Int!) {\n    contracts(filter: $filter, first: $first, offset: $offset) {\n      id\n      contractType\n      startDate\n      endDate\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      findings { code severity }\n    }\n  }\n": typeof types.ContractListDocument,
    "\n  query MyContract {\n    contracts(first: 1) { id }\n  }\n": typeof types.MyContractDocument,
    "\n  query Dashboard {\n    dashboard {\n      missionsByState { key count }\n      contractsByType { key count }\n      contractsByCohort { key count }\n      contractsBySite { key count }\n      findingsByCode { key count }\n      overdueChecklistItems\n      upcomingStarts {\n        id\n        startDate\n        contractType\n        student { id firstName lastName cohort }\n        mission { id }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation SaveMissionDraft($id: ID, $version: Int, $input: MissionInput!) {\n    saveMissionDraft(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      mission { id version state }\n    }\n  }\n": typeof types.SaveMissionDraftDocument,
    "\n  mutation SubmitMission($id: ID!, $version: Int!) {\n    submitMission(id: $id, version: $version) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id version state }\n    }\n  }\n": typeof types.SubmitMissionDocument,
    "\n  query MyFiche($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n      cohort\n      status\n      birthDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n    }\n    missions(first: 20) {\n      ...MissionFiche\n      requestDate\n      findings { code severity field message messageEn ref window { min max } }\n      contract { id }\n    }\n  }\n": typeof types.MyFicheDocument,
    "\n  fragment LivretDetails on Livret {\n    id\n    version\n    student { id firstName lastName }\n    cohort\n    academicYear\n    companyTutorName\n    general { jobTitle missionSummary professionalProject }\n    overrides { firstVisit secondVisit soutenance }\n    periods {\n      number\n      from\n      to\n      endSource\n      dueDate\n      sheets {\n        id\n        version\n        code\n        author\n        label\n        labelEn\n        mandatory\n        state\n        text\n        answers { criterion level comment }\n        grid {\n          id\n          number\n          scale { code label }\n          competences { code label criteria { code label } }\n        }\n        submittedAt\n        submittedBy\n        attachment { name kind size url }\n        editable\n      }\n    }\n  }\n": typeof types.LivretDetailsFragmentDoc,
    "\n  mutation SaveLivretSheet($input: SaveLivretSheetInput!) {\n    saveLivretSheet(input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": typeof types.SaveLivretSheetDocument,
    "\n  query CurrentLivretGrid {\n    currentLivretGrid { id number createdBy createdAt scale { code label } competences { code label criteria { code label } } }\n  }\n": typeof types.CurrentLivretGridDocument,
    "\n  mutation PublishLivretGrid($input: LivretGridInput!) {\n    publishLivretGrid(input: $input) {\n      grid { id number }\n      errors { code message field }\n    }\n  }\n": typeof types.PublishLivretGridDocument,
    "\n  query Livret($id: ID!) {\n    livret(id: $id) { ...LivretDetails }\n  }\n": typeof types.LivretDocument,
    "\n  query MyLivrets {\n    myLivrets { ...LivretDetails }\n  }\n": typeof types.MyLivretsDocument,
    "\n  mutation SaveLivretGeneral($id: ID!, $version: Int!, $input: LivretGeneralInput!) {\n    saveLivretGeneral(id: $id, version: $version, input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": typeof types.SaveLivretGeneralDocument,
    "\n  mutation OverrideLivretDates($id: ID!, $version: Int!, $input: LivretOverridesInput!) {\n    overrideLivretDates(id: $id, version: $version, input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": typeof types.OverrideLivretDatesDocument,
    "\n  mutation ReopenLivretSheet($id: ID!, $version: Int!, $reason: String!) {\n    reopenLivretSheet(id: $id, version: $version, reason: $reason) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": typeof types.ReopenLivretSheetDocument,
    "\n  mutation SendLivretLink($id: ID!) {\n    sendLivretLink(id: $id) {\n      livret { id }\n      errors { code message field }\n    }\n  }\n": typeof types.SendLivretLinkDocument,
    "\n  query LivretProgress($cohort: String!, $academicYear: String!) {\n    livretProgress(cohort: $cohort, academicYear: $academicYear) {\n      cohort\n      academicYear\n      livrets\n      periods {\n        period\n        complete\n        objectives { done missing late upcoming }\n        tutorEvaluations { done missing late upcoming }\n        selfEvaluations { done missing late upcoming }\n      }\n      alternants {\n        livretId\n        name\n        periods { number to objectives tutorEvaluation selfEvaluation }\n      }\n    }\n  }\n": typeof types.LivretProgressDocument,
    "\n  query LivretSettings($cohort: String!, $academicYear: String!) {\n    livretSettings(cohort: $cohort, academicYear: $academicYear) {\n      version trainingStart soutenance firstVisit secondVisit commonDates graceDays reminderDaysBefore\n    }\n  }\n": typeof types.LivretSettingsDocument,
    "\n  mutation SaveLivretSettings($cohort: String!, $academicYear: String!, $version: Int!, $input: LivretSettingsInput!) {\n    saveLivretSettings(cohort: $cohort, academicYear: $academicYear, version: $version, input: $input) {\n      settings { version trainingStart soutenance firstVisit secondVisit commonDates graceDays reminderDaysBefore }\n      errors { code message field }\n    }\n  }\n": typeof types.SaveLivretSettingsDocument,
    "\n  mutation OpenLivrets($cohort: String!, $academicYear: String!) {\n    openLivrets(cohort: $cohort, academicYear: $academicYear) { created errors { code message field } }\n  }\n": typeof types.OpenLivretsDocument,
    "\n  mutation SendLivretReminders {\n    sendLivretReminders { sent errors { code message } }\n  }\n": typeof types.SendLivretRemindersDocument,
    "\n  mutation ResendConfirmationLink($id: ID!, $version: Int!, $party: ConfirmingParty!) {\n    resendConfirmationLink(id: $id, version: $version, party: $party) {\n      errors { code message field }\n      mission { id version }\n    }\n  }\n": typeof types.ResendConfirmationLinkDocument,
    "\n  fragment MissionFiche on Mission {\n    id\n    state\n    version\n    cohort\n    group\n    contractType\n    cproReason\n    title\n    context\n    objectives\n    deliverables\n    offerReference\n    requestDate\n    validationDate\n    startDate\n    endDate\n    hoursPerDay\n    monthlyGrossPay\n    smcMonthly\n    previousRatePercent\n    stageAltApproved\n    returnComment\n    rejectionReason\n    student {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n    }\n    organisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    workOrganisation {\n      id\n      name\n      siret\n      address\n    }\n    tutor1 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    tutor2 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    hrContact {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n": typeof types.MissionFicheFragmentDoc,
    "\n  query MissionDetail($id: ID!, $office: Boolean!) {\n    mission(id: $id) {\n      ...MissionFiche\n      findings {\n        code\n        severity\n        field\n        message\n        messageEn\n        ref\n        window {\n          min\n          max\n        }\n      }\n      contract {\n        id\n      }\n      confirmations {\n        id\n        party\n        email\n        requestedAt\n        confirmedAt\n        errorComment\n        errorReportedAt\n        reminderDueAt\n        remindersSent\n      }\n      auditTrail @include(if: $office) {\n        id\n        at\n        action\n        actorLabel\n        role\n        comment\n        fields\n      }\n      mails @include(if: $office) {\n        id\n        to\n        subject\n        template\n        state\n        createdAt\n        sentAt\n        text\n      }\n    }\n  }\n": typeof types.MissionDetailDocument,
    "\n  mutation ReturnMission($id: ID!, $version: Int!, $comment: String!) {\n    returnMission(id: $id, version: $version, comment: $comment) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": typeof types.ReturnMissionDocument,
    "\n  mutation RequestConfirmations($id: ID!, $version: Int!) {\n    requestMissionConfirmations(id: $id, version: $version) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": typeof types.RequestConfirmationsDocument,
    "\n  mutation ValidateMission($id: ID!, $version: Int!, $acceptWarnings: Boolean) {\n    validateMission(id: $id, version: $version, acceptWarnings: $acceptWarnings) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id state version contract { id } }\n    }\n  }\n": typeof types.ValidateMissionDocument,
    "\n  mutation RejectMission($id: ID!, $version: Int!, $reason: String!) {\n    rejectMission(id: $id, version: $version, reason: $reason) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": typeof types.RejectMissionDocument,
    "\n  query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $offset: Int!) {\n    missionCount(filter: $filter)\n    missions(filter: $filter, sort: $sort, first: $first, offset: $offset) {\n      id\n      state\n      waitingDays\n      cohort\n      contractType\n      startDate\n      endDate\n      requestDate\n      findings {\n        code\n        severity\n      }\n      organisation {\n        id\n        name\n      }\n      student {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.MissionListDocument,
    "\n  mutation ApproveStageAlt($id: ID!, $version: Int!, $approved: Boolean!) {\n    approveStageAlt(id: $id, version: $version, approved: $approved) {\n      errors { code message field }\n      mission { id version stageAltApproved }\n    }\n  }\n": typeof types.ApproveStageAltDocument,
    "\n  query Offers {\n    offers(first: 100) { id reference title description cohort contractType state closedAt version organisation { id name } }\n  }\n": typeof types.OffersDocument,
    "\n  mutation PublishOffer($input: OfferInput!) {\n    publishOffer(input: $input) { errors { code message field } offer { id } }\n  }\n": typeof types.PublishOfferDocument,
    "\n  mutation CloseOffer($id: ID!, $version: Int!) {\n    closeOffer(id: $id, version: $version) { errors { code message field } offer { id state version } }\n  }\n": typeof types.CloseOfferDocument,
    "\n  query ApiTokens {\n    apiTokens { id name prefix scopes state createdAt expiresAt lastUsedAt revokedAt partner replacesId }\n    apiTokenScopes\n    integrationPartners { code label contractTypes scopes }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { errors { code message field } token { id revokedAt } }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditLog($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int!, $offset: Int!) {\n    auditEventCount(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to)\n    auditEvents(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to, first: $first, offset: $offset) {\n      id at actorLabel role entityType entityId action fields comment\n    }\n    auditFacets { actions entityTypes }\n  }\n": typeof types.AuditLogDocument,
    "\n  query PersonalDataStudents($search: String, $first: Int!) {\n    students(search: $search, first: $first) { id firstName lastName email cohort version }\n  }\n": typeof types.PersonalDataStudentsDocument,
    "\n  query PersonalDataExport($studentId: ID!) {\n    personalDataExport(studentId: $studentId)\n  }\n": typeof types.PersonalDataExportDocument,
    "\n  mutation ErasePersonalData($studentId: ID!, $version: Int!) {\n    erasePersonalData(studentId: $studentId, version: $version) { errors { code message field } student { id } }\n  }\n": typeof types.ErasePersonalDataDocument,
    "\n  query WebhookDeliveries($state: WebhookDeliveryState) {\n    webhooks { id url partner types active createdAt }\n    webhookDeliveries(state: $state, first: 100) { id eventType entityId state attempts lastStatus lastError nextAttemptAt sentAt createdAt endpoint { id url } }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) { errors { code message field } delivery { id state attempts } }\n  }\n": typeof types.ReplayWebhookDeliveryDocument,
    "\n  query LinkMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionFiche\n      contract { id }\n      confirmations {\n        id\n        party\n        email\n        confirmedAt\n        errorReportedAt\n        errorComment\n      }\n    }\n  }\n": typeof types.LinkMissionDocument,
    "\n  mutation ConfirmMission($id: ID!) {\n    confirmMission(id: $id) {\n      errors { code message field }\n      mission { id state }\n    }\n  }\n": typeof types.ConfirmMissionDocument,
    "\n  mutation ReportMissionError($id: ID!, $comment: String!) {\n    reportMissionError(id: $id, comment: $comment) {\n      errors { code message field }\n      mission { id state }\n    }\n  }\n": typeof types.ReportMissionErrorDocument,
    "\n  query ReferenceSections {\n    referenceData { key data version updatedAt }\n  }\n": typeof types.ReferenceSectionsDocument,
    "\n  mutation UpdateReferenceSection($key: String!, $data: JSON!, $version: Int!) {\n    updateReferenceSection(key: $key, data: $data, version: $version) {\n      errors { code message field }\n      section { key data version updatedAt }\n    }\n  }\n": typeof types.UpdateReferenceSectionDocument,
    "\n  mutation StartRosterImport($rows: [RosterImportRow!]!) {\n    startRosterImport(rows: $rows) {\n      job { id state total processed }\n      errors { code message field index }\n    }\n  }\n": typeof types.StartRosterImportDocument,
    "\n  query RosterImportJob($id: ID!) {\n    rosterImportJob(id: $id) {\n      id\n      state\n      total\n      processed\n      imported\n      errors { code message field index }\n    }\n  }\n": typeof types.RosterImportJobDocument,
    "\n  query RosterRowsExport($filter: RosterFilter) {\n    rosterRows(filter: $filter) {\n      missionId\n      lastName\n      firstName\n      birthDate\n      cohort\n      group\n      status\n      contractType\n      requestDate\n      validationDate\n      startDate\n      endDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n      company\n      monthlyGrossPay\n      missionState\n    }\n  }\n": typeof types.RosterRowsExportDocument,
    "\n  query ReferenceDataForRules {\n    referenceData {\n      key\n      data\n    }\n  }\n": typeof types.ReferenceDataForRulesDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      role\n      displayName\n      email\n      studentId\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query StudentRecord($id: ID!) {\n    student(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      email\n      phone\n      birthDate\n      status\n      nationality\n      foreign\n      aptObtained\n      aptObtainedOn\n      cohort\n      group\n      repeating\n      professionalisationValidated\n      site\n      academicTutor { id displayName }\n    }\n    academicTutors { id displayName email }\n  }\n": typeof types.StudentRecordDocument,
    "\n  mutation UpdateStudentRecord($id: ID!, $version: Int!, $input: StudentInput!) {\n    updateStudent(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      student { id version }\n    }\n  }\n": typeof types.UpdateStudentRecordDocument,
    "\n  mutation RecordApt($id: ID!, $version: Int!, $obtainedOn: Date) {\n    recordApt(studentId: $id, version: $version, obtainedOn: $obtainedOn) {\n      errors { code message field }\n      student { id version aptObtained aptObtainedOn }\n    }\n  }\n": typeof types.RecordAptDocument,
    "\n  query StudentList($cohort: String, $search: String, $first: Int!, $offset: Int!) {\n    students(cohort: $cohort, search: $search, first: $first, offset: $offset) {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      foreign\n      aptObtained\n      academicTutor { id displayName }\n    }\n  }\n": typeof types.StudentListDocument,
};
const documents: Documents = {
    "\n  query ChangeProposals($state: ProposalState, $first: Int!, $offset: Int!) {\n    changeProposals(state: $state, first: $first, offset: $offset) {\n      id\n      version\n      state\n      startDate\n      endDate\n      monthlyGrossPay\n      comment\n      createdAt\n      decidedAt\n      mission {\n        id\n        version\n        cohort\n        contractType\n        startDate\n        endDate\n        monthlyGrossPay\n        student {\n          id\n          lastName\n          firstName\n        }\n      }\n    }\n  }\n": types.ChangeProposalsDocument,
    "\n  mutation DecideChangeProposal($id: ID!, $version: Int!, $accept: Boolean!) {\n    decideChangeProposal(id: $id, version: $version, accept: $accept) {\n      proposal { id state version }\n      mission { id version startDate endDate monthlyGrossPay }\n      errors { code message field }\n    }\n  }\n": types.DecideChangeProposalDocument,
    "\n  query ContractDetails($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      contractType\n      startDate\n      endDate\n      hoursPerDay\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      mission { id state }\n      windows {\n        startDate { min max }\n        endDate { min max }\n      }\n      findings { code severity field message messageEn ref window { min max } }\n      figures { billableHours cost unbilledHours }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross }\n      checklist { id code label labelEn done doneAt dueDate mandatory overdue ref responsible originals version }\n    }\n  }\n": types.ContractDetailsDocument,
    "\n  mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setChecklistItemDone(id: $id, version: $version, done: $done) {\n      errors { code message field }\n      item { id done doneAt overdue version }\n    }\n  }\n": types.SetChecklistItemDoneDocument,
    "\n  query ContractList($filter: ContractFilter, $first: Int!, $offset: Int!) {\n    contracts(filter: $filter, first: $first, offset: $offset) {\n      id\n      contractType\n      startDate\n      endDate\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      findings { code severity }\n    }\n  }\n": types.ContractListDocument,
    "\n  query MyContract {\n    contracts(first: 1) { id }\n  }\n": types.MyContractDocument,
    "\n  query Dashboard {\n    dashboard {\n      missionsByState { key count }\n      contractsByType { key count }\n      contractsByCohort { key count }\n      contractsBySite { key count }\n      findingsByCode { key count }\n      overdueChecklistItems\n      upcomingStarts {\n        id\n        startDate\n        contractType\n        student { id firstName lastName cohort }\n        mission { id }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation SaveMissionDraft($id: ID, $version: Int, $input: MissionInput!) {\n    saveMissionDraft(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      mission { id version state }\n    }\n  }\n": types.SaveMissionDraftDocument,
    "\n  mutation SubmitMission($id: ID!, $version: Int!) {\n    submitMission(id: $id, version: $version) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id version state }\n    }\n  }\n": types.SubmitMissionDocument,
    "\n  query MyFiche($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n      cohort\n      status\n      birthDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n    }\n    missions(first: 20) {\n      ...MissionFiche\n      requestDate\n      findings { code severity field message messageEn ref window { min max } }\n      contract { id }\n    }\n  }\n": types.MyFicheDocument,
    "\n  fragment LivretDetails on Livret {\n    id\n    version\n    student { id firstName lastName }\n    cohort\n    academicYear\n    companyTutorName\n    general { jobTitle missionSummary professionalProject }\n    overrides { firstVisit secondVisit soutenance }\n    periods {\n      number\n      from\n      to\n      endSource\n      dueDate\n      sheets {\n        id\n        version\n        code\n        author\n        label\n        labelEn\n        mandatory\n        state\n        text\n        answers { criterion level comment }\n        grid {\n          id\n          number\n          scale { code label }\n          competences { code label criteria { code label } }\n        }\n        submittedAt\n        submittedBy\n        attachment { name kind size url }\n        editable\n      }\n    }\n  }\n": types.LivretDetailsFragmentDoc,
    "\n  mutation SaveLivretSheet($input: SaveLivretSheetInput!) {\n    saveLivretSheet(input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": types.SaveLivretSheetDocument,
    "\n  query CurrentLivretGrid {\n    currentLivretGrid { id number createdBy createdAt scale { code label } competences { code label criteria { code label } } }\n  }\n": types.CurrentLivretGridDocument,
    "\n  mutation PublishLivretGrid($input: LivretGridInput!) {\n    publishLivretGrid(input: $input) {\n      grid { id number }\n      errors { code message field }\n    }\n  }\n": types.PublishLivretGridDocument,
    "\n  query Livret($id: ID!) {\n    livret(id: $id) { ...LivretDetails }\n  }\n": types.LivretDocument,
    "\n  query MyLivrets {\n    myLivrets { ...LivretDetails }\n  }\n": types.MyLivretsDocument,
    "\n  mutation SaveLivretGeneral($id: ID!, $version: Int!, $input: LivretGeneralInput!) {\n    saveLivretGeneral(id: $id, version: $version, input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": types.SaveLivretGeneralDocument,
    "\n  mutation OverrideLivretDates($id: ID!, $version: Int!, $input: LivretOverridesInput!) {\n    overrideLivretDates(id: $id, version: $version, input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": types.OverrideLivretDatesDocument,
    "\n  mutation ReopenLivretSheet($id: ID!, $version: Int!, $reason: String!) {\n    reopenLivretSheet(id: $id, version: $version, reason: $reason) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": types.ReopenLivretSheetDocument,
    "\n  mutation SendLivretLink($id: ID!) {\n    sendLivretLink(id: $id) {\n      livret { id }\n      errors { code message field }\n    }\n  }\n": types.SendLivretLinkDocument,
    "\n  query LivretProgress($cohort: String!, $academicYear: String!) {\n    livretProgress(cohort: $cohort, academicYear: $academicYear) {\n      cohort\n      academicYear\n      livrets\n      periods {\n        period\n        complete\n        objectives { done missing late upcoming }\n        tutorEvaluations { done missing late upcoming }\n        selfEvaluations { done missing late upcoming }\n      }\n      alternants {\n        livretId\n        name\n        periods { number to objectives tutorEvaluation selfEvaluation }\n      }\n    }\n  }\n": types.LivretProgressDocument,
    "\n  query LivretSettings($cohort: String!, $academicYear: String!) {\n    livretSettings(cohort: $cohort, academicYear: $academicYear) {\n      version trainingStart soutenance firstVisit secondVisit commonDates graceDays reminderDaysBefore\n    }\n  }\n": types.LivretSettingsDocument,
    "\n  mutation SaveLivretSettings($cohort: String!, $academicYear: String!, $version: Int!, $input: LivretSettingsInput!) {\n    saveLivretSettings(cohort: $cohort, academicYear: $academicYear, version: $version, input: $input) {\n      settings { version trainingStart soutenance firstVisit secondVisit commonDates graceDays reminderDaysBefore }\n      errors { code message field }\n    }\n  }\n": types.SaveLivretSettingsDocument,
    "\n  mutation OpenLivrets($cohort: String!, $academicYear: String!) {\n    openLivrets(cohort: $cohort, academicYear: $academicYear) { created errors { code message field } }\n  }\n": types.OpenLivretsDocument,
    "\n  mutation SendLivretReminders {\n    sendLivretReminders { sent errors { code message } }\n  }\n": types.SendLivretRemindersDocument,
    "\n  mutation ResendConfirmationLink($id: ID!, $version: Int!, $party: ConfirmingParty!) {\n    resendConfirmationLink(id: $id, version: $version, party: $party) {\n      errors { code message field }\n      mission { id version }\n    }\n  }\n": types.ResendConfirmationLinkDocument,
    "\n  fragment MissionFiche on Mission {\n    id\n    state\n    version\n    cohort\n    group\n    contractType\n    cproReason\n    title\n    context\n    objectives\n    deliverables\n    offerReference\n    requestDate\n    validationDate\n    startDate\n    endDate\n    hoursPerDay\n    monthlyGrossPay\n    smcMonthly\n    previousRatePercent\n    stageAltApproved\n    returnComment\n    rejectionReason\n    student {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n    }\n    organisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    workOrganisation {\n      id\n      name\n      siret\n      address\n    }\n    tutor1 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    tutor2 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    hrContact {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n": types.MissionFicheFragmentDoc,
    "\n  query MissionDetail($id: ID!, $office: Boolean!) {\n    mission(id: $id) {\n      ...MissionFiche\n      findings {\n        code\n        severity\n        field\n        message\n        messageEn\n        ref\n        window {\n          min\n          max\n        }\n      }\n      contract {\n        id\n      }\n      confirmations {\n        id\n        party\n        email\n        requestedAt\n        confirmedAt\n        errorComment\n        errorReportedAt\n        reminderDueAt\n        remindersSent\n      }\n      auditTrail @include(if: $office) {\n        id\n        at\n        action\n        actorLabel\n        role\n        comment\n        fields\n      }\n      mails @include(if: $office) {\n        id\n        to\n        subject\n        template\n        state\n        createdAt\n        sentAt\n        text\n      }\n    }\n  }\n": types.MissionDetailDocument,
    "\n  mutation ReturnMission($id: ID!, $version: Int!, $comment: String!) {\n    returnMission(id: $id, version: $version, comment: $comment) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": types.ReturnMissionDocument,
    "\n  mutation RequestConfirmations($id: ID!, $version: Int!) {\n    requestMissionConfirmations(id: $id, version: $version) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": types.RequestConfirmationsDocument,
    "\n  mutation ValidateMission($id: ID!, $version: Int!, $acceptWarnings: Boolean) {\n    validateMission(id: $id, version: $version, acceptWarnings: $acceptWarnings) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id state version contract { id } }\n    }\n  }\n": types.ValidateMissionDocument,
    "\n  mutation RejectMission($id: ID!, $version: Int!, $reason: String!) {\n    rejectMission(id: $id, version: $version, reason: $reason) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": types.RejectMissionDocument,
    "\n  query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $offset: Int!) {\n    missionCount(filter: $filter)\n    missions(filter: $filter, sort: $sort, first: $first, offset: $offset) {\n      id\n      state\n      waitingDays\n      cohort\n      contractType\n      startDate\n      endDate\n      requestDate\n      findings {\n        code\n        severity\n      }\n      organisation {\n        id\n        name\n      }\n      student {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.MissionListDocument,
    "\n  mutation ApproveStageAlt($id: ID!, $version: Int!, $approved: Boolean!) {\n    approveStageAlt(id: $id, version: $version, approved: $approved) {\n      errors { code message field }\n      mission { id version stageAltApproved }\n    }\n  }\n": types.ApproveStageAltDocument,
    "\n  query Offers {\n    offers(first: 100) { id reference title description cohort contractType state closedAt version organisation { id name } }\n  }\n": types.OffersDocument,
    "\n  mutation PublishOffer($input: OfferInput!) {\n    publishOffer(input: $input) { errors { code message field } offer { id } }\n  }\n": types.PublishOfferDocument,
    "\n  mutation CloseOffer($id: ID!, $version: Int!) {\n    closeOffer(id: $id, version: $version) { errors { code message field } offer { id state version } }\n  }\n": types.CloseOfferDocument,
    "\n  query ApiTokens {\n    apiTokens { id name prefix scopes state createdAt expiresAt lastUsedAt revokedAt partner replacesId }\n    apiTokenScopes\n    integrationPartners { code label contractTypes scopes }\n  }\n": types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { errors { code message field } token { id revokedAt } }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditLog($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int!, $offset: Int!) {\n    auditEventCount(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to)\n    auditEvents(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to, first: $first, offset: $offset) {\n      id at actorLabel role entityType entityId action fields comment\n    }\n    auditFacets { actions entityTypes }\n  }\n": types.AuditLogDocument,
    "\n  query PersonalDataStudents($search: String, $first: Int!) {\n    students(search: $search, first: $first) { id firstName lastName email cohort version }\n  }\n": types.PersonalDataStudentsDocument,
    "\n  query PersonalDataExport($studentId: ID!) {\n    personalDataExport(studentId: $studentId)\n  }\n": types.PersonalDataExportDocument,
    "\n  mutation ErasePersonalData($studentId: ID!, $version: Int!) {\n    erasePersonalData(studentId: $studentId, version: $version) { errors { code message field } student { id } }\n  }\n": types.ErasePersonalDataDocument,
    "\n  query WebhookDeliveries($state: WebhookDeliveryState) {\n    webhooks { id url partner types active createdAt }\n    webhookDeliveries(state: $state, first: 100) { id eventType entityId state attempts lastStatus lastError nextAttemptAt sentAt createdAt endpoint { id url } }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) { errors { code message field } delivery { id state attempts } }\n  }\n": types.ReplayWebhookDeliveryDocument,
    "\n  query LinkMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionFiche\n      contract { id }\n      confirmations {\n        id\n        party\n        email\n        confirmedAt\n        errorReportedAt\n        errorComment\n      }\n    }\n  }\n": types.LinkMissionDocument,
    "\n  mutation ConfirmMission($id: ID!) {\n    confirmMission(id: $id) {\n      errors { code message field }\n      mission { id state }\n    }\n  }\n": types.ConfirmMissionDocument,
    "\n  mutation ReportMissionError($id: ID!, $comment: String!) {\n    reportMissionError(id: $id, comment: $comment) {\n      errors { code message field }\n      mission { id state }\n    }\n  }\n": types.ReportMissionErrorDocument,
    "\n  query ReferenceSections {\n    referenceData { key data version updatedAt }\n  }\n": types.ReferenceSectionsDocument,
    "\n  mutation UpdateReferenceSection($key: String!, $data: JSON!, $version: Int!) {\n    updateReferenceSection(key: $key, data: $data, version: $version) {\n      errors { code message field }\n      section { key data version updatedAt }\n    }\n  }\n": types.UpdateReferenceSectionDocument,
    "\n  mutation StartRosterImport($rows: [RosterImportRow!]!) {\n    startRosterImport(rows: $rows) {\n      job { id state total processed }\n      errors { code message field index }\n    }\n  }\n": types.StartRosterImportDocument,
    "\n  query RosterImportJob($id: ID!) {\n    rosterImportJob(id: $id) {\n      id\n      state\n      total\n      processed\n      imported\n      errors { code message field index }\n    }\n  }\n": types.RosterImportJobDocument,
    "\n  query RosterRowsExport($filter: RosterFilter) {\n    rosterRows(filter: $filter) {\n      missionId\n      lastName\n      firstName\n      birthDate\n      cohort\n      group\n      status\n      contractType\n      requestDate\n      validationDate\n      startDate\n      endDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n      company\n      monthlyGrossPay\n      missionState\n    }\n  }\n": types.RosterRowsExportDocument,
    "\n  query ReferenceDataForRules {\n    referenceData {\n      key\n      data\n    }\n  }\n": types.ReferenceDataForRulesDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      role\n      displayName\n      email\n      studentId\n    }\n  }\n": types.ViewerDocument,
    "\n  query StudentRecord($id: ID!) {\n    student(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      email\n      phone\n      birthDate\n      status\n      nationality\n      foreign\n      aptObtained\n      aptObtainedOn\n      cohort\n      group\n      repeating\n      professionalisationValidated\n      site\n      academicTutor { id displayName }\n    }\n    academicTutors { id displayName email }\n  }\n": types.StudentRecordDocument,
    "\n  mutation UpdateStudentRecord($id: ID!, $version: Int!, $input: StudentInput!) {\n    updateStudent(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      student { id version }\n    }\n  }\n": types.UpdateStudentRecordDocument,
    "\n  mutation RecordApt($id: ID!, $version: Int!, $obtainedOn: Date) {\n    recordApt(studentId: $id, version: $version, obtainedOn: $obtainedOn) {\n      errors { code message field }\n      student { id version aptObtained aptObtainedOn }\n    }\n  }\n": types.RecordAptDocument,
    "\n  query StudentList($cohort: String, $search: String, $first: Int!, $offset: Int!) {\n    students(cohort: $cohort, search: $search, first: $first, offset: $offset) {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      foreign\n      aptObtained\n      academicTutor { id displayName }\n    }\n  }\n": types.StudentListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeProposals($state: ProposalState, $first: Int!, $offset: Int!) {\n    changeProposals(state: $state, first: $first, offset: $offset) {\n      id\n      version\n      state\n      startDate\n      endDate\n      monthlyGrossPay\n      comment\n      createdAt\n      decidedAt\n      mission {\n        id\n        version\n        cohort\n        contractType\n        startDate\n        endDate\n        monthlyGrossPay\n        student {\n          id\n          lastName\n          firstName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideChangeProposal($id: ID!, $version: Int!, $accept: Boolean!) {\n    decideChangeProposal(id: $id, version: $version, accept: $accept) {\n      proposal { id state version }\n      mission { id version startDate endDate monthlyGrossPay }\n      errors { code message field }\n    }\n  }\n"): typeof import('./graphql').DecideChangeProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractDetails($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      contractType\n      startDate\n      endDate\n      hoursPerDay\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      mission { id state }\n      windows {\n        startDate { min max }\n        endDate { min max }\n      }\n      findings { code severity field message messageEn ref window { min max } }\n      figures { billableHours cost unbilledHours }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross }\n      checklist { id code label labelEn done doneAt dueDate mandatory overdue ref responsible originals version }\n    }\n  }\n"): typeof import('./graphql').ContractDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setChecklistItemDone(id: $id, version: $version, done: $done) {\n      errors { code message field }\n      item { id done doneAt overdue version }\n    }\n  }\n"): typeof import('./graphql').SetChecklistItemDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractList($filter: ContractFilter, $first: Int!, $offset: Int!) {\n    contracts(filter: $filter, first: $first, offset: $offset) {\n      id\n      contractType\n      startDate\n      endDate\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      findings { code severity }\n    }\n  }\n"): typeof import('./graphql').ContractListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyContract {\n    contracts(first: 1) { id }\n  }\n"): typeof import('./graphql').MyContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      missionsByState { key count }\n      contractsByType { key count }\n      contractsByCohort { key count }\n      contractsBySite { key count }\n      findingsByCode { key count }\n      overdueChecklistItems\n      upcomingStarts {\n        id\n        startDate\n        contractType\n        student { id firstName lastName cohort }\n        mission { id }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMissionDraft($id: ID, $version: Int, $input: MissionInput!) {\n    saveMissionDraft(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      mission { id version state }\n    }\n  }\n"): typeof import('./graphql').SaveMissionDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMission($id: ID!, $version: Int!) {\n    submitMission(id: $id, version: $version) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id version state }\n    }\n  }\n"): typeof import('./graphql').SubmitMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFiche($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n      cohort\n      status\n      birthDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n    }\n    missions(first: 20) {\n      ...MissionFiche\n      requestDate\n      findings { code severity field message messageEn ref window { min max } }\n      contract { id }\n    }\n  }\n"): typeof import('./graphql').MyFicheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LivretDetails on Livret {\n    id\n    version\n    student { id firstName lastName }\n    cohort\n    academicYear\n    companyTutorName\n    general { jobTitle missionSummary professionalProject }\n    overrides { firstVisit secondVisit soutenance }\n    periods {\n      number\n      from\n      to\n      endSource\n      dueDate\n      sheets {\n        id\n        version\n        code\n        author\n        label\n        labelEn\n        mandatory\n        state\n        text\n        answers { criterion level comment }\n        grid {\n          id\n          number\n          scale { code label }\n          competences { code label criteria { code label } }\n        }\n        submittedAt\n        submittedBy\n        attachment { name kind size url }\n        editable\n      }\n    }\n  }\n"): typeof import('./graphql').LivretDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLivretSheet($input: SaveLivretSheetInput!) {\n    saveLivretSheet(input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n"): typeof import('./graphql').SaveLivretSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentLivretGrid {\n    currentLivretGrid { id number createdBy createdAt scale { code label } competences { code label criteria { code label } } }\n  }\n"): typeof import('./graphql').CurrentLivretGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishLivretGrid($input: LivretGridInput!) {\n    publishLivretGrid(input: $input) {\n      grid { id number }\n      errors { code message field }\n    }\n  }\n"): typeof import('./graphql').PublishLivretGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Livret($id: ID!) {\n    livret(id: $id) { ...LivretDetails }\n  }\n"): typeof import('./graphql').LivretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLivrets {\n    myLivrets { ...LivretDetails }\n  }\n"): typeof import('./graphql').MyLivretsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLivretGeneral($id: ID!, $version: Int!, $input: LivretGeneralInput!) {\n    saveLivretGeneral(id: $id, version: $version, input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n"): typeof import('./graphql').SaveLivretGeneralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideLivretDates($id: ID!, $version: Int!, $input: LivretOverridesInput!) {\n    overrideLivretDates(id: $id, version: $version, input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n"): typeof import('./graphql').OverrideLivretDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenLivretSheet($id: ID!, $version: Int!, $reason: String!) {\n    reopenLivretSheet(id: $id, version: $version, reason: $reason) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n"): typeof import('./graphql').ReopenLivretSheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendLivretLink($id: ID!) {\n    sendLivretLink(id: $id) {\n      livret { id }\n      errors { code message field }\n    }\n  }\n"): typeof import('./graphql').SendLivretLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivretProgress($cohort: String!, $academicYear: String!) {\n    livretProgress(cohort: $cohort, academicYear: $academicYear) {\n      cohort\n      academicYear\n      livrets\n      periods {\n        period\n        complete\n        objectives { done missing late upcoming }\n        tutorEvaluations { done missing late upcoming }\n        selfEvaluations { done missing late upcoming }\n      }\n      alternants {\n        livretId\n        name\n        periods { number to objectives tutorEvaluation selfEvaluation }\n      }\n    }\n  }\n"): typeof import('./graphql').LivretProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LivretSettings($cohort: String!, $academicYear: String!) {\n    livretSettings(cohort: $cohort, academicYear: $academicYear) {\n      version trainingStart soutenance firstVisit secondVisit commonDates graceDays reminderDaysBefore\n    }\n  }\n"): typeof import('./graphql').LivretSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLivretSettings($cohort: String!, $academicYear: String!, $version: Int!, $input: LivretSettingsInput!) {\n    saveLivretSettings(cohort: $cohort, academicYear: $academicYear, version: $version, input: $input) {\n      settings { version trainingStart soutenance firstVisit secondVisit commonDates graceDays reminderDaysBefore }\n      errors { code message field }\n    }\n  }\n"): typeof import('./graphql').SaveLivretSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenLivrets($cohort: String!, $academicYear: String!) {\n    openLivrets(cohort: $cohort, academicYear: $academicYear) { created errors { code message field } }\n  }\n"): typeof import('./graphql').OpenLivretsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendLivretReminders {\n    sendLivretReminders { sent errors { code message } }\n  }\n"): typeof import('./graphql').SendLivretRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendConfirmationLink($id: ID!, $version: Int!, $party: ConfirmingParty!) {\n    resendConfirmationLink(id: $id, version: $version, party: $party) {\n      errors { code message field }\n      mission { id version }\n    }\n  }\n"): typeof import('./graphql').ResendConfirmationLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionFiche on Mission {\n    id\n    state\n    version\n    cohort\n    group\n    contractType\n    cproReason\n    title\n    context\n    objectives\n    deliverables\n    offerReference\n    requestDate\n    validationDate\n    startDate\n    endDate\n    hoursPerDay\n    monthlyGrossPay\n    smcMonthly\n    previousRatePercent\n    stageAltApproved\n    returnComment\n    rejectionReason\n    student {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n    }\n    organisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    workOrganisation {\n      id\n      name\n      siret\n      address\n    }\n    tutor1 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    tutor2 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    hrContact {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n"): typeof import('./graphql').MissionFicheFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionDetail($id: ID!, $office: Boolean!) {\n    mission(id: $id) {\n      ...MissionFiche\n      findings {\n        code\n        severity\n        field\n        message\n        messageEn\n        ref\n        window {\n          min\n          max\n        }\n      }\n      contract {\n        id\n      }\n      confirmations {\n        id\n        party\n        email\n        requestedAt\n        confirmedAt\n        errorComment\n        errorReportedAt\n        reminderDueAt\n        remindersSent\n      }\n      auditTrail @include(if: $office) {\n        id\n        at\n        action\n        actorLabel\n        role\n        comment\n        fields\n      }\n      mails @include(if: $office) {\n        id\n        to\n        subject\n        template\n        state\n        createdAt\n        sentAt\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').MissionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnMission($id: ID!, $version: Int!, $comment: String!) {\n    returnMission(id: $id, version: $version, comment: $comment) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n"): typeof import('./graphql').ReturnMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestConfirmations($id: ID!, $version: Int!) {\n    requestMissionConfirmations(id: $id, version: $version) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n"): typeof import('./graphql').RequestConfirmationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateMission($id: ID!, $version: Int!, $acceptWarnings: Boolean) {\n    validateMission(id: $id, version: $version, acceptWarnings: $acceptWarnings) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id state version contract { id } }\n    }\n  }\n"): typeof import('./graphql').ValidateMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMission($id: ID!, $version: Int!, $reason: String!) {\n    rejectMission(id: $id, version: $version, reason: $reason) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n"): typeof import('./graphql').RejectMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $offset: Int!) {\n    missionCount(filter: $filter)\n    missions(filter: $filter, sort: $sort, first: $first, offset: $offset) {\n      id\n      state\n      waitingDays\n      cohort\n      contractType\n      startDate\n      endDate\n      requestDate\n      findings {\n        code\n        severity\n      }\n      organisation {\n        id\n        name\n      }\n      student {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): typeof import('./graphql').MissionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveStageAlt($id: ID!, $version: Int!, $approved: Boolean!) {\n    approveStageAlt(id: $id, version: $version, approved: $approved) {\n      errors { code message field }\n      mission { id version stageAltApproved }\n    }\n  }\n"): typeof import('./graphql').ApproveStageAltDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offers {\n    offers(first: 100) { id reference title description cohort contractType state closedAt version organisation { id name } }\n  }\n"): typeof import('./graphql').OffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOffer($input: OfferInput!) {\n    publishOffer(input: $input) { errors { code message field } offer { id } }\n  }\n"): typeof import('./graphql').PublishOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOffer($id: ID!, $version: Int!) {\n    closeOffer(id: $id, version: $version) { errors { code message field } offer { id state version } }\n  }\n"): typeof import('./graphql').CloseOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens { id name prefix scopes state createdAt expiresAt lastUsedAt revokedAt partner replacesId }\n    apiTokenScopes\n    integrationPartners { code label contractTypes scopes }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { errors { code message field } token { id revokedAt } }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int!, $offset: Int!) {\n    auditEventCount(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to)\n    auditEvents(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to, first: $first, offset: $offset) {\n      id at actorLabel role entityType entityId action fields comment\n    }\n    auditFacets { actions entityTypes }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataStudents($search: String, $first: Int!) {\n    students(search: $search, first: $first) { id firstName lastName email cohort version }\n  }\n"): typeof import('./graphql').PersonalDataStudentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataExport($studentId: ID!) {\n    personalDataExport(studentId: $studentId)\n  }\n"): typeof import('./graphql').PersonalDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePersonalData($studentId: ID!, $version: Int!) {\n    erasePersonalData(studentId: $studentId, version: $version) { errors { code message field } student { id } }\n  }\n"): typeof import('./graphql').ErasePersonalDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($state: WebhookDeliveryState) {\n    webhooks { id url partner types active createdAt }\n    webhookDeliveries(state: $state, first: 100) { id eventType entityId state attempts lastStatus lastError nextAttemptAt sentAt createdAt endpoint { id url } }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) { errors { code message field } delivery { id state attempts } }\n  }\n"): typeof import('./graphql').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkMission($id: ID!) {\n    mission(id: $id) {\n      ...MissionFiche\n      contract { id }\n      confirmations {\n        id\n        party\n        email\n        confirmedAt\n        errorReportedAt\n        errorComment\n      }\n    }\n  }\n"): typeof import('./graphql').LinkMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMission($id: ID!) {\n    confirmMission(id: $id) {\n      errors { code message field }\n      mission { id state }\n    }\n  }\n"): typeof import('./graphql').ConfirmMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMissionError($id: ID!, $comment: String!) {\n    reportMissionError(id: $id, comment: $comment) {\n      errors { code message field }\n      mission { id state }\n    }\n  }\n"): typeof import('./graphql').ReportMissionErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceSections {\n    referenceData { key data version updatedAt }\n  }\n"): typeof import('./graphql').ReferenceSectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReferenceSection($key: String!, $data: JSON!, $version: Int!) {\n    updateReferenceSection(key: $key, data: $data, version: $version) {\n      errors { code message field }\n      section { key data version updatedAt }\n    }\n  }\n"): typeof import('./graphql').UpdateReferenceSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRosterImport($rows: [RosterImportRow!]!) {\n    startRosterImport(rows: $rows) {\n      job { id state total processed }\n      errors { code message field index }\n    }\n  }\n"): typeof import('./graphql').StartRosterImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImportJob($id: ID!) {\n    rosterImportJob(id: $id) {\n      id\n      state\n      total\n      processed\n      imported\n      errors { code message field index }\n    }\n  }\n"): typeof import('./graphql').RosterImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterRowsExport($filter: RosterFilter) {\n    rosterRows(filter: $filter) {\n      missionId\n      lastName\n      firstName\n      birthDate\n      cohort\n      group\n      status\n      contractType\n      requestDate\n      validationDate\n      startDate\n      endDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n      company\n      monthlyGrossPay\n      missionState\n    }\n  }\n"): typeof import('./graphql').RosterRowsExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceDataForRules {\n    referenceData {\n      key\n      data\n    }\n  }\n"): typeof import('./graphql').ReferenceDataForRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      role\n      displayName\n      email\n      studentId\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentRecord($id: ID!) {\n    student(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      email\n      phone\n      birthDate\n      status\n      nationality\n      foreign\n      aptObtained\n      aptObtainedOn\n      cohort\n      group\n      repeating\n      professionalisationValidated\n      site\n      academicTutor { id displayName }\n    }\n    academicTutors { id displayName email }\n  }\n"): typeof import('./graphql').StudentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudentRecord($id: ID!, $version: Int!, $input: StudentInput!) {\n    updateStudent(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      student { id version }\n    }\n  }\n"): typeof import('./graphql').UpdateStudentRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordApt($id: ID!, $version: Int!, $obtainedOn: Date) {\n    recordApt(studentId: $id, version: $version, obtainedOn: $obtainedOn) {\n      errors { code message field }\n      student { id version aptObtained aptObtainedOn }\n    }\n  }\n"): typeof import('./graphql').RecordAptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentList($cohort: String, $search: String, $first: Int!, $offset: Int!) {\n    students(cohort: $cohort, search: $search, first: $first, offset: $offset) {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      foreign\n      aptObtained\n      academicTutor { id displayName }\n    }\n  }\n"): typeof import('./graphql').StudentListDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
