/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "mg-chart-layout.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-party-result.h"
#include "mg-state-page.h"
#include "mg-state-tabs.h"
#include "mg-test-util.h"
#include "mg-feed-source.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-state-result.h"
#include "mg-open-feed-dialog.h"
#include "mg-a11y.h"
#include "mg-alliance.h"
#include "mg-changes-view.h"
#include "mg-print-operation.h"
#include "mg-reader-private.h"
#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-seat-chart.h"
#include "mg-user-alliances.h"
#include "mg-seat-row.h"
#include "mg-seat-text.h"
#include "mg-seats-header.h"
#include "mg-seats-view-private.h"
#include "mg-window-private.h"
#include "mg-history.h"
#include "mg-application.h"
#include "mg-application-private.h"
#include "mg-trend-view.h"

static gboolean
loaded (gpointer data)
{
  return !mg_window_get_loading (MG_WINDOW (data));
}

static MgWindow *
new_window (const char *feed_name)
{
  MgWindow *window = mg_window_new (NULL);

  mg_window_load_uri (window, MG_FEED_DEFAULT_URI);
  mg_test_wait_for (loaded, window);
  if (feed_name != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds",
                                                                         feed_name, NULL));

      mg_window_load_feed (window, file);
      mg_test_wait_for (loaded, window);
    }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static const char *
selected_id (MgWindow *window)
{
  MgStateResult *state = mg_window_get_selected_state (window);

  return state != NULL ? mg_state_result_get_id (state) : NULL;
}

static const char *
tab_text (MgWindow *window,
          int       index)
{
  GtkWidget *child = mg_state_tabs_get_tab (mg_window_get_state_tabs (window), (guint) index);

  /* The tab is a button holding a label, perhaps inside a box. */
  while (child != NULL && !GTK_IS_LABEL (child))
    child = gtk_widget_get_first_child (child);
  return child != NULL ? gtk_label_get_text (GTK_LABEL (child)) : NULL;
}

typedef gboolean (*WidgetTest) (GtkWidget    *widget,
                              gconstpointer data);

/* The first widget under @root, @root included, that passes @test. */
static GtkWidget *
find_widget (GtkWidget    *root,
             WidgetTest    test,
             gconstpointer data)
{
  if (test (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, test, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget    *widget,
            gconstpointer data)
{
  return g_type_is_a (G_OBJECT_TYPE (widget), (GType) GPOINTER_TO_SIZE (data));
}

static gboolean
has_class (GtkWidget    *widget,
           gconstpointer data)
{
  return gtk_widget_has_css_class (widget, data);
}

static gboolean
is_button_labelled (GtkWidget    *widget,
                    gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static GtkWidget *
find_widget_of_type (GtkWidget *root,
                     GType      type)
{
  return find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

static GtkWidget *
find_widget_with_class (GtkWidget  *root,
                        const char *css_class)
{
  return find_widget (root, has_class, css_class);
}

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *label)
{
  return find_widget (root, is_button_labelled, label);
}

/* The Open Feed dialog, once open. */
static MgOpenFeedDialog *
find_open_feed_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (MG_IS_OPEN_FEED_DIALOG (toplevel))
        return MG_OPEN_FEED_DIALOG (toplevel);
    }
  return NULL;
}

static void
reset_settings (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);

  g_settings_reset (settings, "selected-state");
  g_settings_reset (settings, "window-size");
}

static void
test_page_per_state (void)
{
  MgWindow *window;
  g_autoptr (GFile) ten = NULL;
  g_autoptr (GFile) one = NULL;

  reset_settings ();
  window = new_window (NULL);

  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);
  g_assert_cmpstr (tab_text (window, 0), ==, "Gujarat");
  g_assert_cmpstr (tab_text (window, 1), ==, "Himachal Pradesh");
  g_assert_cmpstr (selected_id (window), ==, "gujarat");

  ten = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds", "good-ten-states.json", NULL));
  mg_window_load_feed (window, ten);
  mg_test_wait_for (loaded, window);
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 10);
  g_assert_cmpstr (tab_text (window, 9), ==, "State 9");

  one = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds", "good-minimal.json", NULL));
  mg_window_load_feed (window, one);
  mg_test_wait_for (loaded, window);
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 1);
  g_assert_cmpstr (tab_text (window, 0), ==, "Gujarat");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_by_action (void)
{
  MgWindow *window;

  reset_settings ();
  window = new_window (NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.select-state", "i", 1));
  g_assert_cmpstr (selected_id (window), ==, "himachal-pradesh");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Himachal Pradesh — Matganana");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-state", NULL));
  g_assert_cmpstr (selected_id (window), ==, "gujarat");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-state", NULL));
  g_assert_cmpstr (selected_id (window), ==, "himachal-pradesh");

  /* Out of range: nothing happens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.select-state", "i", 8));
  g_assert_cmpstr (selected_id (window), ==, "himachal-pradesh");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
himachal_selected (gpointer data)
{
  return g_strcmp0 (selected_id (MG_WINDOW (data)), "himachal-pradesh") == 0;
}

static gboolean
is_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (data));
}

/* A real Alt+2 key press through the X server. */
static void
test_alt_2 (void)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autoptr (GError) error = NULL;
  MgWindow *window;
  GdkSurface *surface;
  g_autofree char *command = NULL;
  int status = 0;

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs xdotool and an X server");
      return;
    }

  reset_settings ();
  window = new_window (NULL);
  g_assert_cmpstr (selected_id (window), ==, "gujarat");

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  command = g_strdup_printf ("%s windowfocus --sync %lu", xdotool,
                             (gulong) gdk_x11_surface_get_xid (surface));
  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  mg_test_wait_for (is_active, window);

  g_clear_pointer (&command, g_free);
  command = g_strdup_printf ("%s key --clearmodifiers alt+2", xdotool);
  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);

  mg_test_wait_for (himachal_selected, window);
  gtk_window_destroy (GTK_WINDOW (window));
#else
  g_test_skip ("needs X11");
#endif
}

static void
test_remembers_state (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *saved = NULL;
  MgWindow *window;
  int width, height;

  reset_settings ();
  g_settings_set_string (settings, "selected-state", "himachal-pradesh");
  g_settings_set (settings, "window-size", "(ii)", 800, 600);

  window = new_window (NULL);
  g_assert_cmpstr (selected_id (window), ==, "himachal-pradesh");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 800);
  g_assert_cmpint (height, ==, 600);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.select-state", "i", 0));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  gtk_window_close (GTK_WINDOW (window));

  saved = g_settings_get_string (settings, "selected-state");
  g_assert_cmpstr (saved, ==, "gujarat");
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
}

/* A bad feed after a good one leaves the good results on screen. */
static void
test_bad_update_keeps_data (void)
{
  g_autoptr (GFile) bad = NULL;
  MgWindow *window;

  reset_settings ();
  window = new_window (NULL);
  g_assert_null (mg_window_get_error (window));

  bad = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds", "bad-sum-over-seats.json", NULL));
  mg_window_load_feed (window, bad);
  mg_test_wait_for (loaded, window);

  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);
  g_assert_cmpuint (mg_election_get_n_states (mg_window_get_election (window)), ==, 2);
  g_assert_nonnull (mg_window_get_error (window));
  g_assert_nonnull (strstr (mg_window_get_error (window), "states[0].parties: won plus leading"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
decided_is (MgWindow *window,
            guint     decided)
{
  MgStateResult *state = mg_election_find_state (mg_window_get_election (window),
                                                 "himachal-pradesh", NULL);

  return state != NULL && mg_state_result_get_decided (state) == decided;
}

static gboolean
shows_second_snapshot (gpointer data)
{
  return decided_is (MG_WINDOW (data), 47);
}

static gboolean
shows_first_snapshot (gpointer data)
{
  return decided_is (MG_WINDOW (data), 39);
}

static gboolean
offline (gpointer data)
{
  const char *subtitle = mg_window_get_subtitle (MG_WINDOW (data));

  return !mg_window_get_loading (MG_WINDOW (data)) && subtitle != NULL &&
         g_str_has_prefix (subtitle, "Offline — showing ");
}

/* Starts the replay server on @dir, a snapshot every @period seconds;
 * its log of requests comes on @output. Returns: the feed's address */
static char *
start_feed_server (const char        *dir,
                   const char        *period,
                   GSubprocess      **server,
                   GDataInputStream **output)
{
  g_autofree char *server_path = g_test_build_filename (G_TEST_BUILT, "feed-server", NULL);
  g_autofree char *line = NULL;
  g_autoptr (GError) error = NULL;

  *server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, server_path, period, dir, NULL);
  g_assert_no_error (error);
  *output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (*server));
  line = g_data_input_stream_read_line_utf8 (*output, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  return g_strndup (strstr (line, "http://"), strstr (line, "feed.json") + 9 - strstr (line, "http://"));
}

/* Reads the replay server's log until it says it serves snapshot @n. */
static void
wait_for_snapshot_served (GDataInputStream *output,
                          guint             n)
{
  g_autofree char *wanted = g_strdup_printf ("now serving snapshot %u of ", n);

  for (;;)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (output, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (line);
      if (g_str_has_prefix (line, wanted))
        return;
    }
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

  reset_settings ();
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

  address = start_feed_server (dir, "--period=3", &server, &output);

  window = mg_window_new (NULL);
  mg_feed_source_set_interval (mg_window_get_feed_source (window), 5);
  mg_window_load_uri (window, address);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for (shows_first_snapshot, window);
  g_assert_true (g_str_has_prefix (mg_window_get_subtitle (window), "Updated "));

  /* Within one interval of the server moving on. */
  mg_test_wait_for (shows_second_snapshot, window);
  g_assert_true (g_str_has_prefix (mg_window_get_subtitle (window), "Updated "));

  /* Both snapshots were kept: the time bar goes back to the first, shown
   * everywhere, and Alt+End's step comes back to live. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->time_bar)));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history-step", "i", -1));
  g_assert_true (shows_first_snapshot (window));
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

/* Writes the bundled feed, Himachal's Congress won and leading patched. */
static char *
himachal_snapshot (const char *won,
                   const char *leading)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  char *at;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "default.json", NULL),
                       &contents, NULL, &error);
  g_assert_no_error (error);
  at = strstr (contents, "\"won\": 22,");
  memcpy (at, won, strlen (won));
  at = strstr (contents, "\"leading\": 17,");
  memcpy (at, leading, strlen (leading));
  return contents;
}

/* Two snapshots stored before, a third served: Himachal's page gets an
 * Over Time view of three points, says what changed since the first, and
 * follows the time bar back to the second. */
static void
test_over_time (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-trend-XXXXXX", NULL);
  g_autofree char *served = g_build_filename (dir, "01.json", NULL);
  g_autofree char *first = himachal_snapshot ("\"won\": 10,", "\"leading\":  5,");
  g_autofree char *second = himachal_snapshot ("\"won\": 22,", "\"leading\": 17,");
  g_autofree char *third = himachal_snapshot ("\"won\": 30,", "\"leading\":  5,");
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

  reset_settings ();
  g_file_set_contents (served, third, -1, &error);
  g_assert_no_error (error);
  address = start_feed_server (dir, "--period=600", &server, &output);
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

static guint
himachal_points (MgWindow *window)
{
  MgTrendState *state = mg_trend_find_state (window->trend, "himachal-pradesh");

  return state != NULL ? mg_trend_state_get_n_points (state) : 0;
}

static gboolean
trend_has_two_points (gpointer data)
{
  return himachal_points (MG_WINDOW (data)) == 2;
}

static gboolean
trend_has_three_points (gpointer data)
{
  return himachal_points (MG_WINDOW (data)) == 3;
}

/* The trend has read in what it reads of the stored snapshots. */
static gboolean
trend_caught_up (gpointer data)
{
  return MG_WINDOW (data)->trend_idle == 0 && himachal_points (MG_WINDOW (data)) > 0;
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
  return decided_is (MG_WINDOW (data), 27);
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
  g_autofree char *newer = himachal_snapshot ("\"won\": 22,", "\"leading\": 17,");
  g_autofree char *older = himachal_snapshot ("\"won\": 10,", "\"leading\":  5,");
  g_autofree char *newest = himachal_snapshot ("\"won\": 30,", "\"leading\":  5,");
  g_autofree char *address = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GSubprocess) server = NULL;
  g_autoptr (GDataInputStream) output = NULL;
  g_autoptr (GError) error = NULL;
  const char *bundled = "\"updated\": \"2022-12-08T13:05:00+05:30\"";
  MgWindow *window;
  MgHistory *stored;

  reset_settings ();
  memcpy (strstr (older, bundled), "\"updated\": \"2022-12-08T12:00:00+05:30\"", strlen (bundled));
  memcpy (strstr (newest, bundled), "\"updated\": \"2022-12-08T13:30:00+05:30\"", strlen (bundled));
  g_file_set_contents (newer_path, newer, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (older_path, older, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (newest_path, newest, -1, &error);
  g_assert_no_error (error);
  /* Each snapshot fetched when the server has moved on to it. */
  address = start_feed_server (dir, "--period=6", &server, &output);

  window = mg_window_new (NULL);
  mg_feed_source_set_interval (mg_window_get_feed_source (window), 600);
  mg_window_load_uri (window, address);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for (stored_one, window);
  g_assert_true (shows_first_snapshot (window));
  wait_for_snapshot_served (output, 2);
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (says_feed_went_back, window);
  g_test_message ("%s", mg_time_bar_get_note (window->time_bar));
  g_assert_cmpstr (mg_time_bar_get_note (window->time_bar), ==,
                   "The feed went back to its results of 12:00; still showing those of 13:05");
  g_assert_true (shows_first_snapshot (window));
  stored = mg_feed_source_get_history (mg_window_get_feed_source (window));
  g_assert_cmpuint (mg_history_get_n_entries (stored), ==, 2);

  /* Live is the newer, first on the bar; the trend ends on it. */
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");
  g_assert_cmpint (mg_time_bar_get_live (window->time_bar), ==, 0);
  g_assert_false (mg_window_history_step (window, G_MAXINT));
  g_assert_false (mg_window_history_step (window, -1));
  mg_test_wait_for (trend_caught_up, window);
  g_assert_true (shows_first_snapshot (window));
  g_assert_cmpuint (himachal_points (window), ==, 1);
  text = himachal_point_text (window, 0);
  g_assert_true (g_str_has_prefix (text, "Congress 39, "));

  /* The older is after it, with its own numbers. */
  g_assert_true (mg_window_history_step (window, 1));
  g_assert_true (shows_went_back_snapshot (window));
  g_assert_true (g_str_has_prefix (mg_time_bar_get_text (window->time_bar), "Showing "));
  g_assert_true (mg_window_history_step (window, G_MAXINT));
  g_assert_true (shows_first_snapshot (window));
  g_assert_cmpstr (mg_time_bar_get_text (window->time_bar), ==, "Live");

  /* Newer results are live again, last; the older stay where they came,
   * on the bar and in the trend. */
  wait_for_snapshot_served (output, 3);
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (shows_second_snapshot, window);
  g_assert_null (mg_time_bar_get_note (window->time_bar));
  g_assert_cmpuint (mg_history_get_n_entries (stored), ==, 3);
  g_assert_cmpint (mg_time_bar_get_live (window->time_bar), ==, 2);
  mg_test_wait_for (trend_has_three_points, window);
  g_clear_pointer (&text, g_free);
  text = himachal_point_text (window, 1);
  g_assert_true (g_str_has_prefix (text, "Congress 15, "));
  g_clear_pointer (&text, g_free);
  text = himachal_point_text (window, 2);
  g_assert_true (g_str_has_prefix (text, "Congress 35, "));
  g_assert_true (mg_window_history_step (window, -1));
  g_assert_true (shows_went_back_snapshot (window));
  g_assert_true (mg_window_history_step (window, -1));
  g_assert_true (shows_first_snapshot (window));

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
  g_autofree char *served_first = g_build_filename (dir, "01.json", NULL);
  g_autofree char *served_next = g_build_filename (dir, "02.json", NULL);
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

  reset_settings ();
  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "feeds", "final-2022.json", NULL),
                       &final, NULL, &error);
  g_assert_no_error (error);
  /* The same results in other bytes, so that each is stored. */
  spaced = g_strconcat (final, "\n", NULL);
  later = g_strdup (final);
  memcpy (strstr (later, updated), "\"updated\": \"2022-12-08T21:00:00+05:30\"", strlen (updated));
  /* The server starts on the last stored, and has newer results next. */
  g_file_set_contents (served_first, spaced, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (served_next, later, -1, &error);
  g_assert_no_error (error);
  address = start_feed_server (dir, "--period=8", &server, &output);
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

  window = mg_window_new (NULL);
  mg_feed_source_set_interval (mg_window_get_feed_source (window), 600);
  mg_window_load_uri (window, address);
  gtk_window_present (GTK_WINDOW (window));
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
  wait_for_snapshot_served (output, 2);
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

/* A stand-in for the desktop's notification server on the test's session
 * bus: it keeps each notification's summary and body. */
static const char notifications_xml[] =
  "<node><interface name='org.freedesktop.Notifications'>"
  "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "<arg type='as' direction='in'/><arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "<arg type='u' direction='out'/></method>"
  "<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "</interface></node>";

static void
on_notifications_method_cb (GDBusConnection       *connection,
                            const char            *sender,
                            const char            *path,
                            const char            *interface,
                            const char            *method,
                            GVariant              *parameters,
                            GDBusMethodInvocation *invocation,
                            gpointer               user_data)
{
  GPtrArray *received = user_data;

  if (g_str_equal (method, "Notify"))
    {
      const char *summary, *body;

      g_variant_get_child (parameters, 3, "&s", &summary);
      g_variant_get_child (parameters, 4, "&s", &body);
      g_ptr_array_add (received, g_strdup_printf ("%s | %s", summary, body));
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", received->len));
    }
  else if (g_str_equal (method, "GetCapabilities"))
    {
      const char *capabilities[] = { "body", "actions", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", capabilities));
    }
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

#ifdef GDK_WINDOWING_X11
/* Gives @window the focus through the X server. */
static void
focus_window (const char *xdotool,
              GtkWindow  *window)
{
  g_autofree char *command = g_strdup_printf ("%s windowfocus --sync %lu", xdotool,
                                              (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  mg_test_wait_for (is_active, window);
}
#endif

#ifdef GDK_WINDOWING_X11
static void
press_keys (const char *xdotool,
            const char *keys)
{
  g_autofree char *command = g_strdup_printf ("%s key --clearmodifiers %s", xdotool, keys);
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
}
#endif

static gboolean
watches_abdasa (gpointer data)
{
  return mg_watchlist_contains (MG_WINDOW (data)->watchlist, "gujarat", 5);
}

static gboolean
has_notification (gpointer data)
{
  return ((GPtrArray *) data)->len > 0;
}

static gboolean
has_watch_banner (gpointer data)
{
  return mg_window_get_watch_banner (MG_WINDOW (data)) != NULL;
}

static gboolean
has_seats (gpointer data)
{
  MgStateTabs *tabs = mg_window_get_state_tabs (MG_WINDOW (data));

  return mg_state_tabs_get_n_pages (tabs) > 0 &&
         mg_state_result_get_n_constituencies (mg_state_page_get_state (mg_state_tabs_get_page (tabs, 0))) > 0;
}

static char *
seats_snapshot (const char *from,
                const char *to)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  GString *text;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL), &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return g_string_free (text, FALSE);
}

/* Kalol (127) is starred in its detail; the server's next snapshot puts
 * the BJP ahead there, which a bar in the focused window says; the one
 * after declares it, which the desktop is told while another window has
 * the focus. */
static void
test_watch_alerts (void)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *dir = g_dir_make_tmp ("matganana-watch-XXXXXX", NULL);
  g_autofree char *address = NULL;
  g_autoptr (GSubprocess) server = NULL;
  g_autoptr (GDataInputStream) output = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDBusConnection) bus = NULL;
  g_autoptr (GDBusNodeInfo) node = NULL;
  g_autoptr (GPtrArray) received = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (MgApplication) app = NULL;
  const GDBusInterfaceVTable vtable = { on_notifications_method_cb, NULL, NULL, { 0 } };
  const char *snapshots[][3] = {
    { "01.json", NULL, NULL },
    { "02.json", "\"votes\": 29500", "\"votes\": 39500" },
    { "03.json", "\"round\": {\n      \"current\": 12,", "\"status\": \"declared\",\n     \"round\": {\n      \"current\": 20," },
  };
  MgSeatsView *seats;
  MgWindow *window;
  GtkWidget *other;
  guint object_id, name_id;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL || xdotool == NULL ||
      !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs a session bus, xdotool and an X server");
      return;
    }
  reset_settings ();
  for (guint i = 0; i < G_N_ELEMENTS (snapshots); i++)
    {
      g_autofree char *path = g_build_filename (dir, snapshots[i][0], NULL);
      g_autofree char *text = seats_snapshot (snapshots[i][1], snapshots[i][2]);
      GString *edited = g_string_new (text);

      /* The third is declared, and for the BJP, as the second had it. */
      if (i == 2)
        g_assert_cmpuint (g_string_replace (edited, "\"votes\": 29500", "\"votes\": 39500", 1), ==, 1);
      g_file_set_contents (path, edited->str, -1, &error);
      g_string_free (edited, TRUE);
      g_assert_no_error (error);
    }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  node = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_assert_no_error (error);
  object_id = g_dbus_connection_register_object (bus, "/org/freedesktop/Notifications", node->interfaces[0],
                                                 &vtable, received, NULL, &error);
  g_assert_no_error (error);
  name_id = g_bus_own_name_on_connection (bus, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_REPLACE,
                                          NULL, NULL, NULL, NULL);
  app = mg_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  address = start_feed_server (dir, "--period=4", &server, &output);

  window = mg_window_new (app);
  mg_feed_source_set_interval (mg_window_get_feed_source (window), 5);
  mg_window_load_uri (window, address);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for (has_seats, window);

  /* Starred from its detail, as a user would. */
  mg_window_show_seat (window, 127);
  seats = mg_state_page_get_seats_view (mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0));
  g_assert_cmpuint (mg_seats_view_get_detail_number (seats), ==, 127);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (mg_seats_view_get_watch_button (seats))));
  /* A button's activation is a press, and its release a moment later. */
  gtk_widget_activate (mg_seats_view_get_watch_button (seats));
  mg_test_spin (500);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (mg_seats_view_get_watch_button (seats))));
  g_assert_true (mg_watchlist_contains (window->watchlist, "gujarat", 127));

  /* Focused: the bar says it, the desktop is not told. */
  focus_window (xdotool, GTK_WINDOW (window));
  mg_test_wait_for (has_watch_banner, window);
  g_assert_cmpstr (mg_window_get_watch_banner (window), ==, "127 · Kalol: BJP now leads");
  g_assert_cmpuint (received->len, ==, 0);

  /* Another window has the focus: the desktop is told. */
  other = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (other));
  focus_window (xdotool, GTK_WINDOW (other));
  mg_test_wait_for (is_active, other);
  g_assert_false (gtk_window_is_active (GTK_WINDOW (window)));
  mg_test_wait_for (has_notification, received);
  g_test_message ("%s", (char *) g_ptr_array_index (received, 0));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (received, 0), "127 · Kalol: BJP wins | 127 Kalol: "));
  gtk_window_destroy (GTK_WINDOW (other));

  /* The Watched filter lists the starred seat alone; Ctrl+D on the
   * list's selected seat stars it too. */
  mg_seats_view_show_list (seats);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mg_seats_view_get_watched_button (seats)), TRUE);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mg_seats_view_get_watched_button (seats)), FALSE);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 5);
  gtk_selection_model_select_item (gtk_grid_view_get_model (GTK_GRID_VIEW (mg_seats_view_get_list (seats))), 0, TRUE);
  focus_window (xdotool, GTK_WINDOW (window));
  gtk_widget_grab_focus (mg_seats_view_get_list (seats));
  press_keys (xdotool, "ctrl+d");
  mg_test_wait_for (watches_abdasa, window);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mg_seats_view_get_watched_button (seats)), TRUE);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 2);

  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_bus_unown_name (name_id);
  g_dbus_connection_unregister_object (bus, object_id);
#else
  g_test_skip ("needs X11");
#endif
}

/* What changed is by default since the latest snapshot when the window
 * last lost the focus: the one fetched at 09:40 and half a second, not
 * the one before it, though a time to the second would name that one. */
static void
test_last_looked (void)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *dir = g_dir_make_tmp ("matganana-looked-XXXXXX", NULL);
  g_autofree char *served_first = g_build_filename (dir, "01.json", NULL);
  g_autofree char *served_next = g_build_filename (dir, "02.json", NULL);
  g_autofree char *first = himachal_snapshot ("\"won\": 10,", "\"leading\":  5,");
  g_autofree char *second = himachal_snapshot ("\"won\": 22,", "\"leading\": 17,");
  g_autofree char *third = himachal_snapshot ("\"won\": 30,", "\"leading\":  5,");
  g_autofree char *address = NULL;
  g_autoptr (GSubprocess) server = NULL;
  g_autoptr (GDataInputStream) output = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GVariant) looked = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) t1 = g_date_time_new_utc (2022, 12, 8, 3, 0, 0);
  g_autoptr (GDateTime) t2 = g_date_time_new_utc (2022, 12, 8, 4, 10, 0.5);
  gint64 usec = 0;
  GtkWidget *other, *spin;
  MgWindow *window;
  MgStatePage *page;
  MgTrendView *view;
  const char *text;

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs xdotool and an X server");
      return;
    }
  reset_settings ();
  g_settings_reset (settings, "last-looked");
  /* The server starts on the second snapshot, already stored, and moves
   * on to the third. */
  g_file_set_contents (served_first, second, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (served_next, third, -1, &error);
  g_assert_no_error (error);
  address = start_feed_server (dir, "--period=6", &server, &output);
  {
    g_autoptr (MgHistory) stored = mg_history_open (address, 0);
    g_autoptr (GBytes) b1 = g_bytes_new (first, strlen (first));
    g_autoptr (GBytes) b2 = g_bytes_new (second, strlen (second));

    g_assert_true (mg_history_add (stored, b1, t1, NULL, &error));
    g_assert_true (mg_history_add (stored, b2, t2, NULL, &error));
    g_assert_no_error (error);
  }

  window = mg_window_new (NULL);
  mg_feed_source_set_interval (mg_window_get_feed_source (window), 600);
  mg_window_load_uri (window, address);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for (trend_has_two_points, window);

  /* Looked at the second, then away. */
  focus_window (xdotool, GTK_WINDOW (window));
  other = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (other));
  focus_window (xdotool, GTK_WINDOW (other));
  looked = g_settings_get_value (settings, "last-looked");
  g_assert_true (g_variant_lookup (looked, address, "x", &usec));
  g_assert_cmpint (usec, ==, g_date_time_to_unix (t2) * G_USEC_PER_SEC + 500000);

  /* The third comes meanwhile; back in the window, what changed is since
   * the second. */
  wait_for_snapshot_served (output, 2);
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (trend_has_three_points, window);
  focus_window (xdotool, GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (other));
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 1);
  view = mg_state_page_get_trend_view (page);
  g_assert_true (mg_state_page_show_trend (page));
  g_assert_true (mg_state_tabs_select_index (mg_window_get_state_tabs (window), 1, FALSE));
  mg_test_spin (100);
  spin = find_widget_of_type (GTK_WIDGET (view), GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 1);
  text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_assert_cmpstr (text, ==, "09:40 (when you last looked)");
  g_test_message ("%s", mg_trend_view_get_changes_heading (view));
  g_assert_true (g_str_has_prefix (mg_trend_view_get_changes_heading (view), "Since 09:40, "));

  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
#else
  g_test_skip ("needs X11");
#endif
}

/* A candidate is starred from a seat's detail, with Enter on its row or
 * its star: the star and the row's name say so, the seat joins the
 * Watched filter and the list's row, and the watchlist keeps it. */
static void
test_watch_candidate (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-watch-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "feed.json", NULL);
  g_autofree char *text = seats_snapshot (NULL, NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;
  MgSeatsView *seats;
  MgWindow *window;
  GtkWidget *row, *star, *runner_up;
  const char *label;

  reset_settings ();
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  window = mg_window_new (NULL);
  mg_window_load_uri (window, uri);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for (has_seats, window);
  seats = mg_state_page_get_seats_view (mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0));

  /* Kalol (38): A of the BJP won, B of Congress second. */
  mg_window_show_seat (window, 38);
  row = mg_seats_view_get_candidate_row (seats, 0);
  runner_up = mg_seats_view_get_candidate_row (seats, 1);
  star = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  g_assert_true (GTK_IS_TOGGLE_BUTTON (star));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));
  g_assert_cmpstr (mg_a11y_get_label (star), ==, "Watch A");

  gtk_widget_activate (row);
  mg_test_spin (100);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (star)), ==, "starred-symbolic");
  g_assert_true (mg_watchlist_contains_candidate (window->watchlist, "gujarat", 38, "A"));
  g_assert_false (mg_watchlist_contains_candidate (window->watchlist, "gujarat", 38, "B"));
  /* The seat itself is not starred: its own star stays off. */
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (mg_seats_view_get_watch_button (seats))));
  label = mg_a11y_get_label (row);
  g_test_message ("%s", label);
  g_assert_true (g_str_has_suffix (label, ", watched"));
  g_assert_false (g_str_has_suffix (mg_a11y_get_label (runner_up), ", watched"));

  /* Another seat's detail, then back: its rows show its own candidates'
   * stars, and Kalol's star comes back. */
  mg_window_show_seat (window, 127);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));
  mg_window_show_seat (window, 38);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star)));

  mg_seats_view_show_list (seats);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mg_seats_view_get_watched_button (seats)), TRUE);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 38);
  /* The list settles its rows, as it does between any two things a user
   * does (GTK 4.8 trips over a focus moved into the detail before then). */
  mg_test_spin (200);

  /* Unstarred with its star: Watched lists nothing. */
  mg_window_show_seat (window, 38);
  gtk_widget_activate (star);
  mg_test_spin (500);
  g_assert_false (mg_watchlist_contains_candidate (window->watchlist, "gujarat", 38, "A"));
  mg_seats_view_show_list (seats);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* The generated general election (tests/make-general-election.py),
 * written into @dir; returns its file. */
static GFile *
write_general_election (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "general.json", NULL);
  const char *argv[] = { "python3", g_test_get_filename (G_TEST_DIST, "make-general-election.py", NULL),
                         path, "--counting", NULL };
  g_autoptr (GError) error = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  return g_file_new_for_path (path);
}

static void
on_first_map_cb (GtkWidget *window,
                 gboolean  *had_results)
{
  g_signal_handlers_disconnect_by_func (window, on_first_map_cb, had_results);
  *had_results = g_list_model_get_n_items (mg_election_get_states (mg_window_get_election (MG_WINDOW (window)))) > 0;
}

static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* A feed read from disk is shown in the window's first frame: the window
 * waits for it before it maps (never "Loading Results…"), and the first
 * frame with the chart painted says the results are on screen. */
static void
test_first_frame_results (void)
{
  MgWindow *window = mg_window_new (NULL);
  gboolean had_results = FALSE;

  g_signal_connect (window, "map", G_CALLBACK (on_first_map_cb), &had_results);
  mg_window_load_uri (window, MG_FEED_DEFAULT_URI);
  g_assert_true (mg_window_get_loading (window));
  mg_window_present_when_ready (window);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window)));
  mg_test_wait_for (window_mapped, window);
  g_assert_true (had_results);
  g_assert_false (mg_window_get_loading (window));
  mg_test_wait_for ((gboolean (*) (gpointer)) mg_window_get_results_painted, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_texture_read_cb (GObject      *clipboard,
                    GAsyncResult *result,
                    gpointer      data)
{
  GdkTexture **texture = data;
  g_autoptr (GError) error = NULL;

  *texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_assert_no_error (error);
}

static gboolean
texture_read (gpointer data)
{
  return *(GdkTexture **) data != NULL;
}

/* Copy Chart (Ctrl+Shift+C) puts the selected tab's chart on the
 * clipboard as an image, 1,200 pixels wide. */
static void
test_copy_chart (void)
{
  MgWindow *window = new_window (NULL);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkTexture *texture = NULL;

  gdk_clipboard_set_text (clipboard, "before");
  g_assert_false (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  gdk_clipboard_read_texture_async (clipboard, NULL, on_texture_read_cb, &texture);
  mg_test_wait_for (texture_read, &texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1200);
  g_assert_cmpint (gdk_texture_get_height (texture), >, 600);
  g_object_unref (texture);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Alliances drawn up for a feed that names none: saved in the user's
 * file, counted by at once, given again when the feed is opened again,
 * and never put over a feed's own. */
static void
test_user_alliances (void)
{
  MgWindow *window = new_window (NULL);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  MgStateTabs *tabs = mg_window_get_state_tabs (window);
  MgStatePage *page = mg_state_tabs_get_page (tabs, 0);
  g_autofree char *path = mg_user_alliances_dup_path ();
  g_autofree char *saved = NULL;
  MgAlliancesDialog *dialog;
  MgStateResult *shown;
  guint nda, opposition;

  g_settings_set_boolean (settings, "by-alliance", TRUE);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  g_assert_cmpuint (g_list_model_get_n_items (mg_election_get_alliances (mg_window_get_election (window))), ==, 0);
  g_assert_true (mg_state_page_get_shown (page) == mg_state_page_get_state (page));

  dialog = mg_window_alliances_edit (window);
  g_assert_nonnull (dialog);
  nda = mg_alliances_dialog_add_alliance (dialog, "NDA");
  opposition = mg_alliances_dialog_add_alliance (dialog, "Opposition");
  /* An alliance with no party is not kept. */
  mg_alliances_dialog_add_alliance (dialog, "Third Front");
  mg_alliances_dialog_set_party (dialog, "bjp", nda);
  mg_alliances_dialog_set_party (dialog, "inc", opposition);
  mg_alliances_dialog_set_party (dialog, "aap", opposition);
  mg_alliances_dialog_save (dialog);
  mg_test_spin (50);

  /* Saved, for this feed alone. */
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, MG_FEED_DEFAULT_URI));
  g_assert_nonnull (strstr (saved, "\"Opposition\""));
  g_assert_null (strstr (saved, "Third Front"));
  /* Counted by at once: Gujarat's Congress and AAP as one. */
  shown = mg_state_page_get_shown (page);
  g_assert_true (shown != mg_state_page_get_state (page));
  g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_party (shown, 0)), ==, "nda");
  g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_party (shown, 1)), ==, "opposition");
  g_assert_cmpuint (mg_party_result_get_total (mg_state_result_get_party (shown, 1)), ==, 16 + 4);

  /* A feed with alliances of its own: they are its, and not to edit. */
  {
    g_autoptr (GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds", "good-alliances.json",
                                                                       NULL));

    mg_window_load_feed (window, file);
    mg_test_wait_for (loaded, window);
    g_assert_null (mg_window_alliances_edit (window));
    {
      g_autoptr (MgAlliance) first = g_list_model_get_item (mg_election_get_alliances (mg_window_get_election (window)), 0);

      g_assert_cmpstr (mg_alliance_get_id (first), ==, "nda");
      g_assert_cmpstr (mg_alliance_get_name (first), ==, "NDA");
      g_assert_true (mg_alliance_has_party (first, "bjp"));
    }
  }
  gtk_window_destroy (GTK_WINDOW (window));

  /* Opened again, the feed has the user's alliances again. */
  window = new_window (NULL);
  g_assert_cmpuint (g_list_model_get_n_items (mg_election_get_alliances (mg_window_get_election (window))), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_set_boolean (settings, "by-alliance", FALSE);
  g_unlink (path);
}

/* A general election: the first tab is the house as a whole, its seats
 * summed over the 36 states; the state picker finds a state by a few
 * letters of its name in either script, or of its id, and picks it. */
static void
test_house_and_picker (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-house-XXXXXX", NULL);
  g_autoptr (GFile) file = write_general_election (dir);
  MgWindow *window = new_window (NULL);
  MgStateTabs *tabs = mg_window_get_state_tabs (window);
  MgStatePicker *picker = mg_state_tabs_get_picker (tabs);
  MgStateResult *house;
  guint won = 0, leading = 0, seats = 0;

  /* Two states: no picker. */
  g_assert_false (mg_state_tabs_open_picker (tabs));

  mg_window_load_feed (window, file);
  mg_test_wait_for (loaded, window);
  g_assert_cmpuint (mg_state_tabs_get_n_pages (tabs), ==, 37);
  house = mg_state_page_get_state (mg_state_tabs_get_page (tabs, 0));
  g_assert_cmpstr (mg_state_result_get_id (house), ==, "house");
  g_assert_cmpstr (mg_state_result_get_name (house), ==, "Lok Sabha");
  g_assert_cmpuint (mg_state_result_get_seats (house), ==, 543);
  g_assert_cmpuint (mg_state_result_get_majority (house), ==, 272);
  /* Its BJP is the BJP of every state, added up. */
  for (guint i = 1; i < 37; i++)
    {
      MgStateResult *state = mg_state_page_get_state (mg_state_tabs_get_page (tabs, i));
      MgPartyResult *bjp = mg_state_result_find_party (state, "bjp", NULL);

      seats += mg_state_result_get_seats (state);
      won += bjp != NULL ? mg_party_result_get_won (bjp) : 0;
      leading += bjp != NULL ? mg_party_result_get_leading (bjp) : 0;
    }
  g_assert_cmpuint (seats, ==, 543);
  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_find_party (house, "bjp", NULL)), ==, won);
  g_assert_cmpuint (mg_party_result_get_leading (mg_state_result_find_party (house, "bjp", NULL)), ==, leading);
  /* Gujarat, shown before, stays shown: its own tab, after the house's. */
  g_assert_cmpint (mg_state_tabs_get_selected_index (tabs), ==, 8);
  g_assert_true (mg_window_select_state_id (window, "gujarat"));
  g_assert_cmpstr (mg_state_result_get_id (mg_state_tabs_get_selected_state (tabs)), ==, "gujarat");
  g_assert_true (mg_window_select_state_id (window, "house"));
  g_assert_cmpint (mg_state_tabs_get_selected_index (tabs), ==, 0);

  /* Parties | Alliances: the house counted by alliance, NDA first, its
   * seats its parties' seats; back to the parties. */
  {
    g_autoptr (GSettings) settings = g_settings_new (APP_ID);
    MgStatePage *page = mg_state_tabs_get_page (tabs, 0);
    MgStateResult *shown;
    MgAlliance *nda = mg_election_find_alliance (mg_window_get_election (window), "nda");
    guint nda_won = 0;

    g_assert_true (mg_state_page_get_shown (page) == house);
    for (guint p = 0; p < mg_state_result_get_n_parties (house); p++)
      {
        MgPartyResult *party = mg_state_result_get_party (house, p);

        if (mg_alliance_has_party (nda, mg_party_result_get_id (party)))
          nda_won += mg_party_result_get_won (party);
      }
    g_settings_set_boolean (settings, "by-alliance", TRUE);
    shown = mg_state_page_get_shown (page);
    g_assert_true (shown != house);
    g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_party (shown, 0)), ==, "nda");
    g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_party (shown, 1)), ==, "india");
    g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (shown, 0)), ==, nda_won);
    g_assert_cmpuint (mg_state_result_get_seats (shown), ==, 543);
    /* The table lists each alliance's parties beneath it, most seats first. */
    {
      GListModel *rows = G_LIST_MODEL (mg_state_page_get_selection (page));
      g_autoptr (MgPartyResult) first = g_list_model_get_item (rows, 0);
      g_autoptr (MgPartyResult) second = g_list_model_get_item (rows, 1);
      g_autoptr (MgPartyResult) third = g_list_model_get_item (rows, 2);
      GListModel *members = mg_party_result_get_members (first);

      g_assert_cmpuint (g_list_model_get_n_items (rows), >, mg_state_result_get_n_parties (shown));
      g_assert_cmpstr (mg_party_result_get_id (first), ==, "nda");
      g_assert_cmpstr (mg_party_result_get_id (second), ==, "bjp");
      g_assert_cmpstr (mg_party_result_get_alliance (second), ==, "NDA");
      g_assert_cmpuint (mg_party_result_get_total (second), >=, mg_party_result_get_total (third));
      g_assert_true (mg_alliance_has_party (nda, mg_party_result_get_id (third)));
      g_assert_true (mg_party_result_get_total (second) ==
                     mg_party_result_get_total (mg_state_result_find_party (house, "bjp", NULL)));
      g_assert_nonnull (members);
    }
    /* Every state's page follows the one choice. */
    g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_party (
                       mg_state_page_get_shown (mg_state_tabs_get_page (tabs, 8)), 0)), ==, "nda");
    /* A state's chart by alliance: its first dot is a seat its NDA's
     * first party holds, a constituency of the state (the tally by
     * alliance lists none of its own). */
    {
      MgStatePage *gujarat_page = mg_state_tabs_get_page (tabs, 8);
      MgSeatChart *chart;
      MgConstituency *seat;

      g_assert_true (mg_window_select_state_id (window, "gujarat"));
      mg_test_spin (200);
      chart = MG_SEAT_CHART (find_widget_of_type (GTK_WIDGET (gujarat_page), MG_TYPE_SEAT_CHART));
      g_assert_true (mg_seat_chart_get_state (chart) == mg_state_page_get_shown (gujarat_page));
      seat = mg_seat_chart_get_dot_seat (chart, 0);
      g_assert_nonnull (seat);
      g_assert_true (mg_alliance_has_party (nda, mg_candidate_get_party_id (mg_constituency_get_leader (seat))));
      /* The two-thirds mark is the chart's, from its menu's setting. */
      g_assert_false (mg_seat_chart_get_two_thirds (chart));
      g_settings_set_boolean (settings, "two-thirds-mark", TRUE);
      g_assert_true (mg_seat_chart_get_two_thirds (chart));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.two-thirds", NULL));
      g_assert_false (g_settings_get_boolean (settings, "two-thirds-mark"));
      g_assert_true (mg_window_select_state_id (window, "house"));
    }
    g_settings_set_boolean (settings, "by-alliance", FALSE);
    g_assert_true (mg_state_page_get_shown (page) == house);
  }

  g_assert_true (mg_state_tabs_open_picker (tabs));
  mg_test_spin (100);
  g_assert_cmpuint (mg_state_picker_get_n_shown (picker), ==, 37);
  /* Latin letters, in any case. */
  mg_state_picker_set_search (picker, "PRAD");
  g_assert_cmpuint (mg_state_picker_get_n_shown (picker), ==, 5);  /* U.P., M.P., A.P., H.P., Arunachal */
  g_assert_cmpint (mg_state_picker_get_shown (picker, 0), ==, 1);  /* Uttar Pradesh */
  /* Devanagari, though the window is in English. */
  mg_state_picker_set_search (picker, "गुज");
  g_assert_cmpuint (mg_state_picker_get_n_shown (picker), ==, 1);
  g_assert_cmpstr (mg_state_result_get_id (mg_state_page_get_state (mg_state_tabs_get_page (
                     tabs, (guint) mg_state_picker_get_shown (picker, 0)))), ==, "gujarat");
  /* Its id. */
  mg_state_picker_set_search (picker, "dnh-and");
  g_assert_cmpuint (mg_state_picker_get_n_shown (picker), ==, 1);
  mg_state_picker_set_search (picker, "xyz");
  g_assert_cmpuint (mg_state_picker_get_n_shown (picker), ==, 0);

  /* Enter in the search picks the first state left. */
  mg_state_picker_set_search (picker, "kerala");
  g_signal_emit_by_name (gtk_widget_get_first_child (gtk_popover_get_child (GTK_POPOVER (picker))), "activate");
  mg_test_spin (100);
  g_assert_cmpstr (mg_state_result_get_id (mg_state_tabs_get_selected_state (tabs)), ==, "kerala");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (picker)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
}

/* An update in place keeps the selected tab and the selected table row. */
static void
test_update_keeps_selection (void)
{
  g_autoptr (MgElection) changed = mg_test_load_bundled (NULL);
  MgStateResult *himachal = mg_election_find_state (changed, "himachal-pradesh", NULL);
  MgWindow *window;
  GtkSelectionModel *selection;

  reset_settings ();
  window = new_window (NULL);
  g_assert_true (mg_window_select_state_id (window, "himachal-pradesh"));
  selection = mg_state_page_get_selection (
    mg_state_tabs_get_page (mg_window_get_state_tabs (window),
                            (guint) mg_state_tabs_get_selected_index (mg_window_get_state_tabs (window))));
  g_assert_true (gtk_selection_model_select_item (selection, 1, TRUE));

  mg_party_result_set_won (mg_state_result_get_party (himachal, 1), 20);
  mg_party_result_set_leading (mg_state_result_get_party (himachal, 1), 6);
  g_assert_true (mg_election_update_from (mg_window_get_election (window), changed));
  mg_test_spin (100);

  g_assert_cmpstr (selected_id (window), ==, "himachal-pradesh");
  g_assert_true (gtk_selection_model_is_selected (selection, 1));
  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (
                      mg_window_get_selected_state (window), 1)), ==, 20);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
load_and_wait (MgWindow   *window,
               const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  mg_window_load_feed (window, file);
  mg_test_wait_for (loaded, window);
}

/* Hostile updates: a feed that turns invalid, one that drops every state,
 * one with 10,000 seats. The last good results stay, the window says why,
 * and it goes on working. */
static void
test_hostile_updates (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-hostile-XXXXXX", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autoptr (GString) json = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  MgWindow *window;
  MgStateResult *state;

  reset_settings ();
  window = new_window (NULL);

  load_and_wait (window, g_test_get_filename (G_TEST_DIST, "feeds", "bad-truncated.json", NULL));
  g_assert_nonnull (strstr (mg_window_get_error (window), "it may be truncated"));
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);
  g_assert_true (shows_first_snapshot (window));

  load_and_wait (window, g_test_get_filename (G_TEST_DIST, "feeds", "bad-no-states.json", NULL));
  g_assert_nonnull (strstr (mg_window_get_error (window), "states: must have from 1 to 64 entries"));
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);
  g_assert_true (shows_first_snapshot (window));

  g_string_append (json, "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": "
                         "[{\"id\": \"big\", \"name\": \"Big\", \"seats\": 10000, \"parties\": [");
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"P%u\", \"won\": 50, "
                            "\"leading\": 40}", i ? ", " : "", i, i);
  g_string_append (json, "]}]}");
  g_file_set_contents (big, json->str, -1, &error);
  g_assert_no_error (error);
  load_and_wait (window, big);
  if (mg_window_get_error (window) != NULL)
    g_error ("%s", mg_window_get_error (window));
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 1);
  state = mg_window_get_selected_state (window);
  g_assert_cmpuint (mg_state_result_get_seats (state), ==, 10000);
  g_assert_cmpuint (mg_state_result_get_reported (state), ==, 9000);
  /* Drawn, and still answering. */
  gtk_widget_queue_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *command = g_strdup_printf ("pdfinfo '%s'", path);
  g_autofree char *output = NULL;
  g_autoptr (GError) error = NULL;
  const char *line;
  int status = 0;

  g_spawn_command_line_sync (command, &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  line = strstr (output, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* The print operation, run in export mode, gives the pages --export-summary
 * gives: one drawing routine for both. */
/* What Ctrl+P prints, exported as a PDF instead. */
static guint
export_summary (MgWindow    *window,
                gboolean     all_states,
                const char  *path,
                GError     **error)
{
  g_autoptr (MgPrintOperation) operation =
    mg_print_operation_new (mg_window_get_election (window), mg_window_get_selected_state (window),
                            all_states, NULL);

  return mg_print_operation_export (operation, path, error);
}

static void
test_print_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *printed_one = g_build_filename (dir, "printed-one.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "matganana", NULL);
  g_autofree char *command = g_strdup_printf ("'%s' --export-summary='%s'", program, exported);
  g_autofree char *printed_text = NULL;
  g_autoptr (GError) error = NULL;
  MgWindow *window;
  guint pages;
  int status = 0;

  if (g_find_program_in_path ("pdfinfo") == NULL)
    {
      g_test_skip ("needs pdfinfo");
      return;
    }

  reset_settings ();
  window = new_window (NULL);
  pages = export_summary (window, TRUE, printed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages, ==, 2);

  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (pdf_pages (printed), ==, pdf_pages (exported));
  g_assert_cmpuint (pdf_pages (printed), ==, 2);

  /* Only the selected state. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.select-state", "i", 1));
  pages = export_summary (window, FALSE, printed_one, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages, ==, 1);
  g_assert_cmpuint (pdf_pages (printed_one), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}


/* The print dialog's own tab, as the dialog makes it. */
static gboolean
has_seat_row (gpointer data)
{
  return find_widget_of_type (mg_seats_view_get_list (MG_SEATS_VIEW (data)), MG_TYPE_SEAT_ROW) != NULL;
}

static GtkWidget *
print_tab (MgPrintOperation *operation)
{
  GObject *tab = NULL;

  g_signal_emit_by_name (operation, "create-custom-widget", &tab);
  g_assert_true (GTK_IS_WIDGET (tab));
  return GTK_WIDGET (g_object_ref_sink (tab));
}

static GtkCheckButton *
find_check_button (GtkWidget  *tab,
                   const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (tab); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) &&
        g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), label) == 0)
      return GTK_CHECK_BUTTON (child);
  g_error ("No check button “%s” in the print dialog's tab", label);
}

/* The print dialog's "Results by seat": offered when the states to print
 * list their seats, and then printing what --export-summary
 * --constituencies writes. */
static void
test_print_results_by_seat (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autofree char *program = g_test_build_filename (G_TEST_BUILT, "..", "src", "matganana", NULL);
  const char *feed = g_test_get_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL);
  g_autofree char *command = g_strdup_printf ("'%s' --export-summary='%s' --constituencies "
                                              "--feed='%s'", program, exported, feed);
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkWidget) tab = NULL;
  MgPrintOperation *operation;
  GtkCheckButton *seats;
  MgWindow *window;
  int status = 0;

  if (g_find_program_in_path ("pdfinfo") == NULL)
    {
      g_test_skip ("needs pdfinfo");
      return;
    }

  /* The bundled results list no seats. */
  reset_settings ();
  window = new_window (NULL);
  operation = mg_print_operation_new (mg_window_get_election (window),
                                      mg_window_get_selected_state (window), FALSE, NULL);
  tab = print_tab (operation);
  seats = find_check_button (tab, "Results _by seat");
  g_assert_true (gtk_check_button_get_use_underline (seats));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (seats)));
  g_assert_false (gtk_check_button_get_active (seats));
  g_clear_object (&tab);
  g_object_unref (operation);
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window ("good-seats.json");
  operation = mg_print_operation_new (mg_window_get_election (window),
                                      mg_window_get_selected_state (window), FALSE, NULL);
  tab = print_tab (operation);
  seats = find_check_button (tab, "Results _by seat");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (seats)));
  gtk_check_button_set_active (find_check_button (tab, "All states"), TRUE);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (seats)));
  g_assert_false (mg_print_operation_get_with_constituencies (operation));
  gtk_check_button_set_active (seats, TRUE);
  g_signal_emit_by_name (operation, "custom-widget-apply", tab);
  g_assert_true (mg_print_operation_get_with_constituencies (operation));

  /* The summary, what changed since 2017, then the results by seat. */
  g_assert_cmpuint (mg_print_operation_export (operation, printed, &error), ==, 3);
  g_assert_no_error (error);
  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (pdf_pages (printed), ==, 3);
  g_assert_cmpuint (pdf_pages (exported), ==, 3);

  g_object_unref (operation);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
popover_shown (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (data));

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* The main menu is made when first opened (not with the window), and then
 * holds every item: opening it is what F10 and a click do. */
static void
test_main_menu (void)
{
  MgWindow *window;
  GtkWidget *button;
  GMenuModel *model;
  g_autoptr (GString) actions = g_string_new (NULL);

  reset_settings ();
  window = new_window (NULL);
  button = find_widget_of_type (gtk_window_get_titlebar (GTK_WINDOW (window)),
                                GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  mg_test_wait_for (popover_shown, button);
  model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (model);
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            g_string_append_printf (actions, "%s ", action);
        }
    }
  g_assert_cmpstr (actions->str, ==, "win.open-feed win.refresh win.open-bundled win.open-bundled "
                                     "win.print win.copy-chart win.export-chart win.show-reader win.local-time "
                                     "win.edit-alliances "
                                     "win.show-help-overlay app.about ");

  /* Opening it again reuses the popover. */
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  {
    GtkPopover *first = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));

    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)) == first);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A button for @action_name, as the menu and the header bar make them:
 * insensitive while the action is disabled. */
static gboolean
action_enabled (MgWindow   *window,
                const char *action_name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_window_get_titlebar (GTK_WINDOW (window));
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (box), button);
  enabled = gtk_widget_get_sensitive (button);
  gtk_header_bar_remove (GTK_HEADER_BAR (box), button);
  return enabled;
}

/* Actions that cannot run are disabled: with no feed, nothing to refresh;
 * with no results, nothing to print. */
static void
test_actions_enabled (void)
{
  MgWindow *window = mg_window_new (NULL);

  g_assert_nonnull (find_actionable (GTK_WIDGET (window), "win.refresh"));
  g_assert_false (gtk_widget_get_sensitive (find_actionable (GTK_WIDGET (window), "win.refresh")));
  g_assert_false (action_enabled (window, "win.refresh"));
  g_assert_false (action_enabled (window, "win.print"));
  g_assert_true (action_enabled (window, "win.next-state"));

  mg_window_load_uri (window, MG_FEED_DEFAULT_URI);
  mg_test_wait_for (loaded, window);
  g_assert_true (action_enabled (window, "win.refresh"));
  g_assert_true (action_enabled (window, "win.print"));
  g_assert_true (gtk_widget_get_sensitive (find_actionable (GTK_WIDGET (window), "win.refresh")));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+L's dialog: what is typed there is opened and remembered. */
static gboolean
chooser_has_file (gpointer data)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (data));

  return file != NULL;
}


static void
test_open_feed_dialog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "feeds", "good-ten-states.json", NULL);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *remembered = NULL;
  MgOpenFeedDialog *dialog = NULL;
  MgWindow *window;

  reset_settings ();
  window = new_window (NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-feed", NULL));
  dialog = find_open_feed_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  gtk_editable_set_text (GTK_EDITABLE (gtk_window_get_focus (GTK_WINDOW (dialog))), path);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  mg_test_wait_for (loaded, window);
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 10);
  remembered = g_settings_get_string (settings, "feed-uri");
  g_assert_true (g_str_has_prefix (remembered, "file:///"));
  g_assert_true (g_str_has_suffix (remembered, "good-ten-states.json"));

  /* Choose File: the desktop's chooser, for feeds and results CSV files;
   * a file chosen opens at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-feed", NULL));
  dialog = find_open_feed_dialog ();
  g_assert_nonnull (dialog);
  {
    GtkWidget *choose = find_button_with_label (GTK_WIDGET (dialog), "Choose _File…");
    g_autoptr (GFile) csv = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data",
                                                                      "tcpd-ae-himachal-pradesh-2022.csv", NULL));
    g_autoptr (GListModel) filters = NULL;
    g_autoptr (GtkFileFilter) first = NULL;
    GtkFileChooser *chooser;

    g_assert_nonnull (choose);
    g_signal_emit_by_name (choose, "clicked");
    chooser = mg_open_feed_dialog_get_chooser (dialog);
    g_assert_nonnull (chooser);
    filters = gtk_file_chooser_get_filters (chooser);
    g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 2);
    first = g_list_model_get_item (filters, 0);
    g_assert_cmpstr (gtk_file_filter_get_name (first), ==, "Results (feeds and CSV files)");
    g_assert_true (gtk_file_chooser_get_filter (chooser) == first);
    g_assert_true (gtk_file_chooser_set_file (chooser, csv, NULL));
    /* The chooser selects the file once it has read its folder. */
    mg_test_wait_for (chooser_has_file, chooser);
    g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  }
  mg_test_wait_for (loaded, window);
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 1);
  g_assert_cmpstr (mg_window_get_subtitle (window), ==, "Final results");
  gtk_window_destroy (GTK_WINDOW (window));
}


static guint32
rgba_to_rgb (const GdkRGBA *rgba)
{
  return ((guint32) lround (rgba->red * 255) << 16) | ((guint32) lround (rgba->green * 255) << 8) |
         (guint32) lround (rgba->blue * 255);
}

typedef struct {
  GtkWidget *page;
  gboolean   dark;
} PageStyle;

static gboolean
page_styled (gpointer data)
{
  PageStyle *style = data;

  return gtk_widget_has_css_class (style->page, "dark") == style->dark &&
         find_widget_with_class (style->page, "gain") != NULL &&
         find_widget_with_class (style->page, "loss") != NULL;
}

/* With the application's style sheet, the change column's gains and losses
 * reach 4.5:1 against the page in the light style and, once the dark style
 * is asked for, in the dark style too. */
static void
test_change_colours (void)
{
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();
  GtkSettings *settings = gtk_settings_get_default ();
  MgWindow *window;
  MgStateTabs *tabs;

  gtk_css_provider_load_from_resource (css, "/io/github/matganana/Matganana/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  window = new_window (NULL);
  tabs = mg_window_get_state_tabs (window);

  for (int dark = 0; dark <= 1; dark++)
    {
      int current = mg_state_tabs_get_selected_index (tabs);
      PageStyle style = { GTK_WIDGET (mg_state_tabs_get_page (tabs, (guint) current)), dark };
      static const char *classes[] = { "gain", "loss" };

      g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
      mg_test_wait_for (page_styled, &style);
      for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
        {
          GtkWidget *label = find_widget_with_class (style.page, classes[c]);
          GtkStyleContext *context = gtk_widget_get_style_context (label);
          GdkRGBA fg, bg;
          double ratio;

          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_style_context_get_color (context, &fg);
          g_assert_true (gtk_style_context_lookup_color (context, "theme_base_color", &bg));
          G_GNUC_END_IGNORE_DEPRECATIONS
          ratio = mg_chart_contrast_ratio (rgba_to_rgb (&fg), rgba_to_rgb (&bg));
          g_test_message ("%s, %s: #%06x on #%06x, %.2f:1", dark ? "dark" : "light", classes[c],
                          rgba_to_rgb (&fg), rgba_to_rgb (&bg), ratio);
          g_assert_cmpfloat (ratio, >=, 4.5);
        }
    }

  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (css));
}

/* Times in the election's zone, named; the menu's setting switches to the
 * user's. */
static void
test_local_time (void)
{
  MgWindow *window;
  g_autofree char *election_time = NULL;
  g_autofree char *story = NULL;

  reset_settings ();
  window = new_window (NULL);
  election_time = g_strdup (mg_window_get_subtitle (window));
  g_assert_true (g_str_has_suffix (election_time, "13:05 IST"));
  /* The news too, though its story came with the feed's first load. */
  story = mg_reader_dup_text (mg_window_get_reader (window));
  g_assert_nonnull (strstr (story, "8 Dec 2022, 13:05 IST"));
  g_clear_pointer (&story, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.local-time", NULL));
  g_assert_cmpstr (mg_window_get_subtitle (window), !=, election_time);
  story = mg_reader_dup_text (mg_window_get_reader (window));
  g_assert_nonnull (strstr (story, "8 Dec 2022, 07:35 UTC"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.local-time", NULL));
  g_assert_cmpstr (mg_window_get_subtitle (window), ==, election_time);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The state page's summary, as its view switcher shows it. */
static void
show_summary (MgStatePage *page)
{
  GtkWidget *stack = find_widget_of_type (GTK_WIDGET (page), GTK_TYPE_STACK);

  gtk_stack_set_visible_child_name (GTK_STACK (stack), "summary");
  mg_test_spin (50);
}

/* The seats of a version 2 feed: typing part of a name shows only the
 * matching seats, Enter on one opens its detail, Escape goes back. */
static void
test_seats_view (void)
{
  MgWindow *window;
  MgStatePage *page;
  MgSeatsView *seats;

  reset_settings ();
  window = new_window ("good-seats.json");
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
  seats = mg_state_page_get_seats_view (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-seat", NULL));
  mg_test_spin (200);
  /* The focus is in the seats' search (the entry's text widget). */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (seats)));
  g_assert_true (GTK_IS_EDITABLE (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 4);
  g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==, "4 of 4 seats shown");

  /* By party: the seats Congress leads or won. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (seats), "seats.party", "s", "inc"));
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (seats), "seats.party", "s", ""));
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 4);

  /* By status: 38 declared; 127 counting, and 7 (votes in, tied at the
   * top); 5 awaiting; with a party too, only the seats of both. */
  {
    GtkToggleButton *all = GTK_TOGGLE_BUTTON (find_button_with_label (GTK_WIDGET (seats), "All"));
    GtkToggleButton *declared = GTK_TOGGLE_BUTTON (find_button_with_label (GTK_WIDGET (seats), "Declared"));
    GtkToggleButton *counting = GTK_TOGGLE_BUTTON (find_button_with_label (GTK_WIDGET (seats), "Counting"));
    GtkToggleButton *awaiting = GTK_TOGGLE_BUTTON (find_button_with_label (GTK_WIDGET (seats), "Awaiting"));
    guint numbers[2];

    gtk_toggle_button_set_active (declared, TRUE);
    g_assert_false (gtk_toggle_button_get_active (all));
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
    g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 38);
    g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==, "1 of 4 seats shown");
    gtk_toggle_button_set_active (counting, TRUE);
    g_assert_false (gtk_toggle_button_get_active (declared));
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 2);
    numbers[0] = mg_seats_view_get_shown_number (seats, 0);
    numbers[1] = mg_seats_view_get_shown_number (seats, 1);
    g_assert_cmpuint (MIN (numbers[0], numbers[1]), ==, 7);
    g_assert_cmpuint (MAX (numbers[0], numbers[1]), ==, 127);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (seats), "seats.party", "s", "inc"));
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
    g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (seats), "seats.party", "s", ""));
    gtk_toggle_button_set_active (awaiting, TRUE);
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
    g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 5);
    gtk_toggle_button_set_active (all, TRUE);
    g_assert_false (gtk_toggle_button_get_active (awaiting));
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 4);
  }

  mg_seats_view_set_search_text (seats, "KAL");
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 2);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 38);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 1), ==, 127);
  g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==, "2 of 4 seats shown");
  /* In the script typed, whatever the UI's language: the feed names the
   * seats in Hindi too. */
  mg_seats_view_set_search_text (seats, "कलोल");
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 2);
  mg_seats_view_set_search_text (seats, "भुज");
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 7);
  mg_seats_view_set_search_text (seats, "12");
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_signal_emit_by_name (mg_seats_view_get_list (seats), "activate", 0);
  g_assert_cmpuint (mg_seats_view_get_detail_number (seats), ==, 127);

  mg_seats_view_show_list (seats);
  g_assert_cmpuint (mg_seats_view_get_detail_number (seats), ==, 0);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_true (mg_seats_view_show_seat (seats, 38));
  g_assert_false (mg_seats_view_show_seat (seats, 999));
  /* The detail keeps its rows from seat to seat: three candidates, then
   * two (the third row hidden, not shown with the last seat's), then
   * none, then three again. */
  {
    g_autofree char *three = mg_seats_view_dup_candidates (seats);
    g_autofree char *two = NULL;
    g_autofree char *none = NULL;
    g_autofree char *again = NULL;

    g_assert_cmpstr (three, ==, "A · BJP · 60,000 · 54.5% · 500 postal\nB · Congress · 40,000 · 36.4%\n"
                                "C · Independents · 9,000 · 8.2%\n");
    g_assert_true (mg_seats_view_show_seat (seats, 127));
    mg_test_spin (50);
    two = mg_seats_view_dup_candidates (seats);
    g_assert_cmpstr (two, ==, "D · Congress · 30,000 · 50.4%\nE · BJP · 29,500 · 49.6%\n");
    g_assert_true (mg_seats_view_show_seat (seats, 5));
    none = mg_seats_view_dup_candidates (seats);
    g_assert_cmpstr (none, ==, "");
    g_assert_true (mg_seats_view_show_seat (seats, 38));
    again = mg_seats_view_dup_candidates (seats);
    g_assert_cmpstr (again, ==, three);
  }

  /* Close contests: under 2% of the votes (127, by 500 of about 60,000),
   * then under the 20% the user sets, which every state's view takes and
   * the settings keep (38, by 18.2%), closest first. */
  {
    g_autoptr (GSettings) settings = g_settings_new (APP_ID);
    GtkWidget *close_button = mg_seats_view_get_close_button (seats);
    const char *tooltip;

    mg_seats_view_set_search_text (seats, "");
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (close_button), TRUE);
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
    g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);
    g_settings_set_double (settings, "close-contest-percent", 20.0);
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 2);
    g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);
    g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 1), ==, 38);
    tooltip = mg_a11y_get_tooltip (close_button);
    g_assert_nonnull (tooltip);
    g_assert_true (gtk_widget_get_has_tooltip (close_button));
    g_assert_nonnull (strstr (tooltip, "less than 20.0% of the votes"));
    g_settings_reset (settings, "close-contest-percent");
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (close_button), FALSE);
    g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 4);
  }

  /* The column titles sort, and again reverse; the rows draw what the
   * model says, the party with its colour. */
  {
    MgSeatsHeader *header = mg_seats_view_get_header (seats);
    guint expected[] = { 5, 7, 38, 127 };
    guint n_rows = 0, n_changes = 0;

    g_assert_cmpint (mg_seats_header_get_sort_column (header), ==, MG_SEAT_COLUMN_MARGIN);
    g_signal_emit_by_name (mg_seats_header_get_button (header, MG_SEAT_COLUMN_NUMBER), "clicked");
    g_assert_cmpint (mg_seats_header_get_sort_order (header), ==, GTK_SORT_ASCENDING);
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpuint (mg_seats_view_get_shown_number (seats, i), ==, expected[i]);
    g_signal_emit_by_name (mg_seats_header_get_button (header, MG_SEAT_COLUMN_NUMBER), "clicked");
    g_assert_cmpint (mg_seats_header_get_sort_order (header), ==, GTK_SORT_DESCENDING);
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpuint (mg_seats_view_get_shown_number (seats, i), ==, expected[3 - i]);
    g_signal_emit_by_name (mg_seats_header_get_button (header, MG_SEAT_COLUMN_NAME), "clicked");
    g_assert_cmpint (mg_seats_header_get_sort_order (header), ==, GTK_SORT_ASCENDING);

    mg_test_wait_for (has_seat_row, seats);
    for (GtkWidget *item = gtk_widget_get_first_child (mg_seats_view_get_list (seats)); item != NULL;
         item = gtk_widget_get_next_sibling (item))
      {
        GtkWidget *row = gtk_widget_get_first_child (item);
        const char *text;
        MgConstituency *seat;
        g_autofree char *status = NULL, *change = NULL;

        if (row == NULL || !MG_IS_SEAT_ROW (row) ||
            (text = mg_seat_row_get_text (MG_SEAT_ROW (row), MG_SEAT_COLUMN_NUMBER)) == NULL)
          continue;
        seat = mg_state_result_find_constituency (mg_state_page_get_state (page),
                                                  (guint) g_ascii_strtoull (text, NULL, 10));
        g_assert_nonnull (seat);
        status = mg_seat_text_dup_status (seat);
        change = mg_seat_text_dup_change (mg_state_page_get_state (page), seat);
        g_assert_cmpstr (mg_seat_row_get_text (MG_SEAT_ROW (row), MG_SEAT_COLUMN_STATUS), ==, status);
        g_assert_cmpstr (mg_seat_row_get_text (MG_SEAT_ROW (row), MG_SEAT_COLUMN_CHANGE), ==,
                         change != NULL ? change : "");
        n_rows++;
        n_changes += change != NULL;
      }
    /* Every seat is drawn; some say a change of hands (or none). */
    g_assert_cmpuint (n_rows, ==, 4);
    g_assert_cmpuint (n_changes, >, 0);
    g_signal_emit_by_name (mg_seats_header_get_button (header, MG_SEAT_COLUMN_NUMBER), "clicked");
  }

  /* A click on a dot of the chart opens its seat: over the whole chart,
   * the dots of the seats with a leader (38 won, 127 leading) and no
   * other; and the empty dots' seats are not opened. */
  {
    GtkWidget *chart = find_widget_of_type (GTK_WIDGET (page), MG_TYPE_SEAT_CHART);
    g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (chart);
    GtkGesture *click = NULL;
    gboolean opened_38 = FALSE, opened_127 = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_CLICK (controller) &&
            gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_PRIMARY)
          click = GTK_GESTURE (controller);
      }
    g_assert_nonnull (click);
    mg_seats_view_show_list (seats);
    show_summary (page);
    g_assert_cmpint (gtk_widget_get_width (chart), >, 0);
    /* (The page turns to the seats at the first; the chart keeps its
     * dots where they were drawn.) */
    for (int y = 0; y < gtk_widget_get_height (chart); y += 3)
      for (int x = 0; x < gtk_widget_get_width (chart); x += 3)
        {
          guint number;

          g_signal_emit_by_name (click, "released", 1, (double) x, (double) y);
          if ((number = mg_seats_view_get_detail_number (seats)) == 0)
            continue;
          g_assert_true (number == 38 || number == 127);
          opened_38 |= number == 38;
          opened_127 |= number == 127;
          mg_seats_view_show_list (seats);
        }
    g_assert_true (opened_38);
    g_assert_true (opened_127);
  }

  /* A dot of the chart opens its seat, from the summary. */
  mg_seats_view_show_list (seats);
  g_signal_emit_by_name (find_widget_of_type (GTK_WIDGET (page), MG_TYPE_SEAT_CHART),
                         "seat-activated", 127u);
  g_assert_cmpuint (mg_seats_view_get_detail_number (seats), ==, 127);
  gtk_window_destroy (GTK_WINDOW (window));

  /* --state=gujarat --constituency=38: asked before the feed has loaded. */
  window = mg_window_new (NULL);
  g_assert_false (mg_window_select_state_id (window, "gujarat"));
  mg_window_show_seat (window, 38);
  load_and_wait (window, g_test_get_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL));
  seats = mg_state_page_get_seats_view (mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0));
  g_assert_cmpuint (mg_seats_view_get_detail_number (seats), ==, 38);
  mg_window_show_seat (window, 999);
  g_assert_nonnull (strstr (mg_window_get_error (window), "no constituency 999"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Escape in the seat search (the entry's "stop-search", which it says for
 * the key; tests/a11y-chart-keys.py presses the real key) clears the
 * search and leaves the focus there; in an empty search it goes back to
 * the seats. */
static void
test_seats_search_escape (void)
{
  MgWindow *window;
  MgSeatsView *seats;
  GtkWidget *entry;
  GtkWidget *focus;

  reset_settings ();
  window = new_window ("good-seats.json");
  seats = mg_state_page_get_seats_view (mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0));
  entry = find_widget_of_type (GTK_WIDGET (seats), GTK_TYPE_SEARCH_ENTRY);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-seat", NULL));
  mg_test_spin (200);
  mg_seats_view_set_search_text (seats, "kal");
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 2);

  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 4);
  g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==, "4 of 4 seats shown");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  g_signal_emit_by_name (entry, "stop-search");
  mg_test_spin (50);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == mg_seats_view_get_list (seats) ||
                 gtk_widget_is_ancestor (focus, mg_seats_view_get_list (seats)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* good-seats.json with @from replaced by @to, parsed. */
static MgElection *
parse_seats_with (const char *from,
                  const char *to)
{
  static const char *english[] = { "en", NULL };
  g_autofree char *json = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *changed = NULL;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL),
                                      &json, NULL, NULL));
  parts = g_strsplit (json, from, -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoinv (to, parts);
  return mg_test_parse (changed, english);
}

/* The selected seat's number in the list, 0 for none. */
static guint
selected_seat (MgSeatsView *seats)
{
  GtkSelectionModel *selection = gtk_grid_view_get_model (GTK_GRID_VIEW (mg_seats_view_get_list (seats)));
  gpointer seat = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));

  return seat != NULL ? mg_constituency_get_number (seat) : 0;
}

/* A changed feed updates the seats in place, and the list follows: the
 * party filter shows the seats each party leads now, the order is the
 * margins' now, and the search, the sort and the selected seat stay. */
static void
test_seats_update (void)
{
  /* 127 Kalol: BJP's E goes from 29,500 to 40,000 votes, ahead of
   * Congress by 10,000, closer than 38 Kalol's 20,000. */
  g_autoptr (MgElection) bjp_ahead = parse_seats_with ("\"votes\": 29500", "\"votes\": 40000");
  g_autoptr (MgElection) as_before = parse_seats_with ("\"votes\": 29500", "\"votes\": 29500");
  MgWindow *window;
  MgStatePage *page;
  MgSeatsView *seats;
  MgSeatsHeader *header;
  GtkSelectionModel *selection;
  MgConstituency *kalol;

  reset_settings ();
  window = new_window ("good-seats.json");
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
  seats = mg_state_page_get_seats_view (page);
  header = mg_seats_view_get_header (seats);
  selection = gtk_grid_view_get_model (GTK_GRID_VIEW (mg_seats_view_get_list (seats)));
  kalol = mg_state_result_find_constituency (mg_window_get_selected_state (window), 38);
  g_assert_true (mg_state_page_show_seats (page));
  mg_test_spin (100);

  /* Congress leads 127, and only it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (seats), "seats.party", "s", "inc"));
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);
  g_assert_true (mg_election_update_from (mg_window_get_election (window), bjp_ahead));
  mg_test_spin (50);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 0);
  g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==, "0 of 4 seats shown");
  g_assert_true (mg_election_update_from (mg_window_get_election (window), as_before));
  mg_test_spin (50);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);

  /* BJP's seats, searched for "kal", by margin: 38 alone, selected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (seats), "seats.party", "s", "bjp"));
  mg_seats_view_set_search_text (seats, "kal");
  mg_seats_header_sort_by (header, MG_SEAT_COLUMN_MARGIN, GTK_SORT_ASCENDING);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_true (gtk_selection_model_select_item (selection, 0, TRUE));
  g_assert_cmpuint (selected_seat (seats), ==, 38);

  /* BJP takes 127, by less than it won 38 by: 127 comes first. */
  g_assert_true (mg_election_update_from (mg_window_get_election (window), bjp_ahead));
  mg_test_spin (50);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 2);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 1), ==, 38);
  g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==, "2 of 4 seats shown");
  g_assert_cmpuint (selected_seat (seats), ==, 38);
  g_assert_true (gtk_selection_model_is_selected (selection, 1));
  g_assert_true (mg_state_result_find_constituency (mg_window_get_selected_state (window), 38) == kalol);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget_of_type (GTK_WIDGET (seats),
                                                                             GTK_TYPE_SEARCH_ENTRY))), ==, "kal");
  g_assert_cmpint (mg_seats_header_get_sort_column (header), ==, MG_SEAT_COLUMN_MARGIN);
  g_assert_cmpint (mg_seats_header_get_sort_order (header), ==, GTK_SORT_ASCENDING);

  /* And loses it again: 38 alone, still selected. */
  g_assert_true (mg_election_update_from (mg_window_get_election (window), as_before));
  mg_test_spin (50);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 1);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 38);
  g_assert_cmpuint (selected_seat (seats), ==, 38);

  /* Out of sight, the list is filtered and sorted again when next seen. */
  show_summary (page);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (seats)));
  g_assert_true (mg_election_update_from (mg_window_get_election (window), bjp_ahead));
  mg_test_spin (50);
  g_assert_true (mg_state_page_show_seats (page));
  mg_test_spin (50);
  g_assert_cmpuint (mg_seats_view_get_n_shown (seats), ==, 2);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, 0), ==, 127);
  g_assert_cmpuint (selected_seat (seats), ==, 38);
  g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==, "2 of 4 seats shown");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_scrolled (gpointer data)
{
  return gtk_adjustment_get_upper (GTK_ADJUSTMENT (data)) > 2 * gtk_adjustment_get_page_size (GTK_ADJUSTMENT (data));
}

/* An update that moves a seat from above the seats in sight to below them
 * leaves the list where it was scrolled, give or take that seat's row. */
static void
test_seats_update_scroll (void)
{
  static const char *english[] = { "en", NULL };
  g_autoptr (GBytes) bytes = g_resources_lookup_data (RESOURCE_BASE "/feeds/final-2022.json", 0, NULL);
  g_autofree char *json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto (GStrv) parts = g_strsplit (json, "\"votes\": 80195}", -1);
  g_autofree char *more = NULL;
  g_autoptr (MgElection) changed = NULL;
  MgWindow *window;
  MgStatePage *page;
  MgSeatsView *seats;
  GtkAdjustment *adjustment;
  double value, row_height;

  /* Gujarat's seat 1: its winner's lead from 9,431 votes to 9,09,431,
   * from among the closest seats to the widest. */
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  more = g_strjoinv ("\"votes\": 980195}", parts);
  changed = mg_test_parse (more, english);

  reset_settings ();
  window = new_window (NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s", "final-2022"));
  mg_test_wait_for (loaded, window);
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
  seats = mg_state_page_get_seats_view (page);
  g_assert_true (mg_state_page_show_seats (page));
  mg_seats_header_sort_by (mg_seats_view_get_header (seats), MG_SEAT_COLUMN_MARGIN, GTK_SORT_ASCENDING);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (mg_seats_view_get_list (seats)));
  mg_test_wait_for (has_scrolled, adjustment);
  row_height = gtk_adjustment_get_upper (adjustment) / mg_seats_view_get_n_shown (seats);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  mg_test_spin (100);
  value = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (value, >, 0);

  g_assert_true (mg_election_update_from (mg_window_get_election (window), changed));
  mg_test_spin (100);
  g_assert_cmpuint (mg_seats_view_get_shown_number (seats, mg_seats_view_get_n_shown (seats) - 1), ==, 1);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (adjustment) - value), <=, row_height + 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The main menu opens the bundled final results, seat by seat. */
/* Every label's text under @widget, depth first, and the first label
 * with each text. */
static void
collect_labels (GtkWidget  *widget,
                GString    *texts,
                GHashTable *by_text)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      g_string_append_printf (texts, "%s|", text);
      if (!g_hash_table_contains (by_text, text))
        g_hash_table_insert (by_text, (gpointer) text, widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts, by_text);
}

/* Gujarat's 2017 and 2022 files joined into one, as test-cli.sh makes it:
 * the 2022 rows after the 2017 file's header and rows. */
static GFile *
join_gujarat_files (void)
{
  g_autofree char *earlier = NULL;
  g_autofree char *later = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) joined = g_string_new (NULL);
  const char *later_rows;
  int fd;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "tcpd-ae-gujarat-2017.csv", NULL),
                       &earlier, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "tcpd-ae-gujarat-2022.csv", NULL),
                       &later, NULL, &error);
  g_assert_no_error (error);
  later_rows = strchr (later, '\n');
  g_assert_nonnull (later_rows);
  g_string_append (joined, earlier);
  g_string_append (joined, later_rows + 1);

  fd = g_file_open_tmp ("matganana-gujarat-both-XXXXXX.csv", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, joined->str, (gssize) joined->len, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* A feed that knows who held the seats before has a Changes view: its
 * heading, gains and losses in their colours, from whom and the seat;
 * with the parties' earlier vote shares too, the largest swings. */
static void
test_changes_view (void)
{
  MgWindow *window;
  MgStatePage *page;
  g_autoptr (GString) texts = g_string_new ("|");
  g_autoptr (GHashTable) by_text = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GFile) both = NULL;

  reset_settings ();
  window = new_window (NULL);
  /* The bundled counting-day feed has no seats to compare. */
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
  g_assert_false (mg_state_page_show_changes (page));
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window ("good-seats.json");
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
  g_assert_true (mg_state_page_show_changes (page));
  mg_test_spin (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (mg_state_page_get_changes_view (page))));
  collect_labels (GTK_WIDGET (mg_state_page_get_changes_view (page)), texts, by_text);
  g_assert_nonnull (strstr (texts->str, "|1 of 1 seat changed hands|"));
  g_assert_nonnull (strstr (texts->str, "|Seats gained and lost|Party|Gained|Lost|Net|BJP|1|0|+1|Congress|0|1|−1|"));
  g_assert_nonnull (strstr (texts->str, "|From whom|From|To|Seats|Congress|BJP|1|"));
  g_assert_nonnull (strstr (texts->str, "|38|Kalol (SC)|Congress|BJP|20,000|"));
  g_assert_true (gtk_widget_has_css_class (g_hash_table_lookup (by_text, "+1"), "gain"));
  g_assert_true (gtk_widget_has_css_class (g_hash_table_lookup (by_text, "−1"), "loss"));
  /* This feed gives no earlier vote shares: no swings to show. */
  g_assert_null (strstr (texts->str, "Largest swings in vote share"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Both Gujarat elections: the vote shares of 2017 and 2022. */
  both = join_gujarat_files ();
  window = new_window (NULL);
  mg_window_load_feed (window, both);
  mg_test_wait_for (loaded, window);
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
  g_assert_true (mg_state_page_show_changes (page));
  mg_test_spin (200);
  g_string_assign (texts, "|");
  g_hash_table_remove_all (by_text);
  collect_labels (GTK_WIDGET (mg_state_page_get_changes_view (page)), texts, by_text);
  g_assert_nonnull (strstr (texts->str, "|79 of 179 seats changed hands since 2017|"));
  if (strstr (texts->str, "|Largest swings in vote share|Party|Then|Now|Swing (points)|"
                          "Congress|41.3%|27.7%|−13.6|AAP|0.1%|13.1%|+13.0|BJP|49.1%|53.4%|+4.3|") == NULL)
    g_error ("no swings in the Changes view: %s", texts->str);
  gtk_window_destroy (GTK_WINDOW (window));
  g_file_delete (both, NULL, NULL);
}

/* A Lok Dhaba file opens as a final result: no "Updated" time it does not
 * have, and the seats it lacks named in the seats view. */
static void
test_csv_file (void)
{
  g_autoptr (GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data",
                                                                     "tcpd-ae-gujarat-2022.csv", NULL));
  MgWindow *window;
  MgStatePage *page;

  reset_settings ();
  window = new_window (NULL);
  mg_window_load_feed (window, file);
  mg_test_wait_for (loaded, window);
  g_assert_cmpstr (mg_window_get_subtitle (window), ==, "Final results");
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
  g_assert_true (mg_state_page_show_seats (page));
  mg_test_spin (200);
  g_assert_cmpstr (mg_seats_view_get_count_text (mg_state_page_get_seats_view (page)), ==,
                   "179 of 179 seats shown · no data in this file for 3 seats: 38, 74, 89");
  /* One election in the file: nothing to compare. */
  g_assert_false (mg_state_page_show_changes (page));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkStack *
find_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget))
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *stack = find_stack (child);

      if (stack != NULL)
        return stack;
    }
  return NULL;
}

/* The About dialog credits the bundled results' sources as the data's
 * README asks, in the words the bundled feed's "source" uses. */
static void
test_about_credits (void)
{
  GtkWidget *about = mg_application_create_about_dialog (NULL);
  g_autoptr (GString) texts = g_string_new ("|");
  g_autoptr (GHashTable) by_text = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (MgElection) final = NULL;
  g_autoptr (GBytes) bytes = NULL;
  const char *credit = "The Election Commission of India’s results as compiled by the Trivedi Centre "
                       "for Political Data (TCPD), taken from the ElectionLens project’s data (MIT licence)";
  static const char *english[] = { "en", NULL };

  gtk_window_present (GTK_WINDOW (about));
  /* GTK fills the Credits page when it is first shown. */
  gtk_stack_set_visible_child_name (find_stack (about), "credits");
  mg_test_spin (100);
  collect_labels (about, texts, by_text);
  if (!g_hash_table_contains (by_text, credit))
    g_error ("the About dialog does not credit the results' sources: %s", texts->str);
  gtk_window_destroy (GTK_WINDOW (about));

  bytes = g_resources_lookup_data ("/io/github/matganana/Matganana/feeds/final-2022.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  final = mg_feed_parse (bytes, english, NULL);
  g_assert_nonnull (final);
  g_assert_cmpstr (mg_election_get_source_name (final), ==, credit);
}

/* The bundled final results: the official totals (BJP 156), and the three
 * Gujarat seats the source lacks named as having no data, under no party
 * in the seats view. */
static void
test_bundled_final (void)
{
  MgWindow *window;
  MgStateResult *gujarat;
  MgStatePage *page;
  MgSeatsView *seats;

  reset_settings ();
  window = new_window (NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s",
                                             "final-2022"));
  mg_test_wait_for (loaded, window);
  gujarat = mg_election_find_state (mg_window_get_election (window), "gujarat", NULL);
  g_assert_cmpuint (mg_state_result_get_n_constituencies (gujarat), ==, 179);
  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (gujarat, 0)), ==, 156);
  g_assert_cmpuint (mg_state_result_get_no_data (gujarat), ==, 3);

  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 0);
  seats = mg_state_page_get_seats_view (page);
  g_assert_true (mg_state_page_show_seats (page));
  mg_test_spin (100);
  g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==,
                   "179 of 179 seats shown · no data in this file for 3 seats: 38, 74, 89");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (seats), "seats.party", "s", "bjp"));
  g_assert_cmpstr (mg_seats_view_get_count_text (seats), ==,
                   "153 of 179 seats shown · no data in this file for 3 seats: 38, 74, 89");
  mg_window_show_seat (window, 38);
  g_assert_cmpstr (mg_window_get_error (window), ==, "Constituency 38 of Gujarat has no data in this file.");
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
  return decided_is (MG_WINDOW (data), 52);
}

static gboolean
shows_fourth_folder_snapshot (gpointer data)
{
  return decided_is (MG_WINDOW (data), 56);
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
  reset_settings ();
  window = new_window (NULL);
  cached = count_tree (cache_dir);
  stored = count_tree (history_dir);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-feed", NULL));
  dialog = find_open_feed_dialog ();
  g_assert_nonnull (dialog);
  choose = find_button_with_label (GTK_WIDGET (dialog), "Choose Fol_der…");
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
  g_assert_null (find_open_feed_dialog ());
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
  g_assert_true (shows_first_snapshot (window));
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
  g_autofree char *cache = g_dir_make_tmp ("matganana-cache-XXXXXX", NULL);

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  /* The snapshots the tests fetch are kept in a history of their own. */
  g_setenv ("XDG_DATA_HOME", cache, TRUE);
  /* The alliances a test draws up are kept there too. */
  g_setenv ("XDG_CONFIG_HOME", cache, TRUE);
  /* Notifications go to the test's stand-in for the desktop's server. */
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", TRUE);
  /* The user's zone is not the election's. */
  g_setenv ("TZ", "UTC", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/page-per-state", test_page_per_state);
  g_test_add_func ("/window/select-by-action", test_select_by_action);
  g_test_add_func ("/window/alt-2", test_alt_2);
  g_test_add_func ("/window/remembers-state", test_remembers_state);
  g_test_add_func ("/window/bad-update-keeps-data", test_bad_update_keeps_data);
  g_test_add_func ("/window/live-feed", test_live_feed);
  g_test_add_func ("/window/time-bar", test_time_bar);
  g_test_add_func ("/window/time-bar-thinned", test_time_bar_thinned);
  g_test_add_func ("/window/time-bar-live-between", test_time_bar_live_between);
  g_test_add_func ("/window/over-time", test_over_time);
  g_test_add_func ("/window/feed-went-back", test_feed_went_back);
  g_test_add_func ("/window/history-limit", test_history_limit);
  g_test_add_func ("/window/watch-alerts", test_watch_alerts);
  g_test_add_func ("/window/last-looked", test_last_looked);
  g_test_add_func ("/window/watch-candidate", test_watch_candidate);
  g_test_add_func ("/window/house-and-picker", test_house_and_picker);
  g_test_add_func ("/window/user-alliances", test_user_alliances);
  g_test_add_func ("/window/copy-chart", test_copy_chart);
  g_test_add_func ("/window/first-frame-results", test_first_frame_results);
  g_test_add_func ("/window/print-export", test_print_export);
  g_test_add_func ("/window/print-results-by-seat", test_print_results_by_seat);
  g_test_add_func ("/window/main-menu", test_main_menu);
  g_test_add_func ("/window/actions-enabled", test_actions_enabled);
  g_test_add_func ("/window/local-time", test_local_time);
  g_test_add_func ("/window/seats-view", test_seats_view);
  g_test_add_func ("/window/seats-search-escape", test_seats_search_escape);
  g_test_add_func ("/window/seats-update", test_seats_update);
  g_test_add_func ("/window/seats-update-scroll", test_seats_update_scroll);
  g_test_add_func ("/window/bundled-final", test_bundled_final);
  g_test_add_func ("/window/changes-view", test_changes_view);
  g_test_add_func ("/window/about-credits", test_about_credits);
  g_test_add_func ("/window/csv-file", test_csv_file);
  g_test_add_func ("/window/open-feed-dialog", test_open_feed_dialog);
  g_test_add_func ("/window/hostile-updates", test_hostile_updates);
  g_test_add_func ("/window/update-keeps-selection", test_update_keeps_selection);
  g_test_add_func ("/window/change-colours", test_change_colours);
  g_test_add_func ("/window/snapshot-folder", test_snapshot_folder);

  return g_test_run ();
}
