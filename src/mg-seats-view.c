/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seats-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-candidate-row.h"
#include "mg-candidate.h"
#include "mg-chart-colors.h"
#include "mg-constituency.h"
#include "mg-party-result.h"
#include "mg-seat-labels.h"
#include "mg-seat-row.h"
#include "mg-seats-header.h"
#include "mg-seat-text.h"
#include "mg-seats-view-private.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-text-util.h"
#include "mg-watchlist.h"

/* A state's seats: a list to search, filter and sort, and one seat's
 * detail. Everything it says of a seat comes from the model and
 * mg-seat-labels.c. */
struct _MgSeatsView
{
  GtkWidget           parent_instance;

  MgStateResult      *state;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkSorter          *sorter;
  guint               detail_number;

  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *status_buttons[4];
  GtkToggleButton    *close_button;
  GtkSpinButton      *close_spin;
  GtkToggleButton    *watched_button;
  GtkToggleButton    *watch_button;
  GtkImage           *watch_icon;
  MgWatchlist        *watchlist;
  GPtrArray          *list_items;  /* the list's rows, bound or not */
  gboolean            filling;
  gboolean            stale;       /* seats changed while out of sight */
  GSettings          *settings;
  GtkMenuButton      *party_button;
  GtkButton          *back_button;
  char               *party_filter;   /* a party id, or NULL for every party */
  char               *search;         /* the search text, folded */
  GtkLabel           *count_label;
  MgSeatsHeader      *header;
  GtkGridView        *list;
  GtkLabel           *detail_title;
  GtkLabel           *detail_facts;
  GtkListBox         *candidates;
};

G_DEFINE_FINAL_TYPE (MgSeatsView, mg_seats_view, GTK_TYPE_WIDGET)

/* The row takes the focus, and a screen reader reads its name: the seat in
 * one sentence; its description says every cell, with the column's title.
 * (GTK 4.8 has no API for a list row's label: the row is the child's
 * parent.) */
static void
name_row (MgSeatsView    *self,
          MgSeatRow      *child,
          MgConstituency *seat)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (child));
  g_autofree char *sentence = NULL;
  g_autoptr (GString) cells = g_string_new (NULL);

  if (row == NULL)
    return;
  sentence = mg_seat_labels_dup_sentence (self->state, seat);
  if (self->watchlist != NULL &&
      mg_watchlist_watches_seat (self->watchlist, mg_state_result_get_id (self->state), mg_constituency_get_number (seat)))
    {
      /* TRANSLATORS: a watched seat's row read aloud: the seat in a sentence */
      char *watched = g_strdup_printf (_("%s, watched"), sentence);

      g_free (sentence);
      sentence = watched;
    }
  for (guint c = 0; c < MG_N_SEAT_COLUMNS; c++)
    {
      /* An empty cell (no change known) says nothing. */
      if (*mg_seat_row_get_text (child, c) == '\0')
        continue;
      if (cells->len > 0)
        g_string_append (cells, "; ");
      /* TRANSLATORS: one cell of a seats row read aloud: a column title and its text */
      g_string_append_printf (cells, _("%s: %s"), mg_seat_column_title (c), mg_seat_row_get_text (child, c));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, sentence,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, cells->str, -1);
}

static void
refresh_row (GtkListItem *item)
{
  MgConstituency *seat = gtk_list_item_get_item (item);
  MgSeatRow *row = MG_SEAT_ROW (gtk_list_item_get_child (item));
  MgSeatsView *self = g_object_get_data (G_OBJECT (row), "view");

  if (seat == NULL || self->state == NULL)
    return;
  mg_seat_row_set_seat (row, self->state, seat);
  mg_seat_row_set_watched (row, self->watchlist != NULL &&
                                mg_watchlist_watches_seat (self->watchlist, mg_state_result_get_id (self->state),
                                                           mg_constituency_get_number (seat)));
  name_row (self, row, seat);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             MgSeatsView              *self)
{
  GtkWidget *row = mg_seat_row_new (mg_seats_header_get_columns (self->header));

  g_object_set_data (G_OBJECT (row), "view", self);
  gtk_list_item_set_child (item, row);
  /* Kept, to show a seat's star when it is watched. */
  g_ptr_array_add (self->list_items, item);
}

static void
on_teardown_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                MgSeatsView              *self)
{
  if (self->list_items != NULL)
    g_ptr_array_remove_fast (self->list_items, item);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            MgSeatsView              *self)
{
  g_signal_connect_object (gtk_list_item_get_item (item), "changed", G_CALLBACK (refresh_row),
                           item, G_CONNECT_SWAPPED);
  refresh_row (item);
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MgSeatsView              *self)
{
  if (gtk_list_item_get_item (item) != NULL)
    g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), refresh_row, item);
}

/* In the order the column titles say. */
static int
compare_seats (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  MgSeatsView *self = user_data;
  int order = mg_seat_column_compare (mg_seats_header_get_sort_column (self->header), self->state,
                                      (MgConstituency *) a, (MgConstituency *) b);

  return mg_seats_header_get_sort_order (self->header) == GTK_SORT_DESCENDING ? -order : order;
}

static void
on_sort_changed_cb (MgSeatsView *self)
{
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

/* A seat matches the search when its number starts with it or its name
 * holds it, in any case and in any language the feed gives. */
static gboolean
matches (gpointer item,
         gpointer user_data)
{
  MgConstituency *seat = item;
  MgSeatsView *self = user_data;
  guint status = 0;

  for (guint i = 1; i < G_N_ELEMENTS (self->status_buttons); i++)
    if (gtk_toggle_button_get_active (self->status_buttons[i]))
      status = i;

  if (status == 1 && mg_constituency_get_status (seat) != MG_SEAT_STATUS_DECLARED)
    return FALSE;
  if (status == 2 && mg_constituency_get_status (seat) != MG_SEAT_STATUS_COUNTING)
    return FALSE;
  if (status == 3 && mg_constituency_get_status (seat) != MG_SEAT_STATUS_PENDING)
    return FALSE;
  if (self->party_filter != NULL)
    {
      MgCandidate *leader = mg_constituency_get_leader (seat);

      if (leader == NULL || !g_str_equal (mg_candidate_get_party_id (leader), self->party_filter))
        return FALSE;
    }
  if (gtk_toggle_button_get_active (self->watched_button) &&
      (self->watchlist == NULL ||
       !mg_watchlist_watches_seat (self->watchlist, mg_state_result_get_id (self->state),
                                   mg_constituency_get_number (seat))))
    return FALSE;
  if (gtk_toggle_button_get_active (self->close_button) &&
      (mg_constituency_get_leader (seat) == NULL ||
       mg_constituency_get_margin_share (seat) >= gtk_spin_button_get_value (self->close_spin)))
    return FALSE;
  return self->search == NULL || mg_seat_labels_matches (seat, self->search);
}

static void
update_count (MgSeatsView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = self->state != NULL ? mg_state_result_get_n_constituencies (self->state) : 0;
  g_autofree char *shown_text = mg_text_format_count (shown);
  g_autofree char *of_all = mg_summary_dup_of_seats (all);
  g_autofree char *text =
    /* TRANSLATORS: the seats the search and filters show, then the whole ("of 182 seats"),
     * in the plural form of the seats shown: Hindi writes "%2$s %1$s सीटें" */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %s shown", "%s %s shown", shown),
                     shown_text, of_all);
  g_autoptr (GArray) missing = self->state != NULL ? mg_state_result_dup_no_data_numbers (self->state) : NULL;

  if (missing != NULL && missing->len > 0)
    {
      g_autoptr (GString) numbers = g_string_new (NULL);
      g_autofree char *missing_text = mg_text_format_count (missing->len);
      g_autofree char *with_missing = NULL;

      /* The file's gaps are part of the result: say which seats it lacks. */
      for (guint i = 0; i < MIN (missing->len, 12); i++)
        g_string_append_printf (numbers, "%s%u", i > 0 ? ", " : "", g_array_index (missing, guint, i));
      if (missing->len > 12)
        g_string_append (numbers, ", …");
      with_missing =
        /* TRANSLATORS: "N of M seats shown", then how many seats a file of past results lacks and
         * their numbers. English: "179 of 179 seats shown · no data in this file for 3 seats: 38, 74, 89" */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · no data in this file for %s seat: %s",
                                      "%s · no data in this file for %s seats: %s", missing->len),
                         text, missing_text, numbers->str);
      gtk_label_set_text (self->count_label, with_missing);
      return;
    }
  gtk_label_set_text (self->count_label, text);
}

static void
on_filters_changed_cb (MgSeatsView *self)
{
  /* Folded once here, not once a seat. */
  g_free (self->search);
  self->search = mg_text_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* Close contests are seen closest first. */
static void
on_close_toggled_cb (MgSeatsView *self)
{
  if (gtk_toggle_button_get_active (self->close_button))
    mg_seats_header_sort_by (self->header, MG_SEAT_COLUMN_MARGIN, GTK_SORT_ASCENDING);
  on_filters_changed_cb (self);
}

/* The close contests' margin, which the user sets (remembered for every
 * state): says it in the toggle's tooltip, and filters again. */
static void
on_close_margin_changed_cb (MgSeatsView *self)
{
  g_autofree char *percent = g_strdup_printf ("%.1f", gtk_spin_button_get_value (self->close_spin));
  g_autofree char *tooltip =
    /* TRANSLATORS: the close contests button's tooltip; %s is a per cent figure ("2.0") */
    g_strdup_printf (_("Seats won or led by less than %s%% of the votes, closest first"), percent);

  mg_a11y_set_tooltip (GTK_WIDGET (self->close_button), tooltip);
  if (gtk_toggle_button_get_active (self->close_button))
    on_filters_changed_cb (self);
}

/* A candidate's row in the detail: a star, then the candidate. */
static MgCandidateRow *
candidate_of_row (GtkListBoxRow *row)
{
  return MG_CANDIDATE_ROW (gtk_widget_get_last_child (gtk_list_box_row_get_child (row)));
}

static GtkToggleButton *
star_of_row (GtkListBoxRow *row)
{
  return GTK_TOGGLE_BUTTON (gtk_widget_get_first_child (gtk_list_box_row_get_child (row)));
}

/* A candidate's star pressed: the candidate is watched, or no longer. */
static void
on_candidate_star_toggled_cb (GtkToggleButton *star,
                              MgSeatsView     *self)
{
  const char *name = g_object_get_data (G_OBJECT (star), "candidate");

  if (self->filling || self->watchlist == NULL || self->detail_number == 0 || name == NULL)
    return;
  mg_watchlist_set_candidate_watched (self->watchlist, mg_state_result_get_id (self->state), self->detail_number,
                                      name, gtk_toggle_button_get_active (star));
}

/* Enter on a candidate (or a click on the row) stars the candidate. */
static void
on_candidate_activated_cb (MgSeatsView   *self,
                           GtkListBoxRow *row)
{
  GtkToggleButton *star = star_of_row (row);

  gtk_toggle_button_set_active (star, !gtk_toggle_button_get_active (star));
}

static GtkWidget *
make_candidate_row (MgSeatsView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *star = gtk_toggle_button_new ();
  GtkWidget *candidate = mg_candidate_row_new ("", "", "", FALSE, 0, 0);

  gtk_button_set_icon_name (GTK_BUTTON (star), "non-starred-symbolic");
  gtk_widget_add_css_class (star, "flat");
  gtk_widget_add_css_class (star, "circular");
  gtk_widget_add_css_class (star, "candidate-star");
  gtk_widget_set_valign (star, GTK_ALIGN_CENTER);
  gtk_widget_set_focus_on_click (star, FALSE);
  mg_a11y_set_tooltip (star, _("Be told when this candidate takes the lead, falls behind or wins (Enter on the row)"));
  g_signal_connect (star, "toggled", G_CALLBACK (on_candidate_star_toggled_cb), self);
  gtk_widget_set_hexpand (candidate, TRUE);
  gtk_box_append (GTK_BOX (box), star);
  gtk_box_append (GTK_BOX (box), candidate);
  gtk_widget_add_css_class (box, "candidate");
  return box;
}

/* A candidate's star says whether the candidate is watched; the row's
 * name says it too, for a screen reader. */
static void
update_candidate_star (MgSeatsView   *self,
                       GtkListBoxRow *row)
{
  GtkToggleButton *star = star_of_row (row);
  const char *name = g_object_get_data (G_OBJECT (star), "candidate");
  const char *sentence = g_object_get_data (G_OBJECT (row), "sentence");
  gboolean watched = self->watchlist != NULL && self->detail_number != 0 && name != NULL &&
                     mg_watchlist_contains_candidate (self->watchlist, mg_state_result_get_id (self->state),
                                                      self->detail_number, name);
  g_autofree char *label = NULL;
  g_autofree char *star_label = NULL;

  self->filling = TRUE;
  gtk_toggle_button_set_active (star, watched);
  self->filling = FALSE;
  gtk_button_set_icon_name (GTK_BUTTON (star), watched ? "starred-symbolic" : "non-starred-symbolic");
  gtk_widget_set_sensitive (GTK_WIDGET (star), self->watchlist != NULL);
  /* TRANSLATORS: a candidate's star in a seat's detail; the candidate's name */
  star_label = g_strdup_printf (_("Watch %s"), name != NULL ? name : "");
  mg_a11y_set_label (GTK_WIDGET (star), star_label);
  /* TRANSLATORS: a watched candidate's row read aloud: the candidate in a sentence */
  label = watched ? g_strdup_printf (_("%s, watched"), sentence) : g_strdup (sentence);
  mg_a11y_set_label (GTK_WIDGET (row), label);
}

/* Shows @candidate in the detail's row at @index, made when there are
 * fewer: the rows stay from one seat to the next, given other candidates,
 * which costs far less than making and styling them again. */
static void
set_candidate_row (MgSeatsView    *self,
                   guint           index,
                   MgConstituency *seat,
                   MgCandidate    *candidate)
{
  const char *party_id = mg_candidate_get_party_id (candidate);
  guint position = 0;
  MgPartyResult *party = mg_state_result_find_party (self->state, party_id, &position);
  g_autofree char *votes = mg_seat_labels_dup_votes (seat, candidate);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->candidates, (int) index);
  const char *name = mg_candidate_get_name (candidate);
  const char *party_name = mg_seat_labels_party_name (self->state, party_id);
  gboolean leader = candidate == mg_constituency_get_leader (seat);
  double share = MAX (mg_constituency_get_share (seat, candidate), 0);
  guint32 rgb = party != NULL ? mg_chart_party_color (party, position) : 0x9a9996;

  if (row == NULL)
    {
      GtkWidget *child = make_candidate_row (self);

      gtk_list_box_append (self->candidates, child);
      row = GTK_LIST_BOX_ROW (gtk_widget_get_parent (child));
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
  mg_candidate_row_set (candidate_of_row (row), name, party_name, votes, leader, share, rgb);
  g_object_set_data_full (G_OBJECT (star_of_row (row)), "candidate", g_strdup (name), g_free);
  g_object_set_data_full (G_OBJECT (row), "sentence",
                          mg_seat_labels_dup_candidate_sentence (self->state, seat, candidate), g_free);
  update_candidate_star (self, row);
}

/* The detail's star says whether its seat is watched. */
static void
update_watch_button (MgSeatsView *self)
{
  gboolean watched = self->watchlist != NULL && self->detail_number != 0 &&
                     mg_watchlist_contains (self->watchlist, mg_state_result_get_id (self->state), self->detail_number);

  self->filling = TRUE;
  gtk_toggle_button_set_active (self->watch_button, watched);
  self->filling = FALSE;
  gtk_image_set_from_icon_name (self->watch_icon, watched ? "starred-symbolic" : "non-starred-symbolic");
  gtk_widget_set_sensitive (GTK_WIDGET (self->watch_button), self->watchlist != NULL);
}

static void
on_watch_toggled_cb (MgSeatsView *self)
{
  if (self->filling || self->watchlist == NULL || self->detail_number == 0)
    return;
  mg_watchlist_set_watched (self->watchlist, mg_state_result_get_id (self->state), self->detail_number,
                            gtk_toggle_button_get_active (self->watch_button));
}

/* Another seat or candidate watched or not: the stars, the list's rows
 * and the Watched filter follow. */
static void
on_watchlist_changed_cb (MgSeatsView *self)
{
  GtkListBoxRow *row;

  update_watch_button (self);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->candidates, i)) != NULL; i++)
    if (gtk_widget_get_visible (GTK_WIDGET (row)))
      update_candidate_star (self, row);
  for (guint i = 0; self->list_items != NULL && i < self->list_items->len; i++)
    refresh_row (g_ptr_array_index (self->list_items, i));
  if (gtk_toggle_button_get_active (self->watched_button))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
fill_detail (MgSeatsView    *self,
             MgConstituency *seat)
{
  g_autofree char *title = mg_seat_labels_dup_title (seat);
  g_autofree char *facts = mg_seat_labels_dup_facts (self->state, seat);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  GtkListBoxRow *row;

  gtk_label_set_text (self->detail_title, title);
  gtk_label_set_text (self->detail_facts, facts);
  update_watch_button (self);
  /* Stops for the keyboard and screen readers once they say something
   * (a label takes the focus only when selectable; an empty one would be
   * named after its class). */
  gtk_label_set_selectable (self->detail_title, TRUE);
  gtk_label_set_selectable (self->detail_facts, TRUE);
  mg_seat_labels_candidates_by_votes (seat, order);
  for (guint i = 0; i < order->len; i++)
    set_candidate_row (self, i, seat, g_ptr_array_index (order, i));
  /* Rows left over from a seat with more candidates wait hidden. */
  for (int i = (int) order->len; (row = gtk_list_box_get_row_at_index (self->candidates, i)) != NULL; i++)
    gtk_widget_set_visible (GTK_WIDGET (row), FALSE);
}

static void
on_list_activate_cb (MgSeatsView   *self,
                     guint          position,
                     GtkGridView   *list)
{
  g_autoptr (MgConstituency) seat = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (seat != NULL)
    mg_seats_view_show_seat (self, mg_constituency_get_number (seat));
}

/* Enter in the search opens the one seat it finds. */
static void
on_search_activate_cb (MgSeatsView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) == 1)
    on_list_activate_cb (self, 0, self->list);
}

/* The seats changed in place, the same objects at the same places, so the
 * list's models saw no items change: what a seat says now may put it in
 * or out of the filter, or elsewhere in the order. Filtered and sorted
 * again, the seats stay the same objects, so the selection and the scroll
 * follow them; the search and the sort stay as they are. */
static void
refilter (MgSeatsView *self)
{
  self->stale = FALSE;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
on_state_changed_cb (MgSeatsView *self)
{
  MgConstituency *seat;

  /* Out of sight (the page's summary shown, or another state's), the list
   * waits to be seen: a step back in time need not sort it. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refilter (self);
  else
    self->stale = TRUE;
  /* The detail shown follows the count; a seat gone takes it back to the list. */
  if (self->detail_number == 0)
    return;
  seat = mg_state_result_find_constituency (self->state, self->detail_number);
  if (seat != NULL)
    fill_detail (self, seat);
  else
    mg_seats_view_show_list (self);
}

/* Escape in the search: the entry takes the key itself and says
 * "stop-search", so the view's own Escape never sees it. It clears the
 * search, the focus staying there for another; in an empty search it goes
 * back to the seats. */
static void
on_search_stop_cb (MgSeatsView *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    {
      /* An empty search applies at once: the entry does not wait. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

static gboolean
on_escape_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  MgSeatsView *self = MG_SEATS_VIEW (widget);

  if (self->detail_number != 0)
    {
      mg_seats_view_show_list (self);
      return TRUE;
    }
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      return TRUE;
    }
  return FALSE;
}

/* Ctrl+D: watches the seat shown, or the one selected in the list, or no
 * longer. */
static gboolean
on_toggle_watch_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  MgSeatsView *self = MG_SEATS_VIEW (widget);
  MgConstituency *seat = NULL;
  guint number;

  if (self->watchlist == NULL)
    return FALSE;
  if (self->detail_number != 0)
    number = self->detail_number;
  else if ((seat = gtk_single_selection_get_selected_item (self->selection)) != NULL)
    number = mg_constituency_get_number (seat);
  else
    return FALSE;
  mg_watchlist_set_watched (self->watchlist, mg_state_result_get_id (self->state), number,
                            !mg_watchlist_contains (self->watchlist, mg_state_result_get_id (self->state), number));
  return TRUE;
}

/* The party menu: every party of the state, as radio items of seats.party
 * (its name is the label of the button too). Made when first opened. */
static void
create_party_menu (GtkMenuButton *button,
                   gpointer       user_data)
{
  MgSeatsView *self = user_data;
  g_autoptr (GMenu) menu = g_menu_new ();
  guint n = self->state != NULL ? mg_state_result_get_n_parties (self->state) : 0;

  g_menu_append (menu, _("Every Party"), "seats.party('')");
  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party = mg_state_result_get_party (self->state, i);
      g_autoptr (GMenuItem) item = g_menu_item_new (mg_party_result_get_name (party), NULL);

      g_menu_item_set_action_and_target (item, "seats.party", "s", mg_party_result_get_id (party));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
  mg_a11y_name_scrollers (GTK_WIDGET (gtk_menu_button_get_popover (button)), _("Parties"));
}

static void
party_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MgSeatsView *self = MG_SEATS_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  g_clear_pointer (&self->party_filter, g_free);
  if (*id != '\0')
    self->party_filter = g_strdup (id);
  gtk_menu_button_set_label (self->party_button,
                             self->party_filter != NULL
                               ? mg_seat_labels_party_name (self->state, self->party_filter)
                               : _("Party"));
  on_filters_changed_cb (self);
}

static void
mg_seats_view_map (GtkWidget *widget)
{
  MgSeatsView *self = MG_SEATS_VIEW (widget);

  if (self->stale)
    refilter (self);
  GTK_WIDGET_CLASS (mg_seats_view_parent_class)->map (widget);
}

static void
mg_seats_view_dispose (GObject *object)
{
  MgSeatsView *self = MG_SEATS_VIEW (object);

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SEATS_VIEW);
  g_clear_pointer (&self->list_items, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorter);
  g_clear_object (&self->state);
  g_clear_object (&self->watchlist);
  g_clear_pointer (&self->party_filter, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mg_seats_view_parent_class)->dispose (object);
}

static void
mg_seats_view_class_init (MgSeatsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_seats_view_dispose;
  widget_class->map = mg_seats_view_map;

  g_type_ensure (MG_TYPE_SEATS_HEADER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-seats-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, stack);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, search_entry);
  gtk_widget_class_bind_template_child_full (widget_class, "all_button", FALSE,
                                             G_STRUCT_OFFSET (MgSeatsView, status_buttons[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "declared_button", FALSE,
                                             G_STRUCT_OFFSET (MgSeatsView, status_buttons[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "counting_button", FALSE,
                                             G_STRUCT_OFFSET (MgSeatsView, status_buttons[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "awaiting_button", FALSE,
                                             G_STRUCT_OFFSET (MgSeatsView, status_buttons[3]));
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, close_button);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, close_spin);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, watched_button);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, watch_button);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, watch_icon);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, party_button);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, back_button);
  gtk_widget_class_install_action (widget_class, "seats.party", "s", party_action);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, header);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, list);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, detail_facts);
  gtk_widget_class_bind_template_child (widget_class, MgSeatsView, candidates);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_watch_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_margin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, mg_seats_view_show_list);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, on_escape_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, on_toggle_watch_cb, NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "seatsview");
}

static void
mg_seats_view_init (MgSeatsView *self)
{
  self->list_items = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->candidates, "row-activated", G_CALLBACK (on_candidate_activated_cb), self);

  /* Tooltips set in code: each set in the template would cost a round
   * trip to the display, for every state (mg_a11y_set_tooltip()). */
  mg_a11y_set_tooltip (GTK_WIDGET (self->party_button), _("Show the seats one party won or leads"));
  mg_a11y_set_tooltip (GTK_WIDGET (self->close_spin), _("Margin of a close contest, in per cent of the votes"));
  mg_a11y_set_tooltip (GTK_WIDGET (self->back_button), _("Back to all seats (Escape)"));
  mg_a11y_set_tooltip (GTK_WIDGET (self->watched_button), _("Only the seats you watch"));
  mg_a11y_set_tooltip (GTK_WIDGET (self->watch_button),
                       _("Be told when this seat changes leader, is declared or becomes a close contest (Ctrl+D)"));
  gtk_menu_button_set_create_popup_func (self->party_button, create_party_menu, self, NULL);
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "close-contest-percent", self->close_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  on_close_margin_changed_cb (self);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
    g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
    g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);
    g_signal_connect (factory, "teardown", G_CALLBACK (on_teardown_cb), self);
    gtk_grid_view_set_factory (self->list, factory);
    g_object_unref (factory);
  }

  self->filter = gtk_custom_filter_new (matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_seats, self, NULL));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered), g_object_ref (self->sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_grid_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
}

GtkWidget *
mg_seats_view_new (void)
{
  return g_object_new (MG_TYPE_SEATS_VIEW, NULL);
}

/**
 * mg_seats_view_set_state:
 *
 * Shows @state's constituencies, following its updates in place: the
 * search, filters, sort and selection stay.
 */
void
mg_seats_view_set_state (MgSeatsView   *self,
                         MgStateResult *state)
{
  g_return_if_fail (MG_IS_SEATS_VIEW (self));
  g_return_if_fail (MG_IS_STATE_RESULT (state));

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_set_object (&self->state, state);
  g_signal_connect_object (state, "changed", G_CALLBACK (on_state_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_filter_list_model_set_model (self->filtered, mg_state_result_get_constituencies (state));
  update_count (self);
}

/**
 * mg_seats_view_show_seat:
 *
 * Shows constituency @number's detail.
 *
 * Returns: %FALSE when the state lists no such constituency
 */
gboolean
mg_seats_view_show_seat (MgSeatsView *self,
                         guint        number)
{
  MgConstituency *seat;

  g_return_val_if_fail (MG_IS_SEATS_VIEW (self), FALSE);

  if (self->state == NULL || (seat = mg_state_result_find_constituency (self->state, number)) == NULL)
    return FALSE;
  self->detail_number = number;
  fill_detail (self, seat);
  gtk_stack_set_visible_child_name (self->stack, "detail");
  /* The heading takes the focus (a selectable label can), so a screen
   * reader says which seat opened; the text is not left selected. */
  gtk_widget_grab_focus (GTK_WIDGET (self->detail_title));
  gtk_label_select_region (self->detail_title, 0, 0);
  return TRUE;
}

/* Back to the list, as it was. */
void
mg_seats_view_show_list (MgSeatsView *self)
{
  g_return_if_fail (MG_IS_SEATS_VIEW (self));

  self->detail_number = 0;
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

void
mg_seats_view_focus_search (MgSeatsView *self)
{
  g_return_if_fail (MG_IS_SEATS_VIEW (self));

  if (self->detail_number != 0)
    mg_seats_view_show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

guint
mg_seats_view_get_n_shown (MgSeatsView *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

guint
mg_seats_view_get_shown_number (MgSeatsView *self,
                                guint        position)
{
  g_autoptr (MgConstituency) seat = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  return seat != NULL ? mg_constituency_get_number (seat) : 0;
}

void
mg_seats_view_set_search_text (MgSeatsView *self,
                               const char  *text)
{
  /* Setting the text deletes the old one first, and the entry says at once
   * that an empty search changed: that would show every seat on the way.
   * A keystroke changes the text once; so does this. */
  g_signal_handlers_block_by_func (self->search_entry, on_filters_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  g_signal_handlers_unblock_by_func (self->search_entry, on_filters_changed_cb, self);
  /* The entry waits a moment before saying the search changed. */
  on_filters_changed_cb (self);
}

/* The detail's candidates as shown, a line each: "name · party · votes". */
char *
mg_seats_view_dup_candidates (MgSeatsView *self)
{
  GString *text = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->candidates, i)) != NULL; i++)
    {
      MgCandidateRow *candidate = candidate_of_row (row);

      if (!gtk_widget_get_visible (GTK_WIDGET (row)))
        continue;
      g_string_append_printf (text, "%s · %s · %s\n", mg_candidate_row_get_text (candidate, 0),
                              mg_candidate_row_get_text (candidate, 1), mg_candidate_row_get_text (candidate, 2));
    }
  return g_string_free (text, FALSE);
}

guint
mg_seats_view_get_detail_number (MgSeatsView *self)
{
  return self->detail_number;
}

const char *
mg_seats_view_get_count_text (MgSeatsView *self)
{
  return gtk_label_get_text (self->count_label);
}

GtkWidget *
mg_seats_view_get_list (MgSeatsView *self)
{
  return GTK_WIDGET (self->list);
}

/* The close contests toggle: for tests. */
GtkWidget *
mg_seats_view_get_close_button (MgSeatsView *self)
{
  g_return_val_if_fail (MG_IS_SEATS_VIEW (self), NULL);
  return GTK_WIDGET (self->close_button);
}

/* The column titles: for tests. */
MgSeatsHeader *
mg_seats_view_get_header (MgSeatsView *self)
{
  g_return_val_if_fail (MG_IS_SEATS_VIEW (self), NULL);
  return self->header;
}

/**
 * mg_seats_view_set_watchlist:
 * @watchlist: (nullable): the seats the user watches
 */
void
mg_seats_view_set_watchlist (MgSeatsView *self,
                             MgWatchlist *watchlist)
{
  g_return_if_fail (MG_IS_SEATS_VIEW (self));

  if (self->watchlist == watchlist)
    return;
  if (self->watchlist != NULL)
    g_signal_handlers_disconnect_by_func (self->watchlist, on_watchlist_changed_cb, self);
  g_set_object (&self->watchlist, watchlist);
  if (watchlist != NULL)
    g_signal_connect_object (watchlist, "changed", G_CALLBACK (on_watchlist_changed_cb), self, G_CONNECT_SWAPPED);
  on_watchlist_changed_cb (self);
}

/* The Watched filter and the detail's star: for tests. */
GtkWidget *
mg_seats_view_get_watched_button (MgSeatsView *self)
{
  g_return_val_if_fail (MG_IS_SEATS_VIEW (self), NULL);
  return GTK_WIDGET (self->watched_button);
}

/* The detail's row of its @index-th candidate (by votes), or %NULL. */
GtkWidget *
mg_seats_view_get_candidate_row (MgSeatsView *self,
                                 guint        index)
{
  g_return_val_if_fail (MG_IS_SEATS_VIEW (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->candidates, (int) index));
}

GtkWidget *
mg_seats_view_get_watch_button (MgSeatsView *self)
{
  g_return_val_if_fail (MG_IS_SEATS_VIEW (self), NULL);
  return GTK_WIDGET (self->watch_button);
}
