// `npm install`'s last line (postinstall): what was installed and what to run next. Plain JavaScript,
// since npm runs it on the machine's own Node, whatever its version.
console.log(
  '✓ Installed the packages, and Node 24 for every npm run …. Next: npm start (build the briefing and preview it) or npm test (about 10 minutes on 2 cores).',
);
