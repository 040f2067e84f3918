/**
 * The event quick exit fires on `window` just before the page goes: anything holding a
 * person's answers in memory (the self-check island) listens for it and wipes them.
 */
export const quickExitEvent = 'shenjat:quick-exit';
