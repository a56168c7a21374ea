/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The last good feed of one URI, as kept in the user's cache directory. */
typedef struct {
  GBytes    *body;
  char      *etag;
  char      *last_modified;
  GDateTime *fetched;
} MgFeedCacheEntry;

MgFeedCacheEntry *mg_feed_cache_load       (const char        *uri,
                                            GError           **error);
gboolean          mg_feed_cache_save       (const char        *uri,
                                            GBytes            *body,
                                            const char        *etag,
                                            const char        *last_modified,
                                            GDateTime         *fetched,
                                            GError           **error);
gboolean          mg_feed_cache_touch      (const char        *uri,
                                            GDateTime         *checked,
                                            GError           **error);
void              mg_feed_cache_entry_free (MgFeedCacheEntry  *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgFeedCacheEntry, mg_feed_cache_entry_free)

G_END_DECLS
