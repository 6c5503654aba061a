import { graphql } from '../gql';

// Outside the page: the first screen's early request (router/first-screen.ts) asks it too.
export const DashboardDocument = graphql(`
  query Dashboard {
    dashboard {
      missionsByState { key count }
      contractsByType { key count }
      contractsByCohort { key count }
      contractsBySite { key count }
      findingsByCode { key count }
      overdueChecklistItems
      fcTrainingAgreementsDue
      fcTrainingAgreementsOverdue
      upcomingStarts {
        id
        startDate
        contractType
        student { id firstName lastName cohort }
        mission { id }
      }
    }
  }
`);
