/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bytes received for a changed poll (200) and an unchanged one (304),
 * against the replay server on loopback.
 *   bench-poll URL */
#include "config.h"

#include "mg-http.h"

static MgHttpResult *
fetch (GObject    *session,
       const char *url,
       const char *etag)
{
  g_autoptr (GError) error = NULL;
  MgHttpResult *result = mg_http_fetch_sync (session, url, etag, NULL, &error);

  if (result == NULL)
    g_error ("%s", error->message);
  return result;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GObject) session = NULL;
  g_autoptr (MgHttpResult) changed = NULL;
  g_autoptr (MgHttpResult) unchanged = NULL;

  if (argc != 2)
    g_error ("usage: bench-poll URL");
  session = mg_http_session_new (&error);
  if (session == NULL)
    g_error ("%s", error->message);
  changed = fetch (session, argv[1], NULL);
  unchanged = fetch (session, argv[1], changed->etag);
  g_print ("poll: changed answer %u with %" G_GINT64_FORMAT " bytes; unchanged answer %u with %"
           G_GINT64_FORMAT " bytes\n", changed->status, changed->received_bytes,
           unchanged->status, unchanged->received_bytes);
  g_print ("poll-bytes: unchanged %" G_GINT64_FORMAT ", changed %" G_GINT64_FORMAT "\n",
           unchanged->received_bytes, changed->received_bytes);
  return 0;
}
