/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-state-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-party-columns.h"
#include "mg-a11y.h"
#include "mg-chart-colors.h"
#include "mg-chart-groups.h"
#include "mg-election.h"
#include "mg-changes-view.h"
#include "mg-trend-view.h"
#include "mg-party-result.h"
#include "mg-seat-changes.h"
#include "mg-seat-chart.h"
#include "mg-seats-view.h"
#include "mg-state-page.h"
#include "mg-tally.h"
#include "mg-state-result.h"
#include "mg-summary.h"

/* One state's tab: headline, majority, decided progress and the party table. */
struct _MgStatePage
{
  GtkWidget            parent_instance;

  MgStateResult       *state;
  MgStateResult       *shown;     /* what the summary shows: the state, or its alliances */
  MgStateResult       *tally;     /* the state by alliance, while shown so */
  MgElection          *election;  /* whose alliances, when it has any */
  GSettings           *settings;
  GtkWidget           *alliance_switch;
  gboolean             tally_dirty;  /* to count again when next shown */
  GtkSelectionModel   *selection;
  gboolean             dirty;

  GtkWidget           *scroller;
  GtkWidget           *view_box;
  GtkStackSwitcher    *view_switcher;
  GtkStack            *view_stack;
  MgSeatsView         *seats_view;
  GtkStackPage        *changes_page;
  MgChangesView       *changes_view;
  GtkStackPage        *trend_page;
  MgTrendView         *trend_view;
  MgTrend             *trend;
  GtkLabel            *headline_label;
  GtkLabel            *majority_label;
  GtkLabel            *status_label;
  MgSeatChart         *seat_chart;
  GtkColumnView       *party_view;
  GtkColumnViewColumn *columns[MG_N_PARTY_COLUMNS];
  GtkLabel            *footnote_label;
};

G_DEFINE_FINAL_TYPE (MgStatePage, mg_state_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template's ids of the party table's columns. */
static const char *const column_ids[MG_N_PARTY_COLUMNS] = {
  [MG_PARTY_COLUMN_PARTY] = "party_column",
  [MG_PARTY_COLUMN_WON] = "won_column",
  [MG_PARTY_COLUMN_LEADING] = "leading_column",
  [MG_PARTY_COLUMN_TOTAL] = "total_column",
  [MG_PARTY_COLUMN_CHANGE] = "change_column",
  [MG_PARTY_COLUMN_VOTES] = "votes_column",
};

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  guint rgb = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "rgb"));
  gboolean has_color = g_object_get_data (G_OBJECT (area), "has-color") != NULL;
  double r = 3, size = MIN (width, height);
  double x = (width - size) / 2, y = (height - size) / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + size - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + size - r, y + size - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + size - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);

  if (has_color)
    {
      cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                            (rgb & 0xff) / 255.0);
      cairo_fill_preserve (cr);
    }
  /* A faint edge keeps light and dark swatches visible on either style. */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, has_color ? 0.45 : 0.9);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* The text comes from mg_party_column_dup_cell(), like the summaries';
 * the page adds the swatch and the gain or loss colour. */
static void
refresh_cell (GtkListItem *item)
{
  MgPartyResult *party = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  MgStateResult *state = MG_STATE_PAGE (g_object_get_data (G_OBJECT (child), "page"))->shown;
  MgPartyColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "party-column"));
  g_autofree char *text = mg_party_column_dup_cell (column, state, party);
  GtkWidget *label = child;

  switch (column)
    {
    case MG_PARTY_COLUMN_PARTY:
      {
        GtkWidget *swatch = gtk_widget_get_first_child (child);
        guint32 rgb = 0;
        /* The chart's colour for it: a party the feed gives no colour
         * is drawn in a colour of the palette, by its place. */
        gboolean has_color = mg_chart_groups_party_color (state, party, &rgb);

        /* An alliance's parties stand beneath it, set in. */
        gtk_widget_set_margin_start (child, mg_party_result_get_alliance (party) != NULL ? 22 : 0);
        if (mg_party_result_get_members (party) != NULL)
          gtk_widget_add_css_class (child, "alliance");
        else
          gtk_widget_remove_css_class (child, "alliance");

        g_object_set_data (G_OBJECT (swatch), "rgb", GUINT_TO_POINTER (rgb));
        g_object_set_data (G_OBJECT (swatch), "has-color", GUINT_TO_POINTER (has_color));
        gtk_widget_queue_draw (swatch);
        label = gtk_widget_get_next_sibling (swatch);
      }
      break;
    case MG_PARTY_COLUMN_CHANGE:
      {
        int change = 0;
        gboolean known = mg_party_result_get_change (party, &change);

        gtk_widget_remove_css_class (child, "gain");
        gtk_widget_remove_css_class (child, "loss");
        if (known && change != 0)
          gtk_widget_add_css_class (child, change > 0 ? "gain" : "loss");
      }
      break;
    case MG_PARTY_COLUMN_WON:
    case MG_PARTY_COLUMN_LEADING:
    case MG_PARTY_COLUMN_TOTAL:
    case MG_PARTY_COLUMN_VOTES:
      break;
    case MG_N_PARTY_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (GTK_LABEL (label), text);
  /* The cell, not GTK's name for it, is what a screen reader's table
   * navigation reads. */
  if (gtk_widget_get_parent (child) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (child)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* The row takes the focus, and a screen reader reads its name: one
 * sentence with the party and every figure of the row. GTK 4.8 has no
 * API for a row's label; the row is the cell's parent. */
static void
update_row_name (GtkListItem *item)
{
  MgPartyResult *party = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  MgStateResult *state = MG_STATE_PAGE (g_object_get_data (G_OBJECT (child), "page"))->shown;
  GtkWidget *cell = gtk_widget_get_parent (child);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
  g_autofree char *sentence = NULL;

  if (party == NULL || row == NULL)
    return;
  sentence = mg_party_column_dup_row_sentence (state, party);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, sentence, -1);
}

static void
bind_cell (GtkListItem   *item,
           MgPartyColumn  column)
{
  MgPartyResult *party = gtk_list_item_get_item (item);

  /* Feed updates change the party in place; each cell follows just the
   * properties it shows, so an update redoes only what changed. */
  static const char *const signals_for[MG_N_PARTY_COLUMNS][2] = {
    [MG_PARTY_COLUMN_PARTY] = { "notify::name", "notify::color" },
    [MG_PARTY_COLUMN_WON] = { "notify::won", NULL },
    [MG_PARTY_COLUMN_LEADING] = { "notify::leading", NULL },
    [MG_PARTY_COLUMN_TOTAL] = { "notify::total", NULL },
    [MG_PARTY_COLUMN_CHANGE] = { "notify::total", "notify::previous" },
    [MG_PARTY_COLUMN_VOTES] = { "notify::vote-percent", NULL },
  };

  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "party-column",
                     GUINT_TO_POINTER (column));
  for (guint i = 0; i < G_N_ELEMENTS (signals_for[column]) && signals_for[column][i] != NULL; i++)
    g_signal_connect_object (party, signals_for[column][i], G_CALLBACK (refresh_cell), item,
                             G_CONNECT_SWAPPED);
  refresh_cell (item);
}

static void
on_cell_unbind_cb (MgStatePage *self,
                   GtkListItem *item)
{
  MgPartyResult *party = gtk_list_item_get_item (item);

  if (party != NULL)
    {
      g_signal_handlers_disconnect_by_func (party, refresh_cell, item);
      g_signal_handlers_disconnect_by_func (party, update_row_name, item);
    }
}

static void
on_party_setup_cb (MgStatePage *self,
                   GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  /* The colour says nothing a screen reader should read on every row. */
  GtkWidget *swatch = g_object_new (GTK_TYPE_DRAWING_AREA,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_size_request (swatch, 14, 14);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, NULL, NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  g_object_set_data (G_OBJECT (box), "page", self);
  gtk_list_item_set_child (item, box);
}

static void
on_number_setup_cb (MgStatePage *self,
                    GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "page", self);
  gtk_list_item_set_child (item, label);
}

static void
on_party_bind_cb (MgStatePage *self,
                  GtkListItem *item)
{
  bind_cell (item, MG_PARTY_COLUMN_PARTY);
  g_signal_connect_object (gtk_list_item_get_item (item), "notify", G_CALLBACK (update_row_name),
                           item, G_CONNECT_SWAPPED);
  update_row_name (item);
}

static void
on_won_bind_cb (MgStatePage *self,
                GtkListItem *item)
{
  bind_cell (item, MG_PARTY_COLUMN_WON);
}

static void
on_leading_bind_cb (MgStatePage *self,
                    GtkListItem *item)
{
  bind_cell (item, MG_PARTY_COLUMN_LEADING);
}

static void
on_total_bind_cb (MgStatePage *self,
                  GtkListItem *item)
{
  bind_cell (item, MG_PARTY_COLUMN_TOTAL);
}

static void
on_change_bind_cb (MgStatePage *self,
                   GtkListItem *item)
{
  bind_cell (item, MG_PARTY_COLUMN_CHANGE);
}

static void
on_votes_bind_cb (MgStatePage *self,
                  GtkListItem *item)
{
  bind_cell (item, MG_PARTY_COLUMN_VOTES);
}

/* The views beside the summary: the seats when the feed lists them, what
 * changed when some seat's earlier result is known, the count over time
 * from two stored snapshots on. */
static void
update_views (MgStatePage *self)
{
  MgTrendState *trend = self->trend != NULL ? mg_trend_find_state (self->trend, mg_state_result_get_id (self->state))
                                            : NULL;
  gboolean has_seats = mg_state_result_get_n_constituencies (self->state) > 0;
  gboolean has_trend = trend != NULL && mg_trend_state_get_n_points (trend) >= 2;

  gtk_widget_set_visible (GTK_WIDGET (self->view_switcher), has_seats || has_trend);
  gtk_stack_page_set_visible (gtk_stack_get_page (self->view_stack, GTK_WIDGET (self->seats_view)), has_seats);
  gtk_stack_page_set_visible (self->changes_page, mg_seat_changes_count_known (self->state) > 0);
  gtk_stack_page_set_visible (self->trend_page, has_trend);
}

/* Redoes every derived line of the page from the state. A page out of
 * sight waits until it is shown: with many states, an update then costs
 * only what is on screen. */
static void
update_summary_now (MgStatePage *self)
{
  g_autofree char *headline = mg_summary_dup_headline (self->shown);
  g_autofree char *majority = mg_summary_dup_majority_line (self->shown);
  g_autofree char *status = mg_summary_dup_status (self->shown);
  g_autoptr (GString) footnote = g_string_new (NULL);
  g_autofree char *description = NULL;
  gboolean has_change = mg_party_column_shown (MG_PARTY_COLUMN_CHANGE, self->shown);
  gboolean final = mg_state_result_get_status (self->shown) == MG_STATE_STATUS_FINAL;

  update_views (self);
  gtk_label_set_text (self->headline_label, headline);
  gtk_label_set_text (self->majority_label, majority);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), final ? "counting" : "final");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), final ? "final" : "counting");

  for (MgPartyColumn c = 0; c < MG_N_PARTY_COLUMNS; c++)
    {
      g_autofree char *title = mg_party_column_dup_title (c, self->shown);

      gtk_column_view_column_set_title (self->columns[c], title);
      gtk_column_view_column_set_visible (self->columns[c], mg_party_column_shown (c, self->shown));
    }

  g_string_append (footnote, _("Leading: ahead in the count, not yet declared."));
  if (has_change && mg_state_result_get_previous_year (self->shown) != 0)
    {
      g_string_append_c (footnote, ' ');
      g_string_append_printf (footnote, _("Change: seats won or leading against the %u election."),
                              mg_state_result_get_previous_year (self->shown));
    }
  gtk_label_set_text (self->footnote_label, footnote->str);

  /* Everything the page's top says, for a screen reader entering it. */
  description = g_strdup_printf ("%s. %s. %s.", headline, majority, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mg_state_result_get_name (self->shown),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
update_summary (MgStatePage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  update_summary_now (self);
}

static void refresh_tally (MgStatePage *self);

/* The table's rows exist only while the page is shown, so a hidden page's
 * cells do not follow every update. */
static void
mg_state_page_map (GtkWidget *widget)
{
  MgStatePage *self = MG_STATE_PAGE (widget);

  if (self->tally_dirty)
    refresh_tally (self);
  gtk_column_view_set_model (self->party_view, self->selection);
  GTK_WIDGET_CLASS (mg_state_page_parent_class)->map (widget);
  if (self->dirty)
    update_summary (self);
}

static void
mg_state_page_unmap (GtkWidget *widget)
{
  MgStatePage *self = MG_STATE_PAGE (widget);

  GTK_WIDGET_CLASS (mg_state_page_parent_class)->unmap (widget);
  gtk_column_view_set_model (self->party_view, NULL);
}

/* GTK 4.8's style sheets cannot ask for a dark style, which may come from
 * the theme's name, GTK_THEME or a setting. Its text is light, though: the
 * page is .dark then, for the style sheet's colours made for dark. */
static void
mg_state_page_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GdkRGBA fg;
  gboolean dark;

  GTK_WIDGET_CLASS (mg_state_page_parent_class)->css_changed (widget, change);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dark = 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5;
  if (dark == gtk_widget_has_css_class (widget, "dark"))
    return;
  if (dark)
    gtk_widget_add_css_class (widget, "dark");
  else
    gtk_widget_remove_css_class (widget, "dark");
}

/* A dot of the chart opens its seat's detail. */
static void
on_seat_activated_cb (MgStatePage *self,
                      guint        number)
{
  if (mg_state_page_show_seats (self))
    mg_seats_view_show_seat (self->seats_view, number);
}

/* The party table's rows: one can be selected; updates change the parties
 * in place, so the selection survives them (and switching tabs). */
static GListModel *
members_of (gpointer item,
            gpointer user_data)
{
  GListModel *members = mg_party_result_get_members (item);

  return members != NULL ? g_object_ref (members) : NULL;
}

static GtkSelectionModel *
select_parties_of (MgStateResult *state)
{
  GListModel *rows = g_object_ref (mg_state_result_get_parties (state));
  GtkSingleSelection *single;
  gboolean alliances = FALSE;

  for (guint i = 0; i < mg_state_result_get_n_parties (state) && !alliances; i++)
    alliances = mg_party_result_get_members (mg_state_result_get_party (state, i)) != NULL;
  /* By alliance, each alliance's parties are listed beneath it. */
  if (alliances)
    rows = G_LIST_MODEL (gtk_tree_list_model_new (rows, TRUE, TRUE, members_of, NULL, NULL));
  single = gtk_single_selection_new (rows);

  gtk_single_selection_set_autoselect (single, FALSE);
  gtk_single_selection_set_can_unselect (single, TRUE);
  gtk_single_selection_set_selected (single, GTK_INVALID_LIST_POSITION);
  return GTK_SELECTION_MODEL (single);
}

/* The summary (headline, chart and table) shows @state: the page's state,
 * or its tally by alliance. */
static void
show_summary_of (MgStatePage   *self,
                 MgStateResult *state)
{
  if (self->shown == state)
    return;
  g_set_object (&self->shown, state);
  g_clear_object (&self->selection);
  self->selection = select_parties_of (state);
  mg_seat_chart_set_seats_of (self->seat_chart, state != self->state ? self->state : NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_column_view_set_model (self->party_view, self->selection);
  mg_seat_chart_set_state (self->seat_chart, state);
  update_summary (self);
}

static gboolean
has_alliances (MgStatePage *self)
{
  return self->election != NULL && g_list_model_get_n_items (mg_election_get_alliances (self->election)) > 0;
}

/* Counts the state again by alliance, in place, when the user asked for
 * alliances and the feed has them; else the summary shows the parties. */
static void
refresh_tally (MgStatePage *self)
{
  g_autoptr (MgStateResult) tally = NULL;

  self->tally_dirty = FALSE;
  gtk_widget_set_visible (self->alliance_switch, has_alliances (self));
  if (!has_alliances (self) || !g_settings_get_boolean (self->settings, "by-alliance"))
    {
      show_summary_of (self, self->state);
      if (self->tally != NULL)
        g_signal_handlers_disconnect_by_data (self->tally, self);
      g_clear_object (&self->tally);
      return;
    }
  tally = mg_tally_by_alliance (self->election, self->state);
  if (self->tally == NULL)
    {
      self->tally = g_steal_pointer (&tally);
      g_signal_connect_object (self->tally, "changed", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
    }
  else
    mg_state_result_update_from (self->tally, tally);
  show_summary_of (self, self->tally);
}

/* A page out of sight counts again when it is next shown: switching
 * Parties and Alliances then costs only the page on screen, of 37. */
static void
queue_tally (MgStatePage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_tally (self);
  else
    self->tally_dirty = TRUE;
}

static void
on_state_changed_cb (MgStatePage *self)
{
  if (self->tally != NULL)
    queue_tally (self);
  update_summary (self);
}

/* "Parties | Alliances" above the headline, where the feed has alliances;
 * the choice is the user's for every state, and remembered. */
static void
add_alliance_switch (MgStatePage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* TRANSLATORS: the summary counted by party, against "Alliances" */
  GtkWidget *parties = gtk_toggle_button_new_with_label (_("Parties"));
  /* TRANSLATORS: the summary counted by alliance, against "Parties" */
  GtkWidget *alliances = gtk_toggle_button_new_with_label (_("Alliances"));
  GtkWidget *headline_box = gtk_widget_get_parent (GTK_WIDGET (self->headline_label));

  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (alliances), GTK_TOGGLE_BUTTON (parties));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (parties), TRUE);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), parties);
  gtk_box_append (GTK_BOX (box), alliances);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Count the seats by"), -1);
  gtk_widget_set_visible (box, FALSE);
  gtk_box_prepend (GTK_BOX (headline_box), box);
  self->alliance_switch = box;
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "by-alliance", alliances, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::by-alliance", G_CALLBACK (queue_tally), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "two-thirds-mark", self->seat_chart, "two-thirds", G_SETTINGS_BIND_DEFAULT);
}

static void
mg_state_page_constructed (GObject *object)
{
  MgStatePage *self = MG_STATE_PAGE (object);
  G_OBJECT_CLASS (mg_state_page_parent_class)->constructed (object);

  mg_seat_chart_set_state (self->seat_chart, self->state);
  mg_seats_view_set_state (self->seats_view, self->state);
  mg_changes_view_set_state (self->changes_view, self->state);
  g_signal_connect_object (self->seat_chart, "seat-activated",
                           G_CALLBACK (on_seat_activated_cb), self, G_CONNECT_SWAPPED);
  self->shown = g_object_ref (self->state);
  self->selection = select_parties_of (self->shown);
  add_alliance_switch (self);

  g_signal_connect_object (self->state, "changed", G_CALLBACK (on_state_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "notify::name", G_CALLBACK (update_summary), self,
                           G_CONNECT_SWAPPED);
  /* The labels are right from the start, shown or not. */
  update_summary_now (self);
}

static void
mg_state_page_dispose (GObject *object)
{
  MgStatePage *self = MG_STATE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_STATE_PAGE);
  g_clear_object (&self->trend);
  g_clear_object (&self->selection);
  g_clear_object (&self->state);
  g_clear_object (&self->shown);
  g_clear_object (&self->tally);
  g_clear_object (&self->election);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mg_state_page_parent_class)->dispose (object);
}

static void
mg_state_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MgStatePage *self = MG_STATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_state_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MgStatePage *self = MG_STATE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_state_page_class_init (MgStatePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_state_page_constructed;
  object_class->dispose = mg_state_page_dispose;
  object_class->get_property = mg_state_page_get_property;
  object_class->set_property = mg_state_page_set_property;
  widget_class->map = mg_state_page_map;
  widget_class->unmap = mg_state_page_unmap;
  widget_class->css_changed = mg_state_page_css_changed;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, MG_TYPE_STATE_RESULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_SEAT_CHART);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "statepage");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mg-state-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, view_box);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, seats_view);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, changes_page);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, changes_view);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, trend_page);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, trend_view);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, majority_label);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, status_label);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, seat_chart);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, party_view);
  for (MgPartyColumn c = 0; c < MG_N_PARTY_COLUMNS; c++)
    gtk_widget_class_bind_template_child_full (widget_class, column_ids[c], FALSE,
                                               G_STRUCT_OFFSET (MgStatePage, columns) +
                                                 c * sizeof (GtkColumnViewColumn *));
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, footnote_label);
  gtk_widget_class_bind_template_callback (widget_class, on_party_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_party_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_won_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leading_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_total_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_change_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_votes_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cell_unbind_cb);
}

static void
mg_state_page_init (MgStatePage *self)
{
  g_type_ensure (MG_TYPE_SEATS_VIEW);
  g_type_ensure (MG_TYPE_CHANGES_VIEW);
  g_type_ensure (MG_TYPE_TREND_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  mg_a11y_name_column_view (self->party_view, _("Column headings"), _("Parties"));
}

GtkWidget *
mg_state_page_new (MgStateResult *state)
{
  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);

  return g_object_new (MG_TYPE_STATE_PAGE, "state", state, NULL);
}

/**
 * mg_state_page_get_selection:
 *
 * Returns: (transfer none): the party table's selection
 */
GtkSelectionModel *
mg_state_page_get_selection (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), NULL);
  return self->selection;
}

/**
 * mg_state_page_set_shown:
 * @shown: whether the page is the one shown
 *
 * A page not shown hides what it holds. GTK restyles every visible widget
 * of the window on each move of the keyboard focus (the window's own
 * focus state is unset and set again), whether on screen or not; with
 * thirty states' pages, each with its seats and charts, that was most
 * of the time taken by a key that moves the focus.
 */
void
mg_state_page_set_shown (MgStatePage *self,
                         gboolean     shown)
{
  g_return_if_fail (MG_IS_STATE_PAGE (self));

  gtk_widget_set_visible (self->view_box, shown);
}

/**
 * mg_state_page_get_state:
 *
 * Returns: (transfer none): the state shown
 */
MgStateResult *
mg_state_page_get_state (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), NULL);
  return self->state;
}

/**
 * mg_state_page_get_seats_view:
 *
 * Returns: (transfer none): the page's seats view
 */
MgSeatsView *
mg_state_page_get_seats_view (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), NULL);
  return self->seats_view;
}

/**
 * mg_state_page_show_seats:
 *
 * Shows the seats view, when the state lists seats.
 *
 * Returns: %FALSE when it lists none
 */
gboolean
mg_state_page_show_seats (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), FALSE);

  if (mg_state_result_get_n_constituencies (self->state) == 0)
    return FALSE;
  gtk_stack_set_visible_child_name (self->view_stack, "seats");
  return TRUE;
}

/**
 * mg_state_page_show_changes:
 *
 * Shows what changed since the last election, when some seat's earlier
 * result is known.
 *
 * Returns: %FALSE when none is
 */
gboolean
mg_state_page_show_changes (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), FALSE);

  if (!gtk_stack_page_get_visible (self->changes_page))
    return FALSE;
  gtk_stack_set_visible_child_name (self->view_stack, "changes");
  return TRUE;
}

/**
 * mg_state_page_get_changes_view:
 *
 * Returns: (transfer none): the page's view of what changed
 */
MgChangesView *
mg_state_page_get_changes_view (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), NULL);
  return self->changes_view;
}

/**
 * mg_state_page_set_trend:
 * @trend: (nullable): the count over time
 * @zone: (nullable): the zone to tell its times in
 * @shown: (nullable): the time of the results shown; %NULL for live
 *
 * The page's Over Time view shows @trend from two snapshots on.
 */
void
mg_state_page_set_trend (MgStatePage *self,
                         MgTrend     *trend,
                         GTimeZone   *zone,
                         GDateTime   *shown)
{
  g_return_if_fail (MG_IS_STATE_PAGE (self));

  if (self->trend != trend)
    {
      if (self->trend != NULL)
        g_signal_handlers_disconnect_by_func (self->trend, update_views, self);
      g_set_object (&self->trend, trend);
      if (trend != NULL)
        g_signal_connect_object (trend, "changed", G_CALLBACK (update_views), self, G_CONNECT_SWAPPED);
    }
  mg_trend_view_set_trend (self->trend_view, trend, self->state, zone, shown);
  update_views (self);
}

/* Returns: (transfer none): the page's view of the count over time */
MgTrendView *
mg_state_page_get_trend_view (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), NULL);
  return self->trend_view;
}

/**
 * mg_state_page_show_trend:
 *
 * Returns: %FALSE when there is no trend to show yet
 */
gboolean
mg_state_page_show_trend (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), FALSE);

  if (!gtk_stack_page_get_visible (self->trend_page))
    return FALSE;
  gtk_stack_set_visible_child_name (self->view_stack, "trend");
  return TRUE;
}

/**
 * mg_state_page_set_election:
 * @election: (nullable): the results the page's state is part of, whose
 *   alliances the summary can count by
 */
void
mg_state_page_set_election (MgStatePage *self,
                            MgElection  *election)
{
  g_return_if_fail (MG_IS_STATE_PAGE (self));

  if (self->election != election)
    {
      if (self->election != NULL)
        g_signal_handlers_disconnect_by_func (mg_election_get_alliances (self->election), queue_tally, self);
      g_set_object (&self->election, election);
      /* Alliances the user draws up come after the results. */
      if (election != NULL)
        g_signal_connect_object (mg_election_get_alliances (election), "items-changed", G_CALLBACK (queue_tally),
                                 self, G_CONNECT_SWAPPED);
    }
  queue_tally (self);
}

/* Returns: (transfer none): what the summary shows: the state, or its
 * alliances */
MgStateResult *
mg_state_page_get_shown (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), NULL);
  if (self->tally_dirty)
    refresh_tally (self);
  return self->shown;
}

/* Returns: (transfer none): the page's seat chart */
GtkWidget *
mg_state_page_get_seat_chart (MgStatePage *self)
{
  g_return_val_if_fail (MG_IS_STATE_PAGE (self), NULL);
  return GTK_WIDGET (self->seat_chart);
}
