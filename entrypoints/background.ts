import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wired up by the store issue.
});
