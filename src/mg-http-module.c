/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-http"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>
#include <libsoup/soup.h>
#include <stdlib.h>

#include "mg-http.h"
#include "mg-http-module.h"

/* One conditional GET of a feed over HTTP(S), with the limits a feed from a
 * server we do not control needs: a whole-request timeout, a body cap that
 * aborts as soon as it is passed, a redirect limit, http(s) only, and TLS
 * errors as errors.
 *
 * This is the loadable module libmatganana-http: the only code that uses
 * libsoup, loaded (by mg-http.c) when the first http(s) feed is opened, so
 * that a start on a local feed does not load libsoup and the dozen
 * libraries it needs. Everything here is hidden but the one entry point. */

#define CHUNK_SIZE (64 * 1024)

typedef struct {
  SoupMessage   *message;
  GCancellable  *cancellable;     /* ours: cancelled on timeout, redirect or cap too */
  GCancellable  *caller;
  gulong         caller_handler;
  GSource       *timeout;
  GInputStream  *stream;
  GByteArray    *buffer;
  guint          redirects;
  guint          timeout_seconds;
  gsize          max_bytes;       /* the body size cap */
  MgHttpError    abort_reason;
  gboolean       aborted;
  MgHttpFailure  failure;
} Fetch;

static void
fetch_free (gpointer data)
{
  Fetch *fetch = data;

  if (fetch->timeout != NULL)
    {
      g_source_destroy (fetch->timeout);
      g_source_unref (fetch->timeout);
    }
  if (fetch->caller != NULL && fetch->caller_handler != 0)
    g_cancellable_disconnect (fetch->caller, fetch->caller_handler);
  g_clear_object (&fetch->caller);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->buffer, g_byte_array_unref);
  g_free (fetch);
}

/* A session as Matganana uses one: its User-Agent, gzip, the system proxy
 * and certificate database. */
static GObject *
session_new (void)
{
  /* The content decoder (gzip, deflate), the system proxy resolver and the
   * default TLS database come with every libsoup 3 session. */
  /* No I/O timeout of the session's own: the whole-request limit of each
   * fetch covers a stall and says so. */
  return G_OBJECT (soup_session_new_with_options ("user-agent", "Matganana/" PACKAGE_VERSION,
                                                  "timeout", 0,
                                                  NULL));
}

/* Seconds to wait from a Retry-After header (seconds, or an HTTP date), or
 * -1 when it says nothing usable. */
static gint64
parse_retry_after (const char *value,
                   GDateTime  *now)
{
  g_autoptr (GDateTime) when = NULL;
  char *end = NULL;
  gint64 seconds;

  if (value == NULL)
    return -1;
  while (g_ascii_isspace (*value))
    value++;
  if (g_ascii_isdigit (*value))
    {
      seconds = g_ascii_strtoll (value, &end, 10);
      return end != value && *end == '\0' ? seconds : -1;
    }
  when = soup_date_time_new_from_http_string (value);
  if (when == NULL)
    return -1;
  return MAX (0, g_date_time_difference (when, now) / G_USEC_PER_SEC);
}

static void
abort_fetch (Fetch       *fetch,
             MgHttpError  reason)
{
  if (fetch->aborted)
    return;
  fetch->aborted = TRUE;
  fetch->abort_reason = reason;
  g_cancellable_cancel (fetch->cancellable);
}

static gboolean
on_timeout (gpointer user_data)
{
  Fetch *fetch = user_data;

  abort_fetch (fetch, MG_HTTP_ERROR_TIMEOUT);
  g_clear_pointer (&fetch->timeout, g_source_unref);
  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled (GCancellable *caller,
                     gpointer      user_data)
{
  Fetch *fetch = user_data;

  g_cancellable_cancel (fetch->cancellable);
}

static void
on_restarted (SoupMessage *message,
              Fetch       *fetch)
{
  GUri *uri = soup_message_get_uri (message);
  const char *scheme = g_uri_get_scheme (uri);

  if (++fetch->redirects > MG_HTTP_MAX_REDIRECTS ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    abort_fetch (fetch, MG_HTTP_ERROR_REDIRECTS);
}

/* The error for a fetch that was cut short by us, not by the caller. */
static GError *
abort_error (Fetch *fetch)
{
  switch (fetch->abort_reason)
    {
    case MG_HTTP_ERROR_TIMEOUT:
      return g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_TIMEOUT,
                          _("no complete answer within %u seconds"), fetch->timeout_seconds);
    case MG_HTTP_ERROR_TOO_LARGE:
      return g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_TOO_LARGE,
                          _("the feed is larger than the %d MiB limit"),
                          (int) (fetch->max_bytes / (1024 * 1024)));
    case MG_HTTP_ERROR_REDIRECTS:
    default:
      return g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_REDIRECTS,
                          _("more than %d redirects, or a redirect away from http(s)"),
                          MG_HTTP_MAX_REDIRECTS);
    }
}

static GError *
tls_error (SoupMessage *message)
{
  GTlsCertificateFlags flags = soup_message_get_tls_peer_certificate_errors (message);
  const char *why;

  if (flags & G_TLS_CERTIFICATE_UNKNOWN_CA)
    why = _("it is signed by an unknown authority");
  else if (flags & G_TLS_CERTIFICATE_BAD_IDENTITY)
    why = _("it does not match the server's name");
  else if (flags & G_TLS_CERTIFICATE_EXPIRED)
    why = _("it has expired");
  else if (flags & G_TLS_CERTIFICATE_NOT_ACTIVATED)
    why = _("it is not valid yet");
  else if (flags & G_TLS_CERTIFICATE_REVOKED)
    why = _("it has been revoked");
  else
    why = _("it could not be verified");

  /* TRANSLATORS: the reason follows, like "it has expired" */
  return g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_TLS,
                      _("the server's certificate is not trusted: %s"), why);
}

static void
finish (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  MgHttpResult *result = g_new0 (MgHttpResult, 1);
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  SoupMessageMetrics *metrics = soup_message_get_metrics (fetch->message);

  result->status = soup_message_get_status (fetch->message);
  if (fetch->buffer != NULL)
    result->body = g_byte_array_free_to_bytes (g_steal_pointer (&fetch->buffer));
  result->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
  result->last_modified = g_strdup (soup_message_headers_get_one (headers, "Last-Modified"));
  result->content_type = g_strdup (soup_message_headers_get_content_type (headers, NULL));
  if (metrics != NULL)
    result->received_bytes = soup_message_metrics_get_response_header_bytes_received (metrics) +
                             soup_message_metrics_get_response_body_bytes_received (metrics);

  g_task_return_pointer (task, result, (GDestroyNotify) mg_http_result_free);
}

static void
return_error (GTask  *task,
              GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->aborted && !g_cancellable_is_cancelled (fetch->caller))
    {
      g_clear_error (&error);
      error = abort_error (fetch);
    }
  g_task_return_error (task, error);
}

static void on_read (GObject *source, GAsyncResult *res, gpointer user_data);

static void
read_more (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (fetch->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, on_read, task);
}

static void
on_read (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), res, &error);
  gsize size;
  const guint8 *data;

  if (chunk == NULL)
    {
      return_error (task, g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_NETWORK,
                                       _("the connection broke: %s"), error->message));
      return;
    }

  data = g_bytes_get_data (chunk, &size);
  if (size == 0)
    {
      g_input_stream_close (fetch->stream, NULL, NULL);
      finish (task);
      return;
    }

  /* Abort the moment the cap is passed, without reading the rest. */
  if (fetch->buffer->len + size > fetch->max_bytes)
    {
      abort_fetch (fetch, MG_HTTP_ERROR_TOO_LARGE);
      return_error (task, abort_error (fetch));
      return;
    }
  g_byte_array_append (fetch->buffer, data, (guint) size);
  read_more (g_steal_pointer (&task));
}

static GError *
status_error (SoupMessage *message,
              gint64       retry_after)
{
  guint status = soup_message_get_status (message);
  const char *reason = soup_message_get_reason_phrase (message);

  if (reason == NULL || *reason == '\0')
    reason = soup_status_get_phrase (status);
  if (retry_after >= 0)
    /* TRANSLATORS: HTTP status code, its phrase, and seconds to wait */
    return g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_STATUS,
                        _("the server answered %u %s; it asks to retry after %d s"),
                        status, reason ? reason : "", (int) MIN (retry_after, G_MAXINT));
  /* TRANSLATORS: HTTP status code and its phrase */
  return g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_STATUS, _("the server answered %u %s"),
                      status, reason ? reason : "");
}

static void
on_sent (GObject      *source,
         GAsyncResult *res,
         gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  SoupMessageHeaders *headers;
  const char *content_type;
  goffset length;
  guint status;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (source), res, &error);
  if (fetch->stream == NULL)
    {
      if (fetch->aborted || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return_error (task, g_steal_pointer (&error));
      else if (error->domain == G_TLS_ERROR ||
               soup_message_get_tls_peer_certificate_errors (fetch->message) != 0)
        return_error (task, tls_error (fetch->message));
      else if (g_error_matches (error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_TOO_MANY_REDIRECTS))
        {
          abort_fetch (fetch, MG_HTTP_ERROR_REDIRECTS);
          return_error (task, abort_error (fetch));
        }
      else
        return_error (task, g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_NETWORK,
                                         _("could not reach the server: %s"), error->message));
      return;
    }

  status = soup_message_get_status (fetch->message);
  headers = soup_message_get_response_headers (fetch->message);
  fetch->failure.status = status;

  if (status == SOUP_STATUS_NOT_MODIFIED)
    {
      g_input_stream_close (fetch->stream, NULL, NULL);
      finish (task);
      return;
    }
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

      if (status == 429 || status == SOUP_STATUS_SERVICE_UNAVAILABLE)
        fetch->failure.retry_after =
          parse_retry_after (soup_message_headers_get_one (headers, "Retry-After"), now);
      if (SOUP_STATUS_IS_REDIRECTION (status))
        {
          abort_fetch (fetch, MG_HTTP_ERROR_REDIRECTS);
          return_error (task, abort_error (fetch));
          return;
        }
      return_error (task, status_error (fetch->message, fetch->failure.retry_after));
      return;
    }

  content_type = soup_message_headers_get_content_type (headers, NULL);
  if (content_type != NULL && g_ascii_strcasecmp (content_type, "text/html") == 0)
    {
      return_error (task, g_error_new (MG_HTTP_ERROR, MG_HTTP_ERROR_NOT_JSON,
                                       _("the server sent a web page (text/html), not a feed")));
      return;
    }

  length = soup_message_headers_get_content_length (headers);
  if (length > (goffset) fetch->max_bytes &&
      soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH)
    {
      abort_fetch (fetch, MG_HTTP_ERROR_TOO_LARGE);
      return_error (task, abort_error (fetch));
      return;
    }

  fetch->buffer = g_byte_array_new ();
  read_more (g_steal_pointer (&task));
}

/* The work of mg_http_fetch_async(), which documents it; a body larger
 * than @max_bytes is refused (as soon as it is known to be). */
static void
fetch_async (GObject             *session,
             const char          *uri,
             const char          *etag,
             const char          *last_modified,
             guint                timeout_seconds,
             gsize                max_bytes,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GUri) parsed = NULL;
  SoupMessageHeaders *headers;
  Fetch *fetch;

  g_return_if_fail (SOUP_IS_SESSION (session));
  g_return_if_fail (uri != NULL);

  task = g_task_new (session, cancellable, callback, user_data);
  g_task_set_source_tag (task, fetch_async);
  fetch = g_new0 (Fetch, 1);
  fetch->failure.retry_after = -1;
  fetch->timeout_seconds = timeout_seconds > 0 ? timeout_seconds : MG_HTTP_TIMEOUT_SECONDS;
  fetch->max_bytes = max_bytes;
  g_task_set_task_data (task, fetch, fetch_free);

  parsed = g_uri_parse (uri, SOUP_HTTP_URI_FLAGS, NULL);
  if (parsed == NULL ||
      (g_strcmp0 (g_uri_get_scheme (parsed), "http") != 0 &&
       g_strcmp0 (g_uri_get_scheme (parsed), "https") != 0) ||
      g_uri_get_host (parsed) == NULL || *g_uri_get_host (parsed) == '\0')
    {
      g_task_return_new_error (task, MG_HTTP_ERROR, MG_HTTP_ERROR_NETWORK,
                               _("not an http or https address"));
      return;
    }

  fetch->message = soup_message_new_from_uri ("GET", parsed);
  soup_message_add_flags (fetch->message, SOUP_MESSAGE_COLLECT_METRICS);
  headers = soup_message_get_request_headers (fetch->message);
  soup_message_headers_replace (headers, "Accept", "application/json, text/csv;q=0.9, */*;q=0.5");
  if (etag != NULL)
    soup_message_headers_replace (headers, "If-None-Match", etag);
  if (last_modified != NULL)
    soup_message_headers_replace (headers, "If-Modified-Since", last_modified);
  g_signal_connect (fetch->message, "restarted", G_CALLBACK (on_restarted), fetch);

  fetch->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      fetch->caller = g_object_ref (cancellable);
      fetch->caller_handler = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                     fetch, NULL);
    }

  /* The whole request, redirects and body included, within the limit. */
  fetch->timeout = g_timeout_source_new_seconds (fetch->timeout_seconds);
  g_source_set_callback (fetch->timeout, on_timeout, fetch, NULL);
  g_source_attach (fetch->timeout, g_main_context_get_thread_default ());

  soup_session_send_async (SOUP_SESSION (session), fetch->message, G_PRIORITY_DEFAULT, fetch->cancellable,
                           on_sent, g_steal_pointer (&task));
}

static MgHttpResult *
fetch_finish (GAsyncResult   *result,
              MgHttpFailure  *failure,
              GError        **error)
{
  Fetch *fetch;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fetch_async, NULL);

  fetch = g_task_get_task_data (G_TASK (result));
  if (failure != NULL)
    *failure = fetch != NULL ? fetch->failure : (MgHttpFailure) { 0, -1 };
  return g_task_propagate_pointer (G_TASK (result), error);
}

G_MODULE_EXPORT const MgHttpFunctions *
mg_http_module_get_functions (void)
{
  static const MgHttpFunctions functions = {
    MG_HTTP_MODULE_VERSION,
    session_new,
    fetch_async,
    fetch_finish,
    parse_retry_after,
  };

  return &functions;
}
