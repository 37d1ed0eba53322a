// The site's only always-on script: small progressive enhancements. Everything it changes is
// already readable without it.
import { showLocalDeadlines } from './local-time.ts';

showLocalDeadlines(document, Date.now());
