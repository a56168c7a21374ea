/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-trend-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-change-grid.h"
#include "mg-count-changes.h"
#include "mg-election.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-trend-view.h"

/* A state's page of the count over time: the trend chart, the numbers at
 * its cursor in words, and what changed between a time picked ("Since")
 * and the results shown: each party's seats then and now and the seats
 * whose leader changed. The time picked is by default the latest when the
 * user last looked at this feed, else the first snapshot. Made again when
 * the trend or the state changes, once in sight. */
struct _MgTrendView
{
  GtkWidget      parent_instance;

  MgTrend       *trend;
  MgStateResult *state;
  GTimeZone     *zone;
  GDateTime     *shown;    /* NULL: live */
  GDateTime     *since;    /* the time picked, NULL until there is one */
  guint          n_points; /* in the dropdown */
  gboolean       dirty;
  gboolean       updating;

  GtkWidget     *scroller;
  MgTrendChart  *chart;
  GtkWidget     *readout;
  GtkWidget     *since_spin;   /* over the points, each shown as its time */
  GtkStringList *since_times;
  GtkWidget     *changes_heading;
  GtkWidget     *changes;
};

G_DEFINE_FINAL_TYPE (MgTrendView, mg_trend_view, GTK_TYPE_WIDGET)

static MgTrendState *
trend_state (MgTrendView *self)
{
  return mg_trend_chart_get_state (self->chart);
}

static void
update_readout (MgTrendView *self)
{
  g_autofree char *text = mg_trend_chart_dup_cursor_text (self->chart);
  MgTrendState *state = trend_state (self);

  /* Without a cursor, the numbers of the time shown. */
  if (text == NULL && state != NULL && mg_trend_state_get_n_points (state) > 0)
    {
      int shown = self->shown != NULL ? mg_trend_state_find_point (state, self->shown) : -1;

      text = mg_trend_state_dup_point_text (state, shown >= 0 ? (guint) shown : mg_trend_state_get_n_points (state) - 1,
                                            self->zone);
    }
  gtk_label_set_text (GTK_LABEL (self->readout), text != NULL ? text : "");
}

/* The dropdown's times, one a point, keeping the one picked. */
static void
refresh_times (MgTrendView *self)
{
  MgTrendState *state = trend_state (self);
  guint n = state != NULL ? mg_trend_state_get_n_points (state) : 0;
  GDateTime *looked = self->trend != NULL ? mg_trend_get_last_looked (self->trend) : NULL;
  int looked_point = looked != NULL && state != NULL ? mg_trend_state_find_point (state, looked) : -1;
  int picked = -1;
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint point = 0; point < n; point++)
    {
      GDateTime *time = mg_trend_state_get_time (state, point);
      g_autofree char *clock = mg_summary_format_hour (time, self->zone);

      if ((int) point == looked_point)
        /* TRANSLATORS: a time in the "Since" list: the latest results when the user last looked */
        g_ptr_array_add (items, g_strdup_printf (_("%s (when you last looked)"), clock));
      else
        g_ptr_array_add (items, g_steal_pointer (&clock));
      if (self->since != NULL && g_date_time_equal (time, self->since))
        picked = (int) point;
    }
  g_ptr_array_add (items, NULL);
  if (picked < 0 && n > 0)
    picked = looked_point >= 0 ? looked_point : 0;

  self->updating = TRUE;
  gtk_string_list_splice (self->since_times, 0, g_list_model_get_n_items (G_LIST_MODEL (self->since_times)),
                          (const char * const *) items->pdata);
  self->n_points = n;
  if (picked >= 0)
    {
      gtk_adjustment_configure (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->since_spin)), picked, 0,
                                MAX (n, 1) - 1, 1, 5, 0);
      gtk_spin_button_update (GTK_SPIN_BUTTON (self->since_spin));
      g_clear_pointer (&self->since, g_date_time_unref);
      self->since = g_date_time_ref (mg_trend_state_get_time (state, (guint) picked));
    }
  self->updating = FALSE;
}

static void
show_changes (MgTrendView *self)
{
  MgTrendState *state = trend_state (self);
  g_autoptr (MgElection) before = NULL;
  g_autoptr (GPtrArray) tables = NULL;
  g_autofree char *then = NULL;
  g_autofree char *now = NULL;
  g_autofree char *heading = NULL;
  MgStateResult *earlier = NULL;
  GDateTime *now_time;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->changes)) != NULL)
    gtk_box_remove (GTK_BOX (self->changes), child);
  if (state == NULL || self->state == NULL || self->since == NULL || mg_trend_state_get_n_points (state) == 0)
    {
      gtk_label_set_text (GTK_LABEL (self->changes_heading), "");
      return;
    }
  now_time = self->shown != NULL ? self->shown
                                 : mg_trend_state_get_time (state, mg_trend_state_get_n_points (state) - 1);
  if (g_date_time_compare (self->since, now_time) >= 0)
    {
      g_autofree char *clock = mg_summary_format_hour (now_time, self->zone);

      /* TRANSLATORS: the time picked to compare with is not before the results shown */
      heading = g_strdup_printf (_("Pick a time before %s to see what changed since"), clock);
      gtk_label_set_text (GTK_LABEL (self->changes_heading), heading);
      return;
    }
  before = mg_trend_load (self->trend, self->since);
  if (before != NULL)
    earlier = mg_election_find_state (before, mg_state_result_get_id (self->state), NULL);
  then = mg_summary_format_hour (self->since, self->zone);
  if (earlier == NULL)
    {
      /* TRANSLATORS: the stored results at a time could not be read back, or lack this state */
      heading = g_strdup_printf (_("The results of %s cannot be read back"), then);
      gtk_label_set_text (GTK_LABEL (self->changes_heading), heading);
      return;
    }
  now = mg_summary_format_hour (now_time, self->zone);
  heading = mg_count_changes_dup_heading (earlier, self->state, then);
  gtk_label_set_text (GTK_LABEL (self->changes_heading), heading);
  tables = mg_count_changes_dup_tables (earlier, self->state, then, now);
  for (guint i = 0; i < tables->len; i++)
    gtk_box_append (GTK_BOX (self->changes), mg_change_grid_new (g_ptr_array_index (tables, i)));
}

static void
rebuild (MgTrendView *self)
{
  self->dirty = FALSE;
  refresh_times (self);
  update_readout (self);
  show_changes (self);
}

static void
queue_rebuild (MgTrendView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->dirty = TRUE;
}

static void
on_since_selected_cb (MgTrendView *self)
{
  MgTrendState *state = trend_state (self);
  guint picked = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->since_spin));

  if (self->updating || state == NULL || picked >= mg_trend_state_get_n_points (state))
    return;
  g_clear_pointer (&self->since, g_date_time_unref);
  self->since = g_date_time_ref (mg_trend_state_get_time (state, picked));
  show_changes (self);
}

/* The spin button shows a point as its time. */
static gboolean
on_since_output_cb (MgTrendView   *self,
                    GtkSpinButton *spin)
{
  guint point = (guint) gtk_spin_button_get_value_as_int (spin);
  const char *text = gtk_string_list_get_string (self->since_times, point);

  gtk_editable_set_text (GTK_EDITABLE (spin), text != NULL ? text : "");
  return TRUE;
}

/* A time typed in picks the point shown so. */
static int
on_since_input_cb (MgTrendView   *self,
                   double        *value,
                   GtkSpinButton *spin)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (spin));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->since_times));

  for (guint point = 0; point < n; point++)
    if (g_str_has_prefix (gtk_string_list_get_string (self->since_times, point), typed))
      {
        *value = point;
        return TRUE;
      }
  return GTK_INPUT_ERROR;
}

static void
mg_trend_view_map (GtkWidget *widget)
{
  MgTrendView *self = MG_TREND_VIEW (widget);

  if (self->dirty)
    rebuild (self);
  GTK_WIDGET_CLASS (mg_trend_view_parent_class)->map (widget);
}

static void
mg_trend_view_dispose (GObject *object)
{
  MgTrendView *self = MG_TREND_VIEW (object);

  if (self->trend != NULL)
    g_signal_handlers_disconnect_by_data (self->trend, self);
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->trend);
  g_clear_object (&self->state);
  G_OBJECT_CLASS (mg_trend_view_parent_class)->dispose (object);
}

static void
mg_trend_view_finalize (GObject *object)
{
  MgTrendView *self = MG_TREND_VIEW (object);

  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->shown, g_date_time_unref);
  g_clear_pointer (&self->since, g_date_time_unref);
  G_OBJECT_CLASS (mg_trend_view_parent_class)->finalize (object);
}

static void
mg_trend_view_class_init (MgTrendViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_trend_view_dispose;
  object_class->finalize = mg_trend_view_finalize;
  widget_class->map = mg_trend_view_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "trendview");
}

static GtkWidget *
heading_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
mg_trend_view_init (MgTrendView *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *since_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* TRANSLATORS: before the list of times to compare the results shown with */
  GtkWidget *since_label = gtk_label_new_with_mnemonic (_("What changed _since"));

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scroller), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* TRANSLATORS: the page of the count over time, for screen readers */
                                  _("The count over time"), -1);
  gtk_widget_add_css_class (content, "state-page");

  /* TRANSLATORS: the title over the trend chart */
  gtk_box_append (GTK_BOX (content), heading_label (_("Seats won and leading over time"), "title-4"));
  self->chart = MG_TREND_CHART (mg_trend_chart_new ());
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->chart));
  g_signal_connect_object (self->chart, "notify::cursor", G_CALLBACK (update_readout), self, G_CONNECT_SWAPPED);
  self->readout = heading_label ("", "numeric");
  gtk_label_set_selectable (GTK_LABEL (self->readout), FALSE);
  gtk_box_append (GTK_BOX (content), self->readout);

  self->since_times = gtk_string_list_new (NULL);
  /* A spin button over the snapshots, each shown as its time: Up and
   * Down step through them, and a screen reader reads the time. */
  self->since_spin = gtk_spin_button_new_with_range (0, 1, 1);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (self->since_spin), FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->since_spin), 24);
  g_signal_connect_swapped (self->since_spin, "output", G_CALLBACK (on_since_output_cb), self);
  g_signal_connect_swapped (self->since_spin, "input", G_CALLBACK (on_since_input_cb), self);
  gtk_label_set_mnemonic_widget (GTK_LABEL (since_label), self->since_spin);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->since_spin), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  since_label, NULL, -1);
  mg_a11y_set_tooltip (self->since_spin, _("The time to compare the results shown with"));
  g_signal_connect_swapped (self->since_spin, "value-changed", G_CALLBACK (on_since_selected_cb), self);
  gtk_widget_add_css_class (since_label, "heading");
  gtk_box_append (GTK_BOX (since_row), since_label);
  gtk_box_append (GTK_BOX (since_row), self->since_spin);
  gtk_widget_set_margin_top (since_row, 12);
  gtk_box_append (GTK_BOX (content), since_row);
  self->changes_heading = heading_label ("", "title-4");
  gtk_box_append (GTK_BOX (content), self->changes_heading);
  self->changes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (content), self->changes);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), content);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  self->dirty = TRUE;
}

GtkWidget *
mg_trend_view_new (void)
{
  return g_object_new (MG_TYPE_TREND_VIEW, NULL);
}

static gboolean
same_zone (GTimeZone *a,
           GTimeZone *b)
{
  return a == b || (a != NULL && b != NULL && g_str_equal (g_time_zone_get_identifier (a), g_time_zone_get_identifier (b)));
}

/**
 * mg_trend_view_set_trend:
 * @trend: (nullable): the count over time
 * @state: (nullable): the state whose trend to show, as it is shown now
 * @zone: (nullable): the zone to tell times in; %NULL for the user's
 * @shown: (nullable): the time of the results shown; %NULL for live
 */
void
mg_trend_view_set_trend (MgTrendView   *self,
                         MgTrend       *trend,
                         MgStateResult *state,
                         GTimeZone     *zone,
                         GDateTime     *shown)
{
  g_return_if_fail (MG_IS_TREND_VIEW (self));

  /* The window says it again on every update: nothing to do then. */
  if (self->trend == trend && self->state == state && same_zone (self->zone, zone) &&
      (self->shown == shown || (self->shown != NULL && shown != NULL && g_date_time_equal (self->shown, shown))))
    return;
  if (self->trend != trend)
    {
      if (self->trend != NULL)
        g_signal_handlers_disconnect_by_data (self->trend, self);
      g_set_object (&self->trend, trend);
      if (trend != NULL)
        g_signal_connect_swapped (trend, "changed", G_CALLBACK (queue_rebuild), self);
    }
  if (self->state != state)
    {
      if (self->state != NULL)
        g_signal_handlers_disconnect_by_data (self->state, self);
      g_set_object (&self->state, state);
      if (state != NULL)
        g_signal_connect_swapped (state, "changed", G_CALLBACK (queue_rebuild), self);
    }
  g_clear_pointer (&self->zone, g_time_zone_unref);
  self->zone = zone != NULL ? g_time_zone_ref (zone) : NULL;
  g_clear_pointer (&self->shown, g_date_time_unref);
  self->shown = shown != NULL ? g_date_time_ref (shown) : NULL;
  mg_trend_chart_set_zone (self->chart, zone);
  mg_trend_chart_set_shown (self->chart, shown);
  mg_trend_chart_set_trend (self->chart, trend, state != NULL ? mg_state_result_get_id (state) : NULL);
  queue_rebuild (self);
}

MgTrendChart *
mg_trend_view_get_chart (MgTrendView *self)
{
  g_return_val_if_fail (MG_IS_TREND_VIEW (self), NULL);
  return self->chart;
}

/**
 * mg_trend_view_set_since:
 * @point: the point to compare the results shown with
 *
 * Returns: %FALSE when there is no such point
 */
gboolean
mg_trend_view_set_since (MgTrendView *self,
                         guint        point)
{
  g_return_val_if_fail (MG_IS_TREND_VIEW (self), FALSE);

  if (self->dirty)
    rebuild (self);
  if (point >= self->n_points)
    return FALSE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->since_spin), point);
  return TRUE;
}

/* Returns: what the view says changed: "Since 09:30, 12 seats changed leader; …" */
const char *
mg_trend_view_get_changes_heading (MgTrendView *self)
{
  g_return_val_if_fail (MG_IS_TREND_VIEW (self), NULL);

  if (self->dirty)
    rebuild (self);
  return gtk_label_get_text (GTK_LABEL (self->changes_heading));
}

/* Returns: (transfer none): the box of the change tables */
GtkWidget *
mg_trend_view_get_changes (MgTrendView *self)
{
  g_return_val_if_fail (MG_IS_TREND_VIEW (self), NULL);
  return self->changes;
}
