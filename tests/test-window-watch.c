/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Watching the count from the window, under a real X server: watched seats
 * and candidates, their alerts, and what changed since the user last
 * looked. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "mg-a11y.h"
#include "mg-application.h"
#include "mg-feed-source.h"
#include "mg-history.h"
#include "mg-seats-view-private.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-state-tabs.h"
#include "mg-test-util.h"
#include "mg-trend-view.h"
#include "mg-window-private.h"
#include "window-test-util.h"

static gboolean
trend_has_two_points (gpointer data)
{
  return mg_test_himachal_points (MG_WINDOW (data)) == 2;
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
  mg_test_wait_for (mg_test_window_is_active, window);
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
  mg_test_reset_settings ();
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

  address = mg_test_start_feed_server (dir, "--period=4", &server, &output);

  window = mg_test_window_follow (app, address, 5);
  mg_test_wait_for (has_seats, window);

  /* Starred from its detail, as a user would. */
  mg_window_show_seat (window, 127);
  seats = mg_state_page_get_seats_view (mg_test_first_page (window));
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
  mg_test_wait_for (mg_test_window_is_active, other);
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
  g_autofree char *first = mg_test_himachal_snapshot ("\"won\": 10,", "\"leading\":  5,");
  g_autofree char *second = mg_test_himachal_snapshot ("\"won\": 22,", "\"leading\": 17,");
  g_autofree char *third = mg_test_himachal_snapshot ("\"won\": 30,", "\"leading\":  5,");
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
  mg_test_reset_settings ();
  g_settings_reset (settings, "last-looked");
  /* The server starts on the second snapshot, already stored, and moves
   * on to the third. */
  address = mg_test_serve_two (dir, second, third, "--period=6", &server, &output);
  {
    g_autoptr (MgHistory) stored = mg_history_open (address, 0);
    g_autoptr (GBytes) b1 = g_bytes_new (first, strlen (first));
    g_autoptr (GBytes) b2 = g_bytes_new (second, strlen (second));

    g_assert_true (mg_history_add (stored, b1, t1, NULL, &error));
    g_assert_true (mg_history_add (stored, b2, t2, NULL, &error));
    g_assert_no_error (error);
  }

  window = mg_test_window_follow (NULL, address, 600);
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
  mg_test_wait_for_snapshot_served (output, 2);
  mg_feed_source_refresh (mg_window_get_feed_source (window));
  mg_test_wait_for (mg_test_trend_has_three_points, window);
  focus_window (xdotool, GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (other));
  page = mg_state_tabs_get_page (mg_window_get_state_tabs (window), 1);
  view = mg_state_page_get_trend_view (page);
  g_assert_true (mg_state_page_show_trend (page));
  g_assert_true (mg_state_tabs_select_index (mg_window_get_state_tabs (window), 1, FALSE));
  mg_test_spin (100);
  spin = mg_test_find_widget_of_type (GTK_WIDGET (view), GTK_TYPE_SPIN_BUTTON);
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

  mg_test_reset_settings ();
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  window = mg_window_new (NULL);
  mg_window_load_uri (window, uri);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for (has_seats, window);
  seats = mg_state_page_get_seats_view (mg_test_first_page (window));

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

int
main (int   argc,
      char *argv[])
{
  mg_test_window_init (&argc, &argv);

  g_test_add_func ("/window/watch-alerts", test_watch_alerts);
  g_test_add_func ("/window/last-looked", test_last_looked);
  g_test_add_func ("/window/watch-candidate", test_watch_candidate);

  return g_test_run ();
}
