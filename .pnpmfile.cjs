// Native addons (the SQLite driver) compile from source here: point node-gyp at the
// headers installed beside this Node, so that nothing is downloaded at install time.
// pnpm passes only a short list of environment variables to build scripts, hence extraEnv.
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

const prefix = join(dirname(process.execPath), '..');
const hasHeaders = existsSync(join(prefix, 'include', 'node', 'node.h'));

module.exports = {
  hooks: {
    updateConfig(config) {
      if (!hasHeaders || process.env.npm_config_nodedir) return config;
      config.extraEnv = { ...config.extraEnv, npm_config_nodedir: prefix, npm_package_config_node_gyp_nodedir: prefix };
      return config;
    },
  },
};
