import { graphql } from '../gql';

// The livret as every screen shows it (student, company tutor, academic tutor, office).
export const LivretDetailsFragment = graphql(`
  fragment LivretDetails on Livret {
    id
    version
    student { id firstName lastName }
    cohort
    academicYear
    companyTutorName
    companyTutor2Name
    general { jobTitle missionSummary professionalProject }
    overrides { firstVisit secondVisit soutenance }
    periods {
      number
      from
      to
      endSource
      dueDate
      sheets {
        id
        version
        code
        author
        label
        labelEn
        mandatory
        state
        text
        answers { criterion level comment }
        grid {
          id
          number
          scale { code label }
          competences { code label criteria { code label } }
        }
        submittedAt
        submittedBy
        attachment { name kind size url }
        editable
      }
    }
  }
`);

export const SaveLivretSheetDocument = graphql(`
  mutation SaveLivretSheet($input: SaveLivretSheetInput!) {
    saveLivretSheet(input: $input) {
      livret { ...LivretDetails }
      errors { code message field }
    }
  }
`);
