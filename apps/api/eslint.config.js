import { config } from '@alternance/eslint-config';

export default config();
