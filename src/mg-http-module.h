/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gmodule.h>

#include "mg-http-fetch.h"

G_BEGIN_DECLS

/* What the loadable HTTP module (mg-http-module.c, the only code that uses
 * libsoup) gives mg-http.c. Private to the two. */

#define MG_HTTP_MODULE_VERSION 1

typedef struct {
  guint          version;
  GObject      *(*session_new)       (void);
  void          (*fetch_async)       (GObject             *session,
                                      const char          *uri,
                                      const char          *etag,
                                      const char          *last_modified,
                                      guint                timeout_seconds,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
  MgHttpResult *(*fetch_finish)      (GAsyncResult        *result,
                                      MgHttpFailure       *failure,
                                      GError             **error);
  gint64        (*parse_retry_after) (const char          *value,
                                      GDateTime           *now);
} MgHttpFunctions;

/* The module's one exported symbol. */
#define MG_HTTP_MODULE_ENTRY "mg_http_module_get_functions"
typedef const MgHttpFunctions *(*MgHttpModuleGetFunctions) (void);

G_MODULE_EXPORT const MgHttpFunctions *mg_http_module_get_functions (void);

G_END_DECLS
