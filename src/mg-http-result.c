/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-http"

#include "config.h"

#include "mg-http-result.h"

/* What both sides of the HTTP module boundary use: compiled into the
 * program (for mg-http.c) and into the module (for mg-http-module.c),
 * which does not see the program's symbols. The quark is the same in both,
 * as its name makes it. */

G_DEFINE_QUARK (mg-http-error-quark, mg_http_error)

void
mg_http_result_free (MgHttpResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->body, g_bytes_unref);
  g_free (result->etag);
  g_free (result->last_modified);
  g_free (result->content_type);
  g_free (result);
}
