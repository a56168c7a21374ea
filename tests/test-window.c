/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window itself under a real X server: its tabs and their keys, what it
 * remembers, bad and hostile feeds, updates in place, printing, the menu
 * and its actions, the Open Feed dialog, the change column's colours, the
 * times it gives and the About dialog. */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <string.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "mg-application-private.h"
#include "mg-chart-colors.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-open-feed-dialog.h"
#include "mg-party-result.h"
#include "mg-print-operation.h"
#include "mg-reader-private.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-state-tabs.h"
#include "mg-test-util.h"
#include "mg-window-private.h"
#include "window-test-util.h"

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

static void
test_page_per_state (void)
{
  MgWindow *window;
  g_autoptr (GFile) ten = NULL;
  g_autoptr (GFile) one = NULL;

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);

  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);
  g_assert_cmpstr (tab_text (window, 0), ==, "Gujarat");
  g_assert_cmpstr (tab_text (window, 1), ==, "Himachal Pradesh");
  g_assert_cmpstr (selected_id (window), ==, "gujarat");

  /* The tabs are made again with the new states; the keyboard focus, on
   * a tab, stays on the selected one's. */
  mg_state_tabs_focus_tab (mg_window_get_state_tabs (window));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == mg_state_tabs_get_tab (mg_window_get_state_tabs (window), 0));
  ten = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds", "good-ten-states.json", NULL));
  mg_window_load_feed (window, ten);
  mg_test_wait_for (mg_test_window_loaded, window);
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 10);
  g_assert_cmpstr (tab_text (window, 9), ==, "State 9");
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 mg_state_tabs_get_tab (mg_window_get_state_tabs (window),
                                        (guint) mg_state_tabs_get_selected_index (mg_window_get_state_tabs (window))));

  one = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds", "good-minimal.json", NULL));
  mg_window_load_feed (window, one);
  mg_test_wait_for (mg_test_window_loaded, window);
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 1);
  g_assert_cmpstr (tab_text (window, 0), ==, "Gujarat");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_by_action (void)
{
  MgWindow *window;

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);

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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  g_assert_cmpstr (selected_id (window), ==, "gujarat");

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  command = g_strdup_printf ("%s windowfocus --sync %lu", xdotool,
                             (gulong) gdk_x11_surface_get_xid (surface));
  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  mg_test_wait_for (mg_test_window_is_active, window);

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

  mg_test_reset_settings ();
  g_settings_set_string (settings, "selected-state", "himachal-pradesh");
  g_settings_set (settings, "window-size", "(ii)", 800, 600);

  window = mg_test_window_new (NULL);
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  g_assert_null (mg_window_get_error (window));

  bad = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "feeds", "bad-sum-over-seats.json", NULL));
  mg_window_load_feed (window, bad);
  mg_test_wait_for (mg_test_window_loaded, window);

  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);
  g_assert_cmpuint (mg_election_get_n_states (mg_window_get_election (window)), ==, 2);
  g_assert_nonnull (mg_window_get_error (window));
  g_assert_nonnull (strstr (mg_window_get_error (window), "states[0].parties: won plus leading"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An update in place keeps the selected tab and the selected table row. */
static void
test_update_keeps_selection (void)
{
  g_autoptr (MgElection) changed = mg_test_load_bundled (NULL);
  MgStateResult *himachal = mg_election_find_state (changed, "himachal-pradesh", NULL);
  MgWindow *window;
  GtkSelectionModel *selection;

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);

  mg_test_window_load (window, g_test_get_filename (G_TEST_DIST, "feeds", "bad-truncated.json", NULL));
  g_assert_nonnull (strstr (mg_window_get_error (window), "it may be truncated"));
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);
  g_assert_true (mg_test_shows_first_snapshot (window));

  mg_test_window_load (window, g_test_get_filename (G_TEST_DIST, "feeds", "bad-no-states.json", NULL));
  g_assert_nonnull (strstr (mg_window_get_error (window), "states: must have from 1 to 64 entries"));
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 2);
  g_assert_true (mg_test_shows_first_snapshot (window));

  g_string_append (json, "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": "
                         "[{\"id\": \"big\", \"name\": \"Big\", \"seats\": 10000, \"parties\": [");
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"P%u\", \"won\": 50, "
                            "\"leading\": 40}", i ? ", " : "", i, i);
  g_string_append (json, "]}]}");
  g_file_set_contents (big, json->str, -1, &error);
  g_assert_no_error (error);
  mg_test_window_load (window, big);
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
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
  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
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

  window = mg_test_window_new ("good-seats.json");
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  button = mg_test_find_widget_of_type (gtk_window_get_titlebar (GTK_WINDOW (window)),
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
  mg_test_wait_for (mg_test_window_loaded, window);
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-feed", NULL));
  dialog = mg_test_find_open_feed_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  gtk_editable_set_text (GTK_EDITABLE (gtk_window_get_focus (GTK_WINDOW (dialog))), path);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  mg_test_wait_for (mg_test_window_loaded, window);
  g_assert_cmpint (mg_state_tabs_get_n_pages (mg_window_get_state_tabs (window)), ==, 10);
  remembered = g_settings_get_string (settings, "feed-uri");
  g_assert_true (g_str_has_prefix (remembered, "file:///"));
  g_assert_true (g_str_has_suffix (remembered, "good-ten-states.json"));

  /* Choose File: the desktop's chooser, for feeds and results CSV files;
   * a file chosen opens at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-feed", NULL));
  dialog = mg_test_find_open_feed_dialog ();
  g_assert_nonnull (dialog);
  {
    GtkWidget *choose = mg_test_find_button_with_label (GTK_WIDGET (dialog), "Choose _File…");
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
  mg_test_wait_for (mg_test_window_loaded, window);
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
         mg_test_find_widget_with_class (style->page, "gain") != NULL &&
         mg_test_find_widget_with_class (style->page, "loss") != NULL;
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
  window = mg_test_window_new (NULL);
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
          GtkWidget *label = mg_test_find_widget_with_class (style.page, classes[c]);
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
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
  mg_test_collect_labels (about, texts, by_text);
  if (!g_hash_table_contains (by_text, credit))
    g_error ("the About dialog does not credit the results' sources: %s", texts->str);
  gtk_window_destroy (GTK_WINDOW (about));

  bytes = g_resources_lookup_data ("/io/github/matganana/Matganana/feeds/final-2022.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  final = mg_feed_parse (bytes, english, NULL);
  g_assert_nonnull (final);
  g_assert_cmpstr (mg_election_get_source_name (final), ==, credit);
}

int
main (int   argc,
      char *argv[])
{
  mg_test_window_init (&argc, &argv);

  g_test_add_func ("/window/page-per-state", test_page_per_state);
  g_test_add_func ("/window/select-by-action", test_select_by_action);
  g_test_add_func ("/window/alt-2", test_alt_2);
  g_test_add_func ("/window/remembers-state", test_remembers_state);
  g_test_add_func ("/window/bad-update-keeps-data", test_bad_update_keeps_data);
  g_test_add_func ("/window/print-export", test_print_export);
  g_test_add_func ("/window/print-results-by-seat", test_print_results_by_seat);
  g_test_add_func ("/window/main-menu", test_main_menu);
  g_test_add_func ("/window/actions-enabled", test_actions_enabled);
  g_test_add_func ("/window/local-time", test_local_time);
  g_test_add_func ("/window/about-credits", test_about_credits);
  g_test_add_func ("/window/open-feed-dialog", test_open_feed_dialog);
  g_test_add_func ("/window/hostile-updates", test_hostile_updates);
  g_test_add_func ("/window/update-keeps-selection", test_update_keeps_selection);
  g_test_add_func ("/window/change-colours", test_change_colours);

  return g_test_run ();
}
