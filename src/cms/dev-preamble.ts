/**
 * In `astro dev`, @vitejs/plugin-react makes each .tsx module check for its Fast Refresh
 * preamble, which Astro adds only to pages with an island. /admin/ has none, so this stands
 * in for it (an edit reloads the CMS instead of hot-swapping a preview). Builds skip it.
 */
if (import.meta.env.DEV) {
  Object.assign(window, {
    __vite_plugin_react_preamble_installed__: true,
    $RefreshReg$: () => undefined,
    $RefreshSig$: () => (type: unknown) => type,
  });
}
