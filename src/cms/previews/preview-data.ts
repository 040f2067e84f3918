import type { Locale } from '../../i18n/locales.ts';
import type { Hotline } from '../../schemas/hotline.ts';

/** What previews look up that an entry only names: the hotlines, as the site was built. */
export interface PreviewData {
  hotlines: Array<{ id: string; data: Hotline }>;
  /** The hotline ids the site shows on every page, in order (`content/settings/site.yaml`). */
  primaryContacts: string[];
  /** Where "Exit quickly" goes in each language, and the event it fires (from the server: the CMS bundles no quick-exit module). */
  quickExitUrl: { sq: string } & { [L in Locale]?: string | undefined };
  quickExitEvent: string;
}
