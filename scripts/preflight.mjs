// The first step of `npm test`: stops at once, with one line, when a system tool the tests need is
// missing, instead of letting reader and browser tests time out one by one.
import { missingSystemTools } from './system-tools.mjs';

const missing = missingSystemTools();
if (missing.length > 0) {
  console.error(
    `error: the tests need system tools that are missing here (${missing.join(', ')}); install them with "npm run setup" (apt-get, as root or through sudo), then run "npm test" again.`,
  );
  process.exit(1);
}
