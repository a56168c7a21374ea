/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-state-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-party-columns.h"
#include "mg-party-table.h"
#include "mg-election.h"
#include "mg-changes-view.h"
#include "mg-trend-view.h"
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
  MgStateResult       *tally;     /* the state by alliance, once shown so */
  MgElection          *election;  /* whose alliances, when it has any */
  GSettings           *settings;
  GtkWidget           *alliance_switch;
  gboolean             tally_dirty;  /* to count again when next shown */
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
  GtkWidget           *tables_box;
  MgPartyTable        *party_table;
  MgPartyTable        *alliance_table;  /* made when first shown */
  GtkLabel            *footnote_label;
};

G_DEFINE_FINAL_TYPE (MgStatePage, mg_state_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* The table shown: the parties', or the alliances'. */
static MgPartyTable *
shown_table (MgStatePage *self)
{
  return self->shown != self->state && self->alliance_table != NULL ? self->alliance_table : self->party_table;
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

  mg_party_table_update_columns (shown_table (self));

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

/* The tables' rows exist only while the page is shown, so a hidden page's
 * cells do not follow every update. */
static void
set_tables_live (MgStatePage *self,
                 gboolean     live)
{
  mg_party_table_set_live (self->party_table, live);
  if (self->alliance_table != NULL)
    mg_party_table_set_live (self->alliance_table, live);
}

static void
mg_state_page_map (GtkWidget *widget)
{
  MgStatePage *self = MG_STATE_PAGE (widget);

  if (self->tally_dirty)
    refresh_tally (self);
  set_tables_live (self, TRUE);
  GTK_WIDGET_CLASS (mg_state_page_parent_class)->map (widget);
  if (self->dirty)
    update_summary (self);
}

static void
mg_state_page_unmap (GtkWidget *widget)
{
  MgStatePage *self = MG_STATE_PAGE (widget);

  GTK_WIDGET_CLASS (mg_state_page_parent_class)->unmap (widget);
  set_tables_live (self, FALSE);
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

/* The summary (headline, chart and table) shows @state: the page's state,
 * or its tally by alliance. */
static void
show_summary_of (MgStatePage   *self,
                 MgStateResult *state)
{
  gboolean by_alliance = state != self->state;

  if (self->shown == state)
    return;
  g_set_object (&self->shown, state);
  /* Each way of counting keeps its own table, rows and all: switching
   * Parties and Alliances only shows the other. */
  if (by_alliance && self->alliance_table == NULL)
    {
      /* TRANSLATORS: the name of the table of alliances and their parties */
      self->alliance_table = MG_PARTY_TABLE (mg_party_table_new (_("Alliances")));
      mg_party_table_set_live (self->alliance_table, gtk_widget_get_mapped (GTK_WIDGET (self)));
      gtk_box_append (GTK_BOX (self->tables_box), GTK_WIDGET (self->alliance_table));
    }
  if (by_alliance)
    mg_party_table_set_state (self->alliance_table, state);
  gtk_widget_set_visible (GTK_WIDGET (self->party_table), !by_alliance);
  if (self->alliance_table != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->alliance_table), by_alliance);
  mg_seat_chart_set_seats_of (self->seat_chart, by_alliance ? self->state : NULL);
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
  /* The tally stays, to be counted again in place when next shown. */
  if (!has_alliances (self) || !g_settings_get_boolean (self->settings, "by-alliance"))
    {
      show_summary_of (self, self->state);
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
  if (self->shown == self->tally && self->tally != NULL)
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
  mg_party_table_set_state (self->party_table, self->state);
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
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, tables_box);
  gtk_widget_class_bind_template_child (widget_class, MgStatePage, footnote_label);
}

static void
mg_state_page_init (MgStatePage *self)
{
  g_type_ensure (MG_TYPE_SEATS_VIEW);
  g_type_ensure (MG_TYPE_CHANGES_VIEW);
  g_type_ensure (MG_TYPE_TREND_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* TRANSLATORS: the name of the table of parties */
  self->party_table = MG_PARTY_TABLE (mg_party_table_new (_("Parties")));
  gtk_box_append (GTK_BOX (self->tables_box), GTK_WIDGET (self->party_table));
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
  return mg_party_table_get_selection (shown_table (self));
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
