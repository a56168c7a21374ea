/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's house and alliances under a real X server: a general
 * election's house and state picker, alliances of the feed and of the
 * user, the chart copied, and the first frame. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "mg-alliance.h"
#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-party-result.h"
#include "mg-seat-chart.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-state-tabs.h"
#include "mg-test-util.h"
#include "mg-user-alliances.h"
#include "mg-window-private.h"
#include "window-test-util.h"

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
  MgWindow *window = mg_test_window_new (NULL);
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
  MgWindow *window = mg_test_window_new (NULL);
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
    mg_test_wait_for (mg_test_window_loaded, window);
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
  window = mg_test_window_new (NULL);
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
  MgWindow *window = mg_test_window_new (NULL);
  MgStateTabs *tabs = mg_window_get_state_tabs (window);
  MgStatePicker *picker = mg_state_tabs_get_picker (tabs);
  MgStateResult *house;
  guint won = 0, leading = 0, seats = 0;

  /* Two states: no picker. */
  g_assert_false (mg_state_tabs_open_picker (tabs));

  mg_window_load_feed (window, file);
  mg_test_wait_for (mg_test_window_loaded, window);
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
      chart = MG_SEAT_CHART (mg_test_find_widget_of_type (GTK_WIDGET (gujarat_page), MG_TYPE_SEAT_CHART));
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

static void
on_page_made_cb (MgStateTabs *tabs,
                 MgStatePage *page,
                 GPtrArray   *made)
{
  g_ptr_array_add (made, g_strdup (mg_state_result_get_id (mg_state_page_get_state (page))));
}

/* A state's page is made when it is first shown or asked for, not before
 * the first frame: a general election's 37 pages were most of its launch.
 * A page made late has what the others have (here: the alliances). */
static void
test_pages_made_when_shown (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-lazy-XXXXXX", NULL);
  g_autoptr (GFile) file = write_general_election (dir);
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GPtrArray) made = g_ptr_array_new_with_free_func (g_free);
  MgWindow *window = mg_test_window_new (NULL);
  MgStateTabs *tabs = mg_window_get_state_tabs (window);
  MgStatePage *page;

  g_signal_connect (tabs, "page-made", G_CALLBACK (on_page_made_cb), made);
  g_settings_set_boolean (settings, "by-alliance", TRUE);
  mg_window_load_feed (window, file);
  mg_window_select_state_id (window, "house");
  mg_test_wait_for (mg_test_window_loaded, window);
  mg_test_spin (100);
  g_assert_cmpuint (mg_state_tabs_get_n_pages (tabs), ==, 37);
  g_assert_cmpstr (mg_state_result_get_id (mg_state_tabs_get_selected_state (tabs)), ==, "house");
  /* The house's page only. */
  g_assert_cmpuint (made->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (made, 0), ==, "house");
  g_assert_nonnull (mg_state_tabs_peek_page (tabs, 0));
  g_assert_null (mg_state_tabs_peek_page (tabs, 1));
  g_assert_null (mg_state_tabs_peek_page (tabs, 36));
  /* Every state's tab is there before its page. */
  g_assert_nonnull (mg_state_tabs_get_tab (tabs, 36));
  g_assert_null (mg_state_tabs_get_tab (tabs, 37));

  /* Uttar Pradesh, shown: its page is made now, counted by alliance. */
  g_assert_true (mg_state_tabs_select_index (tabs, 1, FALSE));
  g_assert_cmpuint (made->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (made, 1), ==, "uttar-pradesh");
  page = mg_state_tabs_peek_page (tabs, 1);
  g_assert_nonnull (page);
  mg_test_spin (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_party (mg_state_page_get_shown (page), 0)), ==, "nda");
  /* Each way of counting keeps its table: back and forth shows the same
   * rows again, not new ones. */
  {
    GtkSelectionModel *alliance_rows = mg_state_page_get_selection (page);
    GtkSelectionModel *party_rows;

    g_settings_set_boolean (settings, "by-alliance", FALSE);
    party_rows = mg_state_page_get_selection (page);
    g_assert_true (party_rows != alliance_rows);
    g_assert_true (mg_state_page_get_shown (page) == mg_state_page_get_state (page));
    g_settings_set_boolean (settings, "by-alliance", TRUE);
    g_assert_true (mg_state_page_get_selection (page) == alliance_rows);
    g_settings_set_boolean (settings, "by-alliance", FALSE);
    g_assert_true (mg_state_page_get_selection (page) == party_rows);
    g_settings_set_boolean (settings, "by-alliance", TRUE);
    mg_test_spin (50);
  }
  /* Asked for, a page is made though not shown; once made, it stays. */
  page = mg_state_tabs_get_page (tabs, 36);
  g_assert_nonnull (page);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_party (mg_state_page_get_shown (page), 0)), ==, "nda");
  g_assert_true (mg_state_tabs_get_page (tabs, 36) == page);
  g_assert_cmpuint (made->len, ==, 3);

  g_settings_set_boolean (settings, "by-alliance", FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  mg_test_window_init (&argc, &argv);

  g_test_add_func ("/window/house-and-picker", test_house_and_picker);
  g_test_add_func ("/window/pages-made-when-shown", test_pages_made_when_shown);
  g_test_add_func ("/window/user-alliances", test_user_alliances);
  g_test_add_func ("/window/copy-chart", test_copy_chart);
  g_test_add_func ("/window/first-frame-results", test_first_frame_results);

  return g_test_run ();
}
