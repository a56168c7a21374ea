/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-loader"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-feed-loader.h"
#include "mg-feed-parser.h"

/* Turns a feed location (a path, file:// or resource:// URI) into bytes,
 * reading at most the format's size limit so a huge file cannot exhaust
 * memory. */

/**
 * mg_feed_loader_file_for_arg:
 * @arg: a path or URI from the command line or the settings
 * @cwd: (nullable): the directory relative paths are relative to
 *
 * Returns: (transfer full): the file
 */
GFile *
mg_feed_loader_file_for_arg (const char *arg,
                             const char *cwd)
{
  g_return_val_if_fail (arg != NULL, NULL);

  if (g_str_has_prefix (arg, "resource://"))
    return g_file_new_for_uri (arg);
  if (cwd != NULL)
    return g_file_new_for_commandline_arg_and_cwd (arg, cwd);
  return g_file_new_for_commandline_arg (arg);
}

/**
 * mg_feed_uri_is_remote:
 * @uri: a feed's address
 *
 * Whether @uri is fetched over HTTP: its scheme is http or https, in any
 * case ("HTTP://" too).
 */
gboolean
mg_feed_uri_is_remote (const char *uri)
{
  const char *scheme = uri != NULL ? g_uri_peek_scheme (uri) : NULL;

  return g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0;
}

/**
 * mg_feed_loader_dup_folder_path:
 *
 * Returns: (transfer full) (nullable): the path of @file when it is a
 *   folder on this computer (a folder of snapshot files, a recorded count),
 *   else %NULL
 */
char *
mg_feed_loader_dup_folder_path (GFile *file)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_steal_pointer (&path);
}

/**
 * mg_feed_loader_describe:
 *
 * Returns: (transfer full): how to name @file to the user: a path for local
 *   files, else the URI
 */
char *
mg_feed_loader_describe (GFile *file)
{
  char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  return path != NULL ? path : g_file_get_uri (file);
}

/**
 * mg_feed_loader_load:
 *
 * Reads @file whole, refusing one larger than %MG_FEED_MAX_BYTES without
 * reading past the limit.
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set
 */
GBytes *
mg_feed_loader_load (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GByteArray) buffer = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  uri = g_file_get_uri (file);
  if (mg_feed_uri_is_remote (uri))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("an http or https feed is fetched over the network, not read as a file"));
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  buffer = g_byte_array_new ();
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                      cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (buffer->len + (gsize) n > MG_FEED_MAX_BYTES)
        {
          g_set_error (error, MG_FEED_ERROR, MG_FEED_ERROR_TOO_LARGE,
                       _("document is larger than the %d MiB limit"),
                       MG_FEED_MAX_BYTES / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}
