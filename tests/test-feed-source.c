/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The feed source against a real SoupServer on 127.0.0.1, run in its own
 * thread and main context, answering each path in its own bad way. */
#include "config.h"

#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "mg-election.h"
#include "mg-feed-cache.h"
#include "mg-feed-source-private.h"
#include "mg-history.h"
#include "mg-http.h"
#include "mg-state-result.h"
#include "mg-test-util.h"

#define FEED(won) \
  "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [{\"id\": \"s\", " \
  "\"name\": \"S\", \"seats\": 100, \"parties\": [{\"id\": \"p\", \"name\": \"P\", " \
  "\"won\": " #won ", \"leading\": 0}]}]}"

typedef struct {
  GMainContext *context;
  GMainLoop    *loop;
  GThread      *thread;
  SoupServer   *server;
  GUri         *base;
  GMutex        lock;
  GCond         ready;
  gboolean      running;
  /* What the handler saw and serves; under lock. */
  char         *body;
  char         *etag;
  char         *last_if_none_match;
  guint         requests;
  guint         not_modified;
} Server;

static Server server;

static void
handle (SoupServer        *soup_server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);
  const char *if_none_match = soup_message_headers_get_one (request, "If-None-Match");

  g_mutex_lock (&server.lock);
  server.requests++;
  g_free (server.last_if_none_match);
  server.last_if_none_match = g_strdup (if_none_match);
  g_mutex_unlock (&server.lock);

  if (g_str_equal (path, "/feed"))
    {
      g_mutex_lock (&server.lock);
      soup_message_headers_replace (response, "ETag", server.etag);
      if (g_strcmp0 (if_none_match, server.etag) == 0)
        {
          server.not_modified++;
          soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
        }
      else
        {
          soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
          soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                            server.body, strlen (server.body));
        }
      g_mutex_unlock (&server.lock);
    }
  else if (g_str_equal (path, "/500"))
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
  else if (g_str_equal (path, "/503"))
    {
      soup_message_headers_replace (response, "Retry-After", "42");
      soup_server_message_set_status (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
    }
  else if (g_str_equal (path, "/stall"))
    soup_server_message_pause (msg); /* and never answer */
  else if (g_str_equal (path, "/big"))
    {
      /* 20 MiB announced by length: refused before the body is read. */
      gsize size = 20 * 1024 * 1024;
      char *data = g_malloc (size);

      memset (data, ' ', size);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, data, size);
    }
  else if (g_str_equal (path, "/big-chunked"))
    {
      /* 20 MiB with no length: refused as soon as 8 MiB have come. */
      SoupMessageBody *body = soup_server_message_get_response_body (msg);

      soup_message_headers_set_encoding (response, SOUP_ENCODING_CHUNKED);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      for (guint i = 0; i < 20; i++)
        {
          char *chunk = g_malloc (1024 * 1024);

          memset (chunk, ' ', 1024 * 1024);
          soup_message_body_append (body, SOUP_MEMORY_TAKE, chunk, 1024 * 1024);
        }
      soup_message_body_complete (body);
    }
  else if (g_str_equal (path, "/loop"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
  else if (g_str_equal (path, "/html"))
    {
      static const char page[] = "<!DOCTYPE html><html><body>Results</body></html>";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else if (g_str_equal (path, "/invalid"))
    {
      static const char junk[] = "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC, junk,
                                        strlen (junk));
    }
  else if (g_str_equal (path, "/gzip"))
    {
      g_autoptr (GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
      static const char feed[] = FEED (77);
      guint8 out[4096];
      gsize read = 0, written = 0;

      g_converter_convert (G_CONVERTER (compressor), feed, strlen (feed), out, sizeof out,
                           G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
      soup_message_headers_replace (response, "Content-Encoding", "gzip");
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, (char *) out,
                                        written);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static gpointer
server_thread (gpointer data)
{
  g_autoptr (GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (server.context);
  server.server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server.server, NULL, handle, NULL, NULL);
  soup_server_listen_local (server.server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server.server);
  server.base = g_uri_ref (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_mutex_lock (&server.lock);
  server.running = TRUE;
  g_cond_signal (&server.ready);
  g_mutex_unlock (&server.lock);

  g_main_loop_run (server.loop);
  g_clear_object (&server.server);
  g_main_context_pop_thread_default (server.context);
  return NULL;
}

static void
server_start (void)
{
  g_mutex_init (&server.lock);
  g_cond_init (&server.ready);
  server.context = g_main_context_new ();
  server.loop = g_main_loop_new (server.context, FALSE);
  server.body = g_strdup (FEED (10));
  server.etag = g_strdup ("\"v1\"");
  server.thread = g_thread_new ("server", server_thread, NULL);
  g_mutex_lock (&server.lock);
  while (!server.running)
    g_cond_wait (&server.ready, &server.lock);
  g_mutex_unlock (&server.lock);
}

static void
server_set (const char *body,
            const char *etag)
{
  g_mutex_lock (&server.lock);
  g_free (server.body);
  server.body = g_strdup (body);
  g_free (server.etag);
  server.etag = g_strdup (etag);
  g_mutex_unlock (&server.lock);
}

static char *
url (const char *path)
{
  return g_strdup_printf ("http://127.0.0.1:%d%s", g_uri_get_port (server.base), path);
}

/* Collected from the source's signals. */
typedef struct {
  guint       updates;
  guint       last_won;
  gboolean    done;
} Seen;

static void
on_updated (MgFeedSource *source,
            MgElection   *election,
            Seen         *seen)
{
  MgStateResult *state = mg_election_get_state (election, 0);

  seen->updates++;
  seen->last_won = mg_state_result_get_decided (state);
}

static gboolean
not_loading (gpointer data)
{
  return !mg_feed_source_get_loading (MG_FEED_SOURCE (data));
}

static MgFeedSource *
follow (const char *path,
        Seen       *seen)
{
  MgFeedSource *source = mg_feed_source_new (NULL);
  g_autofree char *address = url (path);

  mg_feed_source_set_timeout (source, 2);
  g_signal_connect (source, "updated", G_CALLBACK (on_updated), seen);
  mg_feed_source_set_uri (source, address);
  mg_test_wait_for (not_loading, source);
  return source;
}

static void
reset_cache (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "matganana", NULL);
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
}

/* 200, then 304 with the validator sent and no parse; then a change. */
static void
test_conditional (void)
{
  Seen seen = { 0 };
  g_autoptr (MgFeedSource) source = NULL;
  guint parses;

  reset_cache ();
  server_set (FEED (10), "\"v1\"");
  source = follow ("/feed", &seen);
  g_assert_null (mg_feed_source_get_error (source));
  g_assert_cmpuint (seen.updates, ==, 1);
  g_assert_cmpuint (seen.last_won, ==, 10);
  g_assert_false (mg_feed_source_get_stale (source));
  g_assert_cmpuint (mg_feed_source_get_next_delay (source), ==, MG_FEED_DEFAULT_INTERVAL);
  parses = mg_feed_source_get_n_parses (source);

  mg_feed_source_refresh (source);
  mg_test_wait_for (not_loading, source);
  g_mutex_lock (&server.lock);
  g_assert_cmpstr (server.last_if_none_match, ==, "\"v1\"");
  g_assert_cmpuint (server.not_modified, >=, 1);
  g_mutex_unlock (&server.lock);
  g_assert_cmpuint (seen.updates, ==, 1);
  g_assert_cmpuint (mg_feed_source_get_n_parses (source), ==, parses);

  server_set (FEED (20), "\"v2\"");
  mg_feed_source_refresh (source);
  mg_test_wait_for (not_loading, source);
  g_assert_cmpuint (seen.updates, ==, 2);
  g_assert_cmpuint (seen.last_won, ==, 20);
}

typedef struct {
  const char *path;
  int         code;
  const char *message;
} Bad;

/* Each bad answer: the right error, nothing passed on, the data kept stale,
 * and a backoff (or the server's Retry-After) before the next try. */
static void
test_bad_answers (void)
{
  static const Bad cases[] = {
    { "/500", MG_HTTP_ERROR_STATUS, "the server answered 500 Internal Server Error" },
    { "/503", MG_HTTP_ERROR_STATUS, "the server answered 503 Service Unavailable; it asks to retry after 42 s" },
    { "/stall", MG_HTTP_ERROR_TIMEOUT, "no complete answer within 2 seconds" },
    { "/big", MG_HTTP_ERROR_TOO_LARGE, "the feed is larger than the 8 MiB limit" },
    { "/big-chunked", MG_HTTP_ERROR_TOO_LARGE, "the feed is larger than the 8 MiB limit" },
    { "/loop", MG_HTTP_ERROR_REDIRECTS, "more than 5 redirects, or a redirect away from http(s)" },
    { "/html", MG_HTTP_ERROR_NOT_JSON, "the server sent a web page (text/html), not a feed" },
    { "/invalid", -1, "line 1, column 55: document ends with 2 brackets still open; it may be truncated" },
    { "/nowhere", MG_HTTP_ERROR_STATUS, "the server answered 404 Not Found" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Seen seen = { 0 };
      g_autoptr (MgFeedSource) source = follow (cases[i].path, &seen);
      const GError *error = mg_feed_source_get_error (source);
      guint delay = mg_feed_source_get_next_delay (source);

      g_test_message ("%s", cases[i].path);
      g_assert_nonnull (error);
      if (cases[i].code >= 0)
        g_assert_true (error->domain == MG_HTTP_ERROR && error->code == cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpuint (seen.updates, ==, 0);
      if (g_str_equal (cases[i].path, "/503"))
        g_assert_cmpuint (delay, ==, 42);
      else
        {
          /* Twice the interval, give or take the jitter. */
          g_assert_cmpuint (delay, >=, (guint) (2 * MG_FEED_DEFAULT_INTERVAL * 0.8));
          g_assert_cmpuint (delay, <=, (guint) (2 * MG_FEED_DEFAULT_INTERVAL * 1.2) + 1);
        }
    }
}

static void
test_gzip (void)
{
  Seen seen = { 0 };
  g_autoptr (MgFeedSource) source = follow ("/gzip", &seen);

  g_assert_null (mg_feed_source_get_error (source));
  g_assert_cmpuint (seen.last_won, ==, 77);
}

static gboolean
tick (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

/* While a request hangs, the main loop keeps running. */
static void
test_main_loop_runs (void)
{
  g_autoptr (MgFeedSource) source = mg_feed_source_new (NULL);
  g_autofree char *address = url ("/stall");
  guint ticks = 0, id = g_timeout_add (50, tick, &ticks);

  mg_feed_source_set_timeout (source, 2);
  mg_feed_source_set_uri (source, address);
  g_assert_true (mg_feed_source_get_loading (source));
  mg_test_wait_for (not_loading, source);
  g_source_remove (id);
  /* About forty 50 ms ticks in two seconds. */
  g_assert_cmpuint (ticks, >=, 20);
}

/* After a bad answer the old data stays, marked stale; a restart with no
 * network shows the cache at once, stale. */
static void
test_cache_restores (void)
{
  Seen first = { 0 }, second = { 0 };
  g_autoptr (MgFeedSource) source = NULL;
  g_autoptr (MgFeedSource) offline = NULL;
  g_autofree char *address = url ("/feed");

  reset_cache ();
  server_set (FEED (33), "\"v33\"");
  source = follow ("/feed", &first);
  g_assert_cmpuint (first.last_won, ==, 33);
  g_clear_object (&source);

  /* The same URI, but the server now fails: the cache shows, stale. */
  server_set ("{\"format\": \"matganana-feed\", \"version\": 9}", "\"v9\"");
  offline = mg_feed_source_new (NULL);
  g_signal_connect (offline, "updated", G_CALLBACK (on_updated), &second);
  mg_feed_source_set_uri (offline, address);
  /* The cached copy is passed on before any answer comes. */
  g_assert_cmpuint (second.updates, ==, 1);
  g_assert_cmpuint (second.last_won, ==, 33);
  g_assert_true (mg_feed_source_get_stale (offline));
  mg_test_wait_for (not_loading, offline);
  g_assert_nonnull (mg_feed_source_get_error (offline));
  g_assert_true (mg_feed_source_get_stale (offline));
  g_assert_cmpuint (second.updates, ==, 1);
}

static void
test_corrupt_cache (void)
{
  Seen seen = { 0 };
  g_autoptr (MgFeedSource) source = NULL;
  g_autofree char *address = url ("/feed");
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, address, -1);
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "matganana", NULL);
  g_autofree char *meta = g_strdup_printf ("%s/%s.meta", dir, hash);
  g_autoptr (GError) error = NULL;

  reset_cache ();
  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (meta, "this is [not a key file", -1, &error);
  g_assert_no_error (error);

  server_set (FEED (5), "\"v5\"");
  g_test_expect_message ("mg-feed-source", G_LOG_LEVEL_WARNING, "Ignoring the cached feed*");
  source = follow ("/feed", &seen);
  g_test_assert_expected_messages ();
  g_assert_null (mg_feed_source_get_error (source));
  g_assert_cmpuint (seen.last_won, ==, 5);
}

/* Without the HTTP module, an http feed fails with a reason that says which
 * files were tried, and nothing crashes. */
static void
test_http_module_missing (void)
{
  g_autofree char *installed = g_build_filename (MG_HTTP_MODULEDIR, "libmatganana-http.so", NULL);

  if (g_test_subprocess ())
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GError) fetch_error = NULL;
      g_autoptr (MgHttpResult) result = NULL;
      MgHttpFailure failure = { 99, 99 };

      g_setenv ("MATGANANA_HTTP_MODULE", "/nonexistent/libmatganana-http.so", TRUE);
      g_assert_false (mg_http_available (&error));
      g_assert_error (error, MG_HTTP_ERROR, MG_HTTP_ERROR_UNAVAILABLE);
      /* The one given is the only one tried, installed or not. */
      g_assert_cmpstr (error->message, ==,
                       "HTTP support is not available (/nonexistent/libmatganana-http.so (missing))");
      g_assert_null (strstr (error->message, installed));
      g_assert_null (mg_http_session_new (NULL));

      result = mg_http_fetch_sync (NULL, "http://127.0.0.1:9/feed.json", NULL, &failure,
                                   &fetch_error);
      g_assert_null (result);
      g_assert_error (fetch_error, MG_HTTP_ERROR, MG_HTTP_ERROR_UNAVAILABLE);
      g_assert_cmpuint (failure.status, ==, 0);
      g_assert_cmpint (failure.retry_after, ==, -1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static guint
count_files (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (listing != NULL && g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* A folder of snapshot files: its last is passed on, once, with the
 * folder's read-only history in place, and nothing is cached; a folder
 * with no feed in it is the source's error, naming it. */
static void
test_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-folder-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *cache_dir = g_build_filename (g_get_user_cache_dir (), "matganana", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (folder);
  g_autoptr (MgFeedSource) source = mg_feed_source_new (NULL);
  MgHistory *history;
  Seen seen = { 0 };

  reset_cache ();
  g_assert_true (g_file_set_contents (a, FEED (10), -1, NULL));
  g_assert_true (g_file_set_contents (b, FEED (20), -1, NULL));
  g_signal_connect (source, "updated", G_CALLBACK (on_updated), &seen);
  mg_feed_source_set_uri (source, uri);
  mg_test_wait_for (not_loading, source);
  g_assert_null (mg_feed_source_get_error (source));
  g_assert_cmpuint (seen.updates, ==, 1);
  g_assert_cmpuint (seen.last_won, ==, 20);
  history = mg_feed_source_get_history (source);
  g_assert_nonnull (history);
  g_assert_true (mg_history_is_read_only (history));
  g_assert_cmpuint (mg_history_get_n_entries (history), ==, 2);
  /* The history limit is a remote feed's; the folder's history stays. */
  mg_feed_source_set_history_limit (source, 1024);
  g_assert_true (mg_feed_source_get_history (source) == history);
  g_assert_cmpuint (count_files (cache_dir), ==, 0);
  g_assert_cmpuint (count_files (dir), ==, 2);

  g_assert_true (g_file_set_contents (a, "{", -1, NULL));
  g_assert_true (g_file_set_contents (b, "", -1, NULL));
  mg_feed_source_refresh (source);
  mg_test_wait_for (not_loading, source);
  g_assert_nonnull (mg_feed_source_get_error (source));
  g_assert_true (g_str_has_prefix (mg_feed_source_get_error (source)->message, dir));
  g_assert_cmpuint (seen.updates, ==, 1);

  g_unlink (a);
  g_unlink (b);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("matganana-cache-XXXXXX", NULL);

  /* A cache of the test's own. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);
  server_start ();

  g_test_add_func ("/feed-source/conditional", test_conditional);
  g_test_add_func ("/feed-source/bad-answers", test_bad_answers);
  g_test_add_func ("/feed-source/gzip", test_gzip);
  g_test_add_func ("/feed-source/main-loop-runs", test_main_loop_runs);
  g_test_add_func ("/feed-source/cache-restores", test_cache_restores);
  g_test_add_func ("/feed-source/corrupt-cache", test_corrupt_cache);
  g_test_add_func ("/feed-source/http-module-missing", test_http_module_missing);
  g_test_add_func ("/feed-source/folder", test_folder);

  return g_test_run ();
}
