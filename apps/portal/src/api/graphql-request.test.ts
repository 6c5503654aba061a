import { describe, expect, it } from 'vitest';
import { userFacingError } from './graphql-request';

// issue 9 §4: GraphQL's own English wording never reaches a user.
describe('userFacingError', () => {
  it('turns a refused variable into a French message on its field', () => {
    const e = userFacingError('Variable "$input" got invalid value "" at "input.rows[0].email"; Expected type "EmailAddress". Invalid email', 400, 'BAD_USER_INPUT');
    expect(e.message).toBe('Valeur refusée : vérifiez son format.');
    expect(e.field).toBe('rows.0.email');
  });

  it('says a required value is missing', () => {
    const e = userFacingError('Variable "$input" got invalid value { title: "x" }; Field "reference" of required type "String!" was not provided.', 400, 'BAD_USER_INPUT');
    expect(e.message).toBe('Champ obligatoire.');
  });

  it('hides validation failures behind a reload hint, and keeps the API’s French messages', () => {
    expect(userFacingError('Cannot query field "foo" on type "Query".', 400, 'GRAPHQL_VALIDATION_FAILED').message).toBe('Cette page n’est plus à jour : rechargez-la puis recommencez.');
    expect(userFacingError('Erreur interne (réf. abc).', 200, 'INTERNAL_SERVER_ERROR').message).toBe('Erreur interne (réf. abc).');
  });
});
