#!/usr/bin/env node
console.log('miniprogram-schema: CLI not built yet');
