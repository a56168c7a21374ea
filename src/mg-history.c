/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-history"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-history.h"

/* Every distinct snapshot a feed delivered, kept as the user's record of
 * the count: $XDG_DATA_HOME/matganana/history/HASH/ (HASH from the feed's
 * URI) holds one gzip file per snapshot, named for when it was fetched and
 * for its content,
 *
 *   USEC-SUM.json.gz    USEC: microseconds since 1970, fetched, 16 digits
 *                       SUM: the first 16 hex digits of the body's SHA-256
 *
 * and uri.txt naming the feed. Names sort in time. A snapshot the same as
 * the one before it is not stored again. Each file is written whole and
 * renamed into place, so a crash leaves the snapshots already stored and
 * no half file under a snapshot's name. Past the size limit the oldest half
 * is thinned evenly, never the first or the last snapshot. A file that
 * cannot be read back (truncated, not gzip) is skipped with a warning.
 *
 * A folder of snapshot files opens as the same history, read only: a
 * count recorded elsewhere, each regular file a feed (or a results CSV)
 * as it stood, in name order. Its times are the feed's own, else the
 * file's; nothing is ever written there. */

#define SUM_DIGITS  16
#define SUFFIX      ".json.gz"

struct _MgHistory
{
  char      *uri;      /* NULL for a folder of snapshot files */
  char      *dir;
  guint64    limit;
  gboolean   read_only;
  GPtrArray *entries;  /* MgHistoryEntry, oldest first (a folder's in name order) */
  GPtrArray *skipped;  /* GError, a folder's files that are not feeds */
};

static void
entry_free (MgHistoryEntry *entry)
{
  g_free (entry->path);
  g_free (entry->sum);
  g_clear_pointer (&entry->fetched, g_date_time_unref);
  g_free (entry);
}

/* USEC-SUM.json.gz, or NULL when @name is not a snapshot's. */
static MgHistoryEntry *
entry_from_name (const char *dir,
                 const char *name)
{
  g_autofree char *usec_text = NULL;
  const char *dash = strchr (name, '-');
  MgHistoryEntry *entry;
  char *end = NULL;
  gint64 usec;
  GStatBuf st;

  if (dash == NULL || !g_str_has_suffix (name, SUFFIX) ||
      strlen (dash + 1) != SUM_DIGITS + strlen (SUFFIX))
    return NULL;
  usec_text = g_strndup (name, (gsize) (dash - name));
  usec = g_ascii_strtoll (usec_text, &end, 10);
  if (end == NULL || *end != '\0' || usec <= 0)
    return NULL;

  entry = g_new0 (MgHistoryEntry, 1);
  entry->path = g_build_filename (dir, name, NULL);
  entry->sum = g_strndup (dash + 1, SUM_DIGITS);
  entry->fetched = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  if (entry->fetched != NULL)
    {
      GDateTime *exact = g_date_time_add (entry->fetched, usec % G_USEC_PER_SEC);

      g_date_time_unref (entry->fetched);
      entry->fetched = exact;
    }
  entry->size = g_stat (entry->path, &st) == 0 ? (guint64) st.st_size : 0;
  if (entry->fetched == NULL)
    {
      entry_free (entry);
      return NULL;
    }
  return entry;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const MgHistoryEntry *x = *(MgHistoryEntry **) a, *y = *(MgHistoryEntry **) b;

  return strcmp (x->path, y->path);
}

static void
scan (MgHistory *self)
{
  g_autoptr (GDir) dir = g_dir_open (self->dir, 0, NULL);
  const char *name;

  g_ptr_array_set_size (self->entries, 0);
  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      MgHistoryEntry *entry = entry_from_name (self->dir, name);

      if (entry != NULL)
        g_ptr_array_add (self->entries, entry);
    }
  g_ptr_array_sort (self->entries, compare_entries);
}

/**
 * mg_history_dup_dir:
 *
 * Returns: (transfer full): the folder @uri's snapshots are kept in
 */
char *
mg_history_dup_dir (const char *uri)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);

  return g_build_filename (g_get_user_data_dir (), "matganana", "history", hash, NULL);
}

/**
 * mg_history_open:
 * @limit: the most bytes to keep, 0 for no limit
 *
 * Returns: (transfer full): @uri's history, read from its folder (which
 *   need not exist yet)
 */
MgHistory *
mg_history_open (const char *uri,
                 guint64     limit)
{
  MgHistory *self = g_new0 (MgHistory, 1);

  g_return_val_if_fail (uri != NULL, NULL);

  self->uri = g_strdup (uri);
  self->dir = mg_history_dup_dir (uri);
  self->limit = limit;
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  scan (self);
  return self;
}

/* @path read whole, within the feed's size limit, or NULL with @error set
 * naming it. */
static GBytes *
load_file (const char *path,
           GError    **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) local_error = NULL;
  g_autofree char *name = g_filename_display_name (path);
  GBytes *bytes = mg_feed_loader_load (file, NULL, &local_error);

  if (bytes != NULL)
    return bytes;
  /* GIO's messages name the file already; the size limit's does not. */
  if (strstr (local_error->message, name) != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
  return NULL;
}

/* Snapshot file @path, read and checked as a feed: its time is the feed's
 * own, else when the file was last written. */
static MgHistoryEntry *
entry_from_file (const char *path,
                 GError    **error)
{
  g_autoptr (GBytes) bytes = load_file (path, error);
  g_autoptr (MgElection) election = NULL;
  g_autoptr (GError) parse_error = NULL;
  MgHistoryEntry *entry;
  GDateTime *updated;

  if (bytes == NULL)
    return NULL;
  election = mg_feed_parse_named (bytes, path, NULL, NULL, &parse_error);
  if (election == NULL)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, parse_error->domain, parse_error->code, "%s: %s", name, parse_error->message);
      return NULL;
    }

  entry = g_new0 (MgHistoryEntry, 1);
  entry->path = g_strdup (path);
  entry->size = g_bytes_get_size (bytes);
  updated = mg_election_get_updated (election);
  if (updated != NULL)
    entry->fetched = g_date_time_to_utc (updated);
  else
    {
      GStatBuf st;

      entry->fetched = g_date_time_new_from_unix_utc (g_stat (path, &st) == 0 ? (gint64) st.st_mtime : 0);
    }
  return entry;
}

typedef struct {
  char *key;   /* for sorting as a file manager does: "2" before "10" */
  char *name;
} FolderName;

static void
folder_name_clear (FolderName *item)
{
  g_free (item->key);
  g_free (item->name);
}

static int
compare_folder_names (gconstpointer a,
                      gconstpointer b)
{
  const FolderName *x = a, *y = b;
  int order = strcmp (x->key, y->key);

  return order != 0 ? order : strcmp (x->name, y->name);
}

/* The names in @path that may be snapshots, in name order: hidden files
 * are not. */
static GArray *
list_folder (const char *path,
             GError    **error)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, error);
  g_autoptr (GArray) names = NULL;
  const char *name;

  if (dir == NULL)
    return NULL;
  names = g_array_new (FALSE, FALSE, sizeof (FolderName));
  g_array_set_clear_func (names, (GDestroyNotify) folder_name_clear);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *display = NULL;
      FolderName item;

      if (name[0] == '.')
        continue;
      display = g_filename_display_name (name);
      item.key = g_utf8_collate_key_for_filename (display, -1);
      item.name = g_strdup (name);
      g_array_append_val (names, item);
    }
  g_array_sort (names, compare_folder_names);
  return g_steal_pointer (&names);
}

/**
 * mg_history_open_folder:
 * @path: a folder of snapshot files
 *
 * Opens a recorded count: each regular file in @path, in name order, is a
 * snapshot, a feed or a results CSV as it stood, its time the feed's
 * `updated` or else the file's. A file that is not a feed is skipped, and
 * mg_history_get_skipped() says why. Nothing is written to the folder:
 * mg_history_add() refuses.
 *
 * Returns: (transfer full) (nullable): the folder's history, or %NULL with
 *   @error set when the folder cannot be read or holds no feed
 */
MgHistory *
mg_history_open_folder (const char  *path,
                        GError     **error)
{
  g_autoptr (MgHistory) self = NULL;
  g_autoptr (GArray) names = NULL;
  g_autofree char *display = NULL;
  guint n_files = 0;

  g_return_val_if_fail (path != NULL, NULL);

  names = list_folder (path, error);
  if (names == NULL)
    return NULL;
  self = g_new0 (MgHistory, 1);
  self->dir = g_strdup (path);
  self->read_only = TRUE;
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file_path = g_build_filename (path, g_array_index (names, FolderName, i).name, NULL);
      GError *local_error = NULL;
      MgHistoryEntry *entry;

      /* Folders within, and whatever else is not a file, are no snapshots. */
      if (!g_file_test (file_path, G_FILE_TEST_IS_REGULAR))
        continue;
      n_files++;
      entry = entry_from_file (file_path, &local_error);
      if (entry != NULL)
        g_ptr_array_add (self->entries, entry);
      else
        g_ptr_array_add (self->skipped, local_error);
    }
  if (self->entries->len > 0)
    return g_steal_pointer (&self);

  display = g_filename_display_name (path);
  if (n_files == 0)
    /* TRANSLATORS: a folder opened as a recorded count holds no files; the folder */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s: no snapshot files in this folder"), display);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 /* TRANSLATORS: no file of a folder opened as a recorded count is a
                  * feed: the folder, the number of files, the first file and why */
                 g_dngettext (GETTEXT_PACKAGE, "%s: the %u file in this folder is not a feed: %s",
                              "%s: none of the %u files in this folder is a feed; the first: %s", n_files),
                 display, n_files, ((GError *) g_ptr_array_index (self->skipped, 0))->message);
  return NULL;
}

void
mg_history_free (MgHistory *self)
{
  if (self == NULL)
    return;
  g_free (self->uri);
  g_free (self->dir);
  g_ptr_array_unref (self->entries);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  g_free (self);
}

/* Whether it is a folder of snapshot files, which nothing is added to. */
gboolean
mg_history_is_read_only (MgHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->read_only;
}

/**
 * mg_history_get_skipped:
 *
 * Returns: (transfer none) (nullable) (element-type GError): why each file
 *   of a folder that is not a feed was skipped, each naming its file;
 *   %NULL for a feed's stored history
 */
GPtrArray *
mg_history_get_skipped (MgHistory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->skipped;
}

guint
mg_history_get_n_entries (MgHistory *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->entries->len;
}

/* Returns: (transfer none): snapshot @index, the oldest first */
const MgHistoryEntry *
mg_history_get_entry (MgHistory *self,
                      guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, index);
}

static GBytes *
convert (GConverter *converter,
         GBytes     *input,
         GError    **error)
{
  g_autoptr (GInputStream) memory = g_memory_input_stream_new_from_bytes (input);
  g_autoptr (GInputStream) stream = g_converter_input_stream_new (memory, converter);
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (out, stream,
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL,
                              error) < 0)
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* Past the limit, the snapshot closest in time to the one before it goes,
 * again and again: the history thins evenly; the first and the last stay. */
static void
thin (MgHistory *self)
{
  guint64 total = 0;

  if (self->limit == 0)
    return;
  for (guint i = 0; i < self->entries->len; i++)
    total += ((MgHistoryEntry *) g_ptr_array_index (self->entries, i))->size;
  while (total > self->limit && self->entries->len > 2)
    {
      guint victim = 1;
      GTimeSpan best = G_MAXINT64;

      for (guint i = 1; i + 1 < self->entries->len; i++)
        {
          MgHistoryEntry *before = g_ptr_array_index (self->entries, i - 1);
          MgHistoryEntry *entry = g_ptr_array_index (self->entries, i);
          GTimeSpan gap = g_date_time_difference (entry->fetched, before->fetched);

          if (gap < best)
            {
              best = gap;
              victim = i;
            }
        }
      {
        MgHistoryEntry *entry = g_ptr_array_index (self->entries, victim);

        if (g_unlink (entry->path) != 0 && errno != ENOENT)
          {
            g_warning ("Could not thin the history: %s: %s", entry->path, g_strerror (errno));
            return;
          }
        total -= entry->size;
        g_ptr_array_remove_index (self->entries, victim);
      }
    }
}

/**
 * mg_history_set_limit:
 * @limit: the most bytes to keep, 0 for no limit
 *
 * Keeps at most @limit bytes from now on, thinning the history at once
 * when it holds more.
 */
void
mg_history_set_limit (MgHistory *self,
                      guint64    limit)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->read_only);

  self->limit = limit;
  thin (self);
}

/**
 * mg_history_add:
 * @body: a snapshot of the feed, already found valid
 * @fetched: when it was fetched
 * @added: (out) (optional): whether it was stored, %FALSE when it is the
 *   same as the last snapshot stored
 *
 * Keeps @body, compressed and written atomically, unless it is the same
 * as the snapshot before it.
 *
 * Returns: %FALSE with @error set when it could not be stored
 */
gboolean
mg_history_add (MgHistory  *self,
                GBytes     *body,
                GDateTime  *fetched,
                gboolean   *added,
                GError    **error)
{
  g_autofree char *checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, body);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri_path = NULL;
  g_autoptr (GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr (GBytes) packed = NULL;
  MgHistoryEntry *entry;
  gsize length;
  const char *data;

  g_return_val_if_fail (self != NULL, FALSE);

  if (added != NULL)
    *added = FALSE;
  if (self->read_only)
    {
      /* TRANSLATORS: a folder opened as a recorded count is never written to */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY, _("%s: a folder of snapshot files is read only"),
                   self->dir);
      return FALSE;
    }
  if (self->entries->len > 0)
    {
      MgHistoryEntry *last = g_ptr_array_index (self->entries, self->entries->len - 1);

      if (strncmp (last->sum, checksum, SUM_DIGITS) == 0)
        return TRUE;
    }

  if (g_mkdir_with_parents (self->dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("cannot create %s: %s"), self->dir,
                   g_strerror (saved));
      return FALSE;
    }
  uri_path = g_build_filename (self->dir, "uri.txt", NULL);
  if (!g_file_test (uri_path, G_FILE_TEST_EXISTS) &&
      !g_file_set_contents_full (uri_path, self->uri, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  packed = convert (G_CONVERTER (compressor), body, error);
  if (packed == NULL)
    return FALSE;
  name = g_strdup_printf ("%016" G_GINT64_FORMAT "-%.*s" SUFFIX,
                          g_date_time_to_unix (fetched) * G_USEC_PER_SEC + g_date_time_get_microsecond (fetched),
                          SUM_DIGITS, checksum);
  path = g_build_filename (self->dir, name, NULL);
  data = g_bytes_get_data (packed, &length);
  if (!g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  entry = entry_from_name (self->dir, name);
  if (entry != NULL)
    {
      g_ptr_array_add (self->entries, entry);
      g_ptr_array_sort (self->entries, compare_entries);
    }
  if (added != NULL)
    *added = TRUE;
  thin (self);
  return TRUE;
}

/**
 * mg_history_load:
 *
 * Returns: (transfer full) (nullable): snapshot @index as it was fetched
 *   (a folder's: its file as it is); %NULL with @error set when its file
 *   cannot be read back
 */
GBytes *
mg_history_load (MgHistory *self,
                 guint      index,
                 GError   **error)
{
  const MgHistoryEntry *entry = mg_history_get_entry (self, index);
  g_autoptr (GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr (GBytes) packed = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autofree char *checksum = NULL;
  g_autoptr (GError) local_error = NULL;
  char *data;
  gsize length;

  if (entry == NULL)
    return NULL;
  if (self->read_only)
    return load_file (entry->path, error);
  if (!g_file_get_contents (entry->path, &data, &length, error))
    return NULL;
  packed = g_bytes_new_take (data, length);
  body = convert (G_CONVERTER (decompressor), packed, &local_error);
  if (body == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: %s", entry->path, local_error->message);
      return NULL;
    }
  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, body);
  if (strncmp (checksum, entry->sum, SUM_DIGITS) != 0)
    {
      /* TRANSLATORS: a stored snapshot whose content is not what its name says */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: damaged, its content does not match its name"), entry->path);
      return NULL;
    }
  return g_steal_pointer (&body);
}

/**
 * mg_history_find_at:
 * @when: a time
 *
 * Returns: the index of the last snapshot fetched at or before @when (in
 *   a folder, the last in name order of those of that time or earlier),
 *   or -1 when every snapshot is later
 */
int
mg_history_find_at (MgHistory *self,
                    GDateTime *when)
{
  int found = -1;

  g_return_val_if_fail (self != NULL, -1);
  for (guint i = 0; i < self->entries->len; i++)
    {
      MgHistoryEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_date_time_compare (entry->fetched, when) <= 0)
        found = (int) i;
    }
  return found;
}
