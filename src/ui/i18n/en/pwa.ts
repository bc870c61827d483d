/** English messages about the installed app: working offline and new versions (src/ui/UpdatePromptView.tsx). */
export const pwa = {
  'pwa.update.title': 'Update available',
  'pwa.update.detail': 'A new version of Flowbench is ready. Your work is kept when you reload.',
  'pwa.update.reload': 'Reload',
  'pwa.update.reloading': 'Reloading…',
  'pwa.update.later': 'Later',
  'pwa.offline.title': 'Ready to work offline',
  'pwa.offline.detail': 'Flowbench is now stored in this browser and opens without a network.',
  'pwa.offline.dismiss': 'OK',
} as const;
