// Worker entry for piscina when running from source: registers TypeScript (tsx), then
// hands over to the task. The compiled build points piscina at extract-task.js instead.
require('tsx/cjs');
module.exports = require('./extract-task.ts').default;
