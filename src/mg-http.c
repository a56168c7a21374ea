/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-http"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "mg-feed-parser.h"
#include "mg-http.h"
#include "mg-http-module.h"

/* HTTP for the rest of Matganana, through the loadable module that holds
 * the libsoup code (mg-http-module.c). Loading libsoup and the libraries it
 * pulls in (Kerberos, SQLite, nghttp2, psl, idn2 …) cost every start time
 * and memory, most starts being on a local or bundled feed; so the module is
 * loaded when the first http(s) feed is opened, and stays loaded.
 *
 * Where it is looked for: $MATGANANA_HTTP_MODULE (a file; for the tests)
 * and nowhere else when that is set; otherwise next to the running program
 * (a build tree), then in the installed module directory. */

#define MODULE_FILE "libmatganana-http." G_MODULE_SUFFIX

/* Loaded once, from the main thread (the feed source and the command line). */
static const MgHttpFunctions *functions;
static char *load_error;

static GModule *
open_module (const char *path,
             GString    *tried)
{
  GModule *module;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_string_append_printf (tried, "%s%s (missing)", tried->len > 0 ? ", " : "", path);
      return NULL;
    }
  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    g_string_append_printf (tried, "%s%s", tried->len > 0 ? "; " : "", g_module_error ());
  return module;
}

static gboolean
load (GError **error)
{
  g_autoptr (GString) tried = NULL;
  g_autofree char *self_path = NULL;
  GModule *module = NULL;
  MgHttpModuleGetFunctions get_functions = NULL;
  const char *env;

  if (functions != NULL)
    return TRUE;
  if (load_error != NULL)
    {
      g_set_error_literal (error, MG_HTTP_ERROR, MG_HTTP_ERROR_UNAVAILABLE, load_error);
      return FALSE;
    }

  tried = g_string_new (NULL);
  env = g_getenv ("MATGANANA_HTTP_MODULE");
  if (env != NULL && *env != '\0')
    {
      /* Given, it is the only one tried. */
      module = open_module (env, tried);
    }
  else if ((self_path = g_file_read_link ("/proc/self/exe", NULL)) != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self_path);
      g_autofree char *path = g_build_filename (dir, MODULE_FILE, NULL);

      module = open_module (path, tried);
    }
  if (module == NULL && (env == NULL || *env == '\0'))
    {
      g_autofree char *path = g_build_filename (MG_HTTP_MODULEDIR, MODULE_FILE, NULL);

      module = open_module (path, tried);
    }

  if (module != NULL &&
      g_module_symbol (module, MG_HTTP_MODULE_ENTRY, (gpointer *) &get_functions) &&
      get_functions != NULL && get_functions () != NULL &&
      get_functions ()->version == MG_HTTP_MODULE_VERSION)
    {
      g_module_make_resident (module);
      functions = get_functions ();
      return TRUE;
    }
  if (module != NULL)
    {
      g_string_append_printf (tried, "%s%s is not this version's", tried->len > 0 ? "; " : "",
                              g_module_name (module));
      g_module_close (module);
    }

  load_error = g_strdup_printf (_("HTTP support is not available (%s)"), tried->str);
  g_set_error_literal (error, MG_HTTP_ERROR, MG_HTTP_ERROR_UNAVAILABLE, load_error);
  return FALSE;
}

/**
 * mg_http_available:
 *
 * Loads the HTTP module if it is not loaded yet.
 *
 * Returns: %TRUE if HTTP feeds can be fetched, or %FALSE with @error set
 */
gboolean
mg_http_available (GError **error)
{
  return load (error);
}

/**
 * mg_http_session_new:
 *
 * Returns: (transfer full) (nullable): a session as Matganana uses one (its
 *   User-Agent, gzip, the system proxy and certificate database), or %NULL
 *   with @error set when the HTTP module cannot be loaded
 */
GObject *
mg_http_session_new (GError **error)
{
  if (!load (error))
    return NULL;
  return functions->session_new ();
}

static GObject *
default_session (GError **error)
{
  static GObject *session;

  if (session == NULL && load (error))
    session = functions->session_new ();
  return session;
}

/**
 * mg_http_fetch_async:
 * @session: (nullable): a session from mg_http_session_new(); %NULL for the
 *   application's one
 * @etag: (nullable): sent as If-None-Match
 * @last_modified: (nullable): sent as If-Modified-Since
 * @timeout_seconds: for the whole request; 0 for %MG_HTTP_TIMEOUT_SECONDS
 *
 * GETs @uri. A 304 answer finishes with status 304 and no body; a body
 * larger than %MG_FEED_MAX_BYTES fails with %MG_HTTP_ERROR_TOO_LARGE.
 */
void
mg_http_fetch_async (GObject             *session,
                     const char          *uri,
                     const char          *etag,
                     const char          *last_modified,
                     guint                timeout_seconds,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  GError *error = NULL;

  g_return_if_fail (session == NULL || G_IS_OBJECT (session));
  g_return_if_fail (uri != NULL);

  if (session == NULL && (session = default_session (&error)) == NULL)
    {
      g_task_report_error (NULL, callback, user_data, mg_http_fetch_async, error);
      return;
    }
  /* Feeds are all that is fetched, so theirs is the size cap. */
  functions->fetch_async (session, uri, etag, last_modified, timeout_seconds, MG_FEED_MAX_BYTES,
                          cancellable, callback, user_data);
}

/**
 * mg_http_fetch_finish:
 * @failure: (out) (optional): on error, the status and Retry-After
 *
 * Returns: (transfer full): the answer, or %NULL with @error set
 */
MgHttpResult *
mg_http_fetch_finish (GAsyncResult   *result,
                      MgHttpFailure  *failure,
                      GError        **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  if (g_async_result_is_tagged (result, mg_http_fetch_async))
    {
      /* The module could not be loaded. */
      if (failure != NULL)
        *failure = (MgHttpFailure) { 0, -1 };
      return g_task_propagate_pointer (G_TASK (result), error);
    }
  g_return_val_if_fail (functions != NULL, NULL);
  return functions->fetch_finish (result, failure, error);
}

typedef struct {
  GMainLoop     *loop;
  GAsyncResult  *result;
} SyncWait;

static void
on_sync_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  SyncWait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

/**
 * mg_http_fetch_sync:
 * @session: (nullable): as for mg_http_fetch_async()
 * @etag: (nullable): sent as If-None-Match
 *
 * mg_http_fetch_async() for the command line: runs the main loop until the
 * answer is in.
 *
 * Returns: (transfer full): the answer, or %NULL with @error set
 */
MgHttpResult *
mg_http_fetch_sync (GObject        *session,
                    const char     *uri,
                    const char     *etag,
                    MgHttpFailure  *failure,
                    GError        **error)
{
  SyncWait wait = { g_main_loop_new (NULL, FALSE), NULL };
  MgHttpResult *result;

  mg_http_fetch_async (session, uri, etag, NULL, 0, NULL, on_sync_done, &wait);
  while (wait.result == NULL)
    g_main_loop_run (wait.loop);
  result = mg_http_fetch_finish (wait.result, failure, error);
  g_object_unref (wait.result);
  g_main_loop_unref (wait.loop);
  return result;
}
