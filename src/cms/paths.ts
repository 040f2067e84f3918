/** Where `/admin/` loads the prebuilt Decap CMS from: the site's own files, never a CDN. */
export const decapPublicPath = '/admin/decap/';
