/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The seats view of the biggest state, on a feed of every assembly seat of
 * India (4,123 constituencies; bench-seats --print-feed writes it): the
 * time from a keystroke in the seat search to the filtered list painted,
 * and from opening a seat's detail to its first frame painted. Each is
 * timed from just before the change to the end of the next frame's paint
 * (the frame clock's "after-paint"), less the time the main loop sat in
 * poll() waiting for the frame clock's tick; medians over many rounds.
 * Needs a display (build-aux/bench runs it under Xvfb); the cairo renderer
 * unless GSK_RENDERER says otherwise.
 *
 * The search entry (a GtkSearchEntry) says its text changed 150 ms after
 * the last keystroke, so that typing a word filters once. That wait is the
 * entry's, not work, and is not counted: each round sets the entry's text
 * and applies the filter at once, as mg_seats_view_set_search_text() does.
 *
 *   bench-seats-ui [FEED.json]
 *
 * Without FEED.json, runs the bench-seats next to this program for it. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdlib.h>

#include "bench-frames.h"
#include "mg-seats-view-private.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-window-private.h"

#define ROUNDS 41

/* Keystrokes, each changing the seats shown: typing a name and a number,
 * and clearing the search (every seat again). */
static const char *searches[] = { "k", "ka", "kal", "ma", "1", "12", "" };

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The feed bench-seats generates, written to a file: its URI. */
static char *
write_feed (const char *program,
            char      **dir)
{
  g_autofree char *here = g_path_get_dirname (program);
  g_autofree char *bench_seats = g_build_filename (here, "bench-seats", NULL);
  const char *argv[] = { bench_seats, "--print-feed", NULL };
  g_autofree char *json = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &json, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("generating the feed with %s: %s", bench_seats, error->message);
  *dir = g_dir_make_tmp ("matganana-bench-XXXXXX", &error);
  if (*dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (*dir, "feed.json", NULL);
  if (!g_file_set_contents (path, json, -1, &error))
    g_error ("%s", error->message);
  return g_filename_to_uri (path, NULL, NULL);
}

/* Runs the main loop until the next frame after @start has been painted.
 * The work is the time from @start to the end of that paint, less the
 * time the main loop waited in poll() (for the frame clock's tick); the
 * total counts that wait too. */
static void
wait_for_frame (gint64  start,
                double *work,
                double *total)
{
  gint64 with_waits;

  *work = bench_frames_until_paint (start, &with_waits);
  *total = with_waits;
}

static void
report (const char *what,
        const char *figure,
        double     *times,
        double     *totals)
{
  qsort (times, ROUNDS, sizeof (double), compare);
  qsort (totals, ROUNDS, sizeof (double), compare);
  g_print ("%s: %.1f ms (fastest %.1f, slowest %.1f; median of %d); "
           "with the wait for the frame clock's tick %.1f ms\n",
           what, times[ROUNDS / 2] / 1000, times[0] / 1000, times[ROUNDS - 1] / 1000, ROUNDS,
           totals[ROUNDS / 2] / 1000);
  g_print ("%s: %.1f\n", figure, times[ROUNDS / 2] / 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *uri = NULL;
  MgWindow *window;
  MgStateTabs *tabs;
  MgStatePage *page = NULL;
  MgSeatsView *view;
  double search_times[ROUNDS], search_totals[ROUNDS];
  double detail_times[ROUNDS], detail_totals[ROUNDS];
  guint shown[G_N_ELEMENTS (searches)] = { 0 };
  guint n_seats = 0, before = 0;
  int biggest = -1;

  if (argc > 2)
    {
      g_printerr ("Usage: %s [FEED.json]\n", argv[0]);
      return 2;
    }
  if (argc == 2)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (argv[1]);

      uri = g_file_get_uri (file);
    }
  else
    {
      uri = write_feed (argv[0], &dir);
    }
  /* The figures are the cairo renderer's. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  gtk_init ();
  bench_frames_init ();
  window = mg_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  tabs = mg_window_get_state_tabs (window);
  mg_window_load_uri (window, uri);
  while (mg_window_get_loading (window) || mg_state_tabs_get_n_pages (tabs) == 0)
    g_main_context_iteration (NULL, TRUE);
  if (dir != NULL)
    {
      g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);

      g_unlink (path);
      g_rmdir (dir);
    }

  /* The state with the most seats (Uttar Pradesh's 403), its seats shown
   * and the search focused, as when about to type. */
  for (guint i = 0; i < mg_state_tabs_get_n_pages (tabs); i++)
    {
      MgStatePage *candidate = mg_state_tabs_get_page (tabs, i);
      guint n = mg_state_result_get_n_constituencies (mg_state_page_get_state (candidate));

      if (n > n_seats)
        {
          n_seats = n;
          biggest = (int) i;
          page = candidate;
        }
    }
  if (page == NULL)
    g_error ("the feed lists no seats");
  mg_state_tabs_select_index (tabs, biggest, FALSE);
  if (!mg_state_page_show_seats (page))
    g_error ("no seats view");
  view = mg_state_page_get_seats_view (page);
  while (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    g_main_context_iteration (NULL, TRUE);
  mg_seats_view_focus_search (view);
  bench_frames_watch (GTK_WIDGET (window));
  for (guint i = 0; i < 30; i++)
    g_main_context_iteration (NULL, FALSE);
  bench_frames_settle ();

  /* A keystroke: the search changed, the filter applied at once (not after
   * the entry's 150 ms), the list laid out and painted. */
  for (guint r = 0; r < ROUNDS; r++)
    {
      guint k = r % G_N_ELEMENTS (searches);
      gint64 start = bench_frames_begin ();

      mg_seats_view_set_search_text (view, searches[k]);
      wait_for_frame (start, &search_times[r], &search_totals[r]);
      shown[k] = mg_seats_view_get_n_shown (view);
      if (shown[k] == before)
        g_error ("“%s” shows as many seats as the search before it", searches[k]);
      before = shown[k];
      bench_frames_settle ();
    }

  /* A seat's detail opened from the list, which has the focus (a different
   * seat each round), to its first frame painted, where the stack's
   * crossfade starts; then back to the list, not counted. */
  mg_seats_view_set_search_text (view, "");
  mg_seats_view_show_list (view);
  bench_frames_settle ();
  for (guint r = 0; r < ROUNDS; r++)
    {
      guint number = 1 + (r * 97) % n_seats;
      gint64 start = bench_frames_begin ();

      if (!mg_seats_view_show_seat (view, number))
        g_error ("no seat %u", number);
      wait_for_frame (start, &detail_times[r], &detail_totals[r]);
      bench_frames_settle ();
      mg_seats_view_show_list (view);
      bench_frames_settle ();
    }

  g_print ("seats view: %s, %u seats; by search, the seats shown and the median time:",
           mg_state_result_get_name (mg_state_page_get_state (page)), n_seats);
  for (guint k = 0; k < G_N_ELEMENTS (searches); k++)
    {
      double times[ROUNDS];
      guint n = 0;

      for (guint r = k; r < ROUNDS; r += G_N_ELEMENTS (searches))
        times[n++] = search_times[r];
      qsort (times, n, sizeof (double), compare);
      g_print ("%s “%s” %u, %.1f ms", k > 0 ? ";" : "", searches[k], shown[k], times[n / 2] / 1000);
    }
  g_print ("\n");
  report ("seat search: filter, relayout and paint", "seat-search-ms", search_times,
          search_totals);
  report ("seat detail: fill, relayout and paint", "seat-detail-ms", detail_times,
          detail_totals);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
