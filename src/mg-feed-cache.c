/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-cache"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mg-feed-cache.h"

/* $XDG_CACHE_HOME/matganana/HASH.json holds the feed as it came, and
 * HASH.meta (a key file) its URI, validators and when it was fetched. Both
 * are written atomically (a temporary file renamed over the old one), the
 * body first, so a crash leaves the old pair or a body the meta does not
 * describe yet — which loading then refuses. */

#define GROUP "Feed"

static char *
path_for (const char *uri,
          const char *extension)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  g_autofree char *name = g_strconcat (hash, extension, NULL);

  return g_build_filename (g_get_user_cache_dir (), "matganana", name, NULL);
}

void
mg_feed_cache_entry_free (MgFeedCacheEntry *entry)
{
  if (entry == NULL)
    return;
  g_clear_pointer (&entry->body, g_bytes_unref);
  g_free (entry->etag);
  g_free (entry->last_modified);
  g_clear_pointer (&entry->fetched, g_date_time_unref);
  g_free (entry);
}

/**
 * mg_feed_cache_load:
 *
 * Returns: (transfer full) (nullable): the entry; %NULL without an error
 *   when there is none, %NULL with @error set when it is unreadable
 */
MgFeedCacheEntry *
mg_feed_cache_load (const char  *uri,
                    GError     **error)
{
  g_autofree char *meta_path = path_for (uri, ".meta");
  g_autofree char *body_path = path_for (uri, ".json");
  g_autoptr (GKeyFile) meta = g_key_file_new ();
  g_autoptr (MgFeedCacheEntry) entry = g_new0 (MgFeedCacheEntry, 1);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *stored_uri = NULL;
  g_autofree char *fetched = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *stored_checksum = NULL;
  char *data = NULL;
  gsize length;

  if (!g_file_test (meta_path, G_FILE_TEST_EXISTS))
    return NULL;

  if (!g_key_file_load_from_file (meta, meta_path, G_KEY_FILE_NONE, &local_error) ||
      (stored_uri = g_key_file_get_string (meta, GROUP, "URI", &local_error)) == NULL ||
      (fetched = g_key_file_get_string (meta, GROUP, "Fetched", &local_error)) == NULL ||
      (stored_checksum = g_key_file_get_string (meta, GROUP, "SHA256", &local_error)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s is unreadable: %s"),
                   meta_path, local_error->message);
      return NULL;
    }
  if (g_strcmp0 (stored_uri, uri) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s belongs to another feed"),
                   meta_path);
      return NULL;
    }
  if (!g_file_get_contents (body_path, &data, &length, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s is unreadable: %s"),
                   body_path, local_error->message);
      return NULL;
    }
  entry->body = g_bytes_new_take (data, length);

  /* A body that is not the one the meta describes is refused. */
  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, entry->body);
  entry->fetched = g_date_time_new_from_iso8601 (fetched, NULL);
  if (g_strcmp0 (checksum, stored_checksum) != 0 || entry->fetched == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s does not match its description"), body_path);
      return NULL;
    }
  entry->etag = g_key_file_get_string (meta, GROUP, "ETag", NULL);
  entry->last_modified = g_key_file_get_string (meta, GROUP, "LastModified", NULL);

  return g_steal_pointer (&entry);
}

static gboolean
write_meta (const char  *uri,
            const char  *checksum,
            const char  *etag,
            const char  *last_modified,
            GDateTime   *fetched,
            GError     **error)
{
  g_autofree char *meta_path = path_for (uri, ".meta");
  g_autoptr (GKeyFile) meta = g_key_file_new ();
  g_autofree char *when = g_date_time_format_iso8601 (fetched);
  g_autofree char *text = NULL;

  g_key_file_set_string (meta, GROUP, "URI", uri);
  g_key_file_set_string (meta, GROUP, "Fetched", when);
  g_key_file_set_string (meta, GROUP, "SHA256", checksum);
  if (etag != NULL)
    g_key_file_set_string (meta, GROUP, "ETag", etag);
  if (last_modified != NULL)
    g_key_file_set_string (meta, GROUP, "LastModified", last_modified);

  text = g_key_file_to_data (meta, NULL, NULL);
  return g_file_set_contents_full (meta_path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                   error);
}

/**
 * mg_feed_cache_save:
 *
 * Keeps @body as the last good feed of @uri, atomically.
 */
gboolean
mg_feed_cache_save (const char  *uri,
                    GBytes      *body,
                    const char  *etag,
                    const char  *last_modified,
                    GDateTime   *fetched,
                    GError     **error)
{
  g_autofree char *body_path = path_for (uri, ".json");
  g_autofree char *dir = g_path_get_dirname (body_path);
  g_autofree char *checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, body);
  gsize length;
  const char *data = g_bytes_get_data (body, &length);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("cannot create %s: %s"),
                   dir, g_strerror (saved));
      return FALSE;
    }
  if (!g_file_set_contents_full (body_path, data != NULL ? data : "", (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  return write_meta (uri, checksum, etag, last_modified, fetched, error);
}

/**
 * mg_feed_cache_touch:
 *
 * Records that the cached feed of @uri was confirmed unchanged at @checked.
 */
gboolean
mg_feed_cache_touch (const char  *uri,
                     GDateTime   *checked,
                     GError     **error)
{
  g_autoptr (MgFeedCacheEntry) entry = mg_feed_cache_load (uri, error);
  g_autofree char *checksum = NULL;

  if (entry == NULL)
    return FALSE;
  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, entry->body);
  return write_meta (uri, checksum, entry->etag, entry->last_modified, checked, error);
}
