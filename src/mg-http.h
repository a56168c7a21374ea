/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-http-result.h"

G_BEGIN_DECLS

#define MG_HTTP_MAX_REDIRECTS 5
#define MG_HTTP_TIMEOUT_SECONDS 15

/* A session is an opaque object from the HTTP module (a SoupSession); the
 * module, and libsoup with it, is loaded on first use. */
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

G_END_DECLS
