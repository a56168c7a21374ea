/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The outcome of one fetch, as both sides of the HTTP module boundary see
 * it: mg-http-result.c is compiled into the program and into the module. */

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
  char       *content_type;    /* the body's media type, as the server gave it, or NULL */
  gint64      received_bytes;  /* body bytes as they came over the wire */
} MgHttpResult;

/* What went wrong, with when to try again if the server said (Retry-After). */
typedef struct {
  guint       status;          /* HTTP status, or 0 */
  gint64      retry_after;     /* seconds, or -1 */
} MgHttpFailure;

GQuark mg_http_error_quark  (void);
void   mg_http_result_free  (MgHttpResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgHttpResult, mg_http_result_free)

G_END_DECLS
