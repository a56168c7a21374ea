/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's seats under a real X server: the Seats view, a seat's
 * detail, the search, the chart's dots opening seats, updates in place,
 * the Changes view, and results files with seats missing. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "mg-a11y.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-party-result.h"
#include "mg-seat-chart.h"
#include "mg-seat-row.h"
#include "mg-seat-text.h"
#include "mg-seats-view-private.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-state-tabs.h"
#include "mg-test-util.h"
#include "mg-window-private.h"
#include "window-test-util.h"

/* The seats' list has drawn a row. */
static gboolean
has_seat_row (gpointer data)
{
  return mg_test_find_widget_of_type (mg_seats_view_get_list (MG_SEATS_VIEW (data)), MG_TYPE_SEAT_ROW) != NULL;
}

/* The state page's summary, as its view switcher shows it. */
static void
show_summary (MgStatePage *page)
{
  GtkWidget *stack = mg_test_find_widget_of_type (GTK_WIDGET (page), GTK_TYPE_STACK);

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

  mg_test_reset_settings ();
  window = mg_test_window_new ("good-seats.json");
  page = mg_test_first_page (window);
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
    GtkToggleButton *all = GTK_TOGGLE_BUTTON (mg_test_find_button_with_label (GTK_WIDGET (seats), "All"));
    GtkToggleButton *declared = GTK_TOGGLE_BUTTON (mg_test_find_button_with_label (GTK_WIDGET (seats), "Declared"));
    GtkToggleButton *counting = GTK_TOGGLE_BUTTON (mg_test_find_button_with_label (GTK_WIDGET (seats), "Counting"));
    GtkToggleButton *awaiting = GTK_TOGGLE_BUTTON (mg_test_find_button_with_label (GTK_WIDGET (seats), "Awaiting"));
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
    GtkWidget *chart = mg_test_find_widget_of_type (GTK_WIDGET (page), MG_TYPE_SEAT_CHART);
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
  g_signal_emit_by_name (mg_test_find_widget_of_type (GTK_WIDGET (page), MG_TYPE_SEAT_CHART),
                         "seat-activated", 127u);
  g_assert_cmpuint (mg_seats_view_get_detail_number (seats), ==, 127);
  gtk_window_destroy (GTK_WINDOW (window));

  /* --state=gujarat --constituency=38: asked before the feed has loaded. */
  window = mg_window_new (NULL);
  g_assert_false (mg_window_select_state_id (window, "gujarat"));
  mg_window_show_seat (window, 38);
  mg_test_window_load (window, g_test_get_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL));
  seats = mg_state_page_get_seats_view (mg_test_first_page (window));
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

  mg_test_reset_settings ();
  window = mg_test_window_new ("good-seats.json");
  seats = mg_state_page_get_seats_view (mg_test_first_page (window));
  entry = mg_test_find_widget_of_type (GTK_WIDGET (seats), GTK_TYPE_SEARCH_ENTRY);
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

  mg_test_reset_settings ();
  window = mg_test_window_new ("good-seats.json");
  page = mg_test_first_page (window);
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
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mg_test_find_widget_of_type (GTK_WIDGET (seats),
                                                                                     GTK_TYPE_SEARCH_ENTRY))),
                   ==, "kal");
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s", "final-2022"));
  mg_test_wait_for (mg_test_window_loaded, window);
  page = mg_test_first_page (window);
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  /* The bundled counting-day feed has no seats to compare. */
  page = mg_test_first_page (window);
  g_assert_false (mg_state_page_show_changes (page));
  gtk_window_destroy (GTK_WINDOW (window));

  window = mg_test_window_new ("good-seats.json");
  page = mg_test_first_page (window);
  g_assert_true (mg_state_page_show_changes (page));
  mg_test_spin (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (mg_state_page_get_changes_view (page))));
  mg_test_collect_labels (GTK_WIDGET (mg_state_page_get_changes_view (page)), texts, by_text);
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
  window = mg_test_window_new (NULL);
  mg_window_load_feed (window, both);
  mg_test_wait_for (mg_test_window_loaded, window);
  page = mg_test_first_page (window);
  g_assert_true (mg_state_page_show_changes (page));
  mg_test_spin (200);
  g_string_assign (texts, "|");
  g_hash_table_remove_all (by_text);
  mg_test_collect_labels (GTK_WIDGET (mg_state_page_get_changes_view (page)), texts, by_text);
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  mg_window_load_feed (window, file);
  mg_test_wait_for (mg_test_window_loaded, window);
  g_assert_cmpstr (mg_window_get_subtitle (window), ==, "Final results");
  page = mg_test_first_page (window);
  g_assert_true (mg_state_page_show_seats (page));
  mg_test_spin (200);
  g_assert_cmpstr (mg_seats_view_get_count_text (mg_state_page_get_seats_view (page)), ==,
                   "179 of 179 seats shown · no data in this file for 3 seats: 38, 74, 89");
  /* One election in the file: nothing to compare. */
  g_assert_false (mg_state_page_show_changes (page));
  gtk_window_destroy (GTK_WINDOW (window));
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

  mg_test_reset_settings ();
  window = mg_test_window_new (NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", "s",
                                             "final-2022"));
  mg_test_wait_for (mg_test_window_loaded, window);
  gujarat = mg_election_find_state (mg_window_get_election (window), "gujarat", NULL);
  g_assert_cmpuint (mg_state_result_get_n_constituencies (gujarat), ==, 179);
  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (gujarat, 0)), ==, 156);
  g_assert_cmpuint (mg_state_result_get_no_data (gujarat), ==, 3);

  page = mg_test_first_page (window);
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

int
main (int   argc,
      char *argv[])
{
  mg_test_window_init (&argc, &argv);

  g_test_add_func ("/window/seats-view", test_seats_view);
  g_test_add_func ("/window/seats-search-escape", test_seats_search_escape);
  g_test_add_func ("/window/seats-update", test_seats_update);
  g_test_add_func ("/window/seats-update-scroll", test_seats_update_scroll);
  g_test_add_func ("/window/bundled-final", test_bundled_final);
  g_test_add_func ("/window/changes-view", test_changes_view);
  g_test_add_func ("/window/csv-file", test_csv_file);

  return g_test_run ();
}
