/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-time-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-summary.h"
#include "mg-time-bar.h"

/* The bar under the header that goes back over the count: a slider over
 * the feed's stored snapshots in the order they were fetched, one of them
 * live (the last, unless the feed went back to older results after it),
 * what is shown ("Live" or "Showing 11:40") and Back to Live. It knows
 * only times; the window (mg-window-history.c) shows the snapshot the bar
 * is moved to. New snapshots extend the slider without moving the user's
 * choice. */
struct _MgTimeBar
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *scale;
  GtkWidget *label;
  GtkWidget *note;
  GtkWidget *live_button;
  GtkWidget *play_button;
  GtkWidget *speed_box;
  GtkWidget *speed_buttons[3];
  guint      replay_id;
  GPtrArray *times;    /* GDateTime, one a snapshot */
  GTimeZone *zone;
  int        live;     /* index of the live snapshot */
  int        shown;    /* index of the snapshot shown, -1 for live */
  gboolean   updating;
};

G_DEFINE_FINAL_TYPE (MgTimeBar, mg_time_bar, GTK_TYPE_WIDGET)

enum {
  MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Snapshots a second for each of the speed list's choices. */
static const guint replay_speeds[] = { 1, 2, 5 };

static char *
format_clock (MgTimeBar *self,
              guint      index)
{
  return mg_summary_format_hour (g_ptr_array_index (self->times, index), self->zone);
}

/* The slider's value for screen readers: the time it is on, not the
 * snapshot's index. GTK 4.8 passes no value text on to AT-SPI, so the
 * slider's name says the time too. */
static void
update_value_text (MgTimeBar *self)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (self->times->len == 0)
    {
      /* TRANSLATORS: the time slider's name for screen readers */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Time of the results shown"), -1);
      return;
    }
  if (self->shown < 0)
    {
      g_autofree char *clock = format_clock (self, (guint) self->live);

      /* TRANSLATORS: the time slider's value for screen readers at its end:
       * the latest time, live */
      text = g_strdup_printf (_("%s, live"), clock);
    }
  else
    text = format_clock (self, (guint) self->shown);
  /* TRANSLATORS: the time slider's name for screen readers, with the time it is on */
  name = g_strdup_printf (_("Time of the results shown: %s"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static void
update_label (MgTimeBar *self)
{
  g_autofree char *text = NULL;

  if (self->shown < 0)
    /* TRANSLATORS: the time bar when it shows the feed as it is now */
    text = g_strdup (_("Live"));
  else
    {
      g_autofree char *clock = format_clock (self, (guint) self->shown);

      /* TRANSLATORS: the time bar when it shows a stored snapshot: its time */
      text = g_strdup_printf (_("Showing %s"), clock);
    }
  gtk_label_set_text (GTK_LABEL (self->label), text);
  update_value_text (self);
  gtk_widget_set_sensitive (self->live_button, self->shown >= 0);
  gtk_widget_set_visible (self->live_button, self->shown >= 0);
  if (self->shown < 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "past");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "past");
}

/* Moves to snapshot @index (-1 or the live one's for live) and says so. */
static void
move_to (MgTimeBar *self,
         int        index)
{
  if (index < 0 || index >= (int) self->times->len || index == self->live)
    index = -1;
  if (index == self->shown)
    return;
  self->shown = index;
  self->updating = TRUE;
  gtk_range_set_value (GTK_RANGE (self->scale), index < 0 ? self->live : index);
  self->updating = FALSE;
  update_label (self);
  g_signal_emit (self, signals[MOVED], 0, index);
}

static void
on_value_changed_cb (MgTimeBar *self)
{
  if (self->updating)
    return;
  /* The user takes over from a replay. */
  if (self->replay_id != 0)
    mg_time_bar_set_playing (self, FALSE);
  move_to (self, (int) (gtk_range_get_value (GTK_RANGE (self->scale)) + 0.5));
}

static char *
format_value_cb (GtkScale *scale,
                 double    value,
                 gpointer  user_data)
{
  MgTimeBar *self = user_data;
  guint index = (guint) (value + 0.5);

  return index < self->times->len ? format_clock (self, index) : g_strdup ("");
}

static void
on_live_clicked_cb (MgTimeBar *self)
{
  mg_time_bar_set_playing (self, FALSE);
  move_to (self, -1);
}

static void
update_play_button (MgTimeBar *self)
{
  gboolean playing = self->replay_id != 0;

  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* TRANSLATORS: the replay button's name: it plays the count's snapshots in turn */
                                  playing ? _("Pause the replay") : _("Replay the count"), -1);
  mg_a11y_set_tooltip (self->play_button, playing ? _("Pause the replay") : _("Replay the count"));
}

static gboolean
replay_step_cb (gpointer user_data)
{
  MgTimeBar *self = user_data;

  if (mg_time_bar_step (self, 1) && self->shown >= 0)
    return G_SOURCE_CONTINUE;
  /* Live again: the replay is over. */
  self->replay_id = 0;
  update_play_button (self);
  return G_SOURCE_REMOVE;
}

static guint
replay_interval (MgTimeBar *self)
{
  guint choice = 0;

  for (guint i = 0; i < G_N_ELEMENTS (replay_speeds); i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->speed_buttons[i])))
      choice = i;
  return 1000 / replay_speeds[choice];
}

/**
 * mg_time_bar_set_playing:
 * @playing: whether to replay the snapshots, one after another at the
 *   speed chosen, from the one shown (the first when live) to live
 */
void
mg_time_bar_set_playing (MgTimeBar *self,
                         gboolean   playing)
{
  g_return_if_fail (MG_IS_TIME_BAR (self));

  g_clear_handle_id (&self->replay_id, g_source_remove);
  if (playing && self->times->len >= 2)
    {
      if (self->shown < 0)
        move_to (self, 0);
      self->replay_id = g_timeout_add (replay_interval (self), replay_step_cb, self);
    }
  update_play_button (self);
}

gboolean
mg_time_bar_get_playing (MgTimeBar *self)
{
  g_return_val_if_fail (MG_IS_TIME_BAR (self), FALSE);
  return self->replay_id != 0;
}

static void
on_play_clicked_cb (MgTimeBar *self)
{
  mg_time_bar_set_playing (self, self->replay_id == 0);
}

/* Another speed takes effect at once. */
static void
on_speed_changed_cb (MgTimeBar *self)
{
  if (self->replay_id != 0)
    mg_time_bar_set_playing (self, TRUE);
}

static void
mg_time_bar_dispose (GObject *object)
{
  MgTimeBar *self = MG_TIME_BAR (object);

  g_clear_handle_id (&self->replay_id, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (mg_time_bar_parent_class)->dispose (object);
}

static void
mg_time_bar_finalize (GObject *object)
{
  MgTimeBar *self = MG_TIME_BAR (object);

  g_ptr_array_unref (self->times);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  G_OBJECT_CLASS (mg_time_bar_parent_class)->finalize (object);
}

static void
mg_time_bar_class_init (MgTimeBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_time_bar_dispose;
  object_class->finalize = mg_time_bar_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /* The user moved to snapshot INDEX, or back to live (-1). */
  signals[MOVED] = g_signal_new ("moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
mg_time_bar_init (MgTimeBar *self)
{
  GtkWidget *title = gtk_label_new (_("Count so far"));
  GtkWidget *live_label = gtk_label_new_with_mnemonic (_("Back to _Live"));

  self->times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  self->zone = g_time_zone_new_utc ();
  self->live = 0;
  self->shown = -1;

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (title, "dim-label");
  self->scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 1, 1);
  gtk_scale_set_draw_value (GTK_SCALE (self->scale), FALSE);
  gtk_scale_set_format_value_func (GTK_SCALE (self->scale), format_value_cb, self, NULL);
  gtk_range_set_round_digits (GTK_RANGE (self->scale), 0);
  gtk_widget_set_hexpand (self->scale, TRUE);
  mg_a11y_set_tooltip (self->scale, _("Go back over the count (Alt+Left, Alt+Right; Alt+End for live)"));
  g_signal_connect_swapped (self->scale, "value-changed", G_CALLBACK (on_value_changed_cb), self);
  self->label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->label, "numeric");
  self->note = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->note), 0);
  gtk_widget_add_css_class (self->note, "warning");
  gtk_widget_set_visible (self->note, FALSE);
  /* A label of its own, naming the button: GTK 4.8 reads a button's
   * mnemonic label twice, underscore and all. */
  self->live_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->live_button), live_label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->live_button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, live_label, NULL, -1);
  g_signal_connect_swapped (self->live_button, "clicked", G_CALLBACK (on_live_clicked_cb), self);
  self->play_button = gtk_button_new ();
  g_signal_connect_swapped (self->play_button, "clicked", G_CALLBACK (on_play_clicked_cb), self);
  /* The replay's speeds: 1×, 2×, 5×, one a second at 1×. */
  self->speed_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (self->speed_box, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->speed_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* TRANSLATORS: the replay speed buttons' name for screen readers */
                                  _("Replay speed"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (replay_speeds); i++)
    {
      /* TRANSLATORS: a replay speed button: how many times as fast as one snapshot a second */
      g_autofree char *label = g_strdup_printf (_("%u×"), replay_speeds[i]);
      g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* TRANSLATORS: a replay speed, for screen readers */
                                                            "Replay %u snapshot a second",
                                                            "Replay %u snapshots a second", replay_speeds[i]),
                                               replay_speeds[i]);

      self->speed_buttons[i] = gtk_toggle_button_new_with_label (label);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->speed_buttons[i]),
                                     GTK_TOGGLE_BUTTON (self->speed_buttons[0]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->speed_buttons[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      mg_a11y_set_tooltip (self->speed_buttons[i], name);
      g_signal_connect_swapped (self->speed_buttons[i], "toggled", G_CALLBACK (on_speed_changed_cb), self);
      gtk_box_append (GTK_BOX (self->speed_box), self->speed_buttons[i]);
    }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->speed_buttons[0]), TRUE);
  gtk_box_append (GTK_BOX (self->box), title);
  gtk_box_append (GTK_BOX (self->box), self->play_button);
  gtk_box_append (GTK_BOX (self->box), self->speed_box);
  gtk_box_append (GTK_BOX (self->box), self->scale);
  gtk_box_append (GTK_BOX (self->box), self->label);
  gtk_box_append (GTK_BOX (self->box), self->note);
  gtk_box_append (GTK_BOX (self->box), self->live_button);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  update_label (self);
  update_play_button (self);
}

GtkWidget *
mg_time_bar_new (void)
{
  return g_object_new (MG_TYPE_TIME_BAR, NULL);
}

/* Where the snapshot fetched at @time is in the bar's times now: its
 * index, or, when it is gone (thinned away), that of the last one before
 * it with @gone set; -1 when there is none. */
static int
find_time (MgTimeBar *self,
           GDateTime *time,
           gboolean  *gone)
{
  int before = -1;

  *gone = FALSE;
  for (guint i = 0; i < self->times->len; i++)
    {
      int order = g_date_time_compare (g_ptr_array_index (self->times, i), time);

      if (order == 0)
        return (int) i;
      if (order < 0)
        before = (int) i;
    }
  *gone = TRUE;
  return before;
}

/**
 * mg_time_bar_set_times:
 * @times: (element-type GDateTime): when each snapshot was fetched, the
 *   oldest first
 * @live: the index of the snapshot whose results are live: -1 for the
 *   last; those after it are older results the feed went back to
 * @zone: (nullable): the zone to show times in; %NULL for the user's
 *
 * The snapshot shown stays shown, known by its time: snapshots before it
 * may have gone (the history thins). When it is gone itself, the bar
 * moves to the one before it. The bar is there from two snapshots on.
 */
void
mg_time_bar_set_times (MgTimeBar *self,
                       GPtrArray *times,
                       int        live,
                       GTimeZone *zone)
{
  g_autoptr (GDateTime) was = NULL;
  gboolean gone = FALSE;

  g_return_if_fail (MG_IS_TIME_BAR (self));

  if (self->shown >= 0)
    was = g_date_time_ref (g_ptr_array_index (self->times, self->shown));
  g_ptr_array_set_size (self->times, 0);
  for (guint i = 0; i < times->len; i++)
    g_ptr_array_add (self->times, g_date_time_ref (g_ptr_array_index (times, i)));
  g_clear_pointer (&self->zone, g_time_zone_unref);
  self->zone = zone != NULL ? g_time_zone_ref (zone) : g_time_zone_new_local ();
  self->live = live >= 0 && live < (int) self->times->len ? live : MAX (0, (int) self->times->len - 1);
  if (was != NULL)
    self->shown = find_time (self, was, &gone);
  if (self->shown == self->live)
    self->shown = -1;

  self->updating = TRUE;
  gtk_range_set_range (GTK_RANGE (self->scale), 0, MAX (1, (int) self->times->len - 1));
  gtk_range_set_value (GTK_RANGE (self->scale), self->shown < 0 ? self->live : self->shown);
  self->updating = FALSE;
  update_label (self);
  gtk_widget_set_visible (GTK_WIDGET (self), self->times->len >= 2 || gtk_widget_get_visible (self->note));
  /* What was shown is no longer there: what the bar is on now is. */
  if (gone)
    g_signal_emit (self, signals[MOVED], 0, self->shown);
}

/* Returns: the snapshot shown, -1 for live */
int
mg_time_bar_get_shown (MgTimeBar *self)
{
  g_return_val_if_fail (MG_IS_TIME_BAR (self), -1);
  return self->shown;
}

/* Returns: the index of the live snapshot; 0 when there is none */
int
mg_time_bar_get_live (MgTimeBar *self)
{
  g_return_val_if_fail (MG_IS_TIME_BAR (self), 0);
  return self->live;
}

/**
 * mg_time_bar_step:
 * @step: snapshots to move by (negative: back in time); G_MININT for the
 *   first, G_MAXINT for live
 *
 * Returns: %FALSE when the bar has nowhere to go
 */
gboolean
mg_time_bar_step (MgTimeBar *self,
                  int        step)
{
  int last, from, to;

  g_return_val_if_fail (MG_IS_TIME_BAR (self), FALSE);

  if (self->times->len < 2)
    return FALSE;
  last = (int) self->times->len - 1;
  from = self->shown < 0 ? self->live : self->shown;
  to = step == G_MININT ? 0 : step == G_MAXINT ? self->live : CLAMP (from + step, 0, last);
  if (to == from)
    return FALSE;
  move_to (self, to);
  return TRUE;
}

/* Returns: what the bar says of the results shown: "Live", "Showing 11:40" */
const char *
mg_time_bar_get_text (MgTimeBar *self)
{
  g_return_val_if_fail (MG_IS_TIME_BAR (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->label));
}

/* Back to live without saying so: another feed is shown. */
void
mg_time_bar_reset (MgTimeBar *self)
{
  g_return_if_fail (MG_IS_TIME_BAR (self));
  self->shown = -1;
  mg_time_bar_set_note (self, NULL);
  update_label (self);
}

/**
 * mg_time_bar_set_note:
 * @note: (nullable): what the bar says besides the time: that the feed
 *   went back in time, say; %NULL for nothing
 */
void
mg_time_bar_set_note (MgTimeBar  *self,
                      const char *note)
{
  g_return_if_fail (MG_IS_TIME_BAR (self));

  gtk_label_set_text (GTK_LABEL (self->note), note != NULL ? note : "");
  gtk_widget_set_visible (self->note, note != NULL);
  if (note != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

/* Returns: (nullable): the bar's note, if any */
const char *
mg_time_bar_get_note (MgTimeBar *self)
{
  g_return_val_if_fail (MG_IS_TIME_BAR (self), NULL);
  return gtk_widget_get_visible (self->note) ? gtk_label_get_text (GTK_LABEL (self->note)) : NULL;
}
