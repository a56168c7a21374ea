/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Applying a changed 64-state feed to a shown window, through relayout and
 * one painted frame: the time from handing the parsed feed to the model to
 * the end of the next frame's paint. Alternates two feeds, medians. Needs a
 * display (build-aux/bench runs it under Xvfb). */
#include "config.h"

#include <gtk/gtk.h>
#include <stdlib.h>
#include <string.h>

#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-window-private.h"

#define ROUNDS 15

static gint64 painted_at;
static gint64 frame_began;

static void
before_paint (GdkFrameClock *clock,
              gpointer       user_data)
{
  frame_began = g_get_monotonic_time ();
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  painted_at = g_get_monotonic_time ();
}

static char *
feed_json (guint shift)
{
  GString *json = g_string_new ("{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [");
  guint n_states = g_getenv ("BENCH_STATES") ? (guint) atoi (g_getenv ("BENCH_STATES")) : 64;

  for (guint s = 0; s < n_states; s++)
    {
      g_string_append_printf (json, "%s{\"id\": \"state-%u\", \"name\": \"State %u\", \"seats\": 400, "
                              "\"parties\": [", s ? ", " : "", s, s);
      for (guint p = 0; p < 20; p++)
        g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"Party %u\", \"won\": %u, "
                                "\"leading\": %u}", p ? ", " : "", p, p, (p + shift) % 9,
                                (p * 3 + shift) % 7);
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");
  return g_string_free (json, FALSE);
}

static MgElection *
parse (const char *json)
{
  static const char *english[] = { "en", NULL };
  g_autoptr (GError) error = NULL;
  MgElection *election = mg_feed_parse_data (json, strlen (json), english, &error);

  if (election == NULL)
    g_error ("%s", error->message);
  return election;
}

static void
iterate_until (gboolean (*done) (void))
{
  while (!done ())
    g_main_context_iteration (NULL, TRUE);
}

static gint64 wait_after;

static gboolean
frame_done (void)
{
  return painted_at > wait_after;
}

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *a_json = feed_json (0);
  g_autofree char *b_json = feed_json (1);
  MgWindow *window;
  double times[ROUNDS], totals[ROUNDS];
  gint64 start, applied;

  gtk_init ();
  window = mg_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
  {
    /* The first feed arrives the way every feed does, through the window's
     * feed source. */
    g_autofree char *dir = g_dir_make_tmp ("matganana-bench-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "feed.json", NULL);
    g_autofree char *uri = NULL;
    g_autoptr (GError) error = NULL;

    if (!g_file_set_contents (path, a_json, -1, &error))
      g_error ("%s", error->message);
    uri = g_filename_to_uri (path, NULL, NULL);
    mg_window_load_uri (window, uri);
    while (mg_window_get_loading (window) ||
           mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)) == 0)
      g_main_context_iteration (NULL, TRUE);
    mg_state_tabs_select_index (mg_window_get_state_tabs (window), 0, FALSE);
  }
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "before-paint",
                    G_CALLBACK (before_paint), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint), NULL);
  for (guint i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (300 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr (MgElection) next = parse (r % 2 ? a_json : b_json);

      start = g_get_monotonic_time ();
      wait_after = start;
      mg_election_update_from (mg_window_get_election (window), next);
      applied = g_get_monotonic_time ();
      iterate_until (frame_done);
      /* The work: applying, then the frame from its start to the end of its
       * paint. Not the wait for the frame clock's next tick between them. */
      times[r] = (applied - start) + (painted_at - MAX (frame_began, applied));
      totals[r] = painted_at - start;
      /* Let any transition finish before the next round. */
      g_usleep (400 * 1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  qsort (times, ROUNDS, sizeof (double), compare);
  qsort (totals, ROUNDS, sizeof (double), compare);
  g_print ("update: 64 states: apply, relayout and paint %.1f ms (fastest %.1f, slowest %.1f); "
           "with the wait for the next frame tick %.1f ms\n",
           times[ROUNDS / 2] / 1000, times[0] / 1000, times[ROUNDS - 1] / 1000,
           totals[ROUNDS / 2] / 1000);
  g_print ("update-ms: %.1f\n", times[ROUNDS / 2] / 1000);
  return 0;
}
