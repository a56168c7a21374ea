/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window over time, under a real X server: a live feed, the time bar
 * over its stored snapshots, the Over Time view, a feed that went back,
 * the history's limit, and a folder of snapshots. */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "mg-election.h"
#include "mg-feed-source.h"
#include "mg-history.h"
#include "mg-open-feed-dialog.h"
#include "mg-state-page.h"
#include "mg-state-tabs.h"
#include "mg-test-util.h"
#include "mg-trend-view.h"
#include "mg-window-private.h"
#include "window-test-util.h"

static gboolean
shows_second_snapshot (gpointer data)
{
  return mg_test_decided_is (MG_WINDOW (data), 47);
}

static gboolean
offline (gpointer data)
{
  const char *subtitle = mg_window_get_subtitle (MG_WINDOW (data));

  return !mg_window_get_loading (MG_WINDOW (data)) && subtitle != NULL &&
         g_str_has_prefix (subtitle, "Offline — showing ");
}

/* The window on the replay server: it picks up the next snapshot by
 * itself, polls with conditional requests, and when the server goes away
 * keeps the results and says they are old. */
static void
test_live_feed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-snapshots-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (dir, "01.json", NULL);
  g_autofree char *second = g_build_filename (dir, "02.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *address = NULL;
  g_autofree char *log = NULL;
  g_autoptr (GSubprocess) server = NULL;
  g_autoptr (GDataInputStream) output = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) requests = g_string_new (NULL);
  MgWindow *window;
  char *start;

  mg_test_reset_settings ();
  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "default.json",
                                            NULL), &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (first, contents, -1, &error);
  g_assert_no_error (error);
  /* Himachal: Congress wins 30 and leads in 9. */
  changed = g_strdup (contents);
  start = strstr (changed, "\"won\": 22,");
  g_assert_nonnull (start);
  memcpy (start, "\"won\": 30,", strlen ("\"won\": 30,"));
  start = strstr (changed, "\"leading\": 17,");
  g_assert_nonnull (start);
  memcpy (start, "\"leading\":  9,", strlen ("\"leading\":  9,"));
  g_file_set_contents (second, changed, -1, &error);
  g_assert_no_error (error);

  address = mg_test_start_feed_server (dir, "--period=3", &server, &output);

  window = mg_test_window_follow (NULL, address, 5);
  mg_test_wait_for (mg_test_shows_first_snapshot, window);
  g_assert_true (g_str_has_prefix (mg_window_get_subtitle (window), "Updated "));

  /* Within one interval of the server moving on. */
  mg_test_wait_for (shows_second_snapshot, window);
  g_assert_true (g_str_has_prefix (mg_window_get_subtitle (window), "Updated "));

  /* Both snapshots were kept: the time bar goes back to the first, shown
   * everywhere, and Alt+End's step comes back to live. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->time_bar)));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history-step", "i", -1));
  g_assert_true (mg_test_shows_first_snapshot (window));
  g_assert_true (g_str_has_prefix (mg_time_bar_get_text (window->time_bar), "Showing "));
  g_assert_false (mg_window_history_step (window, -1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history-step", "i", G_MAXINT));
  g_assert_true (shows_second_snapshot (window));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");

  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (offline, window);
  g_assert_nonnull (mg_window_get_error (window));
  g_assert_true (shows_second_snapshot (window));
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);

  /* After the first answer, every request was conditional. */
  while ((log = g_data_input_stream_read_line_utf8 (output, NULL, NULL, NULL)) != NULL)
    {
      g_string_append_printf (requests, "%s\n", log);
      g_clear_pointer (&log, g_free);
    }
  g_test_message ("%s", requests->str);
  g_assert_nonnull (strstr (requests->str, "GET /feed.json -> 200"));
  g_assert_nonnull (strstr (requests->str, "If-None-Match: "));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_time_bar_moved_cb (MgTimeBar *bar,
                      int        index,
                      int       *moved_to)
{
  *moved_to = index;
}

static gboolean
time_bar_is_live (gpointer data)
{
  return mg_time_bar_get_shown (MG_TIME_BAR (data)) < 0;
}

/* The time bar over stored snapshots: hidden under two, Alt's steps move
 * it and say where, and a new snapshot extends it without moving a past
 * choice; at live it stays live. */
static void
test_time_bar (void)
{
  g_autoptr (GTimeZone) ist = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr (GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  MgTimeBar *bar = MG_TIME_BAR (g_object_ref_sink (mg_time_bar_new ()));
  int moved_to = 99;

  g_signal_connect (bar, "moved", G_CALLBACK (on_time_bar_moved_cb), &moved_to);
  g_ptr_array_add (times, g_date_time_new_utc (2022, 12, 8, 4, 0, 0));
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_false (mg_time_bar_step (bar, -1));

  g_ptr_array_add (times, g_date_time_new_utc (2022, 12, 8, 6, 10, 0));
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Live");
  g_assert_cmpint (moved_to, ==, 99);
  g_assert_false (mg_time_bar_step (bar, 1));
  g_assert_true (mg_time_bar_step (bar, -1));
  g_assert_cmpint (moved_to, ==, 0);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, 0);
  /* In the election's zone: 04:00 UTC is 09:30 IST. */
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Showing 09:30");

  moved_to = 99;
  g_ptr_array_add (times, g_date_time_new_utc (2022, 12, 8, 7, 40, 0));
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_cmpint (moved_to, ==, 99);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, 0);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Showing 09:30");

  g_assert_true (mg_time_bar_step (bar, 1));
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Showing 11:40");
  g_assert_true (mg_time_bar_step (bar, G_MAXINT));
  g_assert_cmpint (moved_to, ==, -1);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Live");
  g_assert_true (mg_time_bar_step (bar, G_MININT));
  g_assert_cmpint (moved_to, ==, 0);
  g_assert_true (mg_time_bar_step (bar, G_MAXINT));

  /* Live stays live as snapshots come. */
  g_ptr_array_add (times, g_date_time_new_utc (2022, 12, 8, 8, 0, 0));
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, -1);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Live");

  /* The replay starts at the first snapshot and plays on to live, where
   * it stops by itself. */
  mg_time_bar_set_playing (bar, TRUE);
  g_assert_true (mg_time_bar_get_playing (bar));
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, 0);
  g_assert_cmpint (moved_to, ==, 0);
  mg_test_wait_for (time_bar_is_live, bar);
  g_assert_false (mg_time_bar_get_playing (bar));
  g_assert_cmpint (moved_to, ==, -1);
  /* Stopped by hand, it stays where it is. */
  mg_time_bar_set_playing (bar, TRUE);
  mg_time_bar_set_playing (bar, FALSE);
  mg_test_spin (1500);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, 0);
  g_object_unref (bar);
}

/* The history thins: a snapshot before the one shown goes, and the bar
 * stays on the one shown, known by its time, not by its place; when the
 * one shown goes itself, the bar moves to the one before it and says so. */
static void
test_time_bar_thinned (void)
{
  g_autoptr (GTimeZone) ist = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr (GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  MgTimeBar *bar = MG_TIME_BAR (g_object_ref_sink (mg_time_bar_new ()));
  const int minutes[][2] = { { 9, 30 }, { 10, 0 }, { 10, 30 }, { 11, 40 }, { 12, 0 } };
  int moved_to = 99;

  g_signal_connect (bar, "moved", G_CALLBACK (on_time_bar_moved_cb), &moved_to);
  for (guint i = 0; i < G_N_ELEMENTS (minutes); i++)
    g_ptr_array_add (times, g_date_time_new (ist, 2022, 12, 8, minutes[i][0], minutes[i][1], 0));
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_true (mg_time_bar_step (bar, -1));
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Showing 11:40");

  /* 10:00 thinned away: still 11:40, now third. */
  moved_to = 99;
  g_ptr_array_remove_index (times, 1);
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, 2);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Showing 11:40");
  g_assert_cmpint (moved_to, ==, 99);

  /* 11:40 itself thinned away: the one before it. */
  g_ptr_array_remove_index (times, 2);
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, 1);
  g_assert_cmpint (moved_to, ==, 1);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Showing 10:30");

  /* No history left: live. */
  g_ptr_array_set_size (times, 0);
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, -1);
  g_assert_cmpint (moved_to, ==, -1);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Live");
  g_object_unref (bar);
}

/* Live need not be last: older results the feed went back to come after
 * it. The bar starts on live and comes back to it with Alt+End and Back
 * to Live, and goes on to the older ones, each shown by its own time. */
static void
test_time_bar_live_between (void)
{
  g_autoptr (GTimeZone) ist = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr (GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  MgTimeBar *bar = MG_TIME_BAR (g_object_ref_sink (mg_time_bar_new ()));
  int moved_to = 99;

  g_signal_connect (bar, "moved", G_CALLBACK (on_time_bar_moved_cb), &moved_to);
  g_ptr_array_add (times, g_date_time_new (ist, 2022, 12, 8, 9, 30, 0));
  g_ptr_array_add (times, g_date_time_new (ist, 2022, 12, 8, 10, 0, 0));
  g_ptr_array_add (times, g_date_time_new (ist, 2022, 12, 8, 10, 30, 0));
  mg_time_bar_set_times (bar, times, 1, ist);
  g_assert_cmpint (mg_time_bar_get_live (bar), ==, 1);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, -1);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Live");
  g_assert_false (mg_time_bar_step (bar, G_MAXINT));

  g_assert_true (mg_time_bar_step (bar, 1));
  g_assert_cmpint (moved_to, ==, 2);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Showing 10:30");
  g_assert_false (mg_time_bar_step (bar, 1));
  g_assert_true (mg_time_bar_step (bar, G_MAXINT));
  g_assert_cmpint (moved_to, ==, -1);
  g_assert_true (mg_time_bar_step (bar, -1));
  g_assert_cmpint (moved_to, ==, 0);
  g_assert_true (mg_time_bar_step (bar, 1));
  g_assert_cmpint (moved_to, ==, -1);
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Live");

  /* Newer results come: live is last again. */
  g_ptr_array_add (times, g_date_time_new (ist, 2022, 12, 8, 11, 0, 0));
  mg_time_bar_set_times (bar, times, -1, ist);
  g_assert_cmpint (mg_time_bar_get_live (bar), ==, 3);
  g_assert_cmpint (mg_time_bar_get_shown (bar), ==, -1);
  g_assert_true (mg_time_bar_step (bar, -1));
  g_assert_cmpstr (mg_time_bar_get_text (bar), ==, "Showing 10:30");
  g_object_unref (bar);
}

static gboolean
trend_has_three (gpointer data)
{
  MgStateTabs *tabs = mg_window_get_state_tabs (MG_WINDOW (data));
  MgTrendState *state = NULL;

  if (mg_state_tabs_get_n_pages (tabs) >= 2)
    state = mg_trend_chart_get_state (mg_trend_view_get_chart (mg_state_page_get_trend_view (mg_state_tabs_get_page (tabs, 1))));

  return state != NULL && mg_trend_state_get_n_points (state) == 3;
}

/* Two snapshots stored before, a third served: Himachal's page gets an
 * Over Time view of three points, says what changed since the first, and
 * follows the time bar back to the second. */
static void
test_over_time (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-trend-XXXXXX", NULL);
  g_autofree char *served = g_build_filename (dir, "01.json", NULL);
  g_autofree char *first = mg_test_himachal_snapshot ("\"won\": 10,", "\"leading\":  5,");
  g_autofree char *second = mg_test_himachal_snapshot ("\"won\": 22,", "\"leading\": 17,");
  g_autofree char *third = mg_test_himachal_snapshot ("\"won\": 30,", "\"leading\":  5,");
  g_autofree char *line = NULL;
  g_autofree char *address = NULL;
  g_autofree char *description = NULL;
  g_autoptr (GSubprocess) server = NULL;
  g_autoptr (GDataInputStream) output = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimeZone) ist = g_time_zone_new_identifier ("Asia/Kolkata");
  MgWindow *window;
  MgStatePage *page;
  MgTrendView *view;

  mg_test_reset_settings ();
  g_file_set_contents (served, third, -1, &error);
  g_assert_no_error (error);
  address = mg_test_start_feed_server (dir, "--period=600", &server, &output);
  {
    g_autoptr (MgHistory) stored = mg_history_open (address, 0);
    g_autoptr (GDateTime) t1 = g_date_time_new_utc (2022, 12, 8, 3, 0, 0);
    g_autoptr (GDateTime) t2 = g_date_time_new_utc (2022, 12, 8, 4, 10, 0);
    g_autoptr (GBytes) b1 = g_bytes_new (first, strlen (first));
    g_autoptr (GBytes) b2 = g_bytes_new (second, strlen (second));

    g_assert_true (mg_history_add (stored, b1, t1, NULL, &error));
    g_assert_true (mg_history_add (stored, b2, t2, NULL, &error));
    g_assert_no_error (error);
  }

  window = mg_window_new (NULL);
  mg_window_load_uri (window, address);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for (trend_has_three, window);
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 1);
  view = mg_state_page_get_trend_view (page);
  g_assert_true (mg_state_page_show_trend (page));
  g_assert_true (mg_state_tabs_select_index (mg_window_get_state_tabs (window), 1, FALSE));
  mg_test_spin (100);

  description = mg_trend_state_dup_description (mg_trend_chart_get_state (mg_trend_view_get_chart (view)), ist);
  g_assert_nonnull (strstr (description, "Congress: from 15 to 35 seats; crossed the majority mark of 35 at 09:40."));

  /* Live against the first snapshot, then the second against it. */
  g_assert_true (mg_trend_view_set_since (view, 0));
  g_assert_cmpstr (mg_trend_view_get_changes_heading (view), ==, "Since 08:30, Congress has 20 more");
  g_assert_true (mg_window_history_step (window, -1));
  mg_test_spin (100);
  g_assert_cmpstr (mg_trend_view_get_changes_heading (view), ==, "Since 08:30, Congress has 24 more");
  g_assert_true (mg_trend_view_set_since (view, 1));
  g_assert_cmpstr (mg_trend_view_get_changes_heading (view), ==, "Pick a time before 09:40 to see what changed since");
  /* Keys move the chart's cursor; the line under it says the numbers. */
  g_assert_true (mg_trend_chart_move_cursor (mg_trend_view_get_chart (view), G_MININT));
  {
    g_autofree char *text = mg_trend_chart_dup_cursor_text (mg_trend_view_get_chart (view));

    g_assert_cmpstr (text, ==, "08:30: Congress 15, BJP 26, Independents 3");
  }
  g_assert_false (mg_trend_chart_move_cursor (mg_trend_view_get_chart (view), -1));

  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The trend has read in what it reads of the stored snapshots. */
static gboolean
trend_caught_up (gpointer data)
{
  return MG_WINDOW (data)->trend_idle == 0 && mg_test_himachal_points (MG_WINDOW (data)) > 0;
}

static gboolean
stored_one (gpointer data)
{
  MgHistory *stored = mg_feed_source_get_history (mg_window_get_feed_source (MG_WINDOW (data)));

  return !mg_window_get_loading (MG_WINDOW (data)) && stored != NULL && mg_history_get_n_entries (stored) == 1;
}

static gboolean
shows_went_back_snapshot (gpointer data)
{
  return mg_test_decided_is (MG_WINDOW (data), 27);
}

static gboolean
says_feed_went_back (gpointer data)
{
  return mg_time_bar_get_note (MG_WINDOW (data)->time_bar) != NULL;
}

/* The numbers of the Himachal trend's point @point, after its time. */
static char *
himachal_point_text (MgWindow *window,
                     guint     point)
{
  MgTrendState *state = mg_trend_find_state (window->trend, "himachal-pradesh");
  g_autofree char *text = NULL;

  g_assert_nonnull (state);
  g_assert_cmpuint (point, <, mg_trend_state_get_n_points (state));
  text = mg_trend_state_dup_point_text (state, point, NULL);
  return g_strdup (strchr (text, ' ') + 1);
}

/* The server goes back from its 13:05 results to older ones of 12:00:
 * they are stored, but the newer stay live, the trend ends on them, and
 * the bar says why; the older are on the bar after live, showing their
 * own numbers. Newer results of 13:30 then are live, after them. */
static void
test_feed_went_back (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-back-XXXXXX", NULL);
  g_autofree char *newer_path = g_build_filename (dir, "01.json", NULL);
  g_autofree char *older_path = g_build_filename (dir, "02.json", NULL);
  g_autofree char *newest_path = g_build_filename (dir, "03.json", NULL);
  g_autofree char *newer = mg_test_himachal_snapshot ("\"won\": 22,", "\"leading\": 17,");
  g_autofree char *older = mg_test_himachal_snapshot ("\"won\": 10,", "\"leading\":  5,");
  g_autofree char *newest = mg_test_himachal_snapshot ("\"won\": 30,", "\"leading\":  5,");
  g_autofree char *address = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GSubprocess) server = NULL;
  g_autoptr (GDataInputStream) output = NULL;
  g_autoptr (GError) error = NULL;
  const char *bundled = "\"updated\": \"2022-12-08T13:05:00+05:30\"";
  MgWindow *window;
  MgHistory *stored;

  mg_test_reset_settings ();
  memcpy (strstr (older, bundled), "\"updated\": \"2022-12-08T12:00:00+05:30\"", strlen (bundled));
  memcpy (strstr (newest, bundled), "\"updated\": \"2022-12-08T13:30:00+05:30\"", strlen (bundled));
  g_file_set_contents (newer_path, newer, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (older_path, older, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (newest_path, newest, -1, &error);
  g_assert_no_error (error);
  /* Each snapshot fetched when the server has moved on to it. */
  address = mg_test_start_feed_server (dir, "--period=6", &server, &output);

  window = mg_test_window_follow (NULL, address, 600);
  mg_test_wait_for (stored_one, window);
  g_assert_true (mg_test_shows_first_snapshot (window));
  mg_test_wait_for_snapshot_served (output, 2);
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (says_feed_went_back, window);
  g_test_message ("%s", mg_time_bar_get_note (window->time_bar));
  g_assert_cmpstr (mg_time_bar_get_note (window->time_bar), ==,
                   "The feed went back to its results of 12:00; still showing those of 13:05");
  g_assert_true (mg_test_shows_first_snapshot (window));
  stored = mg_feed_source_get_history (mg_window_get_feed_source (window));
  g_assert_cmpuint (mg_history_get_n_entries (stored), ==, 2);

  /* Live is the newer, first on the bar; the trend ends on it. */
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");
  g_assert_cmpint (mg_time_bar_get_live (window->time_bar), ==, 0);
  g_assert_false (mg_window_history_step (window, G_MAXINT));
  g_assert_false (mg_window_history_step (window, -1));
  mg_test_wait_for (trend_caught_up, window);
  g_assert_true (mg_test_shows_first_snapshot (window));
  g_assert_cmpuint (mg_test_himachal_points (window), ==, 1);
  text = himachal_point_text (window, 0);
  g_assert_true (g_str_has_prefix (text, "Congress 39, "));

  /* The older is after it, with its own numbers. */
  g_assert_true (mg_window_history_step (window, 1));
  g_assert_true (shows_went_back_snapshot (window));
  g_assert_true (g_str_has_prefix (mg_time_bar_get_text (window->time_bar), "Showing "));
  g_assert_true (mg_window_history_step (window, G_MAXINT));
  g_assert_true (mg_test_shows_first_snapshot (window));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");

  /* Newer results are live again, last; the older stay where they came,
   * on the bar and in the trend. */
  mg_test_wait_for_snapshot_served (output, 3);
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (shows_second_snapshot, window);
  g_assert_null (mg_time_bar_get_note (window->time_bar));
  g_assert_cmpuint (mg_history_get_n_entries (stored), ==, 3);
  g_assert_cmpint (mg_time_bar_get_live (window->time_bar), ==, 2);
  mg_test_wait_for (mg_test_trend_has_three_points, window);
  g_clear_pointer (&text, g_free);
  text = himachal_point_text (window, 1);
  g_assert_true (g_str_has_prefix (text, "Congress 15, "));
  g_clear_pointer (&text, g_free);
  text = himachal_point_text (window, 2);
  g_assert_true (g_str_has_prefix (text, "Congress 35, "));
  g_assert_true (mg_window_history_step (window, -1));
  g_assert_true (shows_went_back_snapshot (window));
  g_assert_true (mg_window_history_step (window, -1));
  g_assert_true (mg_test_shows_first_snapshot (window));

  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
stored_thirty (gpointer data)
{
  MgWindow *window = data;
  MgHistory *stored = mg_feed_source_get_history (mg_window_get_feed_source (window));

  return !mg_window_get_loading (window) && stored != NULL && mg_history_get_n_entries (stored) == 30 &&
         window->trend_idle == 0;
}

static gboolean
shows_final_of_2100 (gpointer data)
{
  MgElection *election = mg_window_get_election (MG_WINDOW (data));
  GDateTime *updated = election != NULL ? mg_election_get_updated (election) : NULL;
  g_autoptr (GDateTime) nine_pm = g_date_time_new_utc (2022, 12, 8, 15, 30, 0);

  return updated != NULL && g_date_time_equal (updated, nine_pm);
}

/* The history-limit-mib setting is followed as it changes. Lowered to
 * 1 MiB, the 30 stored snapshots of 41 KiB are thinned at once, the
 * closest first, all before the one shown, and the bar stays on the one
 * shown; at 0 the window leaves the history out and stores nothing more. */
static void
test_history_limit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-limit-XXXXXX", NULL);
  g_autofree char *final = NULL;
  g_autofree char *spaced = NULL;
  g_autofree char *later = NULL;
  g_autofree char *address = NULL;
  g_autofree char *shown_text = NULL;
  g_autoptr (GSubprocess) server = NULL;
  g_autoptr (GDataInputStream) output = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GError) error = NULL;
  const char *updated = "\"updated\": \"2022-12-08T20:00:00+05:30\"";
  MgHistory *stored;
  MgWindow *window;
  guint n_kept;

  mg_test_reset_settings ();
  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "final-2022.json", NULL),
                       &final, NULL, &error);
  g_assert_no_error (error);
  /* The same results in other bytes, so that each is stored. */
  spaced = g_strconcat (final, "\n", NULL);
  later = g_strdup (final);
  memcpy (strstr (later, updated), "\"updated\": \"2022-12-08T21:00:00+05:30\"", strlen (updated));
  /* The server starts on the last stored, and has newer results next. */
  address = mg_test_serve_two (dir, spaced, later, "--period=8", &server, &output);
  {
    g_autoptr (MgHistory) history = mg_history_open (address, 0);

    /* Five a second after the first, the rest ten minutes apart. */
    for (int i = 0; i < 30; i++)
      {
        g_autoptr (GDateTime) start = g_date_time_new_utc (2022, 12, 8, 2, 30, 0);
        g_autoptr (GDateTime) when = g_date_time_add_seconds (start, i <= 5 ? i : 3600 + 600 * i);
        g_autoptr (GBytes) body = i % 2 ? g_bytes_new_static (spaced, strlen (spaced))
                                         : g_bytes_new_static (final, strlen (final));

        g_assert_true (mg_history_add (history, body, when, NULL, &error));
        g_assert_no_error (error);
      }
  }

  window = mg_test_window_follow (NULL, address, 600);
  mg_test_wait_for (stored_thirty, window);
  stored = mg_feed_source_get_history (mg_window_get_feed_source (window));
  g_assert_true (mg_window_history_step (window, -9));
  g_assert_cmpint (mg_time_bar_get_shown (window->time_bar), ==, 20);
  shown_text = g_strdup (mg_time_bar_get_text (window->time_bar));
  g_test_message ("%s", shown_text);

  g_settings_set_uint (settings, "history-limit-mib", 1);
  stored = mg_feed_source_get_history (mg_window_get_feed_source (window));
  n_kept = mg_history_get_n_entries (stored);
  g_test_message ("%u kept", n_kept);
  g_assert_cmpuint (n_kept, <, 30);
  g_assert_cmpuint (n_kept, >, 20);
  {
    g_autoptr (MgHistory) on_disk = mg_history_open (address, 0);

    g_assert_cmpuint (mg_history_get_n_entries (on_disk), ==, n_kept);
  }
  g_assert_cmpint (mg_time_bar_get_shown (window->time_bar), ==, 20 - (30 - (int) n_kept));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, shown_text);

  /* None kept: the bar goes, live is shown, and what comes is not stored. */
  g_settings_set_uint (settings, "history-limit-mib", 0);
  g_assert_null (mg_feed_source_get_history (mg_window_get_feed_source (window)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->time_bar)));
  g_assert_cmpint (mg_time_bar_get_shown (window->time_bar), ==, -1);
  mg_test_wait_for_snapshot_served (output, 2);
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (shows_final_of_2100, window);
  {
    g_autoptr (MgHistory) on_disk = mg_history_open (address, 0);

    g_assert_cmpuint (mg_history_get_n_entries (on_disk), ==, n_kept);
  }

  g_settings_reset (settings, "history-limit-mib");
  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The bundled feed as it stood at @updated (its own time) with Himachal's
 * Congress on @won won and @leading leading, as @dir/@name. */
static void
write_folder_snapshot (const char *dir,
                       const char *name,
                       const char *updated,
                       const char *won,
                       const char *leading)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  char *start;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "default.json", NULL),
                       &contents, NULL, &error);
  g_assert_no_error (error);
  start = strstr (contents, "\"updated\": \"2022-12-08T13:05:00+05:30\"");
  g_assert_nonnull (start);
  memcpy (start + strlen ("\"updated\": \""), updated, strlen ("2022-12-08T13:05:00+05:30"));
  start = strstr (contents, "\"won\": 22,");
  g_assert_nonnull (start);
  memcpy (start + strlen ("\"won\": "), won, 2);
  start = strstr (contents, "\"leading\": 17,");
  g_assert_nonnull (start);
  memcpy (start + strlen ("\"leading\": "), leading, 2);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* How many files and folders there are under @dir, all the way down. */
static guint
count_tree (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      n += 1 + (g_file_test (path, G_FILE_TEST_IS_DIR) ? count_tree (path) : 0);
    }
  return n;
}

static gboolean
shows_third_folder_snapshot (gpointer data)
{
  return mg_test_decided_is (MG_WINDOW (data), 52);
}

static gboolean
shows_fourth_folder_snapshot (gpointer data)
{
  return mg_test_decided_is (MG_WINDOW (data), 56);
}

static gboolean
folder_chooser_has_file (gpointer data)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (data));

  return file != NULL && g_str_has_prefix (g_file_peek_path (file), g_object_get_data (data, "folder"));
}

/* A folder of three snapshot files, chosen in Open Feed, is a recorded
 * count: the last shown as live, the time bar over all three at the feeds'
 * own times, Alt+Left showing the one before everywhere; and nothing of
 * it is written, neither cache nor history. */
static void
test_snapshot_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-folder-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (dir, "01.json", NULL);
  g_autofree char *second = g_build_filename (dir, "02.json", NULL);
  g_autofree char *third = g_build_filename (dir, "03.json", NULL);
  g_autofree char *fourth = g_build_filename (dir, "04.json", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (folder);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *remembered = NULL;
  /* What the feed cache and the history write: the rest of those folders
   * (a shader cache) is not the window's. */
  g_autofree char *cache_dir = g_build_filename (g_get_user_cache_dir (), "matganana", NULL);
  g_autofree char *history_dir = g_build_filename (g_get_user_data_dir (), "matganana", NULL);
  MgOpenFeedDialog *dialog;
  GtkFileChooser *chooser;
  GtkWidget *choose;
  MgWindow *window;
  guint cached, stored;

  /* Himachal's Congress: 22 won and 17 leading, 30 and 9, then 35 and 4,
   * so 39, 47 and 52 seats decided. */
  write_folder_snapshot (dir, "01.json", "2022-12-08T09:30:00+05:30", "22", "17");
  write_folder_snapshot (dir, "02.json", "2022-12-08T11:40:00+05:30", "30", " 9");
  write_folder_snapshot (dir, "03.json", "2022-12-08T13:05:00+05:30", "35", " 4");
  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  cached = count_tree (cache_dir);
  stored = count_tree (history_dir);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-feed", NULL));
  dialog = mg_test_find_open_feed_dialog ();
  g_assert_nonnull (dialog);
  choose = mg_test_find_button_with_label (GTK_WIDGET (dialog), "Choose Fol_der…");
  g_assert_nonnull (choose);
  g_signal_emit_by_name (choose, "clicked");
  chooser = mg_open_feed_dialog_get_folder_chooser (dialog);
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  g_object_set_data_full (G_OBJECT (chooser), "folder", g_strdup (dir), g_free);
  g_assert_true (gtk_file_chooser_set_file (chooser, folder, NULL));
  mg_test_wait_for (folder_chooser_has_file, chooser);
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  mg_test_wait_for (shows_third_folder_snapshot, window);
  g_assert_null (mg_test_find_open_feed_dialog ());
  remembered = g_settings_get_string (settings, "feed-uri");
  g_assert_cmpstr (remembered, ==, uri);
  g_assert_null (mg_window_get_error (window));
  g_assert_cmpstr (mg_window_get_subtitle (window), ==, "Updated 8 Dec 2022, 13:05 IST");

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->time_bar)));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");
  g_assert_true (mg_window_history_step (window, -1));
  g_assert_true (shows_second_snapshot (window));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Showing 11:40");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history-step", "i", G_MININT));
  g_assert_true (mg_test_shows_first_snapshot (window));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Showing 09:30");
  g_assert_false (mg_window_history_step (window, -1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history-step", "i", G_MAXINT));
  g_assert_true (shows_third_folder_snapshot (window));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");

  /* Nothing kept of it: no cached copy, no history; the folder as it was. */
  g_assert_cmpuint (count_tree (cache_dir), ==, cached);
  g_assert_cmpuint (count_tree (history_dir), ==, stored);
  g_assert_cmpuint (count_tree (dir), ==, 3);

  /* Read again on refresh, as the count goes on; a file that is not a
   * feed is named in the error bar, and the rest shown. */
  write_folder_snapshot (dir, "04.json", "2022-12-08T14:00:00+05:30", "39", " 0");
  g_assert_true (g_file_set_contents (notes, "Counting resumes at 14:30.", -1, NULL));
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (shows_fourth_folder_snapshot, window);
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");
  g_assert_true (mg_window_history_step (window, -1));
  g_assert_true (shows_third_folder_snapshot (window));
  g_assert_nonnull (mg_window_get_error (window));
  g_assert_true (g_str_has_prefix (mg_window_get_error (window), "Skipped 1 file that is not a feed: "));
  g_assert_nonnull (strstr (mg_window_get_error (window), notes));
  gtk_window_destroy (GTK_WINDOW (window));

  for (guint i = 0; i < 5; i++)
    {
      const char *paths[] = { first, second, third, fourth, notes };
      g_autoptr (GFile) file = g_file_new_for_path (paths[i]);

      g_file_delete (file, NULL, NULL);
    }
  g_file_delete (folder, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  mg_test_window_init (&argc, &argv);

  g_test_add_func ("/window/live-feed", test_live_feed);
  g_test_add_func ("/window/time-bar", test_time_bar);
  g_test_add_func ("/window/time-bar-thinned", test_time_bar_thinned);
  g_test_add_func ("/window/time-bar-live-between", test_time_bar_live_between);
  g_test_add_func ("/window/over-time", test_over_time);
  g_test_add_func ("/window/feed-went-back", test_feed_went_back);
  g_test_add_func ("/window/history-limit", test_history_limit);
  g_test_add_func ("/window/snapshot-folder", test_snapshot_folder);

  return g_test_run ();
}
