/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gmodule.h>

#include "mg-http-result.h"

G_BEGIN_DECLS

/* What the loadable HTTP module (mg-http-module.c, the only code that uses
 * libsoup) gives mg-http.c. Private to the two. */

/* Raised whenever MgHttpFunctions or the functions' types change, so that a
 * module from another build is refused rather than called wrongly. */
#define MG_HTTP_MODULE_VERSION 2

/* A session as Matganana uses one (a SoupSession). */
typedef GObject      *(*MgHttpSessionNewFunc)      (void);

/* mg_http_fetch_async(), with the body size cap it is given: a body larger
 * than @max_bytes fails with %MG_HTTP_ERROR_TOO_LARGE. */
typedef void          (*MgHttpFetchAsyncFunc)      (GObject             *session,
                                                    const char          *uri,
                                                    const char          *etag,
                                                    const char          *last_modified,
                                                    guint                timeout_seconds,
                                                    gsize                max_bytes,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
typedef MgHttpResult *(*MgHttpFetchFinishFunc)     (GAsyncResult        *result,
                                                    MgHttpFailure       *failure,
                                                    GError             **error);

/* Seconds to wait from a Retry-After value, or -1. */
typedef gint64        (*MgHttpParseRetryAfterFunc) (const char          *value,
                                                    GDateTime           *now);

typedef struct {
  guint                      version;
  MgHttpSessionNewFunc       session_new;
  MgHttpFetchAsyncFunc       fetch_async;
  MgHttpFetchFinishFunc      fetch_finish;
  MgHttpParseRetryAfterFunc  parse_retry_after;
} MgHttpFunctions;

/* The module's one exported symbol. */
#define MG_HTTP_MODULE_ENTRY "mg_http_module_get_functions"
typedef const MgHttpFunctions *(*MgHttpModuleGetFunctions) (void);

G_MODULE_EXPORT const MgHttpFunctions *mg_http_module_get_functions (void);

G_END_DECLS
