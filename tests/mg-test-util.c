/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers the tests share. */
#include "config.h"

#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-test-util.h"

/* The bundled counting-day feed, parsed for @languages. */
MgElection *
mg_test_load_bundled (const char * const *languages)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_uri (MG_FEED_DEFAULT_URI);
  g_autoptr (GBytes) bytes = mg_feed_loader_load (file, NULL, &error);
  MgElection *election;

  g_assert_no_error (error);
  election = mg_feed_parse (bytes, languages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (election);
  return election;
}

/* Runs the main context for @msec milliseconds. */
void
mg_test_spin (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}
