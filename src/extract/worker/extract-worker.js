// Worker entry for piscina. From source (tsx) it registers TypeScript first;
// from the compiled build the .js next to it is loaded directly.
const fs = require('node:fs');
const path = require('node:path');

if (fs.existsSync(path.join(__dirname, 'extract-task.js'))) {
  module.exports = require('./extract-task.js').default;
} else {
  require('tsx/cjs');
  module.exports = require('./extract-task.ts').default;
}
