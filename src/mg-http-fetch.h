/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_HTTP_MAX_REDIRECTS 5
#define MG_HTTP_TIMEOUT_SECONDS 15

#define MG_HTTP_ERROR (mg_http_error_quark ())

typedef enum {
  MG_HTTP_ERROR_STATUS,        /* the server answered with an error status */
  MG_HTTP_ERROR_TIMEOUT,       /* the whole request took too long */
  MG_HTTP_ERROR_TOO_LARGE,     /* the body passed the size limit */
  MG_HTTP_ERROR_REDIRECTS,     /* too many redirects, or to a non-HTTP address */
  MG_HTTP_ERROR_NOT_JSON,      /* an HTML page or other non-feed content */
  MG_HTTP_ERROR_TLS,           /* the certificate was not trusted */
  MG_HTTP_ERROR_NETWORK,       /* could not connect or the connection broke */
  MG_HTTP_ERROR_UNAVAILABLE,   /* the HTTP module could not be loaded */
} MgHttpError;

/* The answer to one conditional GET. */
typedef struct {
  guint       status;          /* HTTP status: 200 or 304 */
  GBytes     *body;            /* with 200: the feed */
  char       *etag;            /* validators to send next time */
  char       *last_modified;
  gint64      received_bytes;  /* body bytes as they came over the wire */
} MgHttpResult;

/* What went wrong, with when to try again if the server said (Retry-After). */
typedef struct {
  guint       status;          /* HTTP status, or 0 */
  gint64      retry_after;     /* seconds, or -1 */
} MgHttpFailure;

/* A session is an opaque object from the HTTP module (a SoupSession); the
 * module, and libsoup with it, is loaded on first use. */
GQuark        mg_http_error_quark      (void);
gboolean      mg_http_available        (GError             **error);
GObject      *mg_http_session_new      (GError             **error);
void          mg_http_fetch_async      (GObject             *session,
                                        const char          *uri,
                                        const char          *etag,
                                        const char          *last_modified,
                                        guint                timeout_seconds,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
MgHttpResult *mg_http_fetch_finish     (GAsyncResult        *result,
                                        MgHttpFailure       *failure,
                                        GError             **error);
MgHttpResult *mg_http_fetch_sync       (GObject             *session,
                                        const char          *uri,
                                        const char          *etag,
                                        MgHttpFailure       *failure,
                                        GError             **error);
void          mg_http_result_free      (MgHttpResult        *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgHttpResult, mg_http_result_free)

G_END_DECLS
