/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A replay server for results feeds: serves the snapshot files of a folder
 * one after another on a timer at /feed.json, with ETags and 304 answers,
 * on 127.0.0.1 — for tests, and for watching a count unfold.
 *
 *   feed-server [--port=N] [--period=SECONDS] [--tls-cert=PEM --tls-key=PEM]
 *               [--file=/PATH=FILE …] FOLDER
 *
 * It prints "Serving N snapshots at URL" and then one line per request.
 * Each --file serves FILE as it is at /PATH, typed by FILE's extension
 * (.csv as text/csv, .json as application/json, else text/plain), so a
 * results CSV can be served too, under any name. For tests it also
 * misbehaves on request: /stall never answers, /big sends 20 MiB, /loop
 * redirects to itself, /html sends a web page. */
#include "config.h"

#include <libsoup/soup.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  GPtrArray  *snapshots;  /* GBytes */
  GPtrArray  *etags;      /* char * */
  guint       current;
  GHashTable *files;      /* a path served → ServedFile */
} Replay;

typedef struct {
  GBytes     *body;
  const char *content_type;
} ServedFile;

static void
served_file_free (gpointer data)
{
  ServedFile *file = data;

  g_bytes_unref (file->body);
  g_free (file);
}

/* "/PATH=FILE" of --file, into @replay's files. */
static gboolean
add_files (Replay  *replay,
           char   **specs,
           GError **error)
{
  replay->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, served_file_free);
  for (guint i = 0; specs != NULL && specs[i] != NULL; i++)
    {
      const char *equals = strchr (specs[i], '=');
      ServedFile *file;
      char *data;
      gsize length;

      if (specs[i][0] != '/' || equals == NULL || equals[1] == '\0')
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "--file takes /PATH=FILE, not “%s”", specs[i]);
          return FALSE;
        }
      if (!g_file_get_contents (equals + 1, &data, &length, error))
        return FALSE;
      file = g_new0 (ServedFile, 1);
      file->body = g_bytes_new_take (data, length);
      file->content_type = g_str_has_suffix (equals + 1, ".csv")    ? "text/csv; charset=utf-8"
                           : g_str_has_suffix (equals + 1, ".json") ? "application/json"
                                                                    : "text/plain; charset=utf-8";
      g_hash_table_insert (replay->files, g_strndup (specs[i], (gsize) (equals - specs[i])), file);
    }
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
load_folder (Replay      *replay,
             const char  *folder,
             GError     **error)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  if (names->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no .json snapshots in %s", folder);
      return FALSE;
    }

  replay->snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  replay->etags = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      char *data;
      gsize length;
      GBytes *bytes;
      g_autofree char *hash = NULL;

      if (!g_file_get_contents (path, &data, &length, error))
        return FALSE;
      bytes = g_bytes_new_take (data, length);
      hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA1, bytes);
      g_ptr_array_add (replay->snapshots, bytes);
      g_ptr_array_add (replay->etags, g_strdup_printf ("\"%.16s\"", hash));
    }
  return TRUE;
}

static gboolean
advance (gpointer user_data)
{
  Replay *replay = user_data;

  if (replay->current + 1 < replay->snapshots->len)
    {
      replay->current++;
      g_print ("now serving snapshot %u of %u\n", replay->current + 1, replay->snapshots->len);
    }
  return G_SOURCE_CONTINUE;
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Replay *replay = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);
  const char *if_none_match = soup_message_headers_get_one (request, "If-None-Match");
  ServedFile *file = g_hash_table_lookup (replay->files, path);
  guint status;

  if (file != NULL)
    {
      gsize length;
      const char *data = g_bytes_get_data (file->body, &length);

      status = SOUP_STATUS_OK;
      soup_server_message_set_status (msg, status, NULL);
      soup_server_message_set_response (msg, file->content_type, SOUP_MEMORY_COPY, data, length);
    }
  else if (g_str_equal (path, "/feed.json"))
    {
      GBytes *body = g_ptr_array_index (replay->snapshots, replay->current);
      const char *etag = g_ptr_array_index (replay->etags, replay->current);

      soup_message_headers_replace (response, "ETag", etag);
      soup_message_headers_replace (response, "Cache-Control", "no-cache");
      if (g_strcmp0 (if_none_match, etag) == 0)
        status = SOUP_STATUS_NOT_MODIFIED;
      else
        {
          gsize length;
          const char *data = g_bytes_get_data (body, &length);

          status = SOUP_STATUS_OK;
          soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, data, length);
        }
      soup_server_message_set_status (msg, status, NULL);
    }
  else if (g_str_equal (path, "/stall"))
    {
      soup_server_message_pause (msg);
      status = 0;
    }
  else if (g_str_equal (path, "/big"))
    {
      SoupMessageBody *body = soup_server_message_get_response_body (msg);

      soup_message_headers_set_encoding (response, SOUP_ENCODING_CHUNKED);
      for (guint i = 0; i < 20; i++)
        {
          char *chunk = g_malloc (1024 * 1024);

          memset (chunk, ' ', 1024 * 1024);
          soup_message_body_append (body, SOUP_MEMORY_TAKE, chunk, 1024 * 1024);
        }
      soup_message_body_complete (body);
      status = SOUP_STATUS_OK;
      soup_server_message_set_status (msg, status, NULL);
    }
  else if (g_str_equal (path, "/loop"))
    {
      status = SOUP_STATUS_FOUND;
      soup_server_message_set_redirect (msg, status, "/loop");
    }
  else if (g_str_equal (path, "/html"))
    {
      static const char page[] = "<!DOCTYPE html><html><body>Election results</body></html>\n";

      status = SOUP_STATUS_OK;
      soup_server_message_set_status (msg, status, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else
    {
      status = SOUP_STATUS_NOT_FOUND;
      soup_server_message_set_status (msg, status, NULL);
    }

  g_print ("%s %s%s%s -> %u\n", soup_server_message_get_method (msg), path,
           if_none_match != NULL ? " If-None-Match: " : "",
           if_none_match != NULL ? if_none_match : "", status);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GOptionContext) context = g_option_context_new ("FOLDER");
  g_autoptr (GError) error = NULL;
  g_autoptr (SoupServer) server = NULL;
  g_autofree char *cert = NULL, *key = NULL;
  g_auto (GStrv) files = NULL;
  int port = 0, period = 30;
  Replay replay = { 0 };
  GSList *uris;
  GOptionEntry entries[] = {
    { "port", 'p', 0, G_OPTION_ARG_INT, &port, "Port on 127.0.0.1 (default: any free one)", "N" },
    { "period", 0, 0, G_OPTION_ARG_INT, &period, "Seconds per snapshot (default 30)", "SECONDS" },
    { "tls-cert", 0, 0, G_OPTION_ARG_FILENAME, &cert, "Serve https with this certificate", "PEM" },
    { "tls-key", 0, 0, G_OPTION_ARG_FILENAME, &key, "The certificate's private key", "PEM" },
    { "file", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, "Serve FILE at /PATH too", "/PATH=FILE" },
    { NULL }
  };

  setvbuf (stdout, NULL, _IOLBF, 0);
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Serves a folder of feed snapshots one after another.");
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || period < 1)
    {
      g_printerr ("feed-server: %s\n", error != NULL ? error->message : "give one FOLDER of snapshots");
      return 2;
    }
  if (!load_folder (&replay, argv[1], &error) || !add_files (&replay, files, &error))
    {
      g_printerr ("feed-server: %s\n", error->message);
      return 1;
    }

  if (cert != NULL)
    {
      g_autoptr (GTlsCertificate) certificate = g_tls_certificate_new_from_files (cert, key, &error);

      if (certificate == NULL)
        {
          g_printerr ("feed-server: %s\n", error->message);
          return 1;
        }
      server = soup_server_new ("tls-certificate", certificate, NULL);
    }
  else
    {
      server = soup_server_new (NULL, NULL);
    }

  soup_server_add_handler (server, NULL, handle, &replay, NULL);
  if (!soup_server_listen_local (server, port, SOUP_SERVER_LISTEN_IPV4_ONLY |
                                                 (cert != NULL ? SOUP_SERVER_LISTEN_HTTPS : 0),
                                 &error))
    {
      g_printerr ("feed-server: %s\n", error->message);
      return 1;
    }
  uris = soup_server_get_uris (server);
  {
    g_autofree char *base = g_uri_to_string (uris->data);

    g_print ("Serving %u snapshots at %sfeed.json, the next every %d s\n",
             replay.snapshots->len, base, period);
  }
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_timeout_add_seconds ((guint) period, advance, &replay);
  g_main_loop_run (g_main_loop_new (NULL, FALSE));
  return 0;
}
