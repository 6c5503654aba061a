import { config } from '@alternance/eslint-config';

export default [{ ignores: ['src/gql/**', 'cursor.txt'] }, ...config()];
