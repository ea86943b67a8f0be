#!/usr/bin/env node
// Runs the compiled command line (npm install builds it into dist/ through "prepare").
require('../dist/src/cli/bin.js');
