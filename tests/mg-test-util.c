/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers the tests share. */
#include "config.h"

#include <string.h>

#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-test-util.h"

/* Long enough for a loaded machine running the whole suite under Xvfb;
 * a wait only reaches it when the test is failing anyway. */
#define WAIT_SECONDS 30

/* @json parsed for @languages; the test fails if it is not a valid feed. */
MgElection *
mg_test_parse (const char         *json,
               const char * const *languages)
{
  g_autoptr (GError) error = NULL;
  MgElection *election = mg_feed_parse_data (json, strlen (json), languages, &error);

  g_assert_no_error (error);
  g_assert_nonnull (election);
  return election;
}

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

static gboolean
on_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the default main context, sleeping while it has nothing to do,
 * until @condition holds or @msec milliseconds pass; returns whether it held.
 * Without a condition, simply runs the context for @msec. */
static gboolean
iterate_until (MgTestCondition condition,
               gpointer        data,
               guint           msec)
{
  gboolean timed_out = FALSE;
  GSource *timeout = g_timeout_source_new (msec);
  gboolean held;

  g_source_set_callback (timeout, on_timeout_cb, &timed_out, NULL);
  g_source_set_name (timeout, "[matganana] test wait");
  g_source_attach (timeout, NULL);

  while (!(held = condition != NULL && condition (data)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_source_destroy (timeout);
  g_source_unref (timeout);
  return held;
}

/* Runs the main context for @msec milliseconds. */
void
mg_test_spin (guint msec)
{
  iterate_until (NULL, NULL, msec);
}

/* Use through mg_test_wait_for(), which passes the caller's place and
 * the condition's name for the failure message. */
void
mg_test_wait_for_at (const char      *file,
                     int              line,
                     const char      *func,
                     const char      *what,
                     MgTestCondition  condition,
                     gpointer         data)
{
  g_autofree char *message = NULL;

  g_assert_nonnull (condition);
  if (iterate_until (condition, data, WAIT_SECONDS * 1000))
    return;

  message = g_strdup_printf ("%s() did not hold after %d s", what, WAIT_SECONDS);
  g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
}
