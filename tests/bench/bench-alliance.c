/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parties → Alliances on a general election. A window opens the generated
 * Lok Sabha feed (tests/make-general-election.py: 36 states and union
 * territories, 543 seats, about 8,300 candidates, 40 parties, two
 * alliances) given as its argument, on the house's tab, and the
 * by-alliance setting is switched on and off 41 times each, as the
 * summary's switch does:
 *
 * - alliance-toggle-ms: from just before Parties → Alliances to the end of
 *   the next frame's paint, less the main loop's waits for the frame
 *   clock's tick (tests/bench/bench-frames.c); the median.
 *
 * The line before it gives the way back (Alliances → Parties) too. Needs
 * a display (build-aux/bench runs it under Xvfb); the cairo renderer
 * unless GSK_RENDERER says otherwise. */
#include "config.h"

#include <gtk/gtk.h>

#include "bench-frames.h"
#include "mg-party-result.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-state-tabs.h"
#include "mg-window-private.h"

#define ROUNDS 41

static gboolean
shows_house (MgWindow *window)
{
  MgStateTabs *tabs = mg_window_get_state_tabs (window);

  return !mg_window_get_loading (window) && mg_state_tabs_get_n_pages (tabs) > 0 &&
         g_str_equal (mg_state_result_get_id (mg_state_page_get_state (mg_state_tabs_get_page (tabs, 0))), "house");
}

/* The id of the first row the house's summary shows. */
static const char *
first_row (MgWindow *window)
{
  MgStatePage *page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);

  return mg_party_result_get_id (mg_state_result_get_party (mg_state_page_get_shown (page), 0));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GFile) feed = NULL;
  double on[ROUNDS], off[ROUNDS];
  MgWindow *window;

  if (argc != 2)
    g_error ("usage: bench-alliance GENERAL-ELECTION.json");
  gtk_init ();
  bench_frames_init ();
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "by-alliance", FALSE);
  window = mg_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  feed = g_file_new_for_commandline_arg (argv[1]);
  mg_window_load_feed (window, feed);
  while (!shows_house (window))
    g_main_context_iteration (NULL, TRUE);
  if (!mg_window_select_state_id (window, "house"))
    g_error ("%s has no house", argv[1]);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  bench_frames_watch (GTK_WIDGET (window));
  bench_frames_settle ();

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = bench_frames_begin ();

      g_settings_set_boolean (settings, "by-alliance", TRUE);
      on[r] = bench_frames_until_paint (start, NULL);
      if (!g_str_equal (first_row (window), "nda"))
        g_error ("round %u: the house's first row is %s, not the NDA", r, first_row (window));
      bench_frames_settle ();

      start = bench_frames_begin ();
      g_settings_set_boolean (settings, "by-alliance", FALSE);
      off[r] = bench_frames_until_paint (start, NULL);
      if (g_str_equal (first_row (window), "nda"))
        g_error ("round %u: still by alliance", r);
      bench_frames_settle ();
    }

  g_print ("alliance toggle on the house of 543 seats: Parties → Alliances %.1f ms (p90 %.1f), "
           "back %.1f ms (p90 %.1f); medians of %d\n",
           bench_median (on, ROUNDS) / 1000, bench_percentile (on, ROUNDS, 90) / 1000,
           bench_median (off, ROUNDS) / 1000, bench_percentile (off, ROUNDS, 90) / 1000, ROUNDS);
  g_print ("alliance-toggle-ms: %.1f\n", bench_median (on, ROUNDS) / 1000);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
