// The site's only always-on script: small progressive enhancements. Everything it changes is
// already readable without it, as of the day the site was built.
import { addCopyButtons } from './copy-code.ts';
import { showLocalDeadlines, showPeopleTimes } from './local-time.ts';
import { highlightWeeks } from './calendar-rows.ts';
import { updateCards } from './oncall-cards.ts';
import { absoluteWebcal } from './webcal-links.ts';

const now = Date.now();
showLocalDeadlines(document, now);
showPeopleTimes(document, now);
highlightWeeks(document, now);
updateCards(document, now);
absoluteWebcal(document);
addCopyButtons(document);
