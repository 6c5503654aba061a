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
    "\n  fragment AbsenceFields on Absence {\n    id version date half state reason comment organisationName hours deadline decidedBy decidedAt decisionComment recordedBy source\n    student { id firstName lastName cohort group }\n    stoppage { issuedOn from to receivedOn sentBy fileName mediaType size }\n    document { fileName mediaType size }\n  }\n": typeof types.AbsenceFieldsFragmentDoc,
    "\n  query Absences($filter: AbsenceFilter, $first: Int, $offset: Int) {\n    absences(filter: $filter, first: $first, offset: $offset) { ...AbsenceFields }\n  }\n": typeof types.AbsencesDocument,
    "\n  query Attendance($studentId: ID!) {\n    attendance(studentId: $studentId) { trainingHours missedHalfDays missedHours justifiedHours unjustifiedHours pendingHours missedPercent }\n  }\n": typeof types.AttendanceDocument,
    "\n  query AbsenceDaySheet($cohort: String!, $group: String, $date: Date!, $half: HalfDay!) {\n    absenceDaySheet(cohort: $cohort, group: $group, date: $date, half: $half) {\n      training\n      student { id firstName lastName group }\n      absence { id state }\n    }\n  }\n": typeof types.AbsenceDaySheetDocument,
    "\n  mutation RecordAbsences($input: RecordAbsencesInput!) {\n    recordAbsences(input: $input) { absences { id } errors { code message field index } }\n  }\n": typeof types.RecordAbsencesDocument,
    "\n  mutation PreviewAbsenceImport($rows: [AbsenceImportRowInput!]!) {\n    previewAbsenceImport(rows: $rows) {\n      rows { index date half studentId studentName duplicate }\n      errors { code message field index }\n    }\n  }\n": typeof types.PreviewAbsenceImportDocument,
    "\n  mutation ImportAbsences($rows: [AbsenceImportRowInput!]!) {\n    importAbsences(rows: $rows) { absences { id } errors { code message field index } }\n  }\n": typeof types.ImportAbsencesDocument,
    "\n  mutation DeclareMedicalAbsence($id: ID!, $version: Int!) {\n    declareMedicalAbsence(id: $id, version: $version) { absence { ...AbsenceFields } errors { code message field } }\n  }\n": typeof types.DeclareMedicalAbsenceDocument,
    "\n  mutation GiveAbsenceReason($id: ID!, $version: Int!, $reason: String!) {\n    giveAbsenceReason(id: $id, version: $version, reason: $reason) { absence { ...AbsenceFields } errors { code message field } }\n  }\n": typeof types.GiveAbsenceReasonDocument,
    "\n  mutation DecideAbsence($id: ID!, $version: Int!, $accept: Boolean!, $comment: String) {\n    decideAbsence(id: $id, version: $version, accept: $accept, comment: $comment) { absence { ...AbsenceFields } errors { code message field } }\n  }\n": typeof types.DecideAbsenceDocument,
    "\n  mutation CloseAbsenceUnjustified($id: ID!, $version: Int!, $comment: String) {\n    closeAbsenceUnjustified(id: $id, version: $version, comment: $comment) { absence { ...AbsenceFields } errors { code message field } }\n  }\n": typeof types.CloseAbsenceUnjustifiedDocument,
    "\n  mutation DeleteAbsence($id: ID!, $version: Int!) {\n    deleteAbsence(id: $id, version: $version) { absence { id } errors { code message field } }\n  }\n": typeof types.DeleteAbsenceDocument,
    "\n  mutation SendWorkStoppage($id: ID!, $version: Int!, $input: WorkStoppageInput!) {\n    sendWorkStoppage(id: $id, version: $version, input: $input) { absence { ...AbsenceFields } covered { id date half state } errors { code message field } findings { code message ref } }\n  }\n": typeof types.SendWorkStoppageDocument,
    "\n  mutation JustifyAbsences($input: AbsenceJustificationInput!) {\n    justifyAbsences(input: $input) { absences { ...AbsenceFields } errors { code message field } }\n  }\n": typeof types.JustifyAbsencesDocument,
    "\n  query ProfessionalAbsenceRequests($state: ProfessionalAbsenceState, $first: Int, $after: String) {\n    professionalAbsenceRequests(state: $state, first: $first, after: $after) {\n      id cursor version firstDay firstHalf lastDay lastHalf reason requestedBy requestedOn recordedBy teachersConsulted state decidedBy decidedAt decisionComment\n      student { id firstName lastName cohort }\n    }\n  }\n": typeof types.ProfessionalAbsenceRequestsDocument,
    "\n  mutation DecideProfessionalAbsence($id: ID!, $version: Int!, $grant: Boolean!, $comment: String) {\n    decideProfessionalAbsence(id: $id, version: $version, grant: $grant, comment: $comment) { request { id state } errors { code message field } }\n  }\n": typeof types.DecideProfessionalAbsenceDocument,
    "\n  mutation RequestProfessionalAbsence($input: ProfessionalAbsenceInput!) {\n    requestProfessionalAbsence(input: $input) { request { id state firstDay } errors { code message field } findings { code message ref } }\n  }\n": typeof types.RequestProfessionalAbsenceDocument,
    "\n  mutation SendProfessionalAbsenceLink($studentId: ID!) {\n    sendProfessionalAbsenceLink(studentId: $studentId) { sent errors { code message field } }\n  }\n": typeof types.SendProfessionalAbsenceLinkDocument,
    "\n  query AbsenceLinkContext {\n    absenceLinkContext {\n      purpose studentName organisationName earliestFirstDay\n      absence { ...AbsenceFields }\n      requests { id firstDay firstHalf lastDay lastHalf reason state decisionComment requestedOn }\n    }\n  }\n": typeof types.AbsenceLinkContextDocument,
    "\n  query AbsenceStatements($month: String!) {\n    absenceStatements(month: $month) { organisationId organisationName month totalHours sentAt lines { studentName date half hours reason declaredAt } }\n  }\n": typeof types.AbsenceStatementsDocument,
    "\n  mutation RecordMailedProfessionalAbsence($input: MailedProfessionalAbsenceInput!) {\n    recordMailedProfessionalAbsence(input: $input) { request { id state firstDay requestedOn } errors { code message field } findings { code message ref } }\n  }\n": typeof types.RecordMailedProfessionalAbsenceDocument,
    "\n  query ProfessionalRequestStudents($search: String, $first: Int!) {\n    students(search: $search, first: $first) { id firstName lastName cohort }\n  }\n": typeof types.ProfessionalRequestStudentsDocument,
    "\n  mutation ConsultProfessionalAbsenceTeachers($id: ID!, $version: Int!, $teacherEmails: [String!]!) {\n    consultProfessionalAbsenceTeachers(id: $id, version: $version, teacherEmails: $teacherEmails) { request { id version teachersConsulted } errors { code message field } }\n  }\n": typeof types.ConsultProfessionalAbsenceTeachersDocument,
    "\n  query CalendarFeeds($kind: CalendarFeedKind!, $subjectId: ID!) { calendarFeeds(kind: $kind, subjectId: $subjectId) { id createdAt lastReadAt } }\n": typeof types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($kind: CalendarFeedKind!, $subjectId: ID!) { createCalendarFeed(kind: $kind, subjectId: $subjectId) { url feed { id } errors { code message field } } }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) { revokeCalendarFeed(id: $id) { feed { id } errors { code message field } } }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query CalendarList { calendars { code provisional inForce } }\n": typeof types.CalendarListDocument,
    "\n  query CalendarEditor($code: String!) {\n    calendar(code: $code) {\n      id code version label from to provisional inForce cohorts\n      days { date am pm period label }\n      draftChanges { date half before after }\n      hoursPreview { cohort contractType contracts trainingHalfDaysInForce trainingHalfDaysDraft billableHoursInForce billableHoursDraft costInForce costDraft }\n      versions { id number publishedAt publishedBy comment provisional changes { date half before after } }\n    }\n  }\n": typeof types.CalendarEditorDocument,
    "\n  mutation SetCalendarHalfDays($code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) {\n    setCalendarHalfDays(code: $code, version: $version, from: $from, to: $to, kind: $kind) { calendar { id version } errors { code message field } }\n  }\n": typeof types.SetCalendarHalfDaysDocument,
    "\n  mutation DiscardCalendarDraft($code: String!, $version: Int!) {\n    discardCalendarDraft(code: $code, version: $version) { calendar { id version } errors { code message field } }\n  }\n": typeof types.DiscardCalendarDraftDocument,
    "\n  mutation PublishCalendar($code: String!, $version: Int!, $comment: String) {\n    publishCalendar(code: $code, version: $version, comment: $comment) { version { number } notified contractsRecomputed errors { code message field } }\n  }\n": typeof types.PublishCalendarDocument,
    "\n  query CalendarImportPreview($code: String!, $cells: JSON!) {\n    calendarImportPreview(code: $code, cells: $cells) { format rows changes { date half before after } errors { row field message } }\n  }\n": typeof types.CalendarImportPreviewDocument,
    "\n  mutation ImportCalendar($code: String!, $version: Int!, $cells: JSON!) {\n    importCalendar(code: $code, version: $version, cells: $cells) { calendar { id version } errors { code message field index } }\n  }\n": typeof types.ImportCalendarDocument,
    "\n  query ContactCalendars {\n    contactCalendars { studentName contractEnd calendars { code label days { date am pm period label } } }\n  }\n": typeof types.ContactCalendarsDocument,
    "\n  query StudentCalendars($studentId: ID!) {\n    studentCalendars(studentId: $studentId) { code label version exceptions { date half before after } days { date am pm period label } }\n  }\n": typeof types.StudentCalendarsDocument,
    "\n  mutation SetStudentCalendarHalfDays($studentId: ID!, $code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) {\n    setStudentCalendarHalfDays(studentId: $studentId, code: $code, version: $version, from: $from, to: $to, kind: $kind) { calendar { code version } errors { code message field } }\n  }\n": typeof types.SetStudentCalendarHalfDaysDocument,
    "\n  mutation ClearStudentCalendar($studentId: ID!, $code: String!, $version: Int!) {\n    clearStudentCalendar(studentId: $studentId, code: $code, version: $version) { calendar { code version } errors { code message field } }\n  }\n": typeof types.ClearStudentCalendarDocument,
    "\n  query ChangeProposals($state: ProposalState, $first: Int!, $offset: Int!) {\n    changeProposals(state: $state, first: $first, offset: $offset) {\n      id\n      version\n      state\n      startDate\n      endDate\n      monthlyGrossPay\n      comment\n      createdAt\n      decidedAt\n      mission {\n        id\n        version\n        cohort\n        contractType\n        startDate\n        endDate\n        monthlyGrossPay\n        student {\n          id\n          lastName\n          firstName\n        }\n      }\n    }\n  }\n": typeof types.ChangeProposalsDocument,
    "\n  mutation DecideChangeProposal($id: ID!, $version: Int!, $accept: Boolean!) {\n    decideChangeProposal(id: $id, version: $version, accept: $accept) {\n      proposal { id state version }\n      mission { id version startDate endDate monthlyGrossPay }\n      errors { code message field }\n    }\n  }\n": typeof types.DecideChangeProposalDocument,
    "\n  query ContactContext {\n    contactContext { asker studentFirstName studentLastName contractType site academicTutor { displayName email } }\n  }\n": typeof types.ContactContextDocument,
    "\n  query ContractDetails($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      contractType\n      startDate\n      endDate\n      hoursPerDay\n      monthlyGrossPay\n      signed\n      signingDate\n      contractNumber\n      opcoDepositDate\n      opcoDepositNumber\n      student { id firstName lastName cohort }\n      mission { id state }\n      windows {\n        startDate { min max }\n        endDate { min max }\n      }\n      findings { code severity field message messageEn ref window { min max } }\n      figures { billableHours cost unbilledHours }\n      trainingFigures { billableHours cost costPerHour unbilledHours unbilledCost trainingHalfDays calendars provisional revision { revisionHalfDays workedDays entitlementDays remainingHalfDays } volumes { programme name trainingHours teachingHours annualCost } }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross extension }\n      gratification { fteDays due hoursPerDay hourlyMinimum months { month companyDays minimum } }\n      payBenefits { netEqualsGross fullExemptionUntil familyAllowancePercent ref incomeTax { year from to annualSmic share ceiling agreedPay taxableExcess } familyAllowance { from to monthlyThreshold agreedWithin } }\n      checklist { id code label labelEn done doneAt dueDate sansDelai mandatory overdue ref responsible originals version }\n    }\n  }\n": typeof types.ContractDetailsDocument,
    "\n  mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setChecklistItemDone(id: $id, version: $version, done: $done) {\n      errors { code message field }\n      item { id done doneAt overdue version }\n    }\n  }\n": typeof types.SetChecklistItemDoneDocument,
    "\n  query ContractList($filter: ContractFilter, $first: Int!, $after: String) {\n    contracts(filter: $filter, first: $first, after: $after) {\n      id\n      cursor\n      contractType\n      startDate\n      endDate\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      findings { code severity }\n    }\n  }\n": typeof types.ContractListDocument,
    "\n  query MyContract {\n    contracts(first: 1) { id }\n  }\n": typeof types.MyContractDocument,
    "\n  query Dashboard {\n    dashboard {\n      missionsByState { key count }\n      contractsByType { key count }\n      contractsByCohort { key count }\n      contractsBySite { key count }\n      findingsByCode { key count }\n      overdueChecklistItems\n      fcTrainingAgreementsDue\n      fcTrainingAgreementsOverdue\n      upcomingStarts {\n        id\n        startDate\n        contractType\n        student { id firstName lastName cohort }\n        mission { id }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation SaveMissionDraft($id: ID, $version: Int, $input: MissionInput!) {\n    saveMissionDraft(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      mission { id version state }\n    }\n  }\n": typeof types.SaveMissionDraftDocument,
    "\n  mutation SubmitMission($id: ID!, $version: Int!) {\n    submitMission(id: $id, version: $version) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id version state }\n    }\n  }\n": typeof types.SubmitMissionDocument,
    "\n  query FichePublishedOffers {\n    offers(state: PUBLISHED, first: 100) { reference cohort contractType organisation { name siret } }\n  }\n": typeof types.FichePublishedOffersDocument,
    "\n  query MyFiche($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      version\n      firstName\n      lastName\n      cohort\n      trackWish\n      siteWish\n      wishedOn\n      wishChoices { tracks { code label } sites { code label } }\n      status\n      birthDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n    }\n    missions(first: 20) {\n      ...MissionFiche\n      requestDate\n      afterRuptureLastDay\n      findings { code severity field message messageEn ref window { min max } }\n      contract { id }\n    }\n  }\n": typeof types.MyFicheDocument,
    "\n  query ContractLifecycle($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      status\n      contractType\n      startDate\n      endDate\n      student { id cohort }\n      mission { id tutor1 { id firstName lastName email } tutor2 { id firstName lastName email } }\n      tutorChanges {\n        id\n        slot\n        kind\n        effectiveOn\n        previousTutorUntil\n        avenantSignedOn\n        reason\n        recordedBy\n        previousTutor { id firstName lastName }\n        newTutor { id firstName lastName }\n      }\n      amendments { id kind scope programme cohort previousEndDate newEndDate reason signedOn createdAt }\n      mediations { id difficulty actions outcome mediatorLabel heldOn }\n      ruptures {\n        id\n        version\n        state\n        reason\n        requestedByRole\n        requestedByLabel\n        declaredBySource\n        declaredLastDay\n        lastDay\n        startedOn\n        plannedEndDate\n        steps { id version key label labelEn toParty form count needsScan done doneAt scan { fileName size } }\n      }\n    }\n  }\n": typeof types.ContractLifecycleDocument,
    "\n  mutation RecordMediation($contractId: ID!, $input: MediationInput!) {\n    recordMediation(contractId: $contractId, input: $input) { mediation { id } errors { code field message } }\n  }\n": typeof types.RecordMediationDocument,
    "\n  mutation RequestRupture($contractId: ID!, $reason: String!) {\n    requestRupture(contractId: $contractId, reason: $reason) { rupture { id state } errors { code field message } }\n  }\n": typeof types.RequestRuptureDocument,
    "\n  mutation StartRupture($contractId: ID!, $ruptureId: ID, $version: Int, $reason: String, $lastDay: Date!, $skipMediation: Boolean) {\n    startRupture(contractId: $contractId, ruptureId: $ruptureId, version: $version, reason: $reason, lastDay: $lastDay, skipMediation: $skipMediation) {\n      rupture { id state }\n      errors { code field message }\n    }\n  }\n": typeof types.StartRuptureDocument,
    "\n  mutation SetRuptureStepDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setRuptureStepDone(id: $id, version: $version, done: $done) { step { id version done } errors { code field message } }\n  }\n": typeof types.SetRuptureStepDoneDocument,
    "\n  mutation UploadRuptureScan($id: ID!, $version: Int!, $document: DocumentUpload!) {\n    uploadRuptureScan(id: $id, version: $version, document: $document) { step { id version done } errors { code field message } }\n  }\n": typeof types.UploadRuptureScanDocument,
    "\n  mutation CompleteRupture($id: ID!, $version: Int!) {\n    completeRupture(id: $id, version: $version) { rupture { id state } errors { code field message } }\n  }\n": typeof types.CompleteRuptureDocument,
    "\n  mutation CancelRupture($id: ID!, $version: Int!, $comment: String!) {\n    cancelRupture(id: $id, version: $version, comment: $comment) { rupture { id state } errors { code field message } }\n  }\n": typeof types.CancelRuptureDocument,
    "\n  mutation ExtendContract($contractId: ID!, $version: Int!, $input: ContractExtensionInput!) {\n    extendContract(contractId: $contractId, version: $version, input: $input) {\n      contract { id version endDate }\n      findings { code message messageEn }\n      errors { code field message }\n    }\n  }\n": typeof types.ExtendContractDocument,
    "\n  query ExtensionPreview($contractId: ID!, $input: ExtensionPreviewInput!) {\n    extensionPreview(contractId: $contractId, input: $input) {\n      repeatedProgramme\n      extendedFrom\n      previousExtensions\n      repeatedCohort\n      findings { code severity message messageEn }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross extension }\n      billableHoursBefore\n      costBefore\n      billableHours\n      cost\n    }\n  }\n": typeof types.ExtensionPreviewDocument,
    "\n  mutation SendRuptureRequestLink($contractId: ID!) {\n    sendRuptureRequestLink(contractId: $contractId) { sent errors { code field message } }\n  }\n": typeof types.SendRuptureRequestLinkDocument,
    "\n  mutation StartMissionAfterRupture($ruptureId: ID!) {\n    startMissionAfterRupture(ruptureId: $ruptureId) { mission { id state } errors { code field message } }\n  }\n": typeof types.StartMissionAfterRuptureDocument,
    "\n  query YearChangePreview($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]) {\n    yearChangePreview(cohort: $cohort, programme: $programme, outcomes: $outcomes) {\n      cohort\n      programme\n      closedOn\n      rows {\n        student { id firstName lastName }\n        studentVersion\n        contract { id contractType endDate }\n        outcome\n        opcoAgreement\n        nextProgramme\n        newContractNeeded\n        nextCohort\n        nextCampaignCloses\n        nextCalendar\n        nextYearFrom\n        nextYearTo\n        payBefore { ratePercent monthlyMinimumGross gridYear }\n        payAfter { ratePercent monthlyMinimumGross gridYear }\n        nextYearHours\n        tutorAssignmentToRedo\n        currentAcademicTutor\n        contractEnds\n        repeatedYear { extensionAllowed mustBreakUnlessOpcoAgrees newAlternanceYears withoutAlternance internshipEnds }\n        findings { code severity field message messageEn ref window { min max } }\n      }\n    }\n  }\n": typeof types.YearChangePreviewDocument,
    "\n  mutation CloseTrainingYear($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]!) {\n    closeTrainingYear(cohort: $cohort, programme: $programme, outcomes: $outcomes) {\n      preview { closedOn rows { student { id } newContractNeeded nextCohort } }\n      errors { code field message index }\n    }\n  }\n": typeof types.CloseTrainingYearDocument,
    "\n  query RuptureCounts {\n    ruptureCounts { cohort month count }\n  }\n": typeof types.RuptureCountsDocument,
    "\n  query RuptureScan($id: ID!) {\n    rupture(id: $id) { id steps { id scan { fileName mimeType contentBase64 } } }\n  }\n": typeof types.RuptureScanDocument,
    "\n  mutation ChangeCompanyTutor($contractId: ID!, $version: Int!, $input: CompanyTutorChangeInput!) {\n    changeCompanyTutor(contractId: $contractId, version: $version, input: $input) {\n      contract { id version }\n      change { id kind }\n      errors { code field message }\n    }\n  }\n": typeof types.ChangeCompanyTutorDocument,
    "\n  query MissionForHours($id: ID!) {\n    mission(id: $id) { id cohort contractType startDate endDate student { id repeating } }\n  }\n": typeof types.MissionForHoursDocument,
    "\n  query TrainingHoursCheck($cohort: String!, $contractType: String!, $startDate: Date!, $endDate: Date!) {\n    trainingHoursCheck(cohort: $cohort, contractType: $contractType, startDate: $startDate, endDate: $endDate) {\n      remainingTrainingHours\n      contractMonths\n      minimumHours\n      maximumHours\n      workHours\n      finding { code severity field message messageEn ref window { min max } }\n    }\n  }\n": typeof types.TrainingHoursCheckDocument,
    "\n  fragment LivretDetails on Livret {\n    id\n    version\n    student { id firstName lastName }\n    cohort\n    academicYear\n    companyTutorName\n    companyTutor2Name\n    general { jobTitle missionSummary professionalProject }\n    overrides { firstVisit secondVisit soutenance }\n    periods {\n      number\n      from\n      to\n      endSource\n      dueDate\n      sheets {\n        id\n        version\n        code\n        author\n        label\n        labelEn\n        mandatory\n        state\n        text\n        answers { criterion level comment }\n        grid {\n          id\n          number\n          scale { code label }\n          competences { code label criteria { code label } }\n        }\n        submittedAt\n        submittedBy\n        attachment { name kind size url }\n        editable\n      }\n    }\n  }\n": typeof types.LivretDetailsFragmentDoc,
    "\n  mutation SaveLivretSheet($input: SaveLivretSheetInput!) {\n    saveLivretSheet(input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": typeof types.SaveLivretSheetDocument,
    "\n  query CurrentLivretGrid {\n    currentLivretGrid { id number createdBy createdAt scale { code label } competences { code label criteria { code label } } }\n  }\n": typeof types.CurrentLivretGridDocument,
    "\n  mutation PublishLivretGrid($input: LivretGridInput!) {\n    publishLivretGrid(input: $input) {\n      grid { id number }\n      errors { code message field }\n    }\n  }\n": typeof types.PublishLivretGridDocument,
    "\n  query Livret($id: ID!) {\n    livret(id: $id) { ...LivretDetails }\n  }\n": typeof types.LivretDocument,
    "\n  query MyLivrets {\n    myLivrets { ...LivretDetails }\n  }\n": typeof types.MyLivretsDocument,
    "\n  query MyLivretExpectation {\n    myLivretExpectation\n  }\n": typeof types.MyLivretExpectationDocument,
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
    "\n  mutation GrantDerogation($id: ID!, $version: Int!, $reason: String) {\n    grantDerogation(id: $id, version: $version, reason: $reason) {\n      errors { code message field }\n      mission { id version derogationReason derogationBy derogationOn }\n    }\n  }\n": typeof types.GrantDerogationDocument,
    "\n  fragment MissionFiche on Mission {\n    id\n    state\n    version\n    cohort\n    group\n    contractType\n    cproReason\n    title\n    context\n    objectives\n    deliverables\n    offerReference\n    requestDate\n    validationDate\n    startDate\n    endDate\n    hoursPerDay\n    monthlyGrossPay\n    smcMonthly\n    previousRatePercent\n    higherEducationDiploma\n    disabilityExtraYear\n    stageAltApproved\n    derogationReason\n    derogationBy\n    derogationOn\n    derogationPossible\n    returnComment\n    rejectionReason\n    student {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      group\n      trackWish\n    }\n    organisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    workOrganisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    tutor1 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    tutor2 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    hrContact {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n": typeof types.MissionFicheFragmentDoc,
    "\n  query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $after: String, $withTotal: Boolean! = true) {\n    missionCount(filter: $filter) @include(if: $withTotal)\n    missions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      id\n      cursor\n      state\n      waitingDays\n      cohort\n      contractType\n      startDate\n      endDate\n      requestDate\n      findings {\n        code\n        severity\n      }\n      organisation {\n        id\n        name\n      }\n      student {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.MissionListDocument,
    "\n  query MissionDetail($id: ID!, $office: Boolean!) {\n    mission(id: $id) {\n      ...MissionFiche\n      afterRuptureLastDay\n      afterRuptureInProgress\n      findings {\n        code\n        severity\n        field\n        message\n        messageEn\n        ref\n        window {\n          min\n          max\n        }\n      }\n      contract {\n        id\n      }\n      confirmations {\n        id\n        party\n        email\n        requestedAt\n        confirmedAt\n        errorComment\n        errorReportedAt\n        reminderDueAt\n        remindersSent\n      }\n      auditTrail @include(if: $office) {\n        id\n        at\n        action\n        entityType\n        actorLabel\n        role\n        comment\n        fields\n      }\n      mails @include(if: $office) {\n        id\n        to\n        subject\n        template\n        state\n        createdAt\n        sentAt\n        text\n      }\n    }\n  }\n": typeof types.MissionDetailDocument,
    "\n  mutation ReturnMission($id: ID!, $version: Int!, $comment: String!) {\n    returnMission(id: $id, version: $version, comment: $comment) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": typeof types.ReturnMissionDocument,
    "\n  mutation RequestConfirmations($id: ID!, $version: Int!) {\n    requestMissionConfirmations(id: $id, version: $version) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": typeof types.RequestConfirmationsDocument,
    "\n  mutation ValidateMission($id: ID!, $version: Int!, $acceptWarnings: Boolean) {\n    validateMission(id: $id, version: $version, acceptWarnings: $acceptWarnings) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id state version contract { id } }\n    }\n  }\n": typeof types.ValidateMissionDocument,
    "\n  mutation RejectMission($id: ID!, $version: Int!, $reason: String!) {\n    rejectMission(id: $id, version: $version, reason: $reason) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": typeof types.RejectMissionDocument,
    "\n  mutation ApproveStageAlt($id: ID!, $version: Int!, $approved: Boolean!) {\n    approveStageAlt(id: $id, version: $version, approved: $approved) {\n      errors { code message field }\n      mission { id version stageAltApproved }\n    }\n  }\n": typeof types.ApproveStageAltDocument,
    "\n  query Offers {\n    offers(first: 100) { id reference title description cohort contractType state closedAt publishedAt sentTo version organisation { id name siret } }\n  }\n": typeof types.OffersDocument,
    "\n  mutation PublishOffer($input: OfferInput!) {\n    publishOffer(input: $input) { errors { code message field } offer { id } }\n  }\n": typeof types.PublishOfferDocument,
    "\n  mutation CloseOffer($id: ID!, $version: Int!) {\n    closeOffer(id: $id, version: $version) { errors { code message field } offer { id state version } }\n  }\n": typeof types.CloseOfferDocument,
    "\n  mutation RecordOffersVisit {\n    recordOffersVisit { frequency version offersSeenAt stillLooking }\n  }\n": typeof types.RecordOffersVisitDocument,
    "\n  mutation SetOfferAlerts($frequency: OfferAlertFrequency!, $version: Int!) {\n    setOfferAlerts(frequency: $frequency, version: $version) { errors { code message field } alerts { frequency version offersSeenAt stillLooking } }\n  }\n": typeof types.SetOfferAlertsDocument,
    "\n  mutation UpdateApiTokenLimits($input: ApiTokenLimitsInput!) {\n    updateApiTokenLimits(input: $input) { errors { code message field } token { id version } }\n  }\n": typeof types.UpdateApiTokenLimitsDocument,
    "\n  mutation RegisterPersistedOperations($tokenId: ID!, $manifest: JSON!, $replace: Boolean) {\n    registerPersistedOperations(tokenId: $tokenId, manifest: $manifest, replace: $replace) { added unchanged removed errors { code message field } }\n  }\n": typeof types.RegisterPersistedOperationsDocument,
    "\n  mutation RemovePersistedOperation($tokenId: ID!, $documentId: String!) {\n    removePersistedOperation(tokenId: $tokenId, documentId: $documentId) { removed errors { code message field } }\n  }\n": typeof types.RemovePersistedOperationDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id name prefix scopes state createdAt expiresAt lastUsedAt revokedAt partner replacesId\n      version rateLimitPerMinute maxCost maxDepth adHocDocuments limits { ratePerMinute maxCost maxDepth }\n      operations { documentId operationName operationType createdAt }\n    }\n    apiTokenDefaultLimits { ratePerMinute maxCost maxDepth }\n    apiTokenScopes\n    integrationPartners { code label contractTypes scopes }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { errors { code message field } token { id revokedAt } }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditLog($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int!, $offset: Int!, $withTotal: Boolean! = true) {\n    auditEventCount(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to) @include(if: $withTotal)\n    auditEvents(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to, first: $first, offset: $offset) {\n      id at actorLabel role entityType entityId entityName entityGone action fields comment\n    }\n    auditFacets @include(if: $withTotal) { actions entityTypes }\n  }\n": typeof types.AuditLogDocument,
    "\n  query PersonalDataStudents($search: String, $first: Int!) {\n    students(search: $search, first: $first) { id firstName lastName email cohort version }\n  }\n": typeof types.PersonalDataStudentsDocument,
    "\n  query PersonalDataExport($studentId: ID!) {\n    personalDataExport(studentId: $studentId)\n  }\n": typeof types.PersonalDataExportDocument,
    "\n  mutation ErasePersonalData($studentId: ID!, $version: Int!) {\n    erasePersonalData(studentId: $studentId, version: $version) { errors { code message field } student { id } }\n  }\n": typeof types.ErasePersonalDataDocument,
    "\n  query WebhookDeliveries($state: WebhookDeliveryState) {\n    webhooks { id url partner types active createdAt }\n    webhookDeliveries(state: $state, first: 100) { id eventType entityId state attempts lastStatus lastError nextAttemptAt sentAt createdAt endpoint { id url active } }\n  }\n": typeof types.WebhookDeliveriesDocument,
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
    "\n  query Viewer {\n    viewer {\n      id\n      role\n      displayName\n      email\n      studentId\n      today\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ExpressPlacementWish($id: ID!, $version: Int!, $trackWish: String, $siteWish: String) {\n    expressPlacementWish(studentId: $id, version: $version, trackWish: $trackWish, siteWish: $siteWish) {\n      student { id version trackWish siteWish wishedOn }\n      errors { code field message }\n    }\n  }\n": typeof types.ExpressPlacementWishDocument,
    "\n  query StudentRecord($id: ID!) {\n    student(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      email\n      phone\n      birthDate\n      status\n      nationality\n      foreign\n      aptObtained\n      aptObtainedOn\n      trainingAgreement { signedOn dueDate state daysLeft ref }\n      cohort\n      group\n      repeating\n      professionalisationValidated\n      site\n      trackWish\n      siteWish\n      wishedOn\n      academicTutor { id displayName }\n    }\n    academicTutors { id displayName email }\n  }\n": typeof types.StudentRecordDocument,
    "\n  mutation UpdateStudentRecord($id: ID!, $version: Int!, $input: StudentInput!) {\n    updateStudent(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      student { id version }\n    }\n  }\n": typeof types.UpdateStudentRecordDocument,
    "\n  mutation RecordApt($id: ID!, $version: Int!, $obtainedOn: Date) {\n    recordApt(studentId: $id, version: $version, obtainedOn: $obtainedOn) {\n      errors { code message field }\n      student { id version aptObtained aptObtainedOn }\n    }\n  }\n": typeof types.RecordAptDocument,
    "\n  mutation RecordTrainingAgreement($id: ID!, $version: Int!, $signedOn: Date) {\n    recordTrainingAgreement(studentId: $id, version: $version, signedOn: $signedOn) {\n      errors { code message field }\n      student { id version trainingAgreementSignedOn }\n    }\n  }\n": typeof types.RecordTrainingAgreementDocument,
    "\n  query StudentList($cohort: String, $search: String, $trainingAgreementDue: Boolean, $first: Int!, $offset: Int!) {\n    students(cohort: $cohort, search: $search, trainingAgreementDue: $trainingAgreementDue, first: $first, offset: $offset) {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      foreign\n      aptObtained\n      trainingAgreementSignedOn\n      trainingAgreement { state dueDate }\n      academicTutor { id displayName }\n    }\n  }\n": typeof types.StudentListDocument,
    "\n  query TutorAssignments($filter: AlternantFollowUpFilter) {\n    alternantsFollowUp(filter: $filter) {\n      academicYear\n      academicYears\n      total\n      items {\n        student { id version firstName lastName cohort }\n        missionId\n        contractId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        assignmentDeadline\n        visits { id state visitNumber date reportStage }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n    academicTutors { id displayName }\n  }\n": typeof types.TutorAssignmentsDocument,
    "\n  query TutorLoads($year: String) {\n    tutorLoads(academicYear: $year) { tutor { id displayName } alternants visitsHeld visitsPlanned reportsDue }\n  }\n": typeof types.TutorLoadsDocument,
    "\n  mutation AssignAcademicTutor($assignments: [TutorAssignmentInput!]!, $tutor: ID) {\n    assignAcademicTutor(assignments: $assignments, academicTutorId: $tutor) {\n      students { id version academicTutor { id displayName } }\n      errors { code field message }\n    }\n  }\n": typeof types.AssignAcademicTutorDocument,
    "\n  query MyAlternants($filter: AlternantFollowUpFilter) {\n    alternantsFollowUp(filter: $filter) {\n      academicYear\n      items {\n        student { id firstName lastName cohort }\n        missionId\n        contractId\n        livretId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        visits { id state visitNumber date slotDeclines { companyTutorName availability } slotsUnanswered reportStage slotsRemindedAt }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n  }\n": typeof types.MyAlternantsDocument,
    "\n  query VisitReportsKept {\n    visitReportsKept { id visitNumber date studentName organisationName student { academicTutor { displayName } } }\n  }\n": typeof types.VisitReportsKeptDocument,
    "\n  query UnassignedAlternants {\n    alternantsFollowUp(filter: { unassignedOnly: true }) {\n      items { student { id firstName lastName cohort } assignmentDeadline findings { code } }\n    }\n  }\n": typeof types.UnassignedAlternantsDocument,
    "\n  query AlternantCalendarMonth($id: ID!, $from: Date!, $to: Date!) {\n    alternantCalendar(studentId: $id, from: $from, to: $to) { date morning afternoon }\n  }\n": typeof types.AlternantCalendarMonthDocument,
    "\n  query MyVisits {\n    visits { id academicYear visitNumber state reportStage date half format location organisationName companyTutorName companyTutorNames academicTutor { id displayName } cancelReason }\n  }\n": typeof types.MyVisitsDocument,
    "\n  query PlanVisitAlternant($id: ID!) {\n    alternantsFollowUp(filter: { studentId: $id }, first: 1) {\n      academicYear\n      items {\n        student { id firstName lastName }\n        programme\n        organisationName\n        visitAddress\n        companyTutorName\n        companyTutorNames\n        visitWindows { visitNumber from to }\n        visits { id state visitNumber }\n      }\n    }\n  }\n": typeof types.PlanVisitAlternantDocument,
    "\n  mutation ProposeVisitSlots($input: ProposeVisitSlotsInput!) {\n    proposeVisitSlots(input: $input) {\n      visit { id }\n      errors { code field message }\n      findings { code severity field subject message messageEn ref window { min max } }\n    }\n  }\n": typeof types.ProposeVisitSlotsDocument,
    "\n  query VisitDetails($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      academicYear\n      visitNumber\n      state\n      studentName\n      student { academicTutor { id } }\n      organisationName\n      companyTutorName\n      companyTutorNames\n      visitorName\n      academicTutor { id displayName }\n      date\n      half\n      format\n      location\n      icsSequence\n      cancelReason\n      slotsDeclinedAt\n      slotsDeclinedNote\n      slotDeclines { companyTutorName declinedAt availability }\n      slotChosenByName\n      slotsUnanswered\n      slotsReminderTo\n      slotsRemindedAt\n      reportStage\n      slots { id date half format location findings { code severity field message messageEn ref } }\n      report { attendees activities progress pointsOfAttention tutorOpinion followUpNeeded followUpNote }\n      reportedAt\n    }\n  }\n": typeof types.VisitDetailsDocument,
    "\n  mutation RecordVisitReport($id: ID!, $version: Int!, $input: VisitReportInput!) {\n    recordVisitReport(visitId: $id, version: $version, input: $input) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n": typeof types.RecordVisitReportDocument,
    "\n  mutation RescheduleVisit($id: ID!, $version: Int!, $slot: VisitSlotInput!, $reason: String, $ack: Boolean) {\n    rescheduleVisit(visitId: $id, version: $version, slot: $slot, reason: $reason, acknowledgeWarnings: $ack) {\n      visit { id version state }\n      errors { code field message }\n      findings { code severity field message messageEn ref }\n    }\n  }\n": typeof types.RescheduleVisitDocument,
    "\n  mutation ProposeOtherVisitSlots($id: ID!, $version: Int!, $slots: [VisitSlotInput!]!, $ack: Boolean) {\n    proposeOtherVisitSlots(visitId: $id, version: $version, slots: $slots, acknowledgeWarnings: $ack) {\n      visit { id version state }\n      errors { code field message }\n      findings { code severity field message messageEn ref }\n    }\n  }\n": typeof types.ProposeOtherVisitSlotsDocument,
    "\n  mutation RemindVisitSlots($id: ID!, $version: Int!) {\n    remindVisitSlots(visitId: $id, version: $version) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n": typeof types.RemindVisitSlotsDocument,
    "\n  mutation CancelVisit($id: ID!, $version: Int!, $reason: String!) {\n    cancelVisit(visitId: $id, version: $version, reason: $reason) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n": typeof types.CancelVisitDocument,
    "\n  query LinkVisit($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      visitNumber\n      state\n      studentName\n      visitorName\n      academicTutor { id displayName }\n      date\n      half\n      format\n      location\n      slotsDeclinedAt\n      slotsDeclinedByMe\n      slotDeclines { companyTutorName }\n      slotChosenByName\n      companyTutorNames\n      slots { id date half format location }\n    }\n  }\n": typeof types.LinkVisitDocument,
    "\n  mutation ChooseVisitSlot($id: ID!, $version: Int!, $slotId: ID!) {\n    chooseVisitSlot(visitId: $id, version: $version, slotId: $slotId) {\n      visit { id state }\n      errors { code field message }\n    }\n  }\n": typeof types.ChooseVisitSlotDocument,
    "\n  mutation DeclineVisitSlots($id: ID!, $version: Int!, $availability: String!) {\n    declineVisitSlots(visitId: $id, version: $version, availability: $availability) {\n      visit { id state slotsDeclinedAt }\n      errors { code field message }\n    }\n  }\n": typeof types.DeclineVisitSlotsDocument,
    "\n  query VisitsOverview($filter: AlternantFollowUpFilter, $first: Int, $offset: Int) {\n    alternantsFollowUp(filter: $filter, first: $first, offset: $offset) {\n      academicYear\n      academicYears\n      total\n      late\n      toChase\n      reportDue\n      items {\n        student { id firstName lastName cohort }\n        missionId\n        contractId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        visits { id state visitNumber date slotDeclines { companyTutorName availability } slotsUnanswered reportStage slotsRemindedAt }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n  }\n": typeof types.VisitsOverviewDocument,
};
const documents: Documents = {
    "\n  fragment AbsenceFields on Absence {\n    id version date half state reason comment organisationName hours deadline decidedBy decidedAt decisionComment recordedBy source\n    student { id firstName lastName cohort group }\n    stoppage { issuedOn from to receivedOn sentBy fileName mediaType size }\n    document { fileName mediaType size }\n  }\n": types.AbsenceFieldsFragmentDoc,
    "\n  query Absences($filter: AbsenceFilter, $first: Int, $offset: Int) {\n    absences(filter: $filter, first: $first, offset: $offset) { ...AbsenceFields }\n  }\n": types.AbsencesDocument,
    "\n  query Attendance($studentId: ID!) {\n    attendance(studentId: $studentId) { trainingHours missedHalfDays missedHours justifiedHours unjustifiedHours pendingHours missedPercent }\n  }\n": types.AttendanceDocument,
    "\n  query AbsenceDaySheet($cohort: String!, $group: String, $date: Date!, $half: HalfDay!) {\n    absenceDaySheet(cohort: $cohort, group: $group, date: $date, half: $half) {\n      training\n      student { id firstName lastName group }\n      absence { id state }\n    }\n  }\n": types.AbsenceDaySheetDocument,
    "\n  mutation RecordAbsences($input: RecordAbsencesInput!) {\n    recordAbsences(input: $input) { absences { id } errors { code message field index } }\n  }\n": types.RecordAbsencesDocument,
    "\n  mutation PreviewAbsenceImport($rows: [AbsenceImportRowInput!]!) {\n    previewAbsenceImport(rows: $rows) {\n      rows { index date half studentId studentName duplicate }\n      errors { code message field index }\n    }\n  }\n": types.PreviewAbsenceImportDocument,
    "\n  mutation ImportAbsences($rows: [AbsenceImportRowInput!]!) {\n    importAbsences(rows: $rows) { absences { id } errors { code message field index } }\n  }\n": types.ImportAbsencesDocument,
    "\n  mutation DeclareMedicalAbsence($id: ID!, $version: Int!) {\n    declareMedicalAbsence(id: $id, version: $version) { absence { ...AbsenceFields } errors { code message field } }\n  }\n": types.DeclareMedicalAbsenceDocument,
    "\n  mutation GiveAbsenceReason($id: ID!, $version: Int!, $reason: String!) {\n    giveAbsenceReason(id: $id, version: $version, reason: $reason) { absence { ...AbsenceFields } errors { code message field } }\n  }\n": types.GiveAbsenceReasonDocument,
    "\n  mutation DecideAbsence($id: ID!, $version: Int!, $accept: Boolean!, $comment: String) {\n    decideAbsence(id: $id, version: $version, accept: $accept, comment: $comment) { absence { ...AbsenceFields } errors { code message field } }\n  }\n": types.DecideAbsenceDocument,
    "\n  mutation CloseAbsenceUnjustified($id: ID!, $version: Int!, $comment: String) {\n    closeAbsenceUnjustified(id: $id, version: $version, comment: $comment) { absence { ...AbsenceFields } errors { code message field } }\n  }\n": types.CloseAbsenceUnjustifiedDocument,
    "\n  mutation DeleteAbsence($id: ID!, $version: Int!) {\n    deleteAbsence(id: $id, version: $version) { absence { id } errors { code message field } }\n  }\n": types.DeleteAbsenceDocument,
    "\n  mutation SendWorkStoppage($id: ID!, $version: Int!, $input: WorkStoppageInput!) {\n    sendWorkStoppage(id: $id, version: $version, input: $input) { absence { ...AbsenceFields } covered { id date half state } errors { code message field } findings { code message ref } }\n  }\n": types.SendWorkStoppageDocument,
    "\n  mutation JustifyAbsences($input: AbsenceJustificationInput!) {\n    justifyAbsences(input: $input) { absences { ...AbsenceFields } errors { code message field } }\n  }\n": types.JustifyAbsencesDocument,
    "\n  query ProfessionalAbsenceRequests($state: ProfessionalAbsenceState, $first: Int, $after: String) {\n    professionalAbsenceRequests(state: $state, first: $first, after: $after) {\n      id cursor version firstDay firstHalf lastDay lastHalf reason requestedBy requestedOn recordedBy teachersConsulted state decidedBy decidedAt decisionComment\n      student { id firstName lastName cohort }\n    }\n  }\n": types.ProfessionalAbsenceRequestsDocument,
    "\n  mutation DecideProfessionalAbsence($id: ID!, $version: Int!, $grant: Boolean!, $comment: String) {\n    decideProfessionalAbsence(id: $id, version: $version, grant: $grant, comment: $comment) { request { id state } errors { code message field } }\n  }\n": types.DecideProfessionalAbsenceDocument,
    "\n  mutation RequestProfessionalAbsence($input: ProfessionalAbsenceInput!) {\n    requestProfessionalAbsence(input: $input) { request { id state firstDay } errors { code message field } findings { code message ref } }\n  }\n": types.RequestProfessionalAbsenceDocument,
    "\n  mutation SendProfessionalAbsenceLink($studentId: ID!) {\n    sendProfessionalAbsenceLink(studentId: $studentId) { sent errors { code message field } }\n  }\n": types.SendProfessionalAbsenceLinkDocument,
    "\n  query AbsenceLinkContext {\n    absenceLinkContext {\n      purpose studentName organisationName earliestFirstDay\n      absence { ...AbsenceFields }\n      requests { id firstDay firstHalf lastDay lastHalf reason state decisionComment requestedOn }\n    }\n  }\n": types.AbsenceLinkContextDocument,
    "\n  query AbsenceStatements($month: String!) {\n    absenceStatements(month: $month) { organisationId organisationName month totalHours sentAt lines { studentName date half hours reason declaredAt } }\n  }\n": types.AbsenceStatementsDocument,
    "\n  mutation RecordMailedProfessionalAbsence($input: MailedProfessionalAbsenceInput!) {\n    recordMailedProfessionalAbsence(input: $input) { request { id state firstDay requestedOn } errors { code message field } findings { code message ref } }\n  }\n": types.RecordMailedProfessionalAbsenceDocument,
    "\n  query ProfessionalRequestStudents($search: String, $first: Int!) {\n    students(search: $search, first: $first) { id firstName lastName cohort }\n  }\n": types.ProfessionalRequestStudentsDocument,
    "\n  mutation ConsultProfessionalAbsenceTeachers($id: ID!, $version: Int!, $teacherEmails: [String!]!) {\n    consultProfessionalAbsenceTeachers(id: $id, version: $version, teacherEmails: $teacherEmails) { request { id version teachersConsulted } errors { code message field } }\n  }\n": types.ConsultProfessionalAbsenceTeachersDocument,
    "\n  query CalendarFeeds($kind: CalendarFeedKind!, $subjectId: ID!) { calendarFeeds(kind: $kind, subjectId: $subjectId) { id createdAt lastReadAt } }\n": types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($kind: CalendarFeedKind!, $subjectId: ID!) { createCalendarFeed(kind: $kind, subjectId: $subjectId) { url feed { id } errors { code message field } } }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) { revokeCalendarFeed(id: $id) { feed { id } errors { code message field } } }\n": types.RevokeCalendarFeedDocument,
    "\n  query CalendarList { calendars { code provisional inForce } }\n": types.CalendarListDocument,
    "\n  query CalendarEditor($code: String!) {\n    calendar(code: $code) {\n      id code version label from to provisional inForce cohorts\n      days { date am pm period label }\n      draftChanges { date half before after }\n      hoursPreview { cohort contractType contracts trainingHalfDaysInForce trainingHalfDaysDraft billableHoursInForce billableHoursDraft costInForce costDraft }\n      versions { id number publishedAt publishedBy comment provisional changes { date half before after } }\n    }\n  }\n": types.CalendarEditorDocument,
    "\n  mutation SetCalendarHalfDays($code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) {\n    setCalendarHalfDays(code: $code, version: $version, from: $from, to: $to, kind: $kind) { calendar { id version } errors { code message field } }\n  }\n": types.SetCalendarHalfDaysDocument,
    "\n  mutation DiscardCalendarDraft($code: String!, $version: Int!) {\n    discardCalendarDraft(code: $code, version: $version) { calendar { id version } errors { code message field } }\n  }\n": types.DiscardCalendarDraftDocument,
    "\n  mutation PublishCalendar($code: String!, $version: Int!, $comment: String) {\n    publishCalendar(code: $code, version: $version, comment: $comment) { version { number } notified contractsRecomputed errors { code message field } }\n  }\n": types.PublishCalendarDocument,
    "\n  query CalendarImportPreview($code: String!, $cells: JSON!) {\n    calendarImportPreview(code: $code, cells: $cells) { format rows changes { date half before after } errors { row field message } }\n  }\n": types.CalendarImportPreviewDocument,
    "\n  mutation ImportCalendar($code: String!, $version: Int!, $cells: JSON!) {\n    importCalendar(code: $code, version: $version, cells: $cells) { calendar { id version } errors { code message field index } }\n  }\n": types.ImportCalendarDocument,
    "\n  query ContactCalendars {\n    contactCalendars { studentName contractEnd calendars { code label days { date am pm period label } } }\n  }\n": types.ContactCalendarsDocument,
    "\n  query StudentCalendars($studentId: ID!) {\n    studentCalendars(studentId: $studentId) { code label version exceptions { date half before after } days { date am pm period label } }\n  }\n": types.StudentCalendarsDocument,
    "\n  mutation SetStudentCalendarHalfDays($studentId: ID!, $code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) {\n    setStudentCalendarHalfDays(studentId: $studentId, code: $code, version: $version, from: $from, to: $to, kind: $kind) { calendar { code version } errors { code message field } }\n  }\n": types.SetStudentCalendarHalfDaysDocument,
    "\n  mutation ClearStudentCalendar($studentId: ID!, $code: String!, $version: Int!) {\n    clearStudentCalendar(studentId: $studentId, code: $code, version: $version) { calendar { code version } errors { code message field } }\n  }\n": types.ClearStudentCalendarDocument,
    "\n  query ChangeProposals($state: ProposalState, $first: Int!, $offset: Int!) {\n    changeProposals(state: $state, first: $first, offset: $offset) {\n      id\n      version\n      state\n      startDate\n      endDate\n      monthlyGrossPay\n      comment\n      createdAt\n      decidedAt\n      mission {\n        id\n        version\n        cohort\n        contractType\n        startDate\n        endDate\n        monthlyGrossPay\n        student {\n          id\n          lastName\n          firstName\n        }\n      }\n    }\n  }\n": types.ChangeProposalsDocument,
    "\n  mutation DecideChangeProposal($id: ID!, $version: Int!, $accept: Boolean!) {\n    decideChangeProposal(id: $id, version: $version, accept: $accept) {\n      proposal { id state version }\n      mission { id version startDate endDate monthlyGrossPay }\n      errors { code message field }\n    }\n  }\n": types.DecideChangeProposalDocument,
    "\n  query ContactContext {\n    contactContext { asker studentFirstName studentLastName contractType site academicTutor { displayName email } }\n  }\n": types.ContactContextDocument,
    "\n  query ContractDetails($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      contractType\n      startDate\n      endDate\n      hoursPerDay\n      monthlyGrossPay\n      signed\n      signingDate\n      contractNumber\n      opcoDepositDate\n      opcoDepositNumber\n      student { id firstName lastName cohort }\n      mission { id state }\n      windows {\n        startDate { min max }\n        endDate { min max }\n      }\n      findings { code severity field message messageEn ref window { min max } }\n      figures { billableHours cost unbilledHours }\n      trainingFigures { billableHours cost costPerHour unbilledHours unbilledCost trainingHalfDays calendars provisional revision { revisionHalfDays workedDays entitlementDays remainingHalfDays } volumes { programme name trainingHours teachingHours annualCost } }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross extension }\n      gratification { fteDays due hoursPerDay hourlyMinimum months { month companyDays minimum } }\n      payBenefits { netEqualsGross fullExemptionUntil familyAllowancePercent ref incomeTax { year from to annualSmic share ceiling agreedPay taxableExcess } familyAllowance { from to monthlyThreshold agreedWithin } }\n      checklist { id code label labelEn done doneAt dueDate sansDelai mandatory overdue ref responsible originals version }\n    }\n  }\n": types.ContractDetailsDocument,
    "\n  mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setChecklistItemDone(id: $id, version: $version, done: $done) {\n      errors { code message field }\n      item { id done doneAt overdue version }\n    }\n  }\n": types.SetChecklistItemDoneDocument,
    "\n  query ContractList($filter: ContractFilter, $first: Int!, $after: String) {\n    contracts(filter: $filter, first: $first, after: $after) {\n      id\n      cursor\n      contractType\n      startDate\n      endDate\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      findings { code severity }\n    }\n  }\n": types.ContractListDocument,
    "\n  query MyContract {\n    contracts(first: 1) { id }\n  }\n": types.MyContractDocument,
    "\n  query Dashboard {\n    dashboard {\n      missionsByState { key count }\n      contractsByType { key count }\n      contractsByCohort { key count }\n      contractsBySite { key count }\n      findingsByCode { key count }\n      overdueChecklistItems\n      fcTrainingAgreementsDue\n      fcTrainingAgreementsOverdue\n      upcomingStarts {\n        id\n        startDate\n        contractType\n        student { id firstName lastName cohort }\n        mission { id }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation SaveMissionDraft($id: ID, $version: Int, $input: MissionInput!) {\n    saveMissionDraft(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      mission { id version state }\n    }\n  }\n": types.SaveMissionDraftDocument,
    "\n  mutation SubmitMission($id: ID!, $version: Int!) {\n    submitMission(id: $id, version: $version) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id version state }\n    }\n  }\n": types.SubmitMissionDocument,
    "\n  query FichePublishedOffers {\n    offers(state: PUBLISHED, first: 100) { reference cohort contractType organisation { name siret } }\n  }\n": types.FichePublishedOffersDocument,
    "\n  query MyFiche($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      version\n      firstName\n      lastName\n      cohort\n      trackWish\n      siteWish\n      wishedOn\n      wishChoices { tracks { code label } sites { code label } }\n      status\n      birthDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n    }\n    missions(first: 20) {\n      ...MissionFiche\n      requestDate\n      afterRuptureLastDay\n      findings { code severity field message messageEn ref window { min max } }\n      contract { id }\n    }\n  }\n": types.MyFicheDocument,
    "\n  query ContractLifecycle($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      status\n      contractType\n      startDate\n      endDate\n      student { id cohort }\n      mission { id tutor1 { id firstName lastName email } tutor2 { id firstName lastName email } }\n      tutorChanges {\n        id\n        slot\n        kind\n        effectiveOn\n        previousTutorUntil\n        avenantSignedOn\n        reason\n        recordedBy\n        previousTutor { id firstName lastName }\n        newTutor { id firstName lastName }\n      }\n      amendments { id kind scope programme cohort previousEndDate newEndDate reason signedOn createdAt }\n      mediations { id difficulty actions outcome mediatorLabel heldOn }\n      ruptures {\n        id\n        version\n        state\n        reason\n        requestedByRole\n        requestedByLabel\n        declaredBySource\n        declaredLastDay\n        lastDay\n        startedOn\n        plannedEndDate\n        steps { id version key label labelEn toParty form count needsScan done doneAt scan { fileName size } }\n      }\n    }\n  }\n": types.ContractLifecycleDocument,
    "\n  mutation RecordMediation($contractId: ID!, $input: MediationInput!) {\n    recordMediation(contractId: $contractId, input: $input) { mediation { id } errors { code field message } }\n  }\n": types.RecordMediationDocument,
    "\n  mutation RequestRupture($contractId: ID!, $reason: String!) {\n    requestRupture(contractId: $contractId, reason: $reason) { rupture { id state } errors { code field message } }\n  }\n": types.RequestRuptureDocument,
    "\n  mutation StartRupture($contractId: ID!, $ruptureId: ID, $version: Int, $reason: String, $lastDay: Date!, $skipMediation: Boolean) {\n    startRupture(contractId: $contractId, ruptureId: $ruptureId, version: $version, reason: $reason, lastDay: $lastDay, skipMediation: $skipMediation) {\n      rupture { id state }\n      errors { code field message }\n    }\n  }\n": types.StartRuptureDocument,
    "\n  mutation SetRuptureStepDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setRuptureStepDone(id: $id, version: $version, done: $done) { step { id version done } errors { code field message } }\n  }\n": types.SetRuptureStepDoneDocument,
    "\n  mutation UploadRuptureScan($id: ID!, $version: Int!, $document: DocumentUpload!) {\n    uploadRuptureScan(id: $id, version: $version, document: $document) { step { id version done } errors { code field message } }\n  }\n": types.UploadRuptureScanDocument,
    "\n  mutation CompleteRupture($id: ID!, $version: Int!) {\n    completeRupture(id: $id, version: $version) { rupture { id state } errors { code field message } }\n  }\n": types.CompleteRuptureDocument,
    "\n  mutation CancelRupture($id: ID!, $version: Int!, $comment: String!) {\n    cancelRupture(id: $id, version: $version, comment: $comment) { rupture { id state } errors { code field message } }\n  }\n": types.CancelRuptureDocument,
    "\n  mutation ExtendContract($contractId: ID!, $version: Int!, $input: ContractExtensionInput!) {\n    extendContract(contractId: $contractId, version: $version, input: $input) {\n      contract { id version endDate }\n      findings { code message messageEn }\n      errors { code field message }\n    }\n  }\n": types.ExtendContractDocument,
    "\n  query ExtensionPreview($contractId: ID!, $input: ExtensionPreviewInput!) {\n    extensionPreview(contractId: $contractId, input: $input) {\n      repeatedProgramme\n      extendedFrom\n      previousExtensions\n      repeatedCohort\n      findings { code severity message messageEn }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross extension }\n      billableHoursBefore\n      costBefore\n      billableHours\n      cost\n    }\n  }\n": types.ExtensionPreviewDocument,
    "\n  mutation SendRuptureRequestLink($contractId: ID!) {\n    sendRuptureRequestLink(contractId: $contractId) { sent errors { code field message } }\n  }\n": types.SendRuptureRequestLinkDocument,
    "\n  mutation StartMissionAfterRupture($ruptureId: ID!) {\n    startMissionAfterRupture(ruptureId: $ruptureId) { mission { id state } errors { code field message } }\n  }\n": types.StartMissionAfterRuptureDocument,
    "\n  query YearChangePreview($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]) {\n    yearChangePreview(cohort: $cohort, programme: $programme, outcomes: $outcomes) {\n      cohort\n      programme\n      closedOn\n      rows {\n        student { id firstName lastName }\n        studentVersion\n        contract { id contractType endDate }\n        outcome\n        opcoAgreement\n        nextProgramme\n        newContractNeeded\n        nextCohort\n        nextCampaignCloses\n        nextCalendar\n        nextYearFrom\n        nextYearTo\n        payBefore { ratePercent monthlyMinimumGross gridYear }\n        payAfter { ratePercent monthlyMinimumGross gridYear }\n        nextYearHours\n        tutorAssignmentToRedo\n        currentAcademicTutor\n        contractEnds\n        repeatedYear { extensionAllowed mustBreakUnlessOpcoAgrees newAlternanceYears withoutAlternance internshipEnds }\n        findings { code severity field message messageEn ref window { min max } }\n      }\n    }\n  }\n": types.YearChangePreviewDocument,
    "\n  mutation CloseTrainingYear($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]!) {\n    closeTrainingYear(cohort: $cohort, programme: $programme, outcomes: $outcomes) {\n      preview { closedOn rows { student { id } newContractNeeded nextCohort } }\n      errors { code field message index }\n    }\n  }\n": types.CloseTrainingYearDocument,
    "\n  query RuptureCounts {\n    ruptureCounts { cohort month count }\n  }\n": types.RuptureCountsDocument,
    "\n  query RuptureScan($id: ID!) {\n    rupture(id: $id) { id steps { id scan { fileName mimeType contentBase64 } } }\n  }\n": types.RuptureScanDocument,
    "\n  mutation ChangeCompanyTutor($contractId: ID!, $version: Int!, $input: CompanyTutorChangeInput!) {\n    changeCompanyTutor(contractId: $contractId, version: $version, input: $input) {\n      contract { id version }\n      change { id kind }\n      errors { code field message }\n    }\n  }\n": types.ChangeCompanyTutorDocument,
    "\n  query MissionForHours($id: ID!) {\n    mission(id: $id) { id cohort contractType startDate endDate student { id repeating } }\n  }\n": types.MissionForHoursDocument,
    "\n  query TrainingHoursCheck($cohort: String!, $contractType: String!, $startDate: Date!, $endDate: Date!) {\n    trainingHoursCheck(cohort: $cohort, contractType: $contractType, startDate: $startDate, endDate: $endDate) {\n      remainingTrainingHours\n      contractMonths\n      minimumHours\n      maximumHours\n      workHours\n      finding { code severity field message messageEn ref window { min max } }\n    }\n  }\n": types.TrainingHoursCheckDocument,
    "\n  fragment LivretDetails on Livret {\n    id\n    version\n    student { id firstName lastName }\n    cohort\n    academicYear\n    companyTutorName\n    companyTutor2Name\n    general { jobTitle missionSummary professionalProject }\n    overrides { firstVisit secondVisit soutenance }\n    periods {\n      number\n      from\n      to\n      endSource\n      dueDate\n      sheets {\n        id\n        version\n        code\n        author\n        label\n        labelEn\n        mandatory\n        state\n        text\n        answers { criterion level comment }\n        grid {\n          id\n          number\n          scale { code label }\n          competences { code label criteria { code label } }\n        }\n        submittedAt\n        submittedBy\n        attachment { name kind size url }\n        editable\n      }\n    }\n  }\n": types.LivretDetailsFragmentDoc,
    "\n  mutation SaveLivretSheet($input: SaveLivretSheetInput!) {\n    saveLivretSheet(input: $input) {\n      livret { ...LivretDetails }\n      errors { code message field }\n    }\n  }\n": types.SaveLivretSheetDocument,
    "\n  query CurrentLivretGrid {\n    currentLivretGrid { id number createdBy createdAt scale { code label } competences { code label criteria { code label } } }\n  }\n": types.CurrentLivretGridDocument,
    "\n  mutation PublishLivretGrid($input: LivretGridInput!) {\n    publishLivretGrid(input: $input) {\n      grid { id number }\n      errors { code message field }\n    }\n  }\n": types.PublishLivretGridDocument,
    "\n  query Livret($id: ID!) {\n    livret(id: $id) { ...LivretDetails }\n  }\n": types.LivretDocument,
    "\n  query MyLivrets {\n    myLivrets { ...LivretDetails }\n  }\n": types.MyLivretsDocument,
    "\n  query MyLivretExpectation {\n    myLivretExpectation\n  }\n": types.MyLivretExpectationDocument,
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
    "\n  mutation GrantDerogation($id: ID!, $version: Int!, $reason: String) {\n    grantDerogation(id: $id, version: $version, reason: $reason) {\n      errors { code message field }\n      mission { id version derogationReason derogationBy derogationOn }\n    }\n  }\n": types.GrantDerogationDocument,
    "\n  fragment MissionFiche on Mission {\n    id\n    state\n    version\n    cohort\n    group\n    contractType\n    cproReason\n    title\n    context\n    objectives\n    deliverables\n    offerReference\n    requestDate\n    validationDate\n    startDate\n    endDate\n    hoursPerDay\n    monthlyGrossPay\n    smcMonthly\n    previousRatePercent\n    higherEducationDiploma\n    disabilityExtraYear\n    stageAltApproved\n    derogationReason\n    derogationBy\n    derogationOn\n    derogationPossible\n    returnComment\n    rejectionReason\n    student {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      group\n      trackWish\n    }\n    organisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    workOrganisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    tutor1 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    tutor2 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    hrContact {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n": types.MissionFicheFragmentDoc,
    "\n  query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $after: String, $withTotal: Boolean! = true) {\n    missionCount(filter: $filter) @include(if: $withTotal)\n    missions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      id\n      cursor\n      state\n      waitingDays\n      cohort\n      contractType\n      startDate\n      endDate\n      requestDate\n      findings {\n        code\n        severity\n      }\n      organisation {\n        id\n        name\n      }\n      student {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.MissionListDocument,
    "\n  query MissionDetail($id: ID!, $office: Boolean!) {\n    mission(id: $id) {\n      ...MissionFiche\n      afterRuptureLastDay\n      afterRuptureInProgress\n      findings {\n        code\n        severity\n        field\n        message\n        messageEn\n        ref\n        window {\n          min\n          max\n        }\n      }\n      contract {\n        id\n      }\n      confirmations {\n        id\n        party\n        email\n        requestedAt\n        confirmedAt\n        errorComment\n        errorReportedAt\n        reminderDueAt\n        remindersSent\n      }\n      auditTrail @include(if: $office) {\n        id\n        at\n        action\n        entityType\n        actorLabel\n        role\n        comment\n        fields\n      }\n      mails @include(if: $office) {\n        id\n        to\n        subject\n        template\n        state\n        createdAt\n        sentAt\n        text\n      }\n    }\n  }\n": types.MissionDetailDocument,
    "\n  mutation ReturnMission($id: ID!, $version: Int!, $comment: String!) {\n    returnMission(id: $id, version: $version, comment: $comment) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": types.ReturnMissionDocument,
    "\n  mutation RequestConfirmations($id: ID!, $version: Int!) {\n    requestMissionConfirmations(id: $id, version: $version) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": types.RequestConfirmationsDocument,
    "\n  mutation ValidateMission($id: ID!, $version: Int!, $acceptWarnings: Boolean) {\n    validateMission(id: $id, version: $version, acceptWarnings: $acceptWarnings) {\n      errors { code message field }\n      findings { code severity field message messageEn ref window { min max } }\n      mission { id state version contract { id } }\n    }\n  }\n": types.ValidateMissionDocument,
    "\n  mutation RejectMission($id: ID!, $version: Int!, $reason: String!) {\n    rejectMission(id: $id, version: $version, reason: $reason) {\n      errors { code message field }\n      mission { id state version }\n    }\n  }\n": types.RejectMissionDocument,
    "\n  mutation ApproveStageAlt($id: ID!, $version: Int!, $approved: Boolean!) {\n    approveStageAlt(id: $id, version: $version, approved: $approved) {\n      errors { code message field }\n      mission { id version stageAltApproved }\n    }\n  }\n": types.ApproveStageAltDocument,
    "\n  query Offers {\n    offers(first: 100) { id reference title description cohort contractType state closedAt publishedAt sentTo version organisation { id name siret } }\n  }\n": types.OffersDocument,
    "\n  mutation PublishOffer($input: OfferInput!) {\n    publishOffer(input: $input) { errors { code message field } offer { id } }\n  }\n": types.PublishOfferDocument,
    "\n  mutation CloseOffer($id: ID!, $version: Int!) {\n    closeOffer(id: $id, version: $version) { errors { code message field } offer { id state version } }\n  }\n": types.CloseOfferDocument,
    "\n  mutation RecordOffersVisit {\n    recordOffersVisit { frequency version offersSeenAt stillLooking }\n  }\n": types.RecordOffersVisitDocument,
    "\n  mutation SetOfferAlerts($frequency: OfferAlertFrequency!, $version: Int!) {\n    setOfferAlerts(frequency: $frequency, version: $version) { errors { code message field } alerts { frequency version offersSeenAt stillLooking } }\n  }\n": types.SetOfferAlertsDocument,
    "\n  mutation UpdateApiTokenLimits($input: ApiTokenLimitsInput!) {\n    updateApiTokenLimits(input: $input) { errors { code message field } token { id version } }\n  }\n": types.UpdateApiTokenLimitsDocument,
    "\n  mutation RegisterPersistedOperations($tokenId: ID!, $manifest: JSON!, $replace: Boolean) {\n    registerPersistedOperations(tokenId: $tokenId, manifest: $manifest, replace: $replace) { added unchanged removed errors { code message field } }\n  }\n": types.RegisterPersistedOperationsDocument,
    "\n  mutation RemovePersistedOperation($tokenId: ID!, $documentId: String!) {\n    removePersistedOperation(tokenId: $tokenId, documentId: $documentId) { removed errors { code message field } }\n  }\n": types.RemovePersistedOperationDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id name prefix scopes state createdAt expiresAt lastUsedAt revokedAt partner replacesId\n      version rateLimitPerMinute maxCost maxDepth adHocDocuments limits { ratePerMinute maxCost maxDepth }\n      operations { documentId operationName operationType createdAt }\n    }\n    apiTokenDefaultLimits { ratePerMinute maxCost maxDepth }\n    apiTokenScopes\n    integrationPartners { code label contractTypes scopes }\n  }\n": types.ApiTokensDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { errors { code message field } token { id revokedAt } }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditLog($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int!, $offset: Int!, $withTotal: Boolean! = true) {\n    auditEventCount(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to) @include(if: $withTotal)\n    auditEvents(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to, first: $first, offset: $offset) {\n      id at actorLabel role entityType entityId entityName entityGone action fields comment\n    }\n    auditFacets @include(if: $withTotal) { actions entityTypes }\n  }\n": types.AuditLogDocument,
    "\n  query PersonalDataStudents($search: String, $first: Int!) {\n    students(search: $search, first: $first) { id firstName lastName email cohort version }\n  }\n": types.PersonalDataStudentsDocument,
    "\n  query PersonalDataExport($studentId: ID!) {\n    personalDataExport(studentId: $studentId)\n  }\n": types.PersonalDataExportDocument,
    "\n  mutation ErasePersonalData($studentId: ID!, $version: Int!) {\n    erasePersonalData(studentId: $studentId, version: $version) { errors { code message field } student { id } }\n  }\n": types.ErasePersonalDataDocument,
    "\n  query WebhookDeliveries($state: WebhookDeliveryState) {\n    webhooks { id url partner types active createdAt }\n    webhookDeliveries(state: $state, first: 100) { id eventType entityId state attempts lastStatus lastError nextAttemptAt sentAt createdAt endpoint { id url active } }\n  }\n": types.WebhookDeliveriesDocument,
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
    "\n  query Viewer {\n    viewer {\n      id\n      role\n      displayName\n      email\n      studentId\n      today\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ExpressPlacementWish($id: ID!, $version: Int!, $trackWish: String, $siteWish: String) {\n    expressPlacementWish(studentId: $id, version: $version, trackWish: $trackWish, siteWish: $siteWish) {\n      student { id version trackWish siteWish wishedOn }\n      errors { code field message }\n    }\n  }\n": types.ExpressPlacementWishDocument,
    "\n  query StudentRecord($id: ID!) {\n    student(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      email\n      phone\n      birthDate\n      status\n      nationality\n      foreign\n      aptObtained\n      aptObtainedOn\n      trainingAgreement { signedOn dueDate state daysLeft ref }\n      cohort\n      group\n      repeating\n      professionalisationValidated\n      site\n      trackWish\n      siteWish\n      wishedOn\n      academicTutor { id displayName }\n    }\n    academicTutors { id displayName email }\n  }\n": types.StudentRecordDocument,
    "\n  mutation UpdateStudentRecord($id: ID!, $version: Int!, $input: StudentInput!) {\n    updateStudent(id: $id, version: $version, input: $input) {\n      errors { code message field }\n      student { id version }\n    }\n  }\n": types.UpdateStudentRecordDocument,
    "\n  mutation RecordApt($id: ID!, $version: Int!, $obtainedOn: Date) {\n    recordApt(studentId: $id, version: $version, obtainedOn: $obtainedOn) {\n      errors { code message field }\n      student { id version aptObtained aptObtainedOn }\n    }\n  }\n": types.RecordAptDocument,
    "\n  mutation RecordTrainingAgreement($id: ID!, $version: Int!, $signedOn: Date) {\n    recordTrainingAgreement(studentId: $id, version: $version, signedOn: $signedOn) {\n      errors { code message field }\n      student { id version trainingAgreementSignedOn }\n    }\n  }\n": types.RecordTrainingAgreementDocument,
    "\n  query StudentList($cohort: String, $search: String, $trainingAgreementDue: Boolean, $first: Int!, $offset: Int!) {\n    students(cohort: $cohort, search: $search, trainingAgreementDue: $trainingAgreementDue, first: $first, offset: $offset) {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      foreign\n      aptObtained\n      trainingAgreementSignedOn\n      trainingAgreement { state dueDate }\n      academicTutor { id displayName }\n    }\n  }\n": types.StudentListDocument,
    "\n  query TutorAssignments($filter: AlternantFollowUpFilter) {\n    alternantsFollowUp(filter: $filter) {\n      academicYear\n      academicYears\n      total\n      items {\n        student { id version firstName lastName cohort }\n        missionId\n        contractId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        assignmentDeadline\n        visits { id state visitNumber date reportStage }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n    academicTutors { id displayName }\n  }\n": types.TutorAssignmentsDocument,
    "\n  query TutorLoads($year: String) {\n    tutorLoads(academicYear: $year) { tutor { id displayName } alternants visitsHeld visitsPlanned reportsDue }\n  }\n": types.TutorLoadsDocument,
    "\n  mutation AssignAcademicTutor($assignments: [TutorAssignmentInput!]!, $tutor: ID) {\n    assignAcademicTutor(assignments: $assignments, academicTutorId: $tutor) {\n      students { id version academicTutor { id displayName } }\n      errors { code field message }\n    }\n  }\n": types.AssignAcademicTutorDocument,
    "\n  query MyAlternants($filter: AlternantFollowUpFilter) {\n    alternantsFollowUp(filter: $filter) {\n      academicYear\n      items {\n        student { id firstName lastName cohort }\n        missionId\n        contractId\n        livretId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        visits { id state visitNumber date slotDeclines { companyTutorName availability } slotsUnanswered reportStage slotsRemindedAt }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n  }\n": types.MyAlternantsDocument,
    "\n  query VisitReportsKept {\n    visitReportsKept { id visitNumber date studentName organisationName student { academicTutor { displayName } } }\n  }\n": types.VisitReportsKeptDocument,
    "\n  query UnassignedAlternants {\n    alternantsFollowUp(filter: { unassignedOnly: true }) {\n      items { student { id firstName lastName cohort } assignmentDeadline findings { code } }\n    }\n  }\n": types.UnassignedAlternantsDocument,
    "\n  query AlternantCalendarMonth($id: ID!, $from: Date!, $to: Date!) {\n    alternantCalendar(studentId: $id, from: $from, to: $to) { date morning afternoon }\n  }\n": types.AlternantCalendarMonthDocument,
    "\n  query MyVisits {\n    visits { id academicYear visitNumber state reportStage date half format location organisationName companyTutorName companyTutorNames academicTutor { id displayName } cancelReason }\n  }\n": types.MyVisitsDocument,
    "\n  query PlanVisitAlternant($id: ID!) {\n    alternantsFollowUp(filter: { studentId: $id }, first: 1) {\n      academicYear\n      items {\n        student { id firstName lastName }\n        programme\n        organisationName\n        visitAddress\n        companyTutorName\n        companyTutorNames\n        visitWindows { visitNumber from to }\n        visits { id state visitNumber }\n      }\n    }\n  }\n": types.PlanVisitAlternantDocument,
    "\n  mutation ProposeVisitSlots($input: ProposeVisitSlotsInput!) {\n    proposeVisitSlots(input: $input) {\n      visit { id }\n      errors { code field message }\n      findings { code severity field subject message messageEn ref window { min max } }\n    }\n  }\n": types.ProposeVisitSlotsDocument,
    "\n  query VisitDetails($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      academicYear\n      visitNumber\n      state\n      studentName\n      student { academicTutor { id } }\n      organisationName\n      companyTutorName\n      companyTutorNames\n      visitorName\n      academicTutor { id displayName }\n      date\n      half\n      format\n      location\n      icsSequence\n      cancelReason\n      slotsDeclinedAt\n      slotsDeclinedNote\n      slotDeclines { companyTutorName declinedAt availability }\n      slotChosenByName\n      slotsUnanswered\n      slotsReminderTo\n      slotsRemindedAt\n      reportStage\n      slots { id date half format location findings { code severity field message messageEn ref } }\n      report { attendees activities progress pointsOfAttention tutorOpinion followUpNeeded followUpNote }\n      reportedAt\n    }\n  }\n": types.VisitDetailsDocument,
    "\n  mutation RecordVisitReport($id: ID!, $version: Int!, $input: VisitReportInput!) {\n    recordVisitReport(visitId: $id, version: $version, input: $input) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n": types.RecordVisitReportDocument,
    "\n  mutation RescheduleVisit($id: ID!, $version: Int!, $slot: VisitSlotInput!, $reason: String, $ack: Boolean) {\n    rescheduleVisit(visitId: $id, version: $version, slot: $slot, reason: $reason, acknowledgeWarnings: $ack) {\n      visit { id version state }\n      errors { code field message }\n      findings { code severity field message messageEn ref }\n    }\n  }\n": types.RescheduleVisitDocument,
    "\n  mutation ProposeOtherVisitSlots($id: ID!, $version: Int!, $slots: [VisitSlotInput!]!, $ack: Boolean) {\n    proposeOtherVisitSlots(visitId: $id, version: $version, slots: $slots, acknowledgeWarnings: $ack) {\n      visit { id version state }\n      errors { code field message }\n      findings { code severity field message messageEn ref }\n    }\n  }\n": types.ProposeOtherVisitSlotsDocument,
    "\n  mutation RemindVisitSlots($id: ID!, $version: Int!) {\n    remindVisitSlots(visitId: $id, version: $version) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n": types.RemindVisitSlotsDocument,
    "\n  mutation CancelVisit($id: ID!, $version: Int!, $reason: String!) {\n    cancelVisit(visitId: $id, version: $version, reason: $reason) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n": types.CancelVisitDocument,
    "\n  query LinkVisit($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      visitNumber\n      state\n      studentName\n      visitorName\n      academicTutor { id displayName }\n      date\n      half\n      format\n      location\n      slotsDeclinedAt\n      slotsDeclinedByMe\n      slotDeclines { companyTutorName }\n      slotChosenByName\n      companyTutorNames\n      slots { id date half format location }\n    }\n  }\n": types.LinkVisitDocument,
    "\n  mutation ChooseVisitSlot($id: ID!, $version: Int!, $slotId: ID!) {\n    chooseVisitSlot(visitId: $id, version: $version, slotId: $slotId) {\n      visit { id state }\n      errors { code field message }\n    }\n  }\n": types.ChooseVisitSlotDocument,
    "\n  mutation DeclineVisitSlots($id: ID!, $version: Int!, $availability: String!) {\n    declineVisitSlots(visitId: $id, version: $version, availability: $availability) {\n      visit { id state slotsDeclinedAt }\n      errors { code field message }\n    }\n  }\n": types.DeclineVisitSlotsDocument,
    "\n  query VisitsOverview($filter: AlternantFollowUpFilter, $first: Int, $offset: Int) {\n    alternantsFollowUp(filter: $filter, first: $first, offset: $offset) {\n      academicYear\n      academicYears\n      total\n      late\n      toChase\n      reportDue\n      items {\n        student { id firstName lastName cohort }\n        missionId\n        contractId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        visits { id state visitNumber date slotDeclines { companyTutorName availability } slotsUnanswered reportStage slotsRemindedAt }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n  }\n": types.VisitsOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AbsenceFields on Absence {\n    id version date half state reason comment organisationName hours deadline decidedBy decidedAt decisionComment recordedBy source\n    student { id firstName lastName cohort group }\n    stoppage { issuedOn from to receivedOn sentBy fileName mediaType size }\n    document { fileName mediaType size }\n  }\n"): typeof import('./graphql').AbsenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Absences($filter: AbsenceFilter, $first: Int, $offset: Int) {\n    absences(filter: $filter, first: $first, offset: $offset) { ...AbsenceFields }\n  }\n"): typeof import('./graphql').AbsencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attendance($studentId: ID!) {\n    attendance(studentId: $studentId) { trainingHours missedHalfDays missedHours justifiedHours unjustifiedHours pendingHours missedPercent }\n  }\n"): typeof import('./graphql').AttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbsenceDaySheet($cohort: String!, $group: String, $date: Date!, $half: HalfDay!) {\n    absenceDaySheet(cohort: $cohort, group: $group, date: $date, half: $half) {\n      training\n      student { id firstName lastName group }\n      absence { id state }\n    }\n  }\n"): typeof import('./graphql').AbsenceDaySheetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAbsences($input: RecordAbsencesInput!) {\n    recordAbsences(input: $input) { absences { id } errors { code message field index } }\n  }\n"): typeof import('./graphql').RecordAbsencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewAbsenceImport($rows: [AbsenceImportRowInput!]!) {\n    previewAbsenceImport(rows: $rows) {\n      rows { index date half studentId studentName duplicate }\n      errors { code message field index }\n    }\n  }\n"): typeof import('./graphql').PreviewAbsenceImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAbsences($rows: [AbsenceImportRowInput!]!) {\n    importAbsences(rows: $rows) { absences { id } errors { code message field index } }\n  }\n"): typeof import('./graphql').ImportAbsencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareMedicalAbsence($id: ID!, $version: Int!) {\n    declareMedicalAbsence(id: $id, version: $version) { absence { ...AbsenceFields } errors { code message field } }\n  }\n"): typeof import('./graphql').DeclareMedicalAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveAbsenceReason($id: ID!, $version: Int!, $reason: String!) {\n    giveAbsenceReason(id: $id, version: $version, reason: $reason) { absence { ...AbsenceFields } errors { code message field } }\n  }\n"): typeof import('./graphql').GiveAbsenceReasonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAbsence($id: ID!, $version: Int!, $accept: Boolean!, $comment: String) {\n    decideAbsence(id: $id, version: $version, accept: $accept, comment: $comment) { absence { ...AbsenceFields } errors { code message field } }\n  }\n"): typeof import('./graphql').DecideAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAbsenceUnjustified($id: ID!, $version: Int!, $comment: String) {\n    closeAbsenceUnjustified(id: $id, version: $version, comment: $comment) { absence { ...AbsenceFields } errors { code message field } }\n  }\n"): typeof import('./graphql').CloseAbsenceUnjustifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAbsence($id: ID!, $version: Int!) {\n    deleteAbsence(id: $id, version: $version) { absence { id } errors { code message field } }\n  }\n"): typeof import('./graphql').DeleteAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendWorkStoppage($id: ID!, $version: Int!, $input: WorkStoppageInput!) {\n    sendWorkStoppage(id: $id, version: $version, input: $input) { absence { ...AbsenceFields } covered { id date half state } errors { code message field } findings { code message ref } }\n  }\n"): typeof import('./graphql').SendWorkStoppageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JustifyAbsences($input: AbsenceJustificationInput!) {\n    justifyAbsences(input: $input) { absences { ...AbsenceFields } errors { code message field } }\n  }\n"): typeof import('./graphql').JustifyAbsencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfessionalAbsenceRequests($state: ProfessionalAbsenceState, $first: Int, $after: String) {\n    professionalAbsenceRequests(state: $state, first: $first, after: $after) {\n      id cursor version firstDay firstHalf lastDay lastHalf reason requestedBy requestedOn recordedBy teachersConsulted state decidedBy decidedAt decisionComment\n      student { id firstName lastName cohort }\n    }\n  }\n"): typeof import('./graphql').ProfessionalAbsenceRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProfessionalAbsence($id: ID!, $version: Int!, $grant: Boolean!, $comment: String) {\n    decideProfessionalAbsence(id: $id, version: $version, grant: $grant, comment: $comment) { request { id state } errors { code message field } }\n  }\n"): typeof import('./graphql').DecideProfessionalAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestProfessionalAbsence($input: ProfessionalAbsenceInput!) {\n    requestProfessionalAbsence(input: $input) { request { id state firstDay } errors { code message field } findings { code message ref } }\n  }\n"): typeof import('./graphql').RequestProfessionalAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendProfessionalAbsenceLink($studentId: ID!) {\n    sendProfessionalAbsenceLink(studentId: $studentId) { sent errors { code message field } }\n  }\n"): typeof import('./graphql').SendProfessionalAbsenceLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbsenceLinkContext {\n    absenceLinkContext {\n      purpose studentName organisationName earliestFirstDay\n      absence { ...AbsenceFields }\n      requests { id firstDay firstHalf lastDay lastHalf reason state decisionComment requestedOn }\n    }\n  }\n"): typeof import('./graphql').AbsenceLinkContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbsenceStatements($month: String!) {\n    absenceStatements(month: $month) { organisationId organisationName month totalHours sentAt lines { studentName date half hours reason declaredAt } }\n  }\n"): typeof import('./graphql').AbsenceStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMailedProfessionalAbsence($input: MailedProfessionalAbsenceInput!) {\n    recordMailedProfessionalAbsence(input: $input) { request { id state firstDay requestedOn } errors { code message field } findings { code message ref } }\n  }\n"): typeof import('./graphql').RecordMailedProfessionalAbsenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfessionalRequestStudents($search: String, $first: Int!) {\n    students(search: $search, first: $first) { id firstName lastName cohort }\n  }\n"): typeof import('./graphql').ProfessionalRequestStudentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsultProfessionalAbsenceTeachers($id: ID!, $version: Int!, $teacherEmails: [String!]!) {\n    consultProfessionalAbsenceTeachers(id: $id, version: $version, teacherEmails: $teacherEmails) { request { id version teachersConsulted } errors { code message field } }\n  }\n"): typeof import('./graphql').ConsultProfessionalAbsenceTeachersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeeds($kind: CalendarFeedKind!, $subjectId: ID!) { calendarFeeds(kind: $kind, subjectId: $subjectId) { id createdAt lastReadAt } }\n"): typeof import('./graphql').CalendarFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($kind: CalendarFeedKind!, $subjectId: ID!) { createCalendarFeed(kind: $kind, subjectId: $subjectId) { url feed { id } errors { code message field } } }\n"): typeof import('./graphql').CreateCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($id: ID!) { revokeCalendarFeed(id: $id) { feed { id } errors { code message field } } }\n"): typeof import('./graphql').RevokeCalendarFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarList { calendars { code provisional inForce } }\n"): typeof import('./graphql').CalendarListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarEditor($code: String!) {\n    calendar(code: $code) {\n      id code version label from to provisional inForce cohorts\n      days { date am pm period label }\n      draftChanges { date half before after }\n      hoursPreview { cohort contractType contracts trainingHalfDaysInForce trainingHalfDaysDraft billableHoursInForce billableHoursDraft costInForce costDraft }\n      versions { id number publishedAt publishedBy comment provisional changes { date half before after } }\n    }\n  }\n"): typeof import('./graphql').CalendarEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarHalfDays($code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) {\n    setCalendarHalfDays(code: $code, version: $version, from: $from, to: $to, kind: $kind) { calendar { id version } errors { code message field } }\n  }\n"): typeof import('./graphql').SetCalendarHalfDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardCalendarDraft($code: String!, $version: Int!) {\n    discardCalendarDraft(code: $code, version: $version) { calendar { id version } errors { code message field } }\n  }\n"): typeof import('./graphql').DiscardCalendarDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCalendar($code: String!, $version: Int!, $comment: String) {\n    publishCalendar(code: $code, version: $version, comment: $comment) { version { number } notified contractsRecomputed errors { code message field } }\n  }\n"): typeof import('./graphql').PublishCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarImportPreview($code: String!, $cells: JSON!) {\n    calendarImportPreview(code: $code, cells: $cells) { format rows changes { date half before after } errors { row field message } }\n  }\n"): typeof import('./graphql').CalendarImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCalendar($code: String!, $version: Int!, $cells: JSON!) {\n    importCalendar(code: $code, version: $version, cells: $cells) { calendar { id version } errors { code message field index } }\n  }\n"): typeof import('./graphql').ImportCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactCalendars {\n    contactCalendars { studentName contractEnd calendars { code label days { date am pm period label } } }\n  }\n"): typeof import('./graphql').ContactCalendarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentCalendars($studentId: ID!) {\n    studentCalendars(studentId: $studentId) { code label version exceptions { date half before after } days { date am pm period label } }\n  }\n"): typeof import('./graphql').StudentCalendarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStudentCalendarHalfDays($studentId: ID!, $code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) {\n    setStudentCalendarHalfDays(studentId: $studentId, code: $code, version: $version, from: $from, to: $to, kind: $kind) { calendar { code version } errors { code message field } }\n  }\n"): typeof import('./graphql').SetStudentCalendarHalfDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearStudentCalendar($studentId: ID!, $code: String!, $version: Int!) {\n    clearStudentCalendar(studentId: $studentId, code: $code, version: $version) { calendar { code version } errors { code message field } }\n  }\n"): typeof import('./graphql').ClearStudentCalendarDocument;
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
export function graphql(source: "\n  query ContactContext {\n    contactContext { asker studentFirstName studentLastName contractType site academicTutor { displayName email } }\n  }\n"): typeof import('./graphql').ContactContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractDetails($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      contractType\n      startDate\n      endDate\n      hoursPerDay\n      monthlyGrossPay\n      signed\n      signingDate\n      contractNumber\n      opcoDepositDate\n      opcoDepositNumber\n      student { id firstName lastName cohort }\n      mission { id state }\n      windows {\n        startDate { min max }\n        endDate { min max }\n      }\n      findings { code severity field message messageEn ref window { min max } }\n      figures { billableHours cost unbilledHours }\n      trainingFigures { billableHours cost costPerHour unbilledHours unbilledCost trainingHalfDays calendars provisional revision { revisionHalfDays workedDays entitlementDays remainingHalfDays } volumes { programme name trainingHours teachingHours annualCost } }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross extension }\n      gratification { fteDays due hoursPerDay hourlyMinimum months { month companyDays minimum } }\n      payBenefits { netEqualsGross fullExemptionUntil familyAllowancePercent ref incomeTax { year from to annualSmic share ceiling agreedPay taxableExcess } familyAllowance { from to monthlyThreshold agreedWithin } }\n      checklist { id code label labelEn done doneAt dueDate sansDelai mandatory overdue ref responsible originals version }\n    }\n  }\n"): typeof import('./graphql').ContractDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChecklistItemDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setChecklistItemDone(id: $id, version: $version, done: $done) {\n      errors { code message field }\n      item { id done doneAt overdue version }\n    }\n  }\n"): typeof import('./graphql').SetChecklistItemDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractList($filter: ContractFilter, $first: Int!, $after: String) {\n    contracts(filter: $filter, first: $first, after: $after) {\n      id\n      cursor\n      contractType\n      startDate\n      endDate\n      monthlyGrossPay\n      student { id firstName lastName cohort }\n      findings { code severity }\n    }\n  }\n"): typeof import('./graphql').ContractListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyContract {\n    contracts(first: 1) { id }\n  }\n"): typeof import('./graphql').MyContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      missionsByState { key count }\n      contractsByType { key count }\n      contractsByCohort { key count }\n      contractsBySite { key count }\n      findingsByCode { key count }\n      overdueChecklistItems\n      fcTrainingAgreementsDue\n      fcTrainingAgreementsOverdue\n      upcomingStarts {\n        id\n        startDate\n        contractType\n        student { id firstName lastName cohort }\n        mission { id }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
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
export function graphql(source: "\n  query FichePublishedOffers {\n    offers(state: PUBLISHED, first: 100) { reference cohort contractType organisation { name siret } }\n  }\n"): typeof import('./graphql').FichePublishedOffersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFiche($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      version\n      firstName\n      lastName\n      cohort\n      trackWish\n      siteWish\n      wishedOn\n      wishChoices { tracks { code label } sites { code label } }\n      status\n      birthDate\n      repeating\n      professionalisationValidated\n      foreign\n      aptObtained\n    }\n    missions(first: 20) {\n      ...MissionFiche\n      requestDate\n      afterRuptureLastDay\n      findings { code severity field message messageEn ref window { min max } }\n      contract { id }\n    }\n  }\n"): typeof import('./graphql').MyFicheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractLifecycle($id: ID!) {\n    contract(id: $id) {\n      id\n      version\n      status\n      contractType\n      startDate\n      endDate\n      student { id cohort }\n      mission { id tutor1 { id firstName lastName email } tutor2 { id firstName lastName email } }\n      tutorChanges {\n        id\n        slot\n        kind\n        effectiveOn\n        previousTutorUntil\n        avenantSignedOn\n        reason\n        recordedBy\n        previousTutor { id firstName lastName }\n        newTutor { id firstName lastName }\n      }\n      amendments { id kind scope programme cohort previousEndDate newEndDate reason signedOn createdAt }\n      mediations { id difficulty actions outcome mediatorLabel heldOn }\n      ruptures {\n        id\n        version\n        state\n        reason\n        requestedByRole\n        requestedByLabel\n        declaredBySource\n        declaredLastDay\n        lastDay\n        startedOn\n        plannedEndDate\n        steps { id version key label labelEn toParty form count needsScan done doneAt scan { fileName size } }\n      }\n    }\n  }\n"): typeof import('./graphql').ContractLifecycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMediation($contractId: ID!, $input: MediationInput!) {\n    recordMediation(contractId: $contractId, input: $input) { mediation { id } errors { code field message } }\n  }\n"): typeof import('./graphql').RecordMediationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRupture($contractId: ID!, $reason: String!) {\n    requestRupture(contractId: $contractId, reason: $reason) { rupture { id state } errors { code field message } }\n  }\n"): typeof import('./graphql').RequestRuptureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRupture($contractId: ID!, $ruptureId: ID, $version: Int, $reason: String, $lastDay: Date!, $skipMediation: Boolean) {\n    startRupture(contractId: $contractId, ruptureId: $ruptureId, version: $version, reason: $reason, lastDay: $lastDay, skipMediation: $skipMediation) {\n      rupture { id state }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').StartRuptureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRuptureStepDone($id: ID!, $version: Int!, $done: Boolean!) {\n    setRuptureStepDone(id: $id, version: $version, done: $done) { step { id version done } errors { code field message } }\n  }\n"): typeof import('./graphql').SetRuptureStepDoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadRuptureScan($id: ID!, $version: Int!, $document: DocumentUpload!) {\n    uploadRuptureScan(id: $id, version: $version, document: $document) { step { id version done } errors { code field message } }\n  }\n"): typeof import('./graphql').UploadRuptureScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteRupture($id: ID!, $version: Int!) {\n    completeRupture(id: $id, version: $version) { rupture { id state } errors { code field message } }\n  }\n"): typeof import('./graphql').CompleteRuptureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRupture($id: ID!, $version: Int!, $comment: String!) {\n    cancelRupture(id: $id, version: $version, comment: $comment) { rupture { id state } errors { code field message } }\n  }\n"): typeof import('./graphql').CancelRuptureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendContract($contractId: ID!, $version: Int!, $input: ContractExtensionInput!) {\n    extendContract(contractId: $contractId, version: $version, input: $input) {\n      contract { id version endDate }\n      findings { code message messageEn }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').ExtendContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExtensionPreview($contractId: ID!, $input: ExtensionPreviewInput!) {\n    extensionPreview(contractId: $contractId, input: $input) {\n      repeatedProgramme\n      extendedFrom\n      previousExtensions\n      repeatedCohort\n      findings { code severity message messageEn }\n      paySegments { from to gridYear ageBracket ratePercent base monthlyMinimumGross extension }\n      billableHoursBefore\n      costBefore\n      billableHours\n      cost\n    }\n  }\n"): typeof import('./graphql').ExtensionPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendRuptureRequestLink($contractId: ID!) {\n    sendRuptureRequestLink(contractId: $contractId) { sent errors { code field message } }\n  }\n"): typeof import('./graphql').SendRuptureRequestLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMissionAfterRupture($ruptureId: ID!) {\n    startMissionAfterRupture(ruptureId: $ruptureId) { mission { id state } errors { code field message } }\n  }\n"): typeof import('./graphql').StartMissionAfterRuptureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearChangePreview($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]) {\n    yearChangePreview(cohort: $cohort, programme: $programme, outcomes: $outcomes) {\n      cohort\n      programme\n      closedOn\n      rows {\n        student { id firstName lastName }\n        studentVersion\n        contract { id contractType endDate }\n        outcome\n        opcoAgreement\n        nextProgramme\n        newContractNeeded\n        nextCohort\n        nextCampaignCloses\n        nextCalendar\n        nextYearFrom\n        nextYearTo\n        payBefore { ratePercent monthlyMinimumGross gridYear }\n        payAfter { ratePercent monthlyMinimumGross gridYear }\n        nextYearHours\n        tutorAssignmentToRedo\n        currentAcademicTutor\n        contractEnds\n        repeatedYear { extensionAllowed mustBreakUnlessOpcoAgrees newAlternanceYears withoutAlternance internshipEnds }\n        findings { code severity field message messageEn ref window { min max } }\n      }\n    }\n  }\n"): typeof import('./graphql').YearChangePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTrainingYear($cohort: String!, $programme: String!, $outcomes: [YearOutcomeInput!]!) {\n    closeTrainingYear(cohort: $cohort, programme: $programme, outcomes: $outcomes) {\n      preview { closedOn rows { student { id } newContractNeeded nextCohort } }\n      errors { code field message index }\n    }\n  }\n"): typeof import('./graphql').CloseTrainingYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuptureCounts {\n    ruptureCounts { cohort month count }\n  }\n"): typeof import('./graphql').RuptureCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuptureScan($id: ID!) {\n    rupture(id: $id) { id steps { id scan { fileName mimeType contentBase64 } } }\n  }\n"): typeof import('./graphql').RuptureScanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCompanyTutor($contractId: ID!, $version: Int!, $input: CompanyTutorChangeInput!) {\n    changeCompanyTutor(contractId: $contractId, version: $version, input: $input) {\n      contract { id version }\n      change { id kind }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').ChangeCompanyTutorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionForHours($id: ID!) {\n    mission(id: $id) { id cohort contractType startDate endDate student { id repeating } }\n  }\n"): typeof import('./graphql').MissionForHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingHoursCheck($cohort: String!, $contractType: String!, $startDate: Date!, $endDate: Date!) {\n    trainingHoursCheck(cohort: $cohort, contractType: $contractType, startDate: $startDate, endDate: $endDate) {\n      remainingTrainingHours\n      contractMonths\n      minimumHours\n      maximumHours\n      workHours\n      finding { code severity field message messageEn ref window { min max } }\n    }\n  }\n"): typeof import('./graphql').TrainingHoursCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LivretDetails on Livret {\n    id\n    version\n    student { id firstName lastName }\n    cohort\n    academicYear\n    companyTutorName\n    companyTutor2Name\n    general { jobTitle missionSummary professionalProject }\n    overrides { firstVisit secondVisit soutenance }\n    periods {\n      number\n      from\n      to\n      endSource\n      dueDate\n      sheets {\n        id\n        version\n        code\n        author\n        label\n        labelEn\n        mandatory\n        state\n        text\n        answers { criterion level comment }\n        grid {\n          id\n          number\n          scale { code label }\n          competences { code label criteria { code label } }\n        }\n        submittedAt\n        submittedBy\n        attachment { name kind size url }\n        editable\n      }\n    }\n  }\n"): typeof import('./graphql').LivretDetailsFragmentDoc;
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
export function graphql(source: "\n  query MyLivretExpectation {\n    myLivretExpectation\n  }\n"): typeof import('./graphql').MyLivretExpectationDocument;
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
export function graphql(source: "\n  mutation GrantDerogation($id: ID!, $version: Int!, $reason: String) {\n    grantDerogation(id: $id, version: $version, reason: $reason) {\n      errors { code message field }\n      mission { id version derogationReason derogationBy derogationOn }\n    }\n  }\n"): typeof import('./graphql').GrantDerogationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionFiche on Mission {\n    id\n    state\n    version\n    cohort\n    group\n    contractType\n    cproReason\n    title\n    context\n    objectives\n    deliverables\n    offerReference\n    requestDate\n    validationDate\n    startDate\n    endDate\n    hoursPerDay\n    monthlyGrossPay\n    smcMonthly\n    previousRatePercent\n    higherEducationDiploma\n    disabilityExtraYear\n    stageAltApproved\n    derogationReason\n    derogationBy\n    derogationOn\n    derogationPossible\n    returnComment\n    rejectionReason\n    student {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      group\n      trackWish\n    }\n    organisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    workOrganisation {\n      id\n      name\n      siret\n      address\n      opco\n    }\n    tutor1 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    tutor2 {\n      id\n      firstName\n      lastName\n      email\n      phone\n      jobTitle\n    }\n    hrContact {\n      id\n      firstName\n      lastName\n      email\n      phone\n    }\n  }\n"): typeof import('./graphql').MissionFicheFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $after: String, $withTotal: Boolean! = true) {\n    missionCount(filter: $filter) @include(if: $withTotal)\n    missions(filter: $filter, sort: $sort, first: $first, after: $after) {\n      id\n      cursor\n      state\n      waitingDays\n      cohort\n      contractType\n      startDate\n      endDate\n      requestDate\n      findings {\n        code\n        severity\n      }\n      organisation {\n        id\n        name\n      }\n      student {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): typeof import('./graphql').MissionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionDetail($id: ID!, $office: Boolean!) {\n    mission(id: $id) {\n      ...MissionFiche\n      afterRuptureLastDay\n      afterRuptureInProgress\n      findings {\n        code\n        severity\n        field\n        message\n        messageEn\n        ref\n        window {\n          min\n          max\n        }\n      }\n      contract {\n        id\n      }\n      confirmations {\n        id\n        party\n        email\n        requestedAt\n        confirmedAt\n        errorComment\n        errorReportedAt\n        reminderDueAt\n        remindersSent\n      }\n      auditTrail @include(if: $office) {\n        id\n        at\n        action\n        entityType\n        actorLabel\n        role\n        comment\n        fields\n      }\n      mails @include(if: $office) {\n        id\n        to\n        subject\n        template\n        state\n        createdAt\n        sentAt\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').MissionDetailDocument;
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
export function graphql(source: "\n  mutation ApproveStageAlt($id: ID!, $version: Int!, $approved: Boolean!) {\n    approveStageAlt(id: $id, version: $version, approved: $approved) {\n      errors { code message field }\n      mission { id version stageAltApproved }\n    }\n  }\n"): typeof import('./graphql').ApproveStageAltDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offers {\n    offers(first: 100) { id reference title description cohort contractType state closedAt publishedAt sentTo version organisation { id name siret } }\n  }\n"): typeof import('./graphql').OffersDocument;
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
export function graphql(source: "\n  mutation RecordOffersVisit {\n    recordOffersVisit { frequency version offersSeenAt stillLooking }\n  }\n"): typeof import('./graphql').RecordOffersVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfferAlerts($frequency: OfferAlertFrequency!, $version: Int!) {\n    setOfferAlerts(frequency: $frequency, version: $version) { errors { code message field } alerts { frequency version offersSeenAt stillLooking } }\n  }\n"): typeof import('./graphql').SetOfferAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApiTokenLimits($input: ApiTokenLimitsInput!) {\n    updateApiTokenLimits(input: $input) { errors { code message field } token { id version } }\n  }\n"): typeof import('./graphql').UpdateApiTokenLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPersistedOperations($tokenId: ID!, $manifest: JSON!, $replace: Boolean) {\n    registerPersistedOperations(tokenId: $tokenId, manifest: $manifest, replace: $replace) { added unchanged removed errors { code message field } }\n  }\n"): typeof import('./graphql').RegisterPersistedOperationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePersistedOperation($tokenId: ID!, $documentId: String!) {\n    removePersistedOperation(tokenId: $tokenId, documentId: $documentId) { removed errors { code message field } }\n  }\n"): typeof import('./graphql').RemovePersistedOperationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id name prefix scopes state createdAt expiresAt lastUsedAt revokedAt partner replacesId\n      version rateLimitPerMinute maxCost maxDepth adHocDocuments limits { ratePerMinute maxCost maxDepth }\n      operations { documentId operationName operationType createdAt }\n    }\n    apiTokenDefaultLimits { ratePerMinute maxCost maxDepth }\n    apiTokenScopes\n    integrationPartners { code label contractTypes scopes }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { errors { code message field } token { id revokedAt } }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($actor: String, $action: String, $entityType: String, $from: Date, $to: Date, $first: Int!, $offset: Int!, $withTotal: Boolean! = true) {\n    auditEventCount(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to) @include(if: $withTotal)\n    auditEvents(actor: $actor, action: $action, entityType: $entityType, from: $from, to: $to, first: $first, offset: $offset) {\n      id at actorLabel role entityType entityId entityName entityGone action fields comment\n    }\n    auditFacets @include(if: $withTotal) { actions entityTypes }\n  }\n"): typeof import('./graphql').AuditLogDocument;
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
export function graphql(source: "\n  query WebhookDeliveries($state: WebhookDeliveryState) {\n    webhooks { id url partner types active createdAt }\n    webhookDeliveries(state: $state, first: 100) { id eventType entityId state attempts lastStatus lastError nextAttemptAt sentAt createdAt endpoint { id url active } }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
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
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      role\n      displayName\n      email\n      studentId\n      today\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressPlacementWish($id: ID!, $version: Int!, $trackWish: String, $siteWish: String) {\n    expressPlacementWish(studentId: $id, version: $version, trackWish: $trackWish, siteWish: $siteWish) {\n      student { id version trackWish siteWish wishedOn }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').ExpressPlacementWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentRecord($id: ID!) {\n    student(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      email\n      phone\n      birthDate\n      status\n      nationality\n      foreign\n      aptObtained\n      aptObtainedOn\n      trainingAgreement { signedOn dueDate state daysLeft ref }\n      cohort\n      group\n      repeating\n      professionalisationValidated\n      site\n      trackWish\n      siteWish\n      wishedOn\n      academicTutor { id displayName }\n    }\n    academicTutors { id displayName email }\n  }\n"): typeof import('./graphql').StudentRecordDocument;
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
export function graphql(source: "\n  mutation RecordTrainingAgreement($id: ID!, $version: Int!, $signedOn: Date) {\n    recordTrainingAgreement(studentId: $id, version: $version, signedOn: $signedOn) {\n      errors { code message field }\n      student { id version trainingAgreementSignedOn }\n    }\n  }\n"): typeof import('./graphql').RecordTrainingAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentList($cohort: String, $search: String, $trainingAgreementDue: Boolean, $first: Int!, $offset: Int!) {\n    students(cohort: $cohort, search: $search, trainingAgreementDue: $trainingAgreementDue, first: $first, offset: $offset) {\n      id\n      firstName\n      lastName\n      email\n      cohort\n      status\n      foreign\n      aptObtained\n      trainingAgreementSignedOn\n      trainingAgreement { state dueDate }\n      academicTutor { id displayName }\n    }\n  }\n"): typeof import('./graphql').StudentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TutorAssignments($filter: AlternantFollowUpFilter) {\n    alternantsFollowUp(filter: $filter) {\n      academicYear\n      academicYears\n      total\n      items {\n        student { id version firstName lastName cohort }\n        missionId\n        contractId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        assignmentDeadline\n        visits { id state visitNumber date reportStage }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n    academicTutors { id displayName }\n  }\n"): typeof import('./graphql').TutorAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TutorLoads($year: String) {\n    tutorLoads(academicYear: $year) { tutor { id displayName } alternants visitsHeld visitsPlanned reportsDue }\n  }\n"): typeof import('./graphql').TutorLoadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAcademicTutor($assignments: [TutorAssignmentInput!]!, $tutor: ID) {\n    assignAcademicTutor(assignments: $assignments, academicTutorId: $tutor) {\n      students { id version academicTutor { id displayName } }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').AssignAcademicTutorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAlternants($filter: AlternantFollowUpFilter) {\n    alternantsFollowUp(filter: $filter) {\n      academicYear\n      items {\n        student { id firstName lastName cohort }\n        missionId\n        contractId\n        livretId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        visits { id state visitNumber date slotDeclines { companyTutorName availability } slotsUnanswered reportStage slotsRemindedAt }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAlternantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitReportsKept {\n    visitReportsKept { id visitNumber date studentName organisationName student { academicTutor { displayName } } }\n  }\n"): typeof import('./graphql').VisitReportsKeptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnassignedAlternants {\n    alternantsFollowUp(filter: { unassignedOnly: true }) {\n      items { student { id firstName lastName cohort } assignmentDeadline findings { code } }\n    }\n  }\n"): typeof import('./graphql').UnassignedAlternantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlternantCalendarMonth($id: ID!, $from: Date!, $to: Date!) {\n    alternantCalendar(studentId: $id, from: $from, to: $to) { date morning afternoon }\n  }\n"): typeof import('./graphql').AlternantCalendarMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVisits {\n    visits { id academicYear visitNumber state reportStage date half format location organisationName companyTutorName companyTutorNames academicTutor { id displayName } cancelReason }\n  }\n"): typeof import('./graphql').MyVisitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVisitAlternant($id: ID!) {\n    alternantsFollowUp(filter: { studentId: $id }, first: 1) {\n      academicYear\n      items {\n        student { id firstName lastName }\n        programme\n        organisationName\n        visitAddress\n        companyTutorName\n        companyTutorNames\n        visitWindows { visitNumber from to }\n        visits { id state visitNumber }\n      }\n    }\n  }\n"): typeof import('./graphql').PlanVisitAlternantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeVisitSlots($input: ProposeVisitSlotsInput!) {\n    proposeVisitSlots(input: $input) {\n      visit { id }\n      errors { code field message }\n      findings { code severity field subject message messageEn ref window { min max } }\n    }\n  }\n"): typeof import('./graphql').ProposeVisitSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitDetails($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      academicYear\n      visitNumber\n      state\n      studentName\n      student { academicTutor { id } }\n      organisationName\n      companyTutorName\n      companyTutorNames\n      visitorName\n      academicTutor { id displayName }\n      date\n      half\n      format\n      location\n      icsSequence\n      cancelReason\n      slotsDeclinedAt\n      slotsDeclinedNote\n      slotDeclines { companyTutorName declinedAt availability }\n      slotChosenByName\n      slotsUnanswered\n      slotsReminderTo\n      slotsRemindedAt\n      reportStage\n      slots { id date half format location findings { code severity field message messageEn ref } }\n      report { attendees activities progress pointsOfAttention tutorOpinion followUpNeeded followUpNote }\n      reportedAt\n    }\n  }\n"): typeof import('./graphql').VisitDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisitReport($id: ID!, $version: Int!, $input: VisitReportInput!) {\n    recordVisitReport(visitId: $id, version: $version, input: $input) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').RecordVisitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleVisit($id: ID!, $version: Int!, $slot: VisitSlotInput!, $reason: String, $ack: Boolean) {\n    rescheduleVisit(visitId: $id, version: $version, slot: $slot, reason: $reason, acknowledgeWarnings: $ack) {\n      visit { id version state }\n      errors { code field message }\n      findings { code severity field message messageEn ref }\n    }\n  }\n"): typeof import('./graphql').RescheduleVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeOtherVisitSlots($id: ID!, $version: Int!, $slots: [VisitSlotInput!]!, $ack: Boolean) {\n    proposeOtherVisitSlots(visitId: $id, version: $version, slots: $slots, acknowledgeWarnings: $ack) {\n      visit { id version state }\n      errors { code field message }\n      findings { code severity field message messageEn ref }\n    }\n  }\n"): typeof import('./graphql').ProposeOtherVisitSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindVisitSlots($id: ID!, $version: Int!) {\n    remindVisitSlots(visitId: $id, version: $version) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').RemindVisitSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVisit($id: ID!, $version: Int!, $reason: String!) {\n    cancelVisit(visitId: $id, version: $version, reason: $reason) {\n      visit { id version state }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').CancelVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkVisit($id: ID!) {\n    visit(id: $id) {\n      id\n      version\n      visitNumber\n      state\n      studentName\n      visitorName\n      academicTutor { id displayName }\n      date\n      half\n      format\n      location\n      slotsDeclinedAt\n      slotsDeclinedByMe\n      slotDeclines { companyTutorName }\n      slotChosenByName\n      companyTutorNames\n      slots { id date half format location }\n    }\n  }\n"): typeof import('./graphql').LinkVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseVisitSlot($id: ID!, $version: Int!, $slotId: ID!) {\n    chooseVisitSlot(visitId: $id, version: $version, slotId: $slotId) {\n      visit { id state }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').ChooseVisitSlotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineVisitSlots($id: ID!, $version: Int!, $availability: String!) {\n    declineVisitSlots(visitId: $id, version: $version, availability: $availability) {\n      visit { id state slotsDeclinedAt }\n      errors { code field message }\n    }\n  }\n"): typeof import('./graphql').DeclineVisitSlotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitsOverview($filter: AlternantFollowUpFilter, $first: Int, $offset: Int) {\n    alternantsFollowUp(filter: $filter, first: $first, offset: $offset) {\n      academicYear\n      academicYears\n      total\n      late\n      toChase\n      reportDue\n      items {\n        student { id firstName lastName cohort }\n        missionId\n        contractId\n        programme\n        organisationName\n        companyTutorName\n        companyTutorNames\n        academicTutor { id displayName }\n        visits { id state visitNumber date slotDeclines { companyTutorName availability } slotsUnanswered reportStage slotsRemindedAt }\n        visitWindows { visitNumber from to }\n        findings { code message messageEn window { min max } }\n      }\n    }\n  }\n"): typeof import('./graphql').VisitsOverviewDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
